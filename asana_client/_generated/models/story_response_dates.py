from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryResponseDates")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_due_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_due_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "start_on": ("start_on", _parse_start_on),
    "due_at": ("due_at", _parse_due_at),
    "due_on": ("due_on", _parse_due_on),
}
_ATTRIBUTES = (
    "start_on",
    "due_at",
    "due_on",
)


@_attrs_define(repr=False)
class StoryResponseDates:
    """The dates of a task or goal before or after a change recorded by a story.

    Attributes:
        start_on (datetime.date | None | Unset): The start day, or null.
        due_at (datetime.datetime | None | Unset): The due time, or null.
        due_on (datetime.date | Unset): The due day.
    """

    start_on: datetime.date | None | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        due_on: str | Unset = UNSET
        if not isinstance(self.due_on, Unset):
            due_on = self.due_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if due_on is not UNSET:
            field_dict["due_on"] = due_on

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
        story_response_dates = cls(**values)
        story_response_dates.additional_properties = extra
        return story_response_dates

    def __repr__(self) -> str:
        """Only the fields that are set: `StoryResponseDates(gid='1', name='x')`."""
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
