from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagResponse")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_followers(data: Any) -> list[UserCompact]:
    return [UserCompact.from_dict(item) for item in data]


def _parse_workspace(data: Any) -> None | WorkspaceCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return WorkspaceCompact.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | WorkspaceCompact")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "color": ("color", None),
    "notes": ("notes", None),
    "created_at": ("created_at", _parse_created_at),
    "followers": ("followers", _parse_followers),
    "workspace": ("workspace", _parse_workspace),
    "permalink_url": ("permalink_url", None),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "color",
    "notes",
    "created_at",
    "followers",
    "workspace",
    "permalink_url",
)


@_attrs_define(repr=False)
class TagResponse:
    """The full record of a tag.

    Attributes:
        gid (str | Unset): The tag's identifier.
        resource_type (str | Unset): Always `tag`.
        name (str | Unset): The tag's name.
        color (None | str | Unset): The tag's colour, or null for none. Known values: dark-pink, dark-green, dark-blue,
            dark-red, dark-teal, dark-brown, dark-orange, dark-purple, dark-warm-gray, light-pink, light-green, light-blue,
            light-red, light-teal, light-brown, light-orange, light-purple, light-warm-gray.
        notes (str | Unset): The tag's description.
        created_at (datetime.datetime | Unset): When the tag was created.
        followers (list[UserCompact] | Unset): The users following the tag.
        workspace (None | Unset | WorkspaceCompact):
        permalink_url (str | Unset): A link to the tag in the Asana app.
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    color: None | str | Unset = UNSET
    notes: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    followers: list[UserCompact] | Unset = UNSET
    workspace: None | WorkspaceCompact | Unset = UNSET
    permalink_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        notes = self.notes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, WorkspaceCompact):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        permalink_url = self.permalink_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if followers is not UNSET:
            field_dict["followers"] = followers
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url

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
        tag_response = cls(**values)
        tag_response.additional_properties = extra
        return tag_response

    def __repr__(self) -> str:
        """Only the fields that are set: `TagResponse(gid='1', name='x')`."""
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
from ..models.workspace_compact import WorkspaceCompact  # noqa: E402
