from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField
    from ..models.user_photo import UserPhoto
    from ..models.workspace import Workspace


T = TypeVar("T", bound="User")


@_attrs_define
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
    photo: None | Unset | UserPhoto = UNSET
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
        d = dict(src_dict)
        gid = d.pop("gid")

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

        _workspaces = d.pop("workspaces", UNSET)
        workspaces: list[Workspace] | Unset = UNSET
        if _workspaces is not UNSET:
            workspaces = []
            for workspaces_item_data in _workspaces:
                workspaces_item = Workspace.from_dict(workspaces_item_data)

                workspaces.append(workspaces_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        user = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            email=email,
            photo=photo,
            workspaces=workspaces,
            custom_fields=custom_fields,
        )

        user.additional_properties = d
        return user

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
from ..models.custom_field import CustomField
from ..models.user_photo import UserPhoto
from ..models.workspace import Workspace
