from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goal_metric_request_progress_source import (
    GoalMetricRequestProgressSource,
)
from ..models.goal_metric_request_unit import (
    GoalMetricRequestUnit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalMetricRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "precision": ("precision", None),
    "unit": ("unit", None),
    "currency_code": ("currency_code", None),
    "initial_number_value": ("initial_number_value", None),
    "target_number_value": ("target_number_value", None),
    "current_number_value": ("current_number_value", None),
    "progress_source": ("progress_source", None),
    "is_custom_weight": ("is_custom_weight", None),
}
_ATTRIBUTES = (
    "precision",
    "unit",
    "currency_code",
    "initial_number_value",
    "target_number_value",
    "current_number_value",
    "progress_source",
    "is_custom_weight",
)


@_attrs_define(repr=False)
class GoalMetricRequest:
    """A goal's new metric.

    Attributes:
        precision (int | Unset): Digits kept after the decimal point, 0 to 6 (number metrics; a percentage counts its
            digits as a fraction, so 0.25 has precision 0).
        unit (GoalMetricRequestUnit | Unset): The unit the numbers are in.
        currency_code (None | str | Unset): ISO 4217 currency code when `unit` is `currency`, else null.
        initial_number_value (float | Unset): The value progress starts from.
        target_number_value (float | Unset): The value that reaches the goal; must differ from `initial_number_value`.
        current_number_value (float | Unset): The value reached so far.
        progress_source (GoalMetricRequestProgressSource | Unset): Where progress comes from: entered by hand, computed
            from subgoals, projects or tasks, or fed by an outside integration.
        is_custom_weight (bool | Unset): Whether supporting work counts by its own weight rather than equally (only for
            progress computed from subgoals, projects or tasks).
    """

    precision: int | Unset = UNSET
    unit: GoalMetricRequestUnit | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    initial_number_value: float | Unset = UNSET
    target_number_value: float | Unset = UNSET
    current_number_value: float | Unset = UNSET
    progress_source: GoalMetricRequestProgressSource | str | Unset = UNSET
    is_custom_weight: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        precision = self.precision

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        initial_number_value = self.initial_number_value

        target_number_value = self.target_number_value

        current_number_value = self.current_number_value

        progress_source: str | Unset = UNSET
        if not isinstance(self.progress_source, Unset):
            progress_source = self.progress_source

        is_custom_weight = self.is_custom_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if precision is not UNSET:
            field_dict["precision"] = precision
        if unit is not UNSET:
            field_dict["unit"] = unit
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if initial_number_value is not UNSET:
            field_dict["initial_number_value"] = initial_number_value
        if target_number_value is not UNSET:
            field_dict["target_number_value"] = target_number_value
        if current_number_value is not UNSET:
            field_dict["current_number_value"] = current_number_value
        if progress_source is not UNSET:
            field_dict["progress_source"] = progress_source
        if is_custom_weight is not UNSET:
            field_dict["is_custom_weight"] = is_custom_weight

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
        goal_metric_request = cls(**values)
        goal_metric_request.additional_properties = extra
        return goal_metric_request

    def __repr__(self) -> str:
        """Only the fields that are set: `GoalMetricRequest(gid='1', name='x')`."""
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
