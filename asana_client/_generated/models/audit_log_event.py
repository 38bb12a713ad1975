from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEvent")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_actor(data: Any) -> AuditLogEventActor | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AuditLogEventActor.from_dict(data)
    raise TypeError(f"actor: {type(data).__name__} is none of AuditLogEventActor | None")


def _parse_resource(data: Any) -> AuditLogEventResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AuditLogEventResource.from_dict(data)
    raise TypeError(f"resource: {type(data).__name__} is none of AuditLogEventResource | None")


def _parse_details(data: Any) -> AuditLogEventDetails | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AuditLogEventDetails.from_dict(data)
    raise TypeError(f"details: {type(data).__name__} is none of AuditLogEventDetails | None")


def _parse_context(data: Any) -> AuditLogEventContext | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AuditLogEventContext.from_dict(data)
    raise TypeError(f"context: {type(data).__name__} is none of AuditLogEventContext | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "created_at": ("created_at", _parse_created_at),
    "event_type": ("event_type", None),
    "event_category": ("event_category", None),
    "actor": ("actor", _parse_actor),
    "resource": ("resource", _parse_resource),
    "details": ("details", _parse_details),
    "context": ("context", _parse_context),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "created_at",
    "event_type",
    "event_category",
    "actor",
    "resource",
    "details",
    "context",
)


@_attrs_define(repr=False)
class AuditLogEvent:
    """One audit log event record (Asana's AuditLogEvent). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str): The event's gid.
            created_at (datetime.datetime | Unset): When the event happened.
            event_type (str | Unset): What happened, such as task_deleted.
            event_category (str | Unset): The group event_type belongs to.
            actor (AuditLogEventActor | None | Unset):
            resource (AuditLogEventResource | None | Unset):
            details (AuditLogEventDetails | None | Unset):
            context (AuditLogEventContext | None | Unset):
    """

    gid: str
    created_at: datetime.datetime | Unset = UNSET
    event_type: str | Unset = UNSET
    event_category: str | Unset = UNSET
    actor: AuditLogEventActor | None | Unset = UNSET
    resource: AuditLogEventResource | None | Unset = UNSET
    details: AuditLogEventDetails | None | Unset = UNSET
    context: AuditLogEventContext | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        event_type = self.event_type

        event_category = self.event_category

        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, AuditLogEventActor):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, AuditLogEventResource):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, AuditLogEventDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, AuditLogEventContext):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_category is not UNSET:
            field_dict["event_category"] = event_category
        if actor is not UNSET:
            field_dict["actor"] = actor
        if resource is not UNSET:
            field_dict["resource"] = resource
        if details is not UNSET:
            field_dict["details"] = details
        if context is not UNSET:
            field_dict["context"] = context

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
        audit_log_event = cls(**values)
        audit_log_event.additional_properties = extra
        return audit_log_event

    def __repr__(self) -> str:
        """Only the fields that are set: `AuditLogEvent(gid='1', name='x')`."""
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
from ..models.audit_log_event_actor import AuditLogEventActor  # noqa: E402
from ..models.audit_log_event_context import AuditLogEventContext  # noqa: E402
from ..models.audit_log_event_details import AuditLogEventDetails  # noqa: E402
from ..models.audit_log_event_resource import AuditLogEventResource  # noqa: E402
