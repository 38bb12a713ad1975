from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_template_instantiate_project_request_privacy_setting import (
    ProjectTemplateInstantiateProjectRequestPrivacySetting,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTemplateInstantiateProjectRequest")


def _parse_requested_dates(data: Any) -> list[DateVariableRequest]:
    return [DateVariableRequest.from_dict(item) for item in data]


def _parse_requested_roles(data: Any) -> list[RequestedRoleRequest]:
    return [RequestedRoleRequest.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "team": ("team", None),
    "public": ("public", None),
    "privacy_setting": ("privacy_setting", None),
    "is_strict": ("is_strict", None),
    "requested_dates": ("requested_dates", _parse_requested_dates),
    "requested_roles": ("requested_roles", _parse_requested_roles),
}
_REQUIRED = ("name",)
_ATTRIBUTES = (
    "name",
    "team",
    "public",
    "privacy_setting",
    "is_strict",
    "requested_dates",
    "requested_roles",
)


@_attrs_define(repr=False)
class ProjectTemplateInstantiateProjectRequest:
    """How to create a project from a template.

    Attributes:
        name (str): The new project's name.
        team (str | Unset): Gid of the team to create the project in (organizations only; the template's team if
            absent).
        public (bool | Unset): Whether the project is public to its team (deprecated: use `privacy_setting`).
        privacy_setting (ProjectTemplateInstantiateProjectRequestPrivacySetting | Unset): Who can see the new project
            (`private_to_team` is deprecated; administrators may restrict the choices).
        is_strict (bool | Unset): If true, a missing date variable value is an error (422); if false, a default date is
            used for it.
        requested_dates (list[DateVariableRequest] | Unset): A calendar date for each of the template's date variables;
            needed when the template has dates.
        requested_roles (list[RequestedRoleRequest] | Unset): A user for each of the template's roles.
    """

    name: str
    team: str | Unset = UNSET
    public: bool | Unset = UNSET
    privacy_setting: ProjectTemplateInstantiateProjectRequestPrivacySetting | str | Unset = UNSET
    is_strict: bool | Unset = UNSET
    requested_dates: list[DateVariableRequest] | Unset = UNSET
    requested_roles: list[RequestedRoleRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team = self.team

        public = self.public

        privacy_setting: str | Unset = UNSET
        if not isinstance(self.privacy_setting, Unset):
            privacy_setting = self.privacy_setting

        is_strict = self.is_strict

        requested_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_dates, Unset):
            requested_dates = []
            for requested_dates_item_data in self.requested_dates:
                requested_dates_item = requested_dates_item_data.to_dict()
                requested_dates.append(requested_dates_item)

        requested_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_roles, Unset):
            requested_roles = []
            for requested_roles_item_data in self.requested_roles:
                requested_roles_item = requested_roles_item_data.to_dict()
                requested_roles.append(requested_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if team is not UNSET:
            field_dict["team"] = team
        if public is not UNSET:
            field_dict["public"] = public
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if is_strict is not UNSET:
            field_dict["is_strict"] = is_strict
        if requested_dates is not UNSET:
            field_dict["requested_dates"] = requested_dates
        if requested_roles is not UNSET:
            field_dict["requested_roles"] = requested_roles

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
        project_template_instantiate_project_request = cls(**values)
        project_template_instantiate_project_request.additional_properties = extra
        return project_template_instantiate_project_request

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectTemplateInstantiateProjectRequest(gid='1', name='x')`."""
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
from ..models.date_variable_request import DateVariableRequest  # noqa: E402
from ..models.requested_role_request import RequestedRoleRequest  # noqa: E402
