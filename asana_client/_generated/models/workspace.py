from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """One workspace record (Asana's WorkspaceCompact, WorkspaceResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset):
            email_domains (list[str] | Unset): The email domains tied to an organization.
            is_organization (bool | Unset): True for an organization, false for a plain workspace.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    email_domains: list[str] | Unset = UNSET
    is_organization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        email_domains: list[str] | Unset = UNSET
        if not isinstance(self.email_domains, Unset):
            email_domains = self.email_domains

        is_organization = self.is_organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if email_domains is not UNSET:
            field_dict["email_domains"] = email_domains
        if is_organization is not UNSET:
            field_dict["is_organization"] = is_organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        email_domains = cast(list[str], d.pop("email_domains", UNSET))

        is_organization = d.pop("is_organization", UNSET)

        workspace = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            email_domains=email_domains,
            is_organization=is_organization,
        )

        workspace.additional_properties = d
        return workspace

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
