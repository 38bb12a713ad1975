from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rbac_role_update_request_base_role_type import (
    RbacRoleUpdateRequestBaseRoleType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacRoleUpdateRequest")


def _parse_permissions(data: Any) -> RbacRolePermissions:
    return RbacRolePermissions.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "description": ("description", None),
    "is_standard_role": ("is_standard_role", None),
    "base_role_type": ("base_role_type", None),
    "permissions": ("permissions", _parse_permissions),
}
_ATTRIBUTES = (
    "name",
    "description",
    "is_standard_role",
    "base_role_type",
    "permissions",
)


@_attrs_define(repr=False)
class RbacRoleUpdateRequest:
    """The role fields to change; absent fields are left alone.

    Attributes:
        name (str | Unset): The role's name.
        description (str | Unset): What the role is for.
        is_standard_role (bool | Unset): Whether this is a standard role rather than a custom one (default false).
        base_role_type (RbacRoleUpdateRequestBaseRoleType | Unset): The built-in role this one starts from.
        permissions (RbacRolePermissions | Unset): The permissions of a role, one switch (or choice) each.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_standard_role: bool | Unset = UNSET
    base_role_type: RbacRoleUpdateRequestBaseRoleType | str | Unset = UNSET
    permissions: RbacRolePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        is_standard_role = self.is_standard_role

        base_role_type: str | Unset = UNSET
        if not isinstance(self.base_role_type, Unset):
            base_role_type = self.base_role_type

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_standard_role is not UNSET:
            field_dict["is_standard_role"] = is_standard_role
        if base_role_type is not UNSET:
            field_dict["base_role_type"] = base_role_type
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

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
        rbac_role_update_request = cls(**values)
        rbac_role_update_request.additional_properties = extra
        return rbac_role_update_request

    def __repr__(self) -> str:
        """Only the fields that are set: `RbacRoleUpdateRequest(gid='1', name='x')`."""
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
from ..models.rbac_role_permissions import RbacRolePermissions  # noqa: E402
