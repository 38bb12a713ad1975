from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEventDetails")


def _parse_group(data: Any) -> AuditLogEventDetailsGroup:
    return AuditLogEventDetailsGroup.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "old_value": ("old_value", None),
    "new_value": ("new_value", None),
    "group": ("group", _parse_group),
    "saml_response": ("saml_response", None),
}
_ATTRIBUTES = (
    "old_value",
    "new_value",
    "group",
    "saml_response",
)


@_attrs_define(repr=False)
class AuditLogEventDetails:
    """Details that depend on the event_type; other keys than these may appear.

    Attributes:
        old_value (None | str | Unset): The value before the change.
        new_value (None | str | Unset): The value after the change.
        group (AuditLogEventDetailsGroup | Unset): The division or other group the event happened in (role changes
            inside a division, among others).
        saml_response (None | str | Unset): What the identity provider answered, on SAML login events.
    """

    old_value: None | str | Unset = UNSET
    new_value: None | str | Unset = UNSET
    group: AuditLogEventDetailsGroup | Unset = UNSET
    saml_response: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_value: None | str | Unset
        if isinstance(self.old_value, Unset):
            old_value = UNSET
        else:
            old_value = self.old_value

        new_value: None | str | Unset
        if isinstance(self.new_value, Unset):
            new_value = UNSET
        else:
            new_value = self.new_value

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        saml_response: None | str | Unset
        if isinstance(self.saml_response, Unset):
            saml_response = UNSET
        else:
            saml_response = self.saml_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_value is not UNSET:
            field_dict["old_value"] = old_value
        if new_value is not UNSET:
            field_dict["new_value"] = new_value
        if group is not UNSET:
            field_dict["group"] = group
        if saml_response is not UNSET:
            field_dict["saml_response"] = saml_response

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
        audit_log_event_details = cls(**values)
        audit_log_event_details.additional_properties = extra
        return audit_log_event_details

    def __repr__(self) -> str:
        """Only the fields that are set: `AuditLogEventDetails(gid='1', name='x')`."""
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
from ..models.audit_log_event_details_group import AuditLogEventDetailsGroup  # noqa: E402
