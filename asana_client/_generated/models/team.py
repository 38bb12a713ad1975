from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_setting import CustomFieldSetting
    from ..models.workspace import Workspace


T = TypeVar("T", bound="Team")


@_attrs_define
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
    organization: None | Unset | Workspace = UNSET
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
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        html_description = d.pop("html_description", UNSET)

        def _parse_organization(data: object) -> None | Unset | Workspace:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_1 = Workspace.from_dict(data)

                return organization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Workspace, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        permalink_url = d.pop("permalink_url", UNSET)

        visibility = d.pop("visibility", UNSET)

        edit_team_name_or_description_access_level = d.pop(
            "edit_team_name_or_description_access_level", UNSET
        )

        edit_team_visibility_or_trash_team_access_level = d.pop(
            "edit_team_visibility_or_trash_team_access_level", UNSET
        )

        member_invite_management_access_level = d.pop(
            "member_invite_management_access_level", UNSET
        )

        guest_invite_management_access_level = d.pop("guest_invite_management_access_level", UNSET)

        join_request_management_access_level = d.pop("join_request_management_access_level", UNSET)

        team_member_removal_access_level = d.pop("team_member_removal_access_level", UNSET)

        team_content_management_access_level = d.pop("team_content_management_access_level", UNSET)

        endorsed = d.pop("endorsed", UNSET)

        _custom_field_settings = d.pop("custom_field_settings", UNSET)
        custom_field_settings: list[CustomFieldSetting] | Unset = UNSET
        if _custom_field_settings is not UNSET:
            custom_field_settings = []
            for custom_field_settings_item_data in _custom_field_settings:
                custom_field_settings_item = CustomFieldSetting.from_dict(
                    custom_field_settings_item_data
                )

                custom_field_settings.append(custom_field_settings_item)

        team = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            description=description,
            html_description=html_description,
            organization=organization,
            permalink_url=permalink_url,
            visibility=visibility,
            edit_team_name_or_description_access_level=edit_team_name_or_description_access_level,
            edit_team_visibility_or_trash_team_access_level=edit_team_visibility_or_trash_team_access_level,
            member_invite_management_access_level=member_invite_management_access_level,
            guest_invite_management_access_level=guest_invite_management_access_level,
            join_request_management_access_level=join_request_management_access_level,
            team_member_removal_access_level=team_member_removal_access_level,
            team_content_management_access_level=team_content_management_access_level,
            endorsed=endorsed,
            custom_field_settings=custom_field_settings,
        )

        team.additional_properties = d
        return team

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
from ..models.custom_field_setting import CustomFieldSetting
from ..models.workspace import Workspace
