from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEventActor")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "actor_type": ("actor_type", None),
    "gid": ("gid", None),
    "name": ("name", None),
    "email": ("email", None),
}
_ATTRIBUTES = (
    "actor_type",
    "gid",
    "name",
    "email",
)


@_attrs_define(repr=False)
class AuditLogEventActor:
    """Who caused an audit log event, most often a user.

    Attributes:
        actor_type (str | Unset): The kind of actor. Known values: user, asana, asana_support, anonymous,
            external_administrator.
        gid (str | Unset): The user's gid, when the actor is a user.
        name (str | Unset): The user's name, when the actor is a user.
        email (str | Unset): The user's email, when the actor is a user.
    """

    actor_type: str | Unset = UNSET
    gid: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_type = self.actor_type

        gid = self.gid

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor_type is not UNSET:
            field_dict["actor_type"] = actor_type
        if gid is not UNSET:
            field_dict["gid"] = gid
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

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
        audit_log_event_actor = cls(**values)
        audit_log_event_actor.additional_properties = extra
        return audit_log_event_actor

    def __repr__(self) -> str:
        """Only the fields that are set: `AuditLogEventActor(gid='1', name='x')`."""
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
