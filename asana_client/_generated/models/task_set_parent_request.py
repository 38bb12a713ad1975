from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSetParentRequest")


@_attrs_define
class TaskSetParentRequest:
    """Where a task should move to.

    Attributes:
        parent (None | str): The new parent task, or null to make the task top-level.
        insert_after (None | str | Unset): A sibling to place the task right after; null puts it first. Not with
            `insert_before`.
        insert_before (None | str | Unset): A sibling to place the task right before; null puts it last. Not with
            `insert_after`.
    """

    parent: None | str
    insert_after: None | str | Unset = UNSET
    insert_before: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent: None | str
        parent = self.parent

        insert_after: None | str | Unset
        if isinstance(self.insert_after, Unset):
            insert_after = UNSET
        else:
            insert_after = self.insert_after

        insert_before: None | str | Unset
        if isinstance(self.insert_before, Unset):
            insert_before = UNSET
        else:
            insert_before = self.insert_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent": parent,
            }
        )
        if insert_after is not UNSET:
            field_dict["insert_after"] = insert_after
        if insert_before is not UNSET:
            field_dict["insert_before"] = insert_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        def _parse_insert_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_after = _parse_insert_after(d.pop("insert_after", UNSET))

        def _parse_insert_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_before = _parse_insert_before(d.pop("insert_before", UNSET))

        task_set_parent_request = cls(
            parent=parent,
            insert_after=insert_after,
            insert_before=insert_before,
        )

        task_set_parent_request.additional_properties = d
        return task_set_parent_request

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
