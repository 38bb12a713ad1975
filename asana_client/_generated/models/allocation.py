from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Allocation")


def _parse_start_date(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_end_date(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_effort(data: Any) -> AllocationEffort | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AllocationEffort.from_dict(data)
    raise TypeError(f"effort: {type(data).__name__} is none of AllocationEffort | None")


def _parse_assignee(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"assignee: {type(data).__name__} is none of None | User")


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_parent(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Project")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "start_date": ("start_date", _parse_start_date),
    "end_date": ("end_date", _parse_end_date),
    "effort": ("effort", _parse_effort),
    "assignee": ("assignee", _parse_assignee),
    "created_by": ("created_by", _parse_created_by),
    "parent": ("parent", _parse_parent),
    "resource_subtype": ("resource_subtype", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "start_date",
    "end_date",
    "effort",
    "assignee",
    "created_by",
    "parent",
    "resource_subtype",
)


@_attrs_define(repr=False)
class Allocation:
    """One allocation record (Asana's AllocationResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            start_date (datetime.date | Unset): The first day of the allocation.
            end_date (datetime.date | Unset): The last day of the allocation.
            effort (AllocationEffort | None | Unset): How much time the allocation takes.
            assignee (None | Unset | User): Who the time is allocated to: a user or a placeholder (`resource_type` says
                which).
            created_by (None | Unset | User): Who created the allocation.
            parent (None | Project | Unset): The project the time is allocated to.
            resource_subtype (str | Unset): The kind of allocation.
    """

    gid: str
    resource_type: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    effort: AllocationEffort | None | Unset = UNSET
    assignee: None | User | Unset = UNSET
    created_by: None | User | Unset = UNSET
    parent: None | Project | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        effort: dict[str, Any] | None | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, AllocationEffort):
            effort = self.effort.to_dict()
        else:
            effort = self.effort

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Project):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        resource_subtype = self.resource_subtype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if effort is not UNSET:
            field_dict["effort"] = effort
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if parent is not UNSET:
            field_dict["parent"] = parent
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype

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
        allocation = cls(**values)
        allocation.additional_properties = extra
        return allocation

    def __repr__(self) -> str:
        """Only the fields that are set: `Allocation(gid='1', name='x')`."""
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
from ..models.allocation_effort import AllocationEffort  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.user import User  # noqa: E402
