from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionRequest")


@_attrs_define
class SectionRequest:
    """The name of a section and, when creating, where to put it.

    Attributes:
        name (str): The section's name; may not be empty.
        insert_before (str | Unset): Gid of an existing section to place this one before (not with `insert_after`).
        insert_after (str | Unset): Gid of an existing section to place this one after (not with `insert_before`).
    """

    name: str
    insert_before: str | Unset = UNSET
    insert_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        insert_before = self.insert_before

        insert_after = self.insert_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        name = d.pop("name")

        insert_before = d.pop("insert_before", UNSET)

        insert_after = d.pop("insert_after", UNSET)

        section_request = cls(
            name=name,
            insert_before=insert_before,
            insert_after=insert_after,
        )

        section_request.additional_properties = d
        return section_request

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
