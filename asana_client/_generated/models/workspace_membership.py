from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMembership")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


def _parse_user_task_list(data: Any) -> None | UserTaskList:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserTaskList.from_dict(data)
    raise TypeError(f"user_task_list: {type(data).__name__} is none of None | UserTaskList")


def _parse_vacation_dates(data: Any) -> None | WorkspaceMembershipVacationDates:
    if data is None:
        return None
    if isinstance(data, dict):
        return WorkspaceMembershipVacationDates.from_dict(data)
    raise TypeError(
        f"vacation_dates: {type(data).__name__} is none of None | WorkspaceMembershipVacationDates"
    )


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "user": ("user", _parse_user),
    "workspace": ("workspace", _parse_workspace),
    "user_task_list": ("user_task_list", _parse_user_task_list),
    "is_active": ("is_active", None),
    "is_admin": ("is_admin", None),
    "is_guest": ("is_guest", None),
    "is_view_only": ("is_view_only", None),
    "vacation_dates": ("vacation_dates", _parse_vacation_dates),
    "created_at": ("created_at", _parse_created_at),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "user",
    "workspace",
    "user_task_list",
    "is_active",
    "is_admin",
    "is_guest",
    "is_view_only",
    "vacation_dates",
    "created_at",
)


@_attrs_define(repr=False)
class WorkspaceMembership:
    """One workspace membership record (Asana's WorkspaceMembershipCompact, WorkspaceMembershipResponse). Single records,
    list items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The workspace membership's identifier.
            resource_type (str | Unset): Always `workspace_membership`.
            user (None | Unset | User): The member.
            workspace (None | Unset | Workspace): The workspace or organization.
            user_task_list (None | Unset | UserTaskList): The member's "My tasks" list in this workspace.
            is_active (bool | Unset): Whether the user is tied to the workspace: true once they joined, and while an
                invitation is pending.
            is_admin (bool | Unset): Whether the user administers the workspace.
            is_guest (bool | Unset): Whether the user is a guest of the workspace.
            is_view_only (bool | Unset): Whether the user holds a view-only license.
            vacation_dates (None | Unset | WorkspaceMembershipVacationDates): Deprecated (use the OOO entries): the user's
                vacation in this workspace; null when no start is set or the end is past.
            created_at (datetime.datetime | Unset): When the membership was created.
    """

    gid: str
    resource_type: str | Unset = UNSET
    user: None | User | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    user_task_list: None | UserTaskList | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_guest: bool | Unset = UNSET
    is_view_only: bool | Unset = UNSET
    vacation_dates: None | WorkspaceMembershipVacationDates | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
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

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        user_task_list: dict[str, Any] | None | Unset
        if isinstance(self.user_task_list, Unset):
            user_task_list = UNSET
        elif isinstance(self.user_task_list, UserTaskList):
            user_task_list = self.user_task_list.to_dict()
        else:
            user_task_list = self.user_task_list

        is_active = self.is_active

        is_admin = self.is_admin

        is_guest = self.is_guest

        is_view_only = self.is_view_only

        vacation_dates: dict[str, Any] | None | Unset
        if isinstance(self.vacation_dates, Unset):
            vacation_dates = UNSET
        elif isinstance(self.vacation_dates, WorkspaceMembershipVacationDates):
            vacation_dates = self.vacation_dates.to_dict()
        else:
            vacation_dates = self.vacation_dates

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if user_task_list is not UNSET:
            field_dict["user_task_list"] = user_task_list
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_guest is not UNSET:
            field_dict["is_guest"] = is_guest
        if is_view_only is not UNSET:
            field_dict["is_view_only"] = is_view_only
        if vacation_dates is not UNSET:
            field_dict["vacation_dates"] = vacation_dates
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
        workspace_membership = cls(**values)
        workspace_membership.additional_properties = extra
        return workspace_membership

    def __repr__(self) -> str:
        """Only the fields that are set: `WorkspaceMembership(gid='1', name='x')`."""
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
from ..models.user import User  # noqa: E402
from ..models.user_task_list import UserTaskList  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
from ..models.workspace_membership_vacation_dates import (
    WorkspaceMembershipVacationDates,  # noqa: E402
)
