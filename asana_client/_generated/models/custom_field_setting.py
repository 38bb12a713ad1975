from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField
    from ..models.project import Project


T = TypeVar("T", bound="CustomFieldSetting")


@_attrs_define
class CustomFieldSetting:
    """One custom field setting record (Asana's CustomFieldSettingResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            is_important (bool | Unset):
            project (None | Project | Unset):
            custom_field (CustomField | None | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    is_important: bool | Unset = UNSET
    project: None | Project | Unset = UNSET
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
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        is_important = d.pop("is_important", UNSET)

        def _parse_project(data: object) -> None | Project | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = Project.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Project | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_custom_field(data: object) -> CustomField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_field_type_1 = CustomField.from_dict(data)

                return custom_field_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomField | None | Unset, data)

        custom_field = _parse_custom_field(d.pop("custom_field", UNSET))

        custom_field_setting = cls(
            gid=gid,
            resource_type=resource_type,
            is_important=is_important,
            project=project,
            custom_field=custom_field,
        )

        custom_field_setting.additional_properties = d
        return custom_field_setting

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


# Related models, imported after the class so that cycles resolve; see specs/hoist_model_imports.py.
# ruff: noqa: E402
from ..models.custom_field import CustomField
from ..models.project import Project
