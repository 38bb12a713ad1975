from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacRoleArray")


def _parse_data(data: Any) -> list[RbacRole]:
    return [RbacRole.from_dict(item) for item in data]


def _parse_next_page(data: Any) -> NextPage | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return NextPage.from_dict(data)
    raise TypeError(f"next_page: {type(data).__name__} is none of NextPage | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "data": ("data", _parse_data),
    "next_page": ("next_page", _parse_next_page),
}
_ATTRIBUTES = (
    "data",
    "next_page",
)


@_attrs_define(repr=False)
class RbacRoleArray:
    """
    Attributes:
        data (list[RbacRole] | Unset):
        next_page (NextPage | None | Unset):
    """

    data: list[RbacRole] | Unset = UNSET
    next_page: NextPage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        next_page: dict[str, Any] | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        elif isinstance(self.next_page, NextPage):
            next_page = self.next_page.to_dict()
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

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
        rbac_role_array = cls(**values)
        rbac_role_array.additional_properties = extra
        return rbac_role_array

    def __repr__(self) -> str:
        """Only the fields that are set: `RbacRoleArray(gid='1', name='x')`."""
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
from ..models.next_page import NextPage  # noqa: E402
from ..models.rbac_role import RbacRole  # noqa: E402
