from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalAddCustomFieldSettingRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "custom_field": ("custom_field", None),
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
class GoalAddCustomFieldSettingRequest:
    """A custom field to attach to a goal.

    Attributes:
        custom_field (str): Gid of the custom field to attach.
        is_important (bool | Unset): Whether the field is shown prominently.
        insert_before (str | Unset): Gid of a custom field setting of this goal to put the new one before; give at most
            one of `insert_before` and `insert_after`.
        insert_after (str | Unset): Gid of a custom field setting of this goal to put the new one after; give at most
            one of `insert_before` and `insert_after`.
    """

    custom_field: str
    is_important: bool | Unset = UNSET
    insert_before: str | Unset = UNSET
    insert_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        goal_add_custom_field_setting_request = cls(**values)
        goal_add_custom_field_setting_request.additional_properties = extra
        return goal_add_custom_field_setting_request

    def __repr__(self) -> str:
        """Only the fields that are set: `GoalAddCustomFieldSettingRequest(gid='1', name='x')`."""
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
