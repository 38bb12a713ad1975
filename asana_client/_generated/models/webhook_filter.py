from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookFilter")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "action": ("action", None),
    "fields": ("fields", None),
}
_ATTRIBUTES = (
    "resource_type",
    "resource_subtype",
    "action",
    "fields",
)


@_attrs_define(repr=False)
class WebhookFilter:
    """One filter of a webhook; an event passes when it matches every field set.

    Attributes:
        resource_type (str | Unset): The type of resource whose changes pass, such as task.
        resource_subtype (str | Unset): The resource subtype that passes, as the resources' resource_subtype says.
        action (str | Unset): The action on the resource that passes, as an event's action says: changed, added,
            removed, deleted or undeleted.
        fields (list[str] | Unset): Only for action changed: the fields whose change passes. Webhooks on workspaces,
            teams or portfolios take no fields.
    """

    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    action: str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        action = self.action

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if action is not UNSET:
            field_dict["action"] = action
        if fields is not UNSET:
            field_dict["fields"] = fields

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
        webhook_filter = cls(**values)
        webhook_filter.additional_properties = extra
        return webhook_filter

    def __repr__(self) -> str:
        """Only the fields that are set: `WebhookFilter(gid='1', name='x')`."""
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
