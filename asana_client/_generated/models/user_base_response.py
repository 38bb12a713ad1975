from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBaseResponse")


def _parse_photo(data: Any) -> None | UserPhoto:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserPhoto.from_dict(data)
    raise TypeError(f"photo: {type(data).__name__} is none of None | UserPhoto")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "email": ("email", None),
    "photo": ("photo", _parse_photo),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "email",
    "photo",
)


@_attrs_define(repr=False)
class UserBaseResponse:
    """A user with email address and photo, without workspaces.

    Attributes:
        gid (str | Unset):
        resource_type (str | Unset):
        name (str | Unset): The user's display name.
        email (str | Unset):
        photo (None | Unset | UserPhoto):
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    photo: None | UserPhoto | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if photo is not UNSET:
            field_dict["photo"] = photo

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
        user_base_response = cls(**values)
        user_base_response.additional_properties = extra
        return user_base_response

    def __repr__(self) -> str:
        """Only the fields that are set: `UserBaseResponse(gid='1', name='x')`."""
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
from ..models.user_photo import UserPhoto  # noqa: E402
