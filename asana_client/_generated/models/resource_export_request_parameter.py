from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceExportRequestParameter")


def _parse_filters(data: Any) -> None | ResourceExportFilters:
    if data is None:
        return None
    if isinstance(data, dict):
        return ResourceExportFilters.from_dict(data)
    raise TypeError(f"filters: {type(data).__name__} is none of None | ResourceExportFilters")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "resource_type": ("resource_type", None),
    "filters": ("filters", _parse_filters),
    "fields": ("fields", None),
}
_ATTRIBUTES = (
    "resource_type",
    "filters",
    "fields",
)


@_attrs_define(repr=False)
class ResourceExportRequestParameter:
    """One kind of resource to export, with its filters and fields.

    Attributes:
        resource_type (str | Unset): The kind of resource, task, team or message.
        filters (None | ResourceExportFilters | Unset):
        fields (list[str] | Unset): The fields each object carries, named as in opt_fields; leave out for every field
            the kind has by default.
    """

    resource_type: str | Unset = UNSET
    filters: None | ResourceExportFilters | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ResourceExportFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if filters is not UNSET:
            field_dict["filters"] = filters
        if fields is not UNSET:
            field_dict["fields"] = fields

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
        resource_export_request_parameter = cls(**values)
        resource_export_request_parameter.additional_properties = extra
        return resource_export_request_parameter

    def __repr__(self) -> str:
        """Only the fields that are set: `ResourceExportRequestParameter(gid='1', name='x')`."""
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
from ..models.resource_export_filters import ResourceExportFilters  # noqa: E402
