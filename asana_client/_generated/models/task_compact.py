from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCompact")


def _parse_created_by(data: Any) -> AsanaResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaResource.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of AsanaResource | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "created_by": ("created_by", _parse_created_by),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "resource_subtype",
    "created_by",
)


@_attrs_define(repr=False)
class TaskCompact:
    """The short form of a task, as lists return it.

    Attributes:
        gid (str | Unset):
        resource_type (str | Unset):
        name (str | Unset):
        resource_subtype (str | Unset): Known values: default_task, milestone, approval, custom.
        created_by (AsanaResource | None | Unset):
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    created_by: AsanaResource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        resource_subtype = self.resource_subtype

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, AsanaResource):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
        task_compact = cls(**values)
        task_compact.additional_properties = extra
        return task_compact

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskCompact(gid='1', name='x')`."""
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
