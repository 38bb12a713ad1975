from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldSetting")


def _parse_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"project: {type(data).__name__} is none of None | Project")


def _parse_parent(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Project")


def _parse_custom_field(data: Any) -> CustomField | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomField.from_dict(data)
    raise TypeError(f"custom_field: {type(data).__name__} is none of CustomField | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "is_important": ("is_important", None),
    "project": ("project", _parse_project),
    "parent": ("parent", _parse_parent),
    "custom_field": ("custom_field", _parse_custom_field),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "is_important",
    "project",
    "parent",
    "custom_field",
)


@_attrs_define(repr=False)
class CustomFieldSetting:
    """One custom field setting record (Asana's CustomFieldSettingResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            is_important (bool | Unset): Whether the web app shows the field in the container's list view.
            project (None | Project | Unset): Older name of `parent`, for settings of a project.
            parent (None | Project | Unset): The project or portfolio the field is attached to.
            custom_field (CustomField | None | Unset): The attached custom field.
    """

    gid: str
    resource_type: str | Unset = UNSET
    is_important: bool | Unset = UNSET
    project: None | Project | Unset = UNSET
    parent: None | Project | Unset = UNSET
    custom_field: CustomField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        is_important = self.is_important

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Project):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        custom_field: dict[str, Any] | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        elif isinstance(self.custom_field, CustomField):
            custom_field = self.custom_field.to_dict()
        else:
            custom_field = self.custom_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if is_important is not UNSET:
            field_dict["is_important"] = is_important
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the keys present (through `_FIELDS`); a value that does not parse raises.
        Keys the spec does not declare go to `additional_properties`."""
        for key in _REQUIRED:
            if key not in src_dict:
                raise KeyError(key)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            known = _FIELDS.get(key)
            if known is None:
                extra[key] = value
                continue
            name, parse = known
            values[name] = value if parse is None else parse(value)
        custom_field_setting = cls(**values)
        custom_field_setting.additional_properties = extra
        return custom_field_setting

    def __repr__(self) -> str:
        """Only the fields that are set: `CustomFieldSetting(gid='1', name='x')`."""
        shown = [
            f"{name}={value!r}"
            for name in _ATTRIBUTES
            if (value := getattr(self, name)) is not UNSET
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Related models, imported once the class exists so that models referring to each other load.
from ..models.custom_field import CustomField  # noqa: E402
from ..models.project import Project  # noqa: E402
