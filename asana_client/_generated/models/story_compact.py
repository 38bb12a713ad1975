from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryCompact")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_created_by(data: Any) -> None | UserCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserCompact.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | UserCompact")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "created_at": ("created_at", _parse_created_at),
    "created_by": ("created_by", _parse_created_by),
    "resource_subtype": ("resource_subtype", None),
    "text": ("text", None),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "created_at",
    "created_by",
    "resource_subtype",
    "text",
)


@_attrs_define(repr=False)
class StoryCompact:
    """A story in short form.

    Attributes:
        gid (str | Unset): The story's identifier.
        resource_type (str | Unset): Always `story`.
        created_at (datetime.datetime | Unset): When the story was created.
        created_by (None | Unset | UserCompact):
        resource_subtype (str | Unset): What kind of story this is (for example `comment_added`, `assigned`).
        text (str | Unset): Readable text of the story, without the author's name. Wording of system stories may change;
            use `resource_subtype` to tell kinds apart.
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | UserCompact | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserCompact):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        resource_subtype = self.resource_subtype

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if text is not UNSET:
            field_dict["text"] = text

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
        story_compact = cls(**values)
        story_compact.additional_properties = extra
        return story_compact

    def __repr__(self) -> str:
        """Only the fields that are set: `StoryCompact(gid='1', name='x')`."""
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
from ..models.user_compact import UserCompact  # noqa: E402
