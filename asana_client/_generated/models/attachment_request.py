from __future__ import annotations

from collections.abc import Callable, Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.attachment_request_resource_subtype import (
    AttachmentRequestResourceSubtype,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AttachmentRequest")


def _parse_file(data: Any) -> File:
    return File(payload=BytesIO(data))


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "parent": ("parent", None),
    "resource_subtype": ("resource_subtype", None),
    "file": ("file", _parse_file),
    "url": ("url", None),
    "name": ("name", None),
    "connect_to_app": ("connect_to_app", None),
}
_REQUIRED = ("parent",)
_ATTRIBUTES = (
    "parent",
    "resource_subtype",
    "file",
    "url",
    "name",
    "connect_to_app",
)


@_attrs_define(repr=False)
class AttachmentRequest:
    """The multipart form of an upload.

    Attributes:
        parent (str):
        resource_subtype (AttachmentRequestResourceSubtype | Unset):
        file (File | Unset):
        url (str | Unset):
        name (str | Unset):
        connect_to_app (bool | Unset):
    """

    parent: str
    resource_subtype: AttachmentRequestResourceSubtype | str | Unset = UNSET
    file: File | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    connect_to_app: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent = self.parent

        resource_subtype: str | Unset = UNSET
        if not isinstance(self.resource_subtype, Unset):
            resource_subtype = self.resource_subtype

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        url = self.url

        name = self.name

        connect_to_app = self.connect_to_app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent": parent,
            }
        )
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if file is not UNSET:
            field_dict["file"] = file
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if connect_to_app is not UNSET:
            field_dict["connect_to_app"] = connect_to_app

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("parent", (None, str(self.parent).encode(), "text/plain")))

        if not isinstance(self.resource_subtype, Unset):
            files.append(
                ("resource_subtype", (None, str(self.resource_subtype).encode(), "text/plain"))
            )

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.connect_to_app, Unset):
            files.append(
                ("connect_to_app", (None, str(self.connect_to_app).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
        attachment_request = cls(**values)
        attachment_request.additional_properties = extra
        return attachment_request

    def __repr__(self) -> str:
        """Only the fields that are set: `AttachmentRequest(gid='1', name='x')`."""
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
