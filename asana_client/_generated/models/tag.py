from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.workspace import Workspace


T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """One tag record (Asana's TagCompact, TagResponse). Single records, list items and nested records all use it; a field
    the response left out stays unset.

        Attributes:
            gid (str): The tag's identifier.
            resource_type (str | Unset): Always `tag`.
            name (str | Unset): The tag's name.
            color (None | str | Unset): The tag's colour, or null for none. Known values: dark-pink, dark-green, dark-blue,
                dark-red, dark-teal, dark-brown, dark-orange, dark-purple, dark-warm-gray, light-pink, light-green, light-blue,
                light-red, light-teal, light-brown, light-orange, light-purple, light-warm-gray.
            notes (str | Unset): The tag's description.
            created_at (datetime.datetime | Unset): When the tag was created.
            followers (list[User] | Unset): The users following the tag.
            workspace (None | Unset | Workspace):
            permalink_url (str | Unset): A link to the tag in the Asana app.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    color: None | str | Unset = UNSET
    notes: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    followers: list[User] | Unset = UNSET
    workspace: None | Unset | Workspace = UNSET
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
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        permalink_url = self.permalink_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
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
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        notes = d.pop("notes", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _followers = d.pop("followers", UNSET)
        followers: list[User] | Unset = UNSET
        if _followers is not UNSET:
            followers = []
            for followers_item_data in _followers:
                followers_item = User.from_dict(followers_item_data)

                followers.append(followers_item)

        def _parse_workspace(data: object) -> None | Unset | Workspace:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_type_1 = Workspace.from_dict(data)

                return workspace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Workspace, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        permalink_url = d.pop("permalink_url", UNSET)

        tag = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            color=color,
            notes=notes,
            created_at=created_at,
            followers=followers,
            workspace=workspace,
            permalink_url=permalink_url,
        )

        tag.additional_properties = d
        return tag

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


# Related models, imported after the class so that cycles resolve; see specs/hoist_model_imports.py.
# ruff: noqa: E402
from ..models.user import User
from ..models.workspace import Workspace
