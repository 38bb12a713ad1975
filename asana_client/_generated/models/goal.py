from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Goal")


def _parse_owner(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"owner: {type(data).__name__} is none of None | User")


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


def _parse_likes(data: Any) -> list[Like]:
    return [Like.from_dict(item) for item in data]


def _parse_team(data: Any) -> None | Team:
    if data is None:
        return None
    if isinstance(data, dict):
        return Team.from_dict(data)
    raise TypeError(f"team: {type(data).__name__} is none of None | Team")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


def _parse_followers(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_time_period(data: Any) -> None | TimePeriod:
    if data is None:
        return None
    if isinstance(data, dict):
        return TimePeriod.from_dict(data)
    raise TypeError(f"time_period: {type(data).__name__} is none of None | TimePeriod")


def _parse_metric(data: Any) -> GoalMetric | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return GoalMetric.from_dict(data)
    raise TypeError(f"metric: {type(data).__name__} is none of GoalMetric | None")


def _parse_current_status_update(data: Any) -> None | StatusUpdate:
    if data is None:
        return None
    if isinstance(data, dict):
        return StatusUpdate.from_dict(data)
    raise TypeError(f"current_status_update: {type(data).__name__} is none of None | StatusUpdate")


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


def _parse_custom_field_settings(data: Any) -> list[CustomFieldSetting]:
    return [CustomFieldSetting.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "owner": ("owner", _parse_owner),
    "html_notes": ("html_notes", None),
    "notes": ("notes", None),
    "due_on": ("due_on", _parse_due_on),
    "start_on": ("start_on", _parse_start_on),
    "is_workspace_level": ("is_workspace_level", None),
    "liked": ("liked", None),
    "likes": ("likes", _parse_likes),
    "num_likes": ("num_likes", None),
    "team": ("team", _parse_team),
    "workspace": ("workspace", _parse_workspace),
    "followers": ("followers", _parse_followers),
    "time_period": ("time_period", _parse_time_period),
    "metric": ("metric", _parse_metric),
    "current_status_update": ("current_status_update", _parse_current_status_update),
    "status": ("status", None),
    "privacy_setting": ("privacy_setting", None),
    "default_access_level": ("default_access_level", None),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "custom_field_settings": ("custom_field_settings", _parse_custom_field_settings),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "owner",
    "html_notes",
    "notes",
    "due_on",
    "start_on",
    "is_workspace_level",
    "liked",
    "likes",
    "num_likes",
    "team",
    "workspace",
    "followers",
    "time_period",
    "metric",
    "current_status_update",
    "status",
    "privacy_setting",
    "default_access_level",
    "custom_fields",
    "custom_field_settings",
)


@_attrs_define(repr=False)
class Goal:
    """One goal record (Asana's GoalCompact, GoalResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str): The goal's identifier.
            resource_type (str | Unset): Always `goal`.
            name (str | Unset): The goal's name.
            owner (None | Unset | User): The goal's owner, or null.
            html_notes (str | Unset): The goal's description as HTML.
            notes (str | Unset): The goal's description as plain text.
            due_on (datetime.date | None | Unset): The day the goal is due, or null.
            start_on (datetime.date | None | Unset): The day work on the goal starts, or null.
            is_workspace_level (bool | Unset): Whether the goal belongs to the whole workspace (else to its team); sent only
                in organizations.
            liked (bool | Unset): Whether the caller likes the goal.
            likes (list[Like] | Unset): The likes the goal has received.
            num_likes (int | Unset): How many users like the goal.
            team (None | Team | Unset): The team the goal belongs to, or null; sent only in organizations.
            workspace (None | Unset | Workspace): The workspace holding the goal.
            followers (list[User] | Unset): The goal's collaborators.
            time_period (None | TimePeriod | Unset): The period the goal is set for, or null.
            metric (GoalMetric | None | Unset): How the goal's progress is measured, or null.
            current_status_update (None | StatusUpdate | Unset): The latest status update posted on the goal, or null.
            status (None | str | Unset): The goal's status, or null. While the goal is open: `green` (on track), `yellow`
                (at risk) or `red` (off track); once closed: `missed`, `achieved`, `partial` or `dropped`.
            privacy_setting (str | Unset): Who can see the goal. Known values: public_to_workspace, members_only.
            default_access_level (str | Unset): The access level given to newly invited members. Known values: admin,
                editor, commenter, viewer.
            custom_fields (list[CustomField] | Unset): Custom field values set on the goal itself.
            custom_field_settings (list[CustomFieldSetting] | Unset): The custom fields enabled for the goal (definitions,
                no values).
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: None | User | Unset = UNSET
    html_notes: str | Unset = UNSET
    notes: str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    is_workspace_level: bool | Unset = UNSET
    liked: bool | Unset = UNSET
    likes: list[Like] | Unset = UNSET
    num_likes: int | Unset = UNSET
    team: None | Team | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    followers: list[User] | Unset = UNSET
    time_period: None | TimePeriod | Unset = UNSET
    metric: GoalMetric | None | Unset = UNSET
    current_status_update: None | StatusUpdate | Unset = UNSET
    status: None | str | Unset = UNSET
    privacy_setting: str | Unset = UNSET
    default_access_level: str | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    custom_field_settings: list[CustomFieldSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

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

        likes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.likes, Unset):
            likes = []
            for likes_item_data in self.likes:
                likes_item = likes_item_data.to_dict()
                likes.append(likes_item)

        num_likes = self.num_likes

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, Team):
            team = self.team.to_dict()
        else:
            team = self.team

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        time_period: dict[str, Any] | None | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        elif isinstance(self.time_period, TimePeriod):
            time_period = self.time_period.to_dict()
        else:
            time_period = self.time_period

        metric: dict[str, Any] | None | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, GoalMetric):
            metric = self.metric.to_dict()
        else:
            metric = self.metric

        current_status_update: dict[str, Any] | None | Unset
        if isinstance(self.current_status_update, Unset):
            current_status_update = UNSET
        elif isinstance(self.current_status_update, StatusUpdate):
            current_status_update = self.current_status_update.to_dict()
        else:
            current_status_update = self.current_status_update

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        privacy_setting = self.privacy_setting

        default_access_level = self.default_access_level

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

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
        if owner is not UNSET:
            field_dict["owner"] = owner
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
        if likes is not UNSET:
            field_dict["likes"] = likes
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if team is not UNSET:
            field_dict["team"] = team
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if followers is not UNSET:
            field_dict["followers"] = followers
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if metric is not UNSET:
            field_dict["metric"] = metric
        if current_status_update is not UNSET:
            field_dict["current_status_update"] = current_status_update
        if status is not UNSET:
            field_dict["status"] = status
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
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
        goal = cls(**values)
        goal.additional_properties = extra
        return goal

    def __repr__(self) -> str:
        """Only the fields that are set: `Goal(gid='1', name='x')`."""
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
from ..models.custom_field_setting import CustomFieldSetting  # noqa: E402
from ..models.goal_metric import GoalMetric  # noqa: E402
from ..models.like import Like  # noqa: E402
from ..models.status_update import StatusUpdate  # noqa: E402
from ..models.team import Team  # noqa: E402
from ..models.time_period import TimePeriod  # noqa: E402
from ..models.user import User  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
