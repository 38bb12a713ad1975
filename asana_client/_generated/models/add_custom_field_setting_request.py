from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomFieldSettingRequest")


def _parse_custom_field(data: Any) -> CustomFieldCreateRequest | str:
    if True:
        return cast(str, data)
    if isinstance(data, dict):
        return CustomFieldCreateRequest.from_dict(data)
    raise TypeError(
        f"custom_field: {type(data).__name__} is none of CustomFieldCreateRequest | str"
    )


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "custom_field": ("custom_field", _parse_custom_field),
    "is_important": ("is_important", None),
    "insert_before": ("insert_before", None),
    "insert_after": ("insert_after", None),
}
_REQUIRED = ("custom_field",)
_ATTRIBUTES = (
    "custom_field",
    "is_important",
    "insert_before",
    "insert_after",
)


@_attrs_define(repr=False)
class AddCustomFieldSettingRequest:
    """A custom field to attach and its place among the container's fields.

    Attributes:
        custom_field (CustomFieldCreateRequest | str): The field to attach, by gid, or the definition of a new field to
            make.
        is_important (bool | Unset): Whether the web app shows the field in the container's list view.
        insert_before (str | Unset): A custom field setting of the container the new one goes before.
        insert_after (str | Unset): A custom field setting of the container the new one goes after.
    """

    custom_field: CustomFieldCreateRequest | str
    is_important: bool | Unset = UNSET
    insert_before: str | Unset = UNSET
    insert_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field: dict[str, Any] | str
        if isinstance(self.custom_field, CustomFieldCreateRequest):
            custom_field = self.custom_field.to_dict()
        else:
            custom_field = self.custom_field

        is_important = self.is_important

        insert_before = self.insert_before

        insert_after = self.insert_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_field": custom_field,
            }
        )
        if is_important is not UNSET:
            field_dict["is_important"] = is_important
        if insert_before is not UNSET:
            field_dict["insert_before"] = insert_before
        if insert_after is not UNSET:
            field_dict["insert_after"] = insert_after

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
        add_custom_field_setting_request = cls(**values)
        add_custom_field_setting_request.additional_properties = extra
        return add_custom_field_setting_request

    def __repr__(self) -> str:
        """Only the fields that are set: `AddCustomFieldSettingRequest(gid='1', name='x')`."""
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
from ..models.custom_field_create_request import CustomFieldCreateRequest  # noqa: E402
