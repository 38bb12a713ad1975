from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMembershipVacationDates")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "start_on": ("start_on", None),
    "end_on": ("end_on", None),
}
_ATTRIBUTES = (
    "start_on",
    "end_on",
)


@_attrs_define(repr=False)
class WorkspaceMembershipVacationDates:
    """Deprecated vacation dates of a workspace member (`YYYY-MM-DD` strings).

    Attributes:
        start_on (str | Unset): The first day of the vacation.
        end_on (None | str | Unset): The last day of the vacation, or null if open-ended.
    """

    start_on: str | Unset = UNSET
    end_on: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_on = self.start_on

        end_on: None | str | Unset
        if isinstance(self.end_on, Unset):
            end_on = UNSET
        else:
            end_on = self.end_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if end_on is not UNSET:
            field_dict["end_on"] = end_on

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
        workspace_membership_vacation_dates = cls(**values)
        workspace_membership_vacation_dates.additional_properties = extra
        return workspace_membership_vacation_dates

    def __repr__(self) -> str:
        """Only the fields that are set: `WorkspaceMembershipVacationDates(gid='1', name='x')`."""
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
