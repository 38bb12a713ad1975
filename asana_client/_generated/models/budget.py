from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Budget")


def _parse_estimate(data: Any) -> BudgetEstimate | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return BudgetEstimate.from_dict(data)
    raise TypeError(f"estimate: {type(data).__name__} is none of BudgetEstimate | None")


def _parse_actual(data: Any) -> BudgetActual | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return BudgetActual.from_dict(data)
    raise TypeError(f"actual: {type(data).__name__} is none of BudgetActual | None")


def _parse_total(data: Any) -> BudgetTotal | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return BudgetTotal.from_dict(data)
    raise TypeError(f"total: {type(data).__name__} is none of BudgetTotal | None")


def _parse_parent(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Project")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "budget_type": ("budget_type", None),
    "estimate": ("estimate", _parse_estimate),
    "actual": ("actual", _parse_actual),
    "total": ("total", _parse_total),
    "parent": ("parent", _parse_parent),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "budget_type",
    "estimate",
    "actual",
    "total",
    "parent",
)


@_attrs_define(repr=False)
class Budget:
    """One budget record (Asana's BudgetResponse). Single records, list items and nested records all use it; a field the
    response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            budget_type (str | Unset): What the budget counts: `time` (values in minutes) or `cost` (values in the
                organization's currency). Known values: cost, time.
            estimate (BudgetEstimate | None | Unset): The estimated amount and where it comes from.
            actual (BudgetActual | None | Unset): The amount spent so far, summed from time tracking entries.
            total (BudgetTotal | None | Unset): The amount planned, as set by a person.
            parent (None | Project | Unset): The project the budget is for.
    """

    gid: str
    resource_type: str | Unset = UNSET
    budget_type: str | Unset = UNSET
    estimate: BudgetEstimate | None | Unset = UNSET
    actual: BudgetActual | None | Unset = UNSET
    total: BudgetTotal | None | Unset = UNSET
    parent: None | Project | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        budget_type = self.budget_type

        estimate: dict[str, Any] | None | Unset
        if isinstance(self.estimate, Unset):
            estimate = UNSET
        elif isinstance(self.estimate, BudgetEstimate):
            estimate = self.estimate.to_dict()
        else:
            estimate = self.estimate

        actual: dict[str, Any] | None | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        elif isinstance(self.actual, BudgetActual):
            actual = self.actual.to_dict()
        else:
            actual = self.actual

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, BudgetTotal):
            total = self.total.to_dict()
        else:
            total = self.total

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Project):
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
        if budget_type is not UNSET:
            field_dict["budget_type"] = budget_type
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if actual is not UNSET:
            field_dict["actual"] = actual
        if total is not UNSET:
            field_dict["total"] = total
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
        budget = cls(**values)
        budget.additional_properties = extra
        return budget

    def __repr__(self) -> str:
        """Only the fields that are set: `Budget(gid='1', name='x')`."""
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
from ..models.budget_actual import BudgetActual  # noqa: E402
from ..models.budget_estimate import BudgetEstimate  # noqa: E402
from ..models.budget_total import BudgetTotal  # noqa: E402
from ..models.project import Project  # noqa: E402
