from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactionSummaryItem")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "emoji_base": ("emoji_base", None),
    "variant": ("variant", None),
    "count": ("count", None),
    "reacted": ("reacted", None),
}
_ATTRIBUTES = (
    "emoji_base",
    "variant",
    "count",
    "reacted",
)


@_attrs_define(repr=False)
class ReactionSummaryItem:
    """How many people reacted to an object with one emoji.

    Attributes:
        emoji_base (str | Unset): The emoji, without skin tone.
        variant (str | Unset): The exact emoji used, with any skin tone.
        count (float | Unset): How many reactions used this variant.
        reacted (bool | Unset): Whether the caller is one of them.
    """

    emoji_base: str | Unset = UNSET
    variant: str | Unset = UNSET
    count: float | Unset = UNSET
    reacted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emoji_base = self.emoji_base

        variant = self.variant

        count = self.count

        reacted = self.reacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emoji_base is not UNSET:
            field_dict["emoji_base"] = emoji_base
        if variant is not UNSET:
            field_dict["variant"] = variant
        if count is not UNSET:
            field_dict["count"] = count
        if reacted is not UNSET:
            field_dict["reacted"] = reacted

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
        reaction_summary_item = cls(**values)
        reaction_summary_item.additional_properties = extra
        return reaction_summary_item

    def __repr__(self) -> str:
        """Only the fields that are set: `ReactionSummaryItem(gid='1', name='x')`."""
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
