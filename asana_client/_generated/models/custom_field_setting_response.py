from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        project (ProjectCompact | Unset): A project, by identifier and name.
        custom_field (CustomFieldResponse | Unset):
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    is_important: bool | Unset = UNSET
    project: ProjectCompact | Unset = UNSET
    custom_field: CustomFieldResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        is_important = self.is_important

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

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
        from ..models.custom_field_response import CustomFieldResponse  # noqa: PLC0415
        from ..models.project_compact import ProjectCompact  # noqa: PLC0415

        d = dict(src_dict)
        gid = d.pop("gid", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        is_important = d.pop("is_important", UNSET)

        _project = d.pop("project", UNSET)
        project: ProjectCompact | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectCompact.from_dict(_project)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: CustomFieldResponse | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = CustomFieldResponse.from_dict(_custom_field)

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
