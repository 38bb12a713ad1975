from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_photo import UserPhoto


T = TypeVar("T", bound="UserBaseResponse")


@_attrs_define
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
    photo: None | Unset | UserPhoto = UNSET
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
        d = dict(src_dict)
        gid = d.pop("gid", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_photo(data: object) -> None | Unset | UserPhoto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                photo_type_1 = UserPhoto.from_dict(data)

                return photo_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPhoto, data)

        photo = _parse_photo(d.pop("photo", UNSET))

        user_base_response = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            email=email,
            photo=photo,
        )

        user_base_response.additional_properties = d
        return user_base_response

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
from ..models.user_photo import UserPhoto
