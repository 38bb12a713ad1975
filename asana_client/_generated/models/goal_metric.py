from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalMetric")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "precision": ("precision", None),
    "unit": ("unit", None),
    "currency_code": ("currency_code", None),
    "initial_number_value": ("initial_number_value", None),
    "target_number_value": ("target_number_value", None),
    "current_number_value": ("current_number_value", None),
    "progress_source": ("progress_source", None),
    "current_display_value": ("current_display_value", None),
    "is_custom_weight": ("is_custom_weight", None),
    "can_manage": ("can_manage", None),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "resource_subtype",
    "precision",
    "unit",
    "currency_code",
    "initial_number_value",
    "target_number_value",
    "current_number_value",
    "progress_source",
    "current_display_value",
    "is_custom_weight",
    "can_manage",
)


@_attrs_define(repr=False)
class GoalMetric:
    """A goal's metric: how its progress is measured and how far it is.

    Attributes:
        gid (str | Unset): The metric's identifier.
        resource_type (str | Unset): Always `goal_metric`.
        resource_subtype (str | Unset): The kind of metric. Known values: number.
        precision (int | Unset): Digits kept after the decimal point, 0 to 6 (number metrics; a percentage counts its
            digits as a fraction, so 0.25 has precision 0).
        unit (str | Unset): The unit the numbers are in. Known values: none, currency, percentage.
        currency_code (None | str | Unset): ISO 4217 currency code when `unit` is `currency`, else null.
        initial_number_value (float | Unset): The value progress starts from.
        target_number_value (float | Unset): The value that reaches the goal; must differ from `initial_number_value`.
        current_number_value (float | Unset): The value reached so far.
        progress_source (str | Unset): Where progress comes from: entered by hand, computed from subgoals, projects or
            tasks, or fed by an outside integration. Known values: manual, subgoal_progress, project_task_completion,
            project_milestone_completion, task_completion, external.
        current_display_value (str | Unset): The current value as displayed.
        is_custom_weight (bool | Unset): Whether supporting work counts by its own weight rather than equally (only for
            progress computed from subgoals, projects or tasks).
        can_manage (bool | Unset): Whether the caller may set the current value of an `external` metric (true when they
            created it).
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    precision: int | Unset = UNSET
    unit: str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    initial_number_value: float | Unset = UNSET
    target_number_value: float | Unset = UNSET
    current_number_value: float | Unset = UNSET
    progress_source: str | Unset = UNSET
    current_display_value: str | Unset = UNSET
    is_custom_weight: bool | Unset = UNSET
    can_manage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        precision = self.precision

        unit = self.unit

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        initial_number_value = self.initial_number_value

        target_number_value = self.target_number_value

        current_number_value = self.current_number_value

        progress_source = self.progress_source

        current_display_value = self.current_display_value

        is_custom_weight = self.is_custom_weight

        can_manage = self.can_manage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
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
        if current_display_value is not UNSET:
            field_dict["current_display_value"] = current_display_value
        if is_custom_weight is not UNSET:
            field_dict["is_custom_weight"] = is_custom_weight
        if can_manage is not UNSET:
            field_dict["can_manage"] = can_manage

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
        goal_metric = cls(**values)
        goal_metric.additional_properties = extra
        return goal_metric

    def __repr__(self) -> str:
        """Only the fields that are set: `GoalMetric(gid='1', name='x')`."""
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
