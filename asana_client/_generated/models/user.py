from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


def _parse_photo(data: Any) -> None | UserPhoto:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserPhoto.from_dict(data)
    raise TypeError(f"photo: {type(data).__name__} is none of None | UserPhoto")


def _parse_workspaces(data: Any) -> list[Workspace]:
    return [Workspace.from_dict(item) for item in data]


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "email": ("email", None),
    "photo": ("photo", _parse_photo),
    "workspaces": ("workspaces", _parse_workspaces),
    "custom_fields": ("custom_fields", _parse_custom_fields),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "email",
    "photo",
    "workspaces",
    "custom_fields",
)


@_attrs_define(repr=False)
class User:
    """One user record (Asana's UserCompact, UserBaseResponse, UserResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset): The user's display name.
            email (str | Unset):
            photo (None | Unset | UserPhoto):
            workspaces (list[Workspace] | Unset): The workspaces and organizations the user belongs to.
            custom_fields (list[CustomField] | Unset): Custom field values of the user (only with the `workspace`
                parameter).
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    photo: None | UserPhoto | Unset = UNSET
    workspaces: list[Workspace] | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        email = self.email

        photo: dict[str, Any] | None | Unset
        if isinstance(self.photo, Unset):
            photo = UNSET
        elif isinstance(self.photo, UserPhoto):
            photo = self.photo.to_dict()
        else:
            photo = self.photo

        workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = []
            for workspaces_item_data in self.workspaces:
                workspaces_item = workspaces_item_data.to_dict()
                workspaces.append(workspaces_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

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
        if email is not UNSET:
            field_dict["email"] = email
        if photo is not UNSET:
            field_dict["photo"] = photo
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

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
        user = cls(**values)
        user.additional_properties = extra
        return user

    def __repr__(self) -> str:
        """Only the fields that are set: `User(gid='1', name='x')`."""
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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.user_photo import UserPhoto  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
