from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusUpdate")


@_attrs_define
class StatusUpdate:
    """One status update record (Asana's StatusUpdateCompact). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            title (str | Unset):
            resource_subtype (str | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    title: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        title = self.title

        resource_subtype = self.resource_subtype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if title is not UNSET:
            field_dict["title"] = title
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        title = d.pop("title", UNSET)

        resource_subtype = d.pop("resource_subtype", UNSET)

        status_update = cls(
            gid=gid,
            resource_type=resource_type,
            title=title,
            resource_subtype=resource_subtype,
        )

        status_update.additional_properties = d
        return status_update

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
