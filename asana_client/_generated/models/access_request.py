from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_request_approval_status import (
    AccessRequestApprovalStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRequest")


def _parse_requester(data: Any) -> User:
    return User.from_dict(data)


def _parse_target(data: Any) -> AsanaResource:
    return AsanaResource.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "message": ("message", None),
    "approval_status": ("approval_status", None),
    "requester": ("requester", _parse_requester),
    "target": ("target", _parse_target),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "message",
    "approval_status",
    "requester",
    "target",
)


@_attrs_define(repr=False)
class AccessRequest:
    """One access request record (Asana's AccessRequestResponse). Single records, list items and nested records all use it;
    a field the response left out stays unset.

        Attributes:
            gid (str): The access request's identifier.
            resource_type (str | Unset): Always `access_request`.
            message (None | str | Unset): The requester's note, if they wrote one.
            approval_status (AccessRequestApprovalStatus | Unset): Where the request stands.
            requester (User | Unset): One user record (Asana's UserCompact, UserBaseResponse, UserResponse). Single records,
                list items and nested records all use it; a field the response left out stays unset.
            target (AsanaResource | Unset): Any Asana object, by identifier.
    """

    gid: str
    resource_type: str | Unset = UNSET
    message: None | str | Unset = UNSET
    approval_status: AccessRequestApprovalStatus | str | Unset = UNSET
    requester: User | Unset = UNSET
    target: AsanaResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if message is not UNSET:
            field_dict["message"] = message
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if requester is not UNSET:
            field_dict["requester"] = requester
        if target is not UNSET:
            field_dict["target"] = target

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
        access_request = cls(**values)
        access_request.additional_properties = extra
        return access_request

    def __repr__(self) -> str:
        """Only the fields that are set: `AccessRequest(gid='1', name='x')`."""
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
from ..models.asana_resource import AsanaResource  # noqa: E402
from ..models.user import User  # noqa: E402
