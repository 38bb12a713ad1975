from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_update_request_color_type_1 import TagUpdateRequestColorType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagUpdateRequest")


@_attrs_define
class TagUpdateRequest:
    """The tag fields to change; absent fields are left alone.

    Attributes:
        name (str | Unset): The tag's name.
        color (None | TagUpdateRequestColorType1 | Unset): The tag's colour, or null to clear it.
        notes (str | Unset): The tag's description.
    """

    name: str | Unset = UNSET
    color: None | TagUpdateRequestColorType1 | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, TagUpdateRequestColorType1):
            color = self.color.value
        else:
            color = self.color

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_color(data: object) -> None | TagUpdateRequestColorType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_1 = TagUpdateRequestColorType1(data)

                return color_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TagUpdateRequestColorType1 | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        notes = d.pop("notes", UNSET)

        tag_update_request = cls(
            name=name,
            color=color,
            notes=notes,
        )

        tag_update_request.additional_properties = d
        return tag_update_request

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
