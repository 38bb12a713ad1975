from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationCreateRequest")


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


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "assignee": ("assignee", None),
    "parent": ("parent", None),
    "start_date": ("start_date", _parse_start_date),
    "end_date": ("end_date", _parse_end_date),
    "effort": ("effort", _parse_effort),
}
_REQUIRED = (
    "assignee",
    "parent",
    "start_date",
    "end_date",
)
_ATTRIBUTES = (
    "assignee",
    "parent",
    "start_date",
    "end_date",
    "effort",
)


@_attrs_define(repr=False)
class AllocationCreateRequest:
    """A new allocation.

    Attributes:
        assignee (str): The user or placeholder whose time is allocated (gid).
        parent (str): The project the time is allocated to (gid).
        start_date (datetime.date): The first day of the allocation.
        end_date (datetime.date): The last day of the allocation.
        effort (AllocationEffort | None | Unset): How much time the allocation takes.
    """

    assignee: str
    parent: str
    start_date: datetime.date
    end_date: datetime.date
    effort: AllocationEffort | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee = self.assignee

        parent = self.parent

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        effort: dict[str, Any] | None | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, AllocationEffort):
            effort = self.effort.to_dict()
        else:
            effort = self.effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignee": assignee,
                "parent": parent,
                "start_date": start_date,
                "end_date": end_date,
            }
        )
        if effort is not UNSET:
            field_dict["effort"] = effort

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
        allocation_create_request = cls(**values)
        allocation_create_request.additional_properties = extra
        return allocation_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `AllocationCreateRequest(gid='1', name='x')`."""
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
