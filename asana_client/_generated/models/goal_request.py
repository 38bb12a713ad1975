from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalRequest")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "html_notes": ("html_notes", None),
    "notes": ("notes", None),
    "due_on": ("due_on", _parse_due_on),
    "start_on": ("start_on", _parse_start_on),
    "is_workspace_level": ("is_workspace_level", None),
    "liked": ("liked", None),
    "team": ("team", None),
    "workspace": ("workspace", None),
    "time_period": ("time_period", None),
    "owner": ("owner", None),
    "followers": ("followers", None),
}
_ATTRIBUTES = (
    "name",
    "html_notes",
    "notes",
    "due_on",
    "start_on",
    "is_workspace_level",
    "liked",
    "team",
    "workspace",
    "time_period",
    "owner",
    "followers",
)


@_attrs_define(repr=False)
class GoalRequest:
    """The writable fields of a new goal.

    Attributes:
        name (str | Unset): The goal's name.
        html_notes (str | Unset): The description as HTML (use instead of `notes`).
        notes (str | Unset): The description as plain text.
        due_on (datetime.date | None | Unset): The due day, or null.
        start_on (datetime.date | None | Unset): The start day, or null; needs a due day too.
        is_workspace_level (bool | Unset): Whether the goal belongs to the whole workspace rather than a team
            (organizations only).
        liked (bool | Unset): Like (true) or unlike (false) the goal.
        team (None | str | Unset): Gid of the team owning the goal (organizations only).
        workspace (str | Unset): Gid of the workspace holding the goal.
        time_period (None | str | Unset): Gid of the time period the goal is set for, or null.
        owner (None | str | Unset): The owner's user gid, or null.
        followers (list[str] | Unset): The goal's collaborators, by user gid.
    """

    name: str | Unset = UNSET
    html_notes: str | Unset = UNSET
    notes: str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    is_workspace_level: bool | Unset = UNSET
    liked: bool | Unset = UNSET
    team: None | str | Unset = UNSET
    workspace: str | Unset = UNSET
    time_period: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    followers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        html_notes = self.html_notes

        notes = self.notes

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        is_workspace_level = self.is_workspace_level

        liked = self.liked

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        workspace = self.workspace

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        else:
            time_period = self.time_period

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        followers: list[str] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = self.followers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if notes is not UNSET:
            field_dict["notes"] = notes
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if is_workspace_level is not UNSET:
            field_dict["is_workspace_level"] = is_workspace_level
        if liked is not UNSET:
            field_dict["liked"] = liked
        if team is not UNSET:
            field_dict["team"] = team
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if owner is not UNSET:
            field_dict["owner"] = owner
        if followers is not UNSET:
            field_dict["followers"] = followers

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
        goal_request = cls(**values)
        goal_request.additional_properties = extra
        return goal_request

    def __repr__(self) -> str:
        """Only the fields that are set: `GoalRequest(gid='1', name='x')`."""
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
