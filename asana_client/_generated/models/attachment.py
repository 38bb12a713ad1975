from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_parent(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Task")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "created_at": ("created_at", _parse_created_at),
    "download_url": ("download_url", None),
    "host": ("host", None),
    "parent": ("parent", _parse_parent),
    "permanent_url": ("permanent_url", None),
    "size": ("size", None),
    "view_url": ("view_url", None),
    "connected_to_app": ("connected_to_app", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "resource_subtype",
    "created_at",
    "download_url",
    "host",
    "parent",
    "permanent_url",
    "size",
    "view_url",
    "connected_to_app",
)


@_attrs_define(repr=False)
class Attachment:
    """One attachment record (Asana's AttachmentCompact, AttachmentResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset): The name of the file.
            resource_subtype (str | Unset): The service hosting the attachment.
            created_at (datetime.datetime | Unset):
            download_url (None | str | Unset): Short-lived link to the file's bytes on a storage host (valid a couple of
                minutes); null for Vimeo and sometimes Box files.
            host (str | Unset):
            parent (None | Task | Unset):
            permanent_url (None | str | Unset):
            size (int | Unset): The size of the attachment in bytes.
            view_url (None | str | Unset):
            connected_to_app (bool | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    download_url: None | str | Unset = UNSET
    host: str | Unset = UNSET
    parent: None | Task | Unset = UNSET
    permanent_url: None | str | Unset = UNSET
    size: int | Unset = UNSET
    view_url: None | str | Unset = UNSET
    connected_to_app: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        resource_subtype = self.resource_subtype

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        host = self.host

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Task):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        permanent_url: None | str | Unset
        if isinstance(self.permanent_url, Unset):
            permanent_url = UNSET
        else:
            permanent_url = self.permanent_url

        size = self.size

        view_url: None | str | Unset
        if isinstance(self.view_url, Unset):
            view_url = UNSET
        else:
            view_url = self.view_url

        connected_to_app = self.connected_to_app

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
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if host is not UNSET:
            field_dict["host"] = host
        if parent is not UNSET:
            field_dict["parent"] = parent
        if permanent_url is not UNSET:
            field_dict["permanent_url"] = permanent_url
        if size is not UNSET:
            field_dict["size"] = size
        if view_url is not UNSET:
            field_dict["view_url"] = view_url
        if connected_to_app is not UNSET:
            field_dict["connected_to_app"] = connected_to_app

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
        attachment = cls(**values)
        attachment.additional_properties = extra
        return attachment

    def __repr__(self) -> str:
        """Only the fields that are set: `Attachment(gid='1', name='x')`."""
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
from ..models.task import Task  # noqa: E402
