from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipCreateRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "member": ("member", None),
    "parent": ("parent", None),
    "access_level": ("access_level", None),
    "role": ("role", None),
}
_ATTRIBUTES = (
    "member",
    "parent",
    "access_level",
    "role",
)


@_attrs_define(repr=False)
class MembershipCreateRequest:
    """Who joins which object, and with what access.

    Attributes:
        member (str | Unset): Gid of the user or team to add.
        parent (str | Unset): Gid of the goal, project, portfolio, custom type or custom field to add the member to.
        access_level (str | Unset): The member's access. Goals: `viewer`, `commenter`, `editor` or `admin`; projects:
            `admin`, `editor` or `commenter`; portfolios: `admin`, `editor` or `viewer`; custom fields: `admin`, `editor` or
            `user`.
        role (str | Unset): Deprecated, use `access_level`. Goals: `editor` or `commenter` (default `commenter`);
            projects: `admin`, `editor` or `commenter` (default: the project's default role).
    """

    member: str | Unset = UNSET
    parent: str | Unset = UNSET
    access_level: str | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member

        parent = self.parent

        access_level = self.access_level

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member is not UNSET:
            field_dict["member"] = member
        if parent is not UNSET:
            field_dict["parent"] = parent
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if role is not UNSET:
            field_dict["role"] = role

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
        membership_create_request = cls(**values)
        membership_create_request.additional_properties = extra
        return membership_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `MembershipCreateRequest(gid='1', name='x')`."""
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
