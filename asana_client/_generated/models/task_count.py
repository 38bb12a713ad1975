from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCount")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "num_tasks": ("num_tasks", None),
    "num_incomplete_tasks": ("num_incomplete_tasks", None),
    "num_completed_tasks": ("num_completed_tasks", None),
    "num_milestones": ("num_milestones", None),
    "num_incomplete_milestones": ("num_incomplete_milestones", None),
    "num_completed_milestones": ("num_completed_milestones", None),
}
_ATTRIBUTES = (
    "num_tasks",
    "num_incomplete_tasks",
    "num_completed_tasks",
    "num_milestones",
    "num_incomplete_milestones",
    "num_completed_milestones",
)


@_attrs_define(repr=False)
class TaskCount:
    """How many tasks and milestones a project holds. Every count is opt-in; milestones are also counted among the tasks.

    Attributes:
        num_tasks (int | Unset): All tasks.
        num_incomplete_tasks (int | Unset): Tasks not completed.
        num_completed_tasks (int | Unset): Completed tasks.
        num_milestones (int | Unset): All milestones.
        num_incomplete_milestones (int | Unset): Milestones not completed.
        num_completed_milestones (int | Unset): Completed milestones.
    """

    num_tasks: int | Unset = UNSET
    num_incomplete_tasks: int | Unset = UNSET
    num_completed_tasks: int | Unset = UNSET
    num_milestones: int | Unset = UNSET
    num_incomplete_milestones: int | Unset = UNSET
    num_completed_milestones: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_tasks = self.num_tasks

        num_incomplete_tasks = self.num_incomplete_tasks

        num_completed_tasks = self.num_completed_tasks

        num_milestones = self.num_milestones

        num_incomplete_milestones = self.num_incomplete_milestones

        num_completed_milestones = self.num_completed_milestones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_tasks is not UNSET:
            field_dict["num_tasks"] = num_tasks
        if num_incomplete_tasks is not UNSET:
            field_dict["num_incomplete_tasks"] = num_incomplete_tasks
        if num_completed_tasks is not UNSET:
            field_dict["num_completed_tasks"] = num_completed_tasks
        if num_milestones is not UNSET:
            field_dict["num_milestones"] = num_milestones
        if num_incomplete_milestones is not UNSET:
            field_dict["num_incomplete_milestones"] = num_incomplete_milestones
        if num_completed_milestones is not UNSET:
            field_dict["num_completed_milestones"] = num_completed_milestones

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
        task_count = cls(**values)
        task_count.additional_properties = extra
        return task_count

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskCount(gid='1', name='x')`."""
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
