from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_create_request_edit_team_name_or_description_access_level import (
    TeamCreateRequestEditTeamNameOrDescriptionAccessLevel,
)
from ..models.team_create_request_edit_team_visibility_or_trash_team_access_level import (
    TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel,
)
from ..models.team_create_request_guest_invite_management_access_level import (
    TeamCreateRequestGuestInviteManagementAccessLevel,
)
from ..models.team_create_request_join_request_management_access_level import (
    TeamCreateRequestJoinRequestManagementAccessLevel,
)
from ..models.team_create_request_member_invite_management_access_level import (
    TeamCreateRequestMemberInviteManagementAccessLevel,
)
from ..models.team_create_request_team_content_management_access_level import (
    TeamCreateRequestTeamContentManagementAccessLevel,
)
from ..models.team_create_request_team_member_removal_access_level import (
    TeamCreateRequestTeamMemberRemovalAccessLevel,
)
from ..models.team_create_request_visibility import (
    TeamCreateRequestVisibility,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamCreateRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "organization": ("organization", None),
    "description": ("description", None),
    "html_description": ("html_description", None),
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
}
_ATTRIBUTES = (
    "name",
    "organization",
    "description",
    "html_description",
    "visibility",
    "edit_team_name_or_description_access_level",
    "edit_team_visibility_or_trash_team_access_level",
    "member_invite_management_access_level",
    "guest_invite_management_access_level",
    "join_request_management_access_level",
    "team_member_removal_access_level",
    "team_content_management_access_level",
    "endorsed",
)


@_attrs_define(repr=False)
class TeamCreateRequest:
    """The fields a new team is made with.

    Attributes:
        name (str | Unset): The team's name.
        organization (str | Unset): The organization the team is made in; cannot change later.
        description (str | Unset): The team's description as plain text.
        html_description (str | Unset): The team's description as rich text (HTML).
        visibility (TeamCreateRequestVisibility | Unset): Who may see the team and ask to join it.
        edit_team_name_or_description_access_level (TeamCreateRequestEditTeamNameOrDescriptionAccessLevel | Unset): Who
            may edit the team's name and description.
        edit_team_visibility_or_trash_team_access_level (TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel |
            Unset): Who may change the team's visibility or delete it.
        member_invite_management_access_level (TeamCreateRequestMemberInviteManagementAccessLevel | Unset): Who may
            accept or deny invitations of members.
        guest_invite_management_access_level (TeamCreateRequestGuestInviteManagementAccessLevel | Unset): Who may accept
            or deny invitations of guests.
        join_request_management_access_level (TeamCreateRequestJoinRequestManagementAccessLevel | Unset): Who may accept
            or deny requests to join (for `request_to_join` teams).
        team_member_removal_access_level (TeamCreateRequestTeamMemberRemovalAccessLevel | Unset): Who may remove
            members.
        team_content_management_access_level (TeamCreateRequestTeamContentManagementAccessLevel | Unset): Who may create
            content in the team and share it with the team.
        endorsed (bool | Unset): Whether the organization vouches for the team.
    """

    name: str | Unset = UNSET
    organization: str | Unset = UNSET
    description: str | Unset = UNSET
    html_description: str | Unset = UNSET
    visibility: TeamCreateRequestVisibility | str | Unset = UNSET
    edit_team_name_or_description_access_level: (
        TeamCreateRequestEditTeamNameOrDescriptionAccessLevel | str | Unset
    ) = UNSET
    edit_team_visibility_or_trash_team_access_level: (
        TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel | str | Unset
    ) = UNSET
    member_invite_management_access_level: (
        TeamCreateRequestMemberInviteManagementAccessLevel | str | Unset
    ) = UNSET
    guest_invite_management_access_level: (
        TeamCreateRequestGuestInviteManagementAccessLevel | str | Unset
    ) = UNSET
    join_request_management_access_level: (
        TeamCreateRequestJoinRequestManagementAccessLevel | str | Unset
    ) = UNSET
    team_member_removal_access_level: (
        TeamCreateRequestTeamMemberRemovalAccessLevel | str | Unset
    ) = UNSET
    team_content_management_access_level: (
        TeamCreateRequestTeamContentManagementAccessLevel | str | Unset
    ) = UNSET
    endorsed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization = self.organization

        description = self.description

        html_description = self.html_description

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        edit_team_name_or_description_access_level: str | Unset = UNSET
        if not isinstance(self.edit_team_name_or_description_access_level, Unset):
            edit_team_name_or_description_access_level = (
                self.edit_team_name_or_description_access_level
            )

        edit_team_visibility_or_trash_team_access_level: str | Unset = UNSET
        if not isinstance(self.edit_team_visibility_or_trash_team_access_level, Unset):
            edit_team_visibility_or_trash_team_access_level = (
                self.edit_team_visibility_or_trash_team_access_level
            )

        member_invite_management_access_level: str | Unset = UNSET
        if not isinstance(self.member_invite_management_access_level, Unset):
            member_invite_management_access_level = self.member_invite_management_access_level

        guest_invite_management_access_level: str | Unset = UNSET
        if not isinstance(self.guest_invite_management_access_level, Unset):
            guest_invite_management_access_level = self.guest_invite_management_access_level

        join_request_management_access_level: str | Unset = UNSET
        if not isinstance(self.join_request_management_access_level, Unset):
            join_request_management_access_level = self.join_request_management_access_level

        team_member_removal_access_level: str | Unset = UNSET
        if not isinstance(self.team_member_removal_access_level, Unset):
            team_member_removal_access_level = self.team_member_removal_access_level

        team_content_management_access_level: str | Unset = UNSET
        if not isinstance(self.team_content_management_access_level, Unset):
            team_content_management_access_level = self.team_content_management_access_level

        endorsed = self.endorsed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if description is not UNSET:
            field_dict["description"] = description
        if html_description is not UNSET:
            field_dict["html_description"] = html_description
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the keys present (through `_FIELDS`); a value that does not parse raises.
        Keys the spec does not declare go to `additional_properties`."""
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            known = _FIELDS.get(key)
            if known is None:
                extra[key] = value
                continue
            name, parse = known
            values[name] = value if parse is None else parse(value)
        team_create_request = cls(**values)
        team_create_request.additional_properties = extra
        return team_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `TeamCreateRequest(gid='1', name='x')`."""
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
