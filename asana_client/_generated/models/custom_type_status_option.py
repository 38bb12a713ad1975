from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTypeStatusOption")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "completion_state": ("completion_state", None),
    "enabled": ("enabled", None),
    "color": ("color", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "completion_state",
    "enabled",
    "color",
)


@_attrs_define(repr=False)
class CustomTypeStatusOption:
    """One custom type status option record (Asana's CustomTypeStatusOptionCompact, CustomTypeStatusOptionResponse). Single
    records, list items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The status option's identifier.
            resource_type (str | Unset): Always `custom_type_status_option`.
            name (str | Unset): The status option's name.
            completion_state (None | str | Unset): The completion state the status stands for; each custom type has one
                incomplete and one complete status.
            enabled (bool | None | Unset): Whether the status can be chosen.
            color (None | str | Unset): The status's colour (`none` by default).
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    completion_state: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        completion_state: None | str | Unset
        if isinstance(self.completion_state, Unset):
            completion_state = UNSET
        else:
            completion_state = self.completion_state

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

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
        if completion_state is not UNSET:
            field_dict["completion_state"] = completion_state
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if color is not UNSET:
            field_dict["color"] = color

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
        custom_type_status_option = cls(**values)
        custom_type_status_option.additional_properties = extra
        return custom_type_status_option

    def __repr__(self) -> str:
        """Only the fields that are set: `CustomTypeStatusOption(gid='1', name='x')`."""
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
