from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionTaskInsertRequest")


@_attrs_define
class SectionTaskInsertRequest:
    """A task to move into a section, with an optional position.

    Attributes:
        task (str): Gid of the task to move.
        insert_before (str | Unset): Gid of a task in the section to place it before (not with `insert_after`).
        insert_after (str | Unset): Gid of a task in the section to place it after (not with `insert_before`).
    """

    task: str
    insert_before: str | Unset = UNSET
    insert_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        insert_before = self.insert_before

        insert_after = self.insert_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
            }
        )
        if insert_before is not UNSET:
            field_dict["insert_before"] = insert_before
        if insert_after is not UNSET:
            field_dict["insert_after"] = insert_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task = d.pop("task")

        insert_before = d.pop("insert_before", UNSET)

        insert_after = d.pop("insert_after", UNSET)

        section_task_insert_request = cls(
            task=task,
            insert_before=insert_before,
            insert_after=insert_after,
        )

        section_task_insert_request.additional_properties = d
        return section_task_insert_request

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
