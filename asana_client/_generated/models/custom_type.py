from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomType")


def _parse_status_options_1(data: Any) -> list[CustomTypeStatusOption]:
    return [CustomTypeStatusOption.from_dict(item) for item in data]


def _parse_status_options(data: Any) -> list[CustomTypeStatusOption] | None:
    if isinstance(data, list):
        return _parse_status_options_1(data)
    if data is None:
        return None
    raise TypeError(
        f"status_options: {type(data).__name__} is none of list[CustomTypeStatusOption] | None"
    )


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "status_options": ("status_options", _parse_status_options),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "status_options",
)


@_attrs_define(repr=False)
class CustomType:
    """One custom type record (Asana's CustomTypeCompact, CustomTypeResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The custom type's identifier.
            resource_type (str | Unset): Always `custom_type`.
            name (str | Unset): The custom type's name.
            status_options (list[CustomTypeStatusOption] | None | Unset): The statuses a task of this type can be in.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    status_options: list[CustomTypeStatusOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        status_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.status_options, Unset):
            status_options = UNSET
        elif isinstance(self.status_options, list):
            status_options = []
            for status_options_type_0_item_data in self.status_options:
                status_options_type_0_item = status_options_type_0_item_data.to_dict()
                status_options.append(status_options_type_0_item)

        else:
            status_options = self.status_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if status_options is not UNSET:
            field_dict["status_options"] = status_options

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
        custom_type = cls(**values)
        custom_type.additional_properties = extra
        return custom_type

    def __repr__(self) -> str:
        """Only the fields that are set: `CustomType(gid='1', name='x')`."""
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
from ..models.custom_type_status_option import CustomTypeStatusOption  # noqa: E402
