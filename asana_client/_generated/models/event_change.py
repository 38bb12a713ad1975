from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventChange")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "field": ("field", None),
    "action": ("action", None),
    "new_value": ("new_value", None),
    "added_value": ("added_value", None),
    "removed_value": ("removed_value", None),
}
_ATTRIBUTES = (
    "field",
    "action",
    "new_value",
    "added_value",
    "removed_value",
)


@_attrs_define(repr=False)
class EventChange:
    """How one field of a resource changed. The value fields hold a resource when the field points at one (only gid and
    resource_type in webhook deliveries, the compact record from the events operation).

        Attributes:
            field (str | Unset): The field that changed.
            action (str | Unset): How the field changed: changed, added or removed.
            new_value (Any | Unset): Only when action is changed, the field's new value.
            added_value (Any | Unset): Only when action is added, the value added to the field.
            removed_value (Any | Unset): Only when action is removed, the value removed from the field.
    """

    field: str | Unset = UNSET
    action: str | Unset = UNSET
    new_value: Any | Unset = UNSET
    added_value: Any | Unset = UNSET
    removed_value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        action = self.action

        new_value = self.new_value

        added_value = self.added_value

        removed_value = self.removed_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if action is not UNSET:
            field_dict["action"] = action
        if new_value is not UNSET:
            field_dict["new_value"] = new_value
        if added_value is not UNSET:
            field_dict["added_value"] = added_value
        if removed_value is not UNSET:
            field_dict["removed_value"] = removed_value

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
        event_change = cls(**values)
        event_change.additional_properties = extra
        return event_change

    def __repr__(self) -> str:
        """Only the fields that are set: `EventChange(gid='1', name='x')`."""
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
