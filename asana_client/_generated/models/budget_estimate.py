from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetEstimate")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "billable_status_filter": ("billable_status_filter", None),
    "source": ("source", None),
    "enabled": ("enabled", None),
    "units": ("units", None),
    "value": ("value", None),
}
_ATTRIBUTES = (
    "billable_status_filter",
    "source",
    "enabled",
    "units",
    "value",
)


@_attrs_define(repr=False)
class BudgetEstimate:
    """The estimate part of a budget: its setting and the value computed from it. A disabled estimate (`enabled` false,
    `source` none) has null `value` and `units`.

        Attributes:
            billable_status_filter (str | Unset): Which tasks count when `source` is `tasks`, by billable status (`billable`
                when not set); ignored for the other sources. Known values: billable, non_billable, any.
            source (str | Unset): Where the estimate comes from: the tasks' estimated time, capacity plans, or nothing
                (`none`, only with `enabled` false). Known values: none, tasks, capacity_plans.
            enabled (bool | Unset): Whether the estimate is shown.
            units (None | str | Unset): `minutes` for a time budget, the currency's ISO 4217 code for a cost budget; null
                when the estimate is disabled.
            value (float | None | Unset): The estimated minutes (time budget) or cost, estimated time times rate (cost
                budget); null when the estimate is disabled.
    """

    billable_status_filter: str | Unset = UNSET
    source: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    units: None | str | Unset = UNSET
    value: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable_status_filter = self.billable_status_filter

        source = self.source

        enabled = self.enabled

        units: None | str | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        else:
            units = self.units

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billable_status_filter is not UNSET:
            field_dict["billable_status_filter"] = billable_status_filter
        if source is not UNSET:
            field_dict["source"] = source
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if units is not UNSET:
            field_dict["units"] = units
        if value is not UNSET:
            field_dict["value"] = value

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
        budget_estimate = cls(**values)
        budget_estimate.additional_properties = extra
        return budget_estimate

    def __repr__(self) -> str:
        """Only the fields that are set: `BudgetEstimate(gid='1', name='x')`."""
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
