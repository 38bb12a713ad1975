from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_update_request_color import (
    PortfolioUpdateRequestColor,
)
from ..models.portfolio_update_request_default_access_level import (
    PortfolioUpdateRequestDefaultAccessLevel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioUpdateRequest")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_custom_fields(data: Any) -> PortfolioUpdateRequestCustomFields:
    return PortfolioUpdateRequestCustomFields.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "archived": ("archived", None),
    "color": ("color", None),
    "start_on": ("start_on", _parse_start_on),
    "due_on": ("due_on", _parse_due_on),
    "default_access_level": ("default_access_level", None),
    "custom_fields": ("custom_fields", _parse_custom_fields),
}
_ATTRIBUTES = (
    "name",
    "archived",
    "color",
    "start_on",
    "due_on",
    "default_access_level",
    "custom_fields",
)


@_attrs_define(repr=False)
class PortfolioUpdateRequest:
    """The portfolio fields to change; absent fields are left alone.

    Attributes:
        name (str | Unset): The portfolio's name.
        archived (bool | Unset): Whether the portfolio is archived.
        color (PortfolioUpdateRequestColor | Unset): The portfolio's colour.
        start_on (datetime.date | None | Unset): The start day, or null; `due_on` must be sent along with it, and the
            two days must differ.
        due_on (datetime.date | None | Unset): The due day, or null.
        default_access_level (PortfolioUpdateRequestDefaultAccessLevel | Unset): The access level given to newly invited
            members.
        custom_fields (PortfolioUpdateRequestCustomFields | Unset): Custom field values to set on the portfolio, keyed
            by custom field gid; values are text, numbers, enum option gids or dates written as strings.
    """

    name: str | Unset = UNSET
    archived: bool | Unset = UNSET
    color: PortfolioUpdateRequestColor | str | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    default_access_level: PortfolioUpdateRequestDefaultAccessLevel | str | Unset = UNSET
    custom_fields: PortfolioUpdateRequestCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        archived = self.archived

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        default_access_level: str | Unset = UNSET
        if not isinstance(self.default_access_level, Unset):
            default_access_level = self.default_access_level

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if archived is not UNSET:
            field_dict["archived"] = archived
        if color is not UNSET:
            field_dict["color"] = color
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

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
        portfolio_update_request = cls(**values)
        portfolio_update_request.additional_properties = extra
        return portfolio_update_request

    def __repr__(self) -> str:
        """Only the fields that are set: `PortfolioUpdateRequest(gid='1', name='x')`."""
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
from ..models.portfolio_update_request_custom_fields import (
    PortfolioUpdateRequestCustomFields,  # noqa: E402
)
