from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectStatus")


def _parse_author(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"author: {type(data).__name__} is none of None | User")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "title": ("title", None),
    "text": ("text", None),
    "html_text": ("html_text", None),
    "color": ("color", None),
    "author": ("author", _parse_author),
    "created_at": ("created_at", _parse_created_at),
    "created_by": ("created_by", _parse_created_by),
    "modified_at": ("modified_at", _parse_modified_at),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "title",
    "text",
    "html_text",
    "color",
    "author",
    "created_at",
    "created_by",
    "modified_at",
)


@_attrs_define(repr=False)
class ProjectStatus:
    """One project status record (Asana's ProjectStatusCompact, ProjectStatusResponse). Single records, list items and
    nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The project status's identifier.
            resource_type (str | Unset): Always `project_status`.
            title (str | Unset): The status's title.
            text (str | Unset): The status's text, as plain text.
            html_text (str | Unset): The status's text with its formatting, as HTML (opt-in field).
            color (str | Unset): The status's colour (`complete` for a finished project). Known values: green, yellow, red,
                blue, complete.
            author (None | Unset | User):
            created_at (datetime.datetime | Unset): When the status was posted.
            created_by (None | Unset | User):
            modified_at (datetime.datetime | Unset): When the status itself last changed (comments on it do not count).
    """

    gid: str
    resource_type: str | Unset = UNSET
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    html_text: str | Unset = UNSET
    color: str | Unset = UNSET
    author: None | User | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | User | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        title = self.title

        text = self.text

        html_text = self.html_text

        color = self.color

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, User):
            author = self.author.to_dict()
        else:
            author = self.author

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if color is not UNSET:
            field_dict["color"] = color
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

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
        project_status = cls(**values)
        project_status.additional_properties = extra
        return project_status

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectStatus(gid='1', name='x')`."""
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
from ..models.user import User  # noqa: E402
