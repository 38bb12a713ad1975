from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMembership")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


def _parse_team(data: Any) -> None | Team:
    if data is None:
        return None
    if isinstance(data, dict):
        return Team.from_dict(data)
    raise TypeError(f"team: {type(data).__name__} is none of None | Team")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "user": ("user", _parse_user),
    "team": ("team", _parse_team),
    "is_guest": ("is_guest", None),
    "is_limited_access": ("is_limited_access", None),
    "is_admin": ("is_admin", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "user",
    "team",
    "is_guest",
    "is_limited_access",
    "is_admin",
)


@_attrs_define(repr=False)
class TeamMembership:
    """One team membership record (Asana's TeamMembershipCompact, TeamMembershipResponse). Single records, list items and
    nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The team membership's identifier.
            resource_type (str | Unset): Always `team_membership`.
            user (None | Unset | User): The member.
            team (None | Team | Unset): The team.
            is_guest (bool | Unset): Whether the user is a guest of the team.
            is_limited_access (bool | Unset): Whether the user's access to the team is limited.
            is_admin (bool | Unset): Whether the user administers the team.
    """

    gid: str
    resource_type: str | Unset = UNSET
    user: None | User | Unset = UNSET
    team: None | Team | Unset = UNSET
    is_guest: bool | Unset = UNSET
    is_limited_access: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, Team):
            team = self.team.to_dict()
        else:
            team = self.team

        is_guest = self.is_guest

        is_limited_access = self.is_limited_access

        is_admin = self.is_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if user is not UNSET:
            field_dict["user"] = user
        if team is not UNSET:
            field_dict["team"] = team
        if is_guest is not UNSET:
            field_dict["is_guest"] = is_guest
        if is_limited_access is not UNSET:
            field_dict["is_limited_access"] = is_limited_access
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin

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
        team_membership = cls(**values)
        team_membership.additional_properties = extra
        return team_membership

    def __repr__(self) -> str:
        """Only the fields that are set: `TeamMembership(gid='1', name='x')`."""
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
from ..models.team import Team  # noqa: E402
from ..models.user import User  # noqa: E402
