from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimePeriod")


def _parse_end_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_start_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_parent(data: Any) -> None | TimePeriod:
    if data is None:
        return None
    if isinstance(data, dict):
        return TimePeriod.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | TimePeriod")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "end_on": ("end_on", _parse_end_on),
    "start_on": ("start_on", _parse_start_on),
    "period": ("period", None),
    "display_name": ("display_name", None),
    "parent": ("parent", _parse_parent),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "end_on",
    "start_on",
    "period",
    "display_name",
    "parent",
)


@_attrs_define(repr=False)
class TimePeriod:
    """One time period record (Asana's TimePeriodCompact, TimePeriodResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The time period's identifier.
            resource_type (str | Unset): Always `time_period`.
            end_on (datetime.date | Unset): The period's last day, in the workspace's calendar.
            start_on (datetime.date | Unset): The period's first day, in the workspace's calendar.
            period (str | Unset): Which period of the fiscal year it is. Known values: FY, H1, H2, Q1, Q2, Q3, Q4.
            display_name (str | Unset): The period's label: its code and fiscal year.
            parent (None | TimePeriod | Unset): The period this one is part of (a quarter's half or year), or null.
    """

    gid: str
    resource_type: str | Unset = UNSET
    end_on: datetime.date | Unset = UNSET
    start_on: datetime.date | Unset = UNSET
    period: str | Unset = UNSET
    display_name: str | Unset = UNSET
    parent: None | TimePeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        end_on: str | Unset = UNSET
        if not isinstance(self.end_on, Unset):
            end_on = self.end_on.isoformat()

        start_on: str | Unset = UNSET
        if not isinstance(self.start_on, Unset):
            start_on = self.start_on.isoformat()

        period = self.period

        display_name = self.display_name

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, TimePeriod):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if end_on is not UNSET:
            field_dict["end_on"] = end_on
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if period is not UNSET:
            field_dict["period"] = period
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if parent is not UNSET:
            field_dict["parent"] = parent

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
        time_period = cls(**values)
        time_period.additional_properties = extra
        return time_period

    def __repr__(self) -> str:
        """Only the fields that are set: `TimePeriod(gid='1', name='x')`."""
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
