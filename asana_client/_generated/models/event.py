from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


def _parse_resource(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"resource: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_parent(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_change(data: Any) -> EventChange | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return EventChange.from_dict(data)
    raise TypeError(f"change: {type(data).__name__} is none of EventChange | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "user": ("user", _parse_user),
    "resource": ("resource", _parse_resource),
    "type": ("type_", None),
    "action": ("action", None),
    "parent": ("parent", _parse_parent),
    "created_at": ("created_at", _parse_created_at),
    "change": ("change", _parse_change),
}
_ATTRIBUTES = (
    "user",
    "resource",
    "type_",
    "action",
    "parent",
    "created_at",
    "change",
)


@_attrs_define(repr=False)
class Event:
    """One change to a resource, as the events operation returns it and webhooks deliver it. action says what happened to
    the resource; for a change of its fields, change says which field and how. (Asana's EventResponse; named Event here:
    it has no gid, so it is not an entity record.)

        Attributes:
            user (None | Unset | User): Who made the change; null for changes Asana made itself.
            resource (AsanaNamedResource | None | Unset):
            type_ (str | Unset): Deprecated; the resource's resource_type says the same.
            action (str | Unset): What happened to the resource: changed, added, removed, deleted or undeleted.
            parent (AsanaNamedResource | None | Unset): For added and removed, the object the resource was added to or
                removed from; null otherwise.
            created_at (datetime.datetime | Unset): When the change happened.
            change (EventChange | None | Unset): Only when action is changed, what changed in the resource.
    """

    user: None | User | Unset = UNSET
    resource: AsanaNamedResource | None | Unset = UNSET
    type_: str | Unset = UNSET
    action: str | Unset = UNSET
    parent: AsanaNamedResource | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    change: EventChange | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, AsanaNamedResource):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        type_ = self.type_

        action = self.action

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, AsanaNamedResource):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        change: dict[str, Any] | None | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        elif isinstance(self.change, EventChange):
            change = self.change.to_dict()
        else:
            change = self.change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if resource is not UNSET:
            field_dict["resource"] = resource
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if parent is not UNSET:
            field_dict["parent"] = parent
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if change is not UNSET:
            field_dict["change"] = change

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
        event = cls(**values)
        event.additional_properties = extra
        return event

    def __repr__(self) -> str:
        """Only the fields that are set: `Event(gid='1', name='x')`."""
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
from ..models.asana_named_resource import AsanaNamedResource  # noqa: E402
from ..models.event_change import EventChange  # noqa: E402
from ..models.user import User  # noqa: E402
