from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="Attachment")


@_attrs_define
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
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        resource_subtype = d.pop("resource_subtype", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        host = d.pop("host", UNSET)

        def _parse_parent(data: object) -> None | Task | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = Task.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Task | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_permanent_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        permanent_url = _parse_permanent_url(d.pop("permanent_url", UNSET))

        size = d.pop("size", UNSET)

        def _parse_view_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view_url = _parse_view_url(d.pop("view_url", UNSET))

        connected_to_app = d.pop("connected_to_app", UNSET)

        attachment = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            resource_subtype=resource_subtype,
            created_at=created_at,
            download_url=download_url,
            host=host,
            parent=parent,
            permanent_url=permanent_url,
            size=size,
            view_url=view_url,
            connected_to_app=connected_to_app,
        )

        attachment.additional_properties = d
        return attachment

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
from ..models.task import Task
