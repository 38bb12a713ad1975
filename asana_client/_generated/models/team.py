from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Team")


def _parse_organization(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"organization: {type(data).__name__} is none of None | Workspace")


def _parse_custom_field_settings(data: Any) -> list[CustomFieldSetting]:
    return [CustomFieldSetting.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "description": ("description", None),
    "html_description": ("html_description", None),
    "organization": ("organization", _parse_organization),
    "permalink_url": ("permalink_url", None),
    "visibility": ("visibility", None),
    "edit_team_name_or_description_access_level": (
        "edit_team_name_or_description_access_level",
        None,
    ),
    "edit_team_visibility_or_trash_team_access_level": (
        "edit_team_visibility_or_trash_team_access_level",
        None,
    ),
    "member_invite_management_access_level": ("member_invite_management_access_level", None),
    "guest_invite_management_access_level": ("guest_invite_management_access_level", None),
    "join_request_management_access_level": ("join_request_management_access_level", None),
    "team_member_removal_access_level": ("team_member_removal_access_level", None),
    "team_content_management_access_level": ("team_content_management_access_level", None),
    "endorsed": ("endorsed", None),
    "custom_field_settings": ("custom_field_settings", _parse_custom_field_settings),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "description",
    "html_description",
    "organization",
    "permalink_url",
    "visibility",
    "edit_team_name_or_description_access_level",
    "edit_team_visibility_or_trash_team_access_level",
    "member_invite_management_access_level",
    "guest_invite_management_access_level",
    "join_request_management_access_level",
    "team_member_removal_access_level",
    "team_content_management_access_level",
    "endorsed",
    "custom_field_settings",
)


@_attrs_define(repr=False)
class Team:
    """One team record (Asana's TeamCompact, TeamResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset):
            description (str | Unset): The team's description as plain text.
            html_description (str | Unset): The team's description as rich text (HTML).
            organization (None | Unset | Workspace):
            permalink_url (str | Unset): Link to the team in the Asana web app.
            visibility (str | Unset): Who may see the team and ask to join it. Known values: secret, request_to_join,
                public.
            edit_team_name_or_description_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            edit_team_visibility_or_trash_team_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            member_invite_management_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            guest_invite_management_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            join_request_management_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            team_member_removal_access_level (str | Unset): Known values: all_team_members, only_team_admins.
            team_content_management_access_level (str | Unset): Known values: no_restriction, only_team_admins.
            endorsed (bool | Unset): Whether the organization vouches for this team.
            custom_field_settings (list[CustomFieldSetting] | Unset): Custom fields attached to the team.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    html_description: str | Unset = UNSET
    organization: None | Workspace | Unset = UNSET
    permalink_url: str | Unset = UNSET
    visibility: str | Unset = UNSET
    edit_team_name_or_description_access_level: str | Unset = UNSET
    edit_team_visibility_or_trash_team_access_level: str | Unset = UNSET
    member_invite_management_access_level: str | Unset = UNSET
    guest_invite_management_access_level: str | Unset = UNSET
    join_request_management_access_level: str | Unset = UNSET
    team_member_removal_access_level: str | Unset = UNSET
    team_content_management_access_level: str | Unset = UNSET
    endorsed: bool | Unset = UNSET
    custom_field_settings: list[CustomFieldSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        description = self.description

        html_description = self.html_description

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Workspace):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        permalink_url = self.permalink_url

        visibility = self.visibility

        edit_team_name_or_description_access_level = self.edit_team_name_or_description_access_level

        edit_team_visibility_or_trash_team_access_level = (
            self.edit_team_visibility_or_trash_team_access_level
        )

        member_invite_management_access_level = self.member_invite_management_access_level

        guest_invite_management_access_level = self.guest_invite_management_access_level

        join_request_management_access_level = self.join_request_management_access_level

        team_member_removal_access_level = self.team_member_removal_access_level

        team_content_management_access_level = self.team_content_management_access_level

        endorsed = self.endorsed

        custom_field_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_settings, Unset):
            custom_field_settings = []
            for custom_field_settings_item_data in self.custom_field_settings:
                custom_field_settings_item = custom_field_settings_item_data.to_dict()
                custom_field_settings.append(custom_field_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if html_description is not UNSET:
            field_dict["html_description"] = html_description
        if organization is not UNSET:
            field_dict["organization"] = organization
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if edit_team_name_or_description_access_level is not UNSET:
            field_dict["edit_team_name_or_description_access_level"] = (
                edit_team_name_or_description_access_level
            )
        if edit_team_visibility_or_trash_team_access_level is not UNSET:
            field_dict["edit_team_visibility_or_trash_team_access_level"] = (
                edit_team_visibility_or_trash_team_access_level
            )
        if member_invite_management_access_level is not UNSET:
            field_dict["member_invite_management_access_level"] = (
                member_invite_management_access_level
            )
        if guest_invite_management_access_level is not UNSET:
            field_dict["guest_invite_management_access_level"] = (
                guest_invite_management_access_level
            )
        if join_request_management_access_level is not UNSET:
            field_dict["join_request_management_access_level"] = (
                join_request_management_access_level
            )
        if team_member_removal_access_level is not UNSET:
            field_dict["team_member_removal_access_level"] = team_member_removal_access_level
        if team_content_management_access_level is not UNSET:
            field_dict["team_content_management_access_level"] = (
                team_content_management_access_level
            )
        if endorsed is not UNSET:
            field_dict["endorsed"] = endorsed
        if custom_field_settings is not UNSET:
            field_dict["custom_field_settings"] = custom_field_settings

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
        team = cls(**values)
        team.additional_properties = extra
        return team

    def __repr__(self) -> str:
        """Only the fields that are set: `Team(gid='1', name='x')`."""
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
from ..models.custom_field_setting import CustomFieldSetting  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
