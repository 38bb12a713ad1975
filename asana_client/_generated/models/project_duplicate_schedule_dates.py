from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDuplicateScheduleDates")


def _parse_due_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_start_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "should_skip_weekends": ("should_skip_weekends", None),
    "due_on": ("due_on", _parse_due_on),
    "start_on": ("start_on", _parse_start_on),
}
_ATTRIBUTES = (
    "should_skip_weekends",
    "due_on",
    "start_on",
)


@_attrs_define(repr=False)
class ProjectDuplicateScheduleDates:
    """Shift the copied tasks' dates (needs `task_dates` in `include`): give `should_skip_weekends` and one of `start_on`
    or `due_on`.

        Attributes:
            should_skip_weekends (bool | Unset): Whether shifted dates skip Saturdays and Sundays.
            due_on (datetime.date | Unset): The copy's last due date; the others move by the same amount.
            start_on (datetime.date | Unset): The copy's first start date; the others move by the same amount.
    """

    should_skip_weekends: bool | Unset = UNSET
    due_on: datetime.date | Unset = UNSET
    start_on: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        should_skip_weekends = self.should_skip_weekends

        due_on: str | Unset = UNSET
        if not isinstance(self.due_on, Unset):
            due_on = self.due_on.isoformat()

        start_on: str | Unset = UNSET
        if not isinstance(self.start_on, Unset):
            start_on = self.start_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if should_skip_weekends is not UNSET:
            field_dict["should_skip_weekends"] = should_skip_weekends
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if start_on is not UNSET:
            field_dict["start_on"] = start_on

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
        project_duplicate_schedule_dates = cls(**values)
        project_duplicate_schedule_dates.additional_properties = extra
        return project_duplicate_schedule_dates

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectDuplicateScheduleDates(gid='1', name='x')`."""
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
