from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Rate")


def _parse_parent(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Project")


def _parse_resource(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"resource: {type(data).__name__} is none of None | User")


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "parent": ("parent", _parse_parent),
    "resource": ("resource", _parse_resource),
    "rate": ("rate", None),
    "currency_code": ("currency_code", None),
    "created_by": ("created_by", _parse_created_by),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "parent",
    "resource",
    "rate",
    "currency_code",
    "created_by",
)


@_attrs_define(repr=False)
class Rate:
    """One rate record (Asana's RateCompact, RateResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            parent (None | Project | Unset): The project the rate applies on.
            resource (None | Unset | User): Whose time the rate prices: a user or a placeholder (`resource_type` says
                which).
            rate (float | Unset): The amount of money.
            currency_code (str | Unset): The currency of `rate`, set for the whole organization.
            created_by (None | Unset | User): Who created the rate.
    """

    gid: str
    resource_type: str | Unset = UNSET
    parent: None | Project | Unset = UNSET
    resource: None | User | Unset = UNSET
    rate: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    created_by: None | User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Project):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, User):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        rate = self.rate

        currency_code = self.currency_code

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if parent is not UNSET:
            field_dict["parent"] = parent
        if resource is not UNSET:
            field_dict["resource"] = resource
        if rate is not UNSET:
            field_dict["rate"] = rate
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
        rate = cls(**values)
        rate.additional_properties = extra
        return rate

    def __repr__(self) -> str:
        """Only the fields that are set: `Rate(gid='1', name='x')`."""
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
from ..models.project import Project  # noqa: E402
from ..models.user import User  # noqa: E402
