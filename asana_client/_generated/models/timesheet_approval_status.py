from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesheetApprovalStatus")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


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


def _parse_start_date(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_end_date(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "created_at": ("created_at", _parse_created_at),
    "user": ("user", _parse_user),
    "workspace": ("workspace", _parse_workspace),
    "start_date": ("start_date", _parse_start_date),
    "end_date": ("end_date", _parse_end_date),
    "approval_status": ("approval_status", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "created_at",
    "user",
    "workspace",
    "start_date",
    "end_date",
    "approval_status",
)


@_attrs_define(repr=False)
class TimesheetApprovalStatus:
    """One timesheet approval status record (Asana's TimesheetApprovalStatusCompact, TimesheetApprovalStatusResponse).
    Single records, list items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            created_at (datetime.datetime | Unset): When the status was created.
            user (None | Unset | User): The user whose timesheet this is.
            workspace (None | Unset | Workspace): The workspace the timesheet belongs to.
            start_date (datetime.date | Unset): The first day (a Monday) of the timesheet's week.
            end_date (datetime.date | Unset): The last day (a Sunday) of the timesheet's week.
            approval_status (str | Unset): Where the timesheet stands. Known values: DRAFT, SUBMITTED, APPROVED, REJECTED.
    """

    gid: str
    resource_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    user: None | User | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    approval_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        approval_status = self.approval_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user is not UNSET:
            field_dict["user"] = user
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status

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
        timesheet_approval_status = cls(**values)
        timesheet_approval_status.additional_properties = extra
        return timesheet_approval_status

    def __repr__(self) -> str:
        """Only the fields that are set: `TimesheetApprovalStatus(gid='1', name='x')`."""
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
from ..models.workspace import Workspace  # noqa: E402
