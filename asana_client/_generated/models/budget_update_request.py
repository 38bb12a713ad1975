from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_update_request_budget_type import (
    BudgetUpdateRequestBudgetType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetUpdateRequest")


def _parse_estimate(data: Any) -> BudgetEstimateRequest:
    return BudgetEstimateRequest.from_dict(data)


def _parse_actual(data: Any) -> BudgetActualRequest:
    return BudgetActualRequest.from_dict(data)


def _parse_total(data: Any) -> BudgetTotalRequest:
    return BudgetTotalRequest.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "budget_type": ("budget_type", None),
    "estimate": ("estimate", _parse_estimate),
    "actual": ("actual", _parse_actual),
    "total": ("total", _parse_total),
}
_ATTRIBUTES = (
    "budget_type",
    "estimate",
    "actual",
    "total",
)


@_attrs_define(repr=False)
class BudgetUpdateRequest:
    """The fields of a budget to change (its project cannot change).

    Attributes:
        budget_type (BudgetUpdateRequestBudgetType | Unset): What the budget counts, time (minutes) or cost (money).
        estimate (BudgetEstimateRequest | Unset): How the estimate part of a budget is computed and shown.
        actual (BudgetActualRequest | Unset): Which time tracking entries the actual part of a budget sums.
        total (BudgetTotalRequest | Unset): The planned amount of a budget and whether it is shown.
    """

    budget_type: BudgetUpdateRequestBudgetType | str | Unset = UNSET
    estimate: BudgetEstimateRequest | Unset = UNSET
    actual: BudgetActualRequest | Unset = UNSET
    total: BudgetTotalRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_type: str | Unset = UNSET
        if not isinstance(self.budget_type, Unset):
            budget_type = self.budget_type

        estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimate, Unset):
            estimate = self.estimate.to_dict()

        actual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actual, Unset):
            actual = self.actual.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_type is not UNSET:
            field_dict["budget_type"] = budget_type
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if actual is not UNSET:
            field_dict["actual"] = actual
        if total is not UNSET:
            field_dict["total"] = total

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
        budget_update_request = cls(**values)
        budget_update_request.additional_properties = extra
        return budget_update_request

    def __repr__(self) -> str:
        """Only the fields that are set: `BudgetUpdateRequest(gid='1', name='x')`."""
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
from ..models.budget_actual_request import BudgetActualRequest  # noqa: E402
from ..models.budget_estimate_request import BudgetEstimateRequest  # noqa: E402
from ..models.budget_total_request import BudgetTotalRequest  # noqa: E402
