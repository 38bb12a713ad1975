from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.project_compact import ProjectCompact


T = TypeVar("T", bound="CustomFieldSettingResponse")


@_attrs_define
class CustomFieldSettingResponse:
    """How a custom field is attached to a project, portfolio or team.

    Attributes:
        gid (str | Unset):
        resource_type (str | Unset):
        is_important (bool | Unset):
        project (None | ProjectCompact | Unset):
        custom_field (CustomFieldResponse | None | Unset):
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    is_important: bool | Unset = UNSET
    project: None | ProjectCompact | Unset = UNSET
    custom_field: CustomFieldResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        is_important = self.is_important

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectCompact):
            project = self.project.to_dict()
        else:
            project = self.project

        custom_field: dict[str, Any] | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        elif isinstance(self.custom_field, CustomFieldResponse):
            custom_field = self.custom_field.to_dict()
        else:
            custom_field = self.custom_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
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
        gid = d.pop("gid", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        is_important = d.pop("is_important", UNSET)

        def _parse_project(data: object) -> None | ProjectCompact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = ProjectCompact.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCompact | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_custom_field(data: object) -> CustomFieldResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_field_type_1 = CustomFieldResponse.from_dict(data)

                return custom_field_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldResponse | None | Unset, data)

        custom_field = _parse_custom_field(d.pop("custom_field", UNSET))

        custom_field_setting_response = cls(
            gid=gid,
            resource_type=resource_type,
            is_important=is_important,
            project=project,
            custom_field=custom_field,
        )

        custom_field_setting_response.additional_properties = d
        return custom_field_setting_response

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
from ..models.custom_field_response import CustomFieldResponse
from ..models.project_compact import ProjectCompact
