from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_tracking_entry_create_request_billable_status import (
    TimeTrackingEntryCreateRequestBillableStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeTrackingEntryCreateRequest")


def _parse_entered_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "duration_minutes": ("duration_minutes", None),
    "entered_on": ("entered_on", _parse_entered_on),
    "attributable_to": ("attributable_to", None),
    "billable_status": ("billable_status", None),
    "description": ("description", None),
    "categories": ("categories", None),
}
_ATTRIBUTES = (
    "duration_minutes",
    "entered_on",
    "attributable_to",
    "billable_status",
    "description",
    "categories",
)


@_attrs_define(repr=False)
class TimeTrackingEntryCreateRequest:
    """A new time tracking entry.

    Attributes:
        duration_minutes (int | Unset): How many minutes to log; more than 0.
        entered_on (datetime.date | Unset): The day to log the time on; today when left out.
        attributable_to (str | Unset): The project whose budget the time counts toward (gid).
        billable_status (TimeTrackingEntryCreateRequestBillableStatus | Unset): Whether the time may be billed.
        description (str | Unset): A note on what the time was spent on.
        categories (list[str] | Unset): The gids of the categories to label the entry with (at most one for now).
    """

    duration_minutes: int | Unset = UNSET
    entered_on: datetime.date | Unset = UNSET
    attributable_to: str | Unset = UNSET
    billable_status: TimeTrackingEntryCreateRequestBillableStatus | str | Unset = UNSET
    description: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_minutes = self.duration_minutes

        entered_on: str | Unset = UNSET
        if not isinstance(self.entered_on, Unset):
            entered_on = self.entered_on.isoformat()

        attributable_to = self.attributable_to

        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status

        description = self.description

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if entered_on is not UNSET:
            field_dict["entered_on"] = entered_on
        if attributable_to is not UNSET:
            field_dict["attributable_to"] = attributable_to
        if billable_status is not UNSET:
            field_dict["billable_status"] = billable_status
        if description is not UNSET:
            field_dict["description"] = description
        if categories is not UNSET:
            field_dict["categories"] = categories

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
        time_tracking_entry_create_request = cls(**values)
        time_tracking_entry_create_request.additional_properties = extra
        return time_tracking_entry_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `TimeTrackingEntryCreateRequest(gid='1', name='x')`."""
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
