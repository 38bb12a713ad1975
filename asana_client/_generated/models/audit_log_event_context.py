from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEventContext")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "context_type": ("context_type", None),
    "api_authentication_method": ("api_authentication_method", None),
    "client_ip_address": ("client_ip_address", None),
    "user_agent": ("user_agent", None),
    "oauth_app_name": ("oauth_app_name", None),
    "rule_name": ("rule_name", None),
    "on_behalf_of_user_id": ("on_behalf_of_user_id", None),
}
_ATTRIBUTES = (
    "context_type",
    "api_authentication_method",
    "client_ip_address",
    "user_agent",
    "oauth_app_name",
    "rule_name",
    "on_behalf_of_user_id",
)


@_attrs_define(repr=False)
class AuditLogEventContext:
    """Where an audit log event came from.

    Attributes:
        context_type (str | Unset): The channel, such as web, mobile or api. Known values: web, desktop, mobile,
            asana_support, asana, email, api.
        api_authentication_method (str | Unset): For api, how the call authenticated. Known values: cookie, oauth,
            personal_access_token, service_account.
        client_ip_address (str | Unset): The client's IP address, when known.
        user_agent (str | Unset): The client's user agent, when known.
        oauth_app_name (str | Unset): For oauth, the app that made the call.
        rule_name (str | Unset): The automation rule that caused the event.
        on_behalf_of_user_id (int | Unset): The user on whose behalf Asana support made the change.
    """

    context_type: str | Unset = UNSET
    api_authentication_method: str | Unset = UNSET
    client_ip_address: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    oauth_app_name: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    on_behalf_of_user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_type = self.context_type

        api_authentication_method = self.api_authentication_method

        client_ip_address = self.client_ip_address

        user_agent = self.user_agent

        oauth_app_name = self.oauth_app_name

        rule_name = self.rule_name

        on_behalf_of_user_id = self.on_behalf_of_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_type is not UNSET:
            field_dict["context_type"] = context_type
        if api_authentication_method is not UNSET:
            field_dict["api_authentication_method"] = api_authentication_method
        if client_ip_address is not UNSET:
            field_dict["client_ip_address"] = client_ip_address
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if oauth_app_name is not UNSET:
            field_dict["oauth_app_name"] = oauth_app_name
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if on_behalf_of_user_id is not UNSET:
            field_dict["on_behalf_of_user_id"] = on_behalf_of_user_id

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
        audit_log_event_context = cls(**values)
        audit_log_event_context.additional_properties = extra
        return audit_log_event_context

    def __repr__(self) -> str:
        """Only the fields that are set: `AuditLogEventContext(gid='1', name='x')`."""
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
