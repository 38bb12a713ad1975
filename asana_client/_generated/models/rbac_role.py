from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacRole")


def _parse_creation_time(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_permissions(data: Any) -> None | RbacRolePermissions:
    if data is None:
        return None
    if isinstance(data, dict):
        return RbacRolePermissions.from_dict(data)
    raise TypeError(f"permissions: {type(data).__name__} is none of None | RbacRolePermissions")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "description": ("description", None),
    "is_standard_role": ("is_standard_role", None),
    "creation_time": ("creation_time", _parse_creation_time),
    "modified_at": ("modified_at", _parse_modified_at),
    "base_role_type": ("base_role_type", None),
    "permissions": ("permissions", _parse_permissions),
    "workspace": ("workspace", _parse_workspace),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "description",
    "is_standard_role",
    "creation_time",
    "modified_at",
    "base_role_type",
    "permissions",
    "workspace",
)


@_attrs_define(repr=False)
class RbacRole:
    """One rbac role record (Asana's RbacRoleCompact, RbacRoleResponse). Single records, list items and nested records all
    use it; a field the response left out stays unset.

        Attributes:
            gid (str): The role's identifier.
            resource_type (str | Unset): Always `role`.
            name (str | Unset): The role's name.
            description (str | Unset): What the role is for.
            is_standard_role (bool | Unset): True for one of Asana's standard roles, false for a role the organization made
                (the default).
            creation_time (datetime.datetime | Unset): When the role was created.
            modified_at (datetime.datetime | Unset): When the role was last changed.
            base_role_type (str | Unset): The built-in role this one starts from. Known values: guest, member, admin,
                super_admin.
            permissions (None | RbacRolePermissions | Unset): What users with the role may do.
            workspace (None | Unset | Workspace): The organization the role belongs to; fixed at creation.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_standard_role: bool | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    base_role_type: str | Unset = UNSET
    permissions: None | RbacRolePermissions | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        description = self.description

        is_standard_role = self.is_standard_role

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        base_role_type = self.base_role_type

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, RbacRolePermissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

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
        if description is not UNSET:
            field_dict["description"] = description
        if is_standard_role is not UNSET:
            field_dict["is_standard_role"] = is_standard_role
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if base_role_type is not UNSET:
            field_dict["base_role_type"] = base_role_type
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

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
        rbac_role = cls(**values)
        rbac_role.additional_properties = extra
        return rbac_role

    def __repr__(self) -> str:
        """Only the fields that are set: `RbacRole(gid='1', name='x')`."""
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
from ..models.workspace import Workspace  # noqa: E402
