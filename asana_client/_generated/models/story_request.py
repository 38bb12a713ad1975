from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.story_request_sticker_name import (
    StoryRequestStickerName,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "text": ("text", None),
    "html_text": ("html_text", None),
    "is_pinned": ("is_pinned", None),
    "sticker_name": ("sticker_name", None),
}
_ATTRIBUTES = (
    "text",
    "html_text",
    "is_pinned",
    "sticker_name",
)


@_attrs_define(repr=False)
class StoryRequest:
    """A comment to post. Give `text` or `html_text`, not both.

    Attributes:
        text (str | Unset): The comment as plain text.
        html_text (str | Unset): The comment as HTML (wrapped in `<body>`).
        is_pinned (bool | Unset): Whether to pin the comment on the task.
        sticker_name (StoryRequestStickerName | Unset): A sticker to show with the comment.
    """

    text: str | Unset = UNSET
    html_text: str | Unset = UNSET
    is_pinned: bool | Unset = UNSET
    sticker_name: StoryRequestStickerName | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        html_text = self.html_text

        is_pinned = self.is_pinned

        sticker_name: str | Unset = UNSET
        if not isinstance(self.sticker_name, Unset):
            sticker_name = self.sticker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if sticker_name is not UNSET:
            field_dict["sticker_name"] = sticker_name

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
        story_request = cls(**values)
        story_request.additional_properties = extra
        return story_request

    def __repr__(self) -> str:
        """Only the fields that are set: `StoryRequest(gid='1', name='x')`."""
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
