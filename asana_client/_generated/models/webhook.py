from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


def _parse_resource(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"resource: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_last_failure_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"last_failure_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_last_success_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"last_success_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_next_attempt_after(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(
        f"next_attempt_after: {type(data).__name__} is none of datetime.datetime | None"
    )


def _parse_failure_deletion_timestamp(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(
        f"failure_deletion_timestamp: {type(data).__name__} is none of datetime.datetime | None"
    )


def _parse_filters(data: Any) -> list[WebhookFilter]:
    return [WebhookFilter.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "active": ("active", None),
    "resource": ("resource", _parse_resource),
    "target": ("target", None),
    "created_at": ("created_at", _parse_created_at),
    "last_failure_at": ("last_failure_at", _parse_last_failure_at),
    "last_failure_content": ("last_failure_content", None),
    "last_success_at": ("last_success_at", _parse_last_success_at),
    "delivery_retry_count": ("delivery_retry_count", None),
    "next_attempt_after": ("next_attempt_after", _parse_next_attempt_after),
    "failure_deletion_timestamp": ("failure_deletion_timestamp", _parse_failure_deletion_timestamp),
    "filters": ("filters", _parse_filters),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "active",
    "resource",
    "target",
    "created_at",
    "last_failure_at",
    "last_failure_content",
    "last_success_at",
    "delivery_retry_count",
    "next_attempt_after",
    "failure_deletion_timestamp",
    "filters",
)


@_attrs_define(repr=False)
class Webhook:
    """One webhook record (Asana's WebhookCompact, WebhookResponse). Single records, list items and nested records all use
    it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            active (bool | Unset): Whether events are being delivered; an inactive webhook sends nothing.
            resource (AsanaNamedResource | None | Unset):
            target (str | Unset): The URL deliveries are POSTed to.
            created_at (datetime.datetime | Unset): When the webhook was created.
            last_failure_at (datetime.datetime | None | Unset): When a delivery to the target last failed.
            last_failure_content (None | str | Unset): What the target answered to the last failed delivery.
            last_success_at (datetime.datetime | None | Unset): When a delivery to the target last succeeded.
            delivery_retry_count (int | Unset): Failed delivery attempts since the last success.
            next_attempt_after (datetime.datetime | None | Unset): The earliest time of the next delivery attempt.
            failure_deletion_timestamp (datetime.datetime | None | Unset): When Asana deletes the webhook unless a delivery
                succeeds before.
            filters (list[WebhookFilter] | Unset): The filters an event must pass (any one of them) to be delivered; none
                means every event is.
    """

    gid: str
    resource_type: str | Unset = UNSET
    active: bool | Unset = UNSET
    resource: AsanaNamedResource | None | Unset = UNSET
    target: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_failure_at: datetime.datetime | None | Unset = UNSET
    last_failure_content: None | str | Unset = UNSET
    last_success_at: datetime.datetime | None | Unset = UNSET
    delivery_retry_count: int | Unset = UNSET
    next_attempt_after: datetime.datetime | None | Unset = UNSET
    failure_deletion_timestamp: datetime.datetime | None | Unset = UNSET
    filters: list[WebhookFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        active = self.active

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, AsanaNamedResource):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        target = self.target

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_failure_at: None | str | Unset
        if isinstance(self.last_failure_at, Unset):
            last_failure_at = UNSET
        elif isinstance(self.last_failure_at, datetime.datetime):
            last_failure_at = self.last_failure_at.isoformat()
        else:
            last_failure_at = self.last_failure_at

        last_failure_content: None | str | Unset
        if isinstance(self.last_failure_content, Unset):
            last_failure_content = UNSET
        else:
            last_failure_content = self.last_failure_content

        last_success_at: None | str | Unset
        if isinstance(self.last_success_at, Unset):
            last_success_at = UNSET
        elif isinstance(self.last_success_at, datetime.datetime):
            last_success_at = self.last_success_at.isoformat()
        else:
            last_success_at = self.last_success_at

        delivery_retry_count = self.delivery_retry_count

        next_attempt_after: None | str | Unset
        if isinstance(self.next_attempt_after, Unset):
            next_attempt_after = UNSET
        elif isinstance(self.next_attempt_after, datetime.datetime):
            next_attempt_after = self.next_attempt_after.isoformat()
        else:
            next_attempt_after = self.next_attempt_after

        failure_deletion_timestamp: None | str | Unset
        if isinstance(self.failure_deletion_timestamp, Unset):
            failure_deletion_timestamp = UNSET
        elif isinstance(self.failure_deletion_timestamp, datetime.datetime):
            failure_deletion_timestamp = self.failure_deletion_timestamp.isoformat()
        else:
            failure_deletion_timestamp = self.failure_deletion_timestamp

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if active is not UNSET:
            field_dict["active"] = active
        if resource is not UNSET:
            field_dict["resource"] = resource
        if target is not UNSET:
            field_dict["target"] = target
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_failure_at is not UNSET:
            field_dict["last_failure_at"] = last_failure_at
        if last_failure_content is not UNSET:
            field_dict["last_failure_content"] = last_failure_content
        if last_success_at is not UNSET:
            field_dict["last_success_at"] = last_success_at
        if delivery_retry_count is not UNSET:
            field_dict["delivery_retry_count"] = delivery_retry_count
        if next_attempt_after is not UNSET:
            field_dict["next_attempt_after"] = next_attempt_after
        if failure_deletion_timestamp is not UNSET:
            field_dict["failure_deletion_timestamp"] = failure_deletion_timestamp
        if filters is not UNSET:
            field_dict["filters"] = filters

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
        webhook = cls(**values)
        webhook.additional_properties = extra
        return webhook

    def __repr__(self) -> str:
        """Only the fields that are set: `Webhook(gid='1', name='x')`."""
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
from ..models.webhook_filter import WebhookFilter  # noqa: E402
