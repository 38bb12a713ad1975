from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPhoto")


@_attrs_define
class UserPhoto:
    """Links to a user's profile picture in several square sizes.

    Attributes:
        image_21x21 (str | Unset):
        image_27x27 (str | Unset):
        image_36x36 (str | Unset):
        image_60x60 (str | Unset):
        image_128x128 (str | Unset):
        image_1024x1024 (str | Unset):
    """

    image_21x21: str | Unset = UNSET
    image_27x27: str | Unset = UNSET
    image_36x36: str | Unset = UNSET
    image_60x60: str | Unset = UNSET
    image_128x128: str | Unset = UNSET
    image_1024x1024: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_21x21 = self.image_21x21

        image_27x27 = self.image_27x27

        image_36x36 = self.image_36x36

        image_60x60 = self.image_60x60

        image_128x128 = self.image_128x128

        image_1024x1024 = self.image_1024x1024

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_21x21 is not UNSET:
            field_dict["image_21x21"] = image_21x21
        if image_27x27 is not UNSET:
            field_dict["image_27x27"] = image_27x27
        if image_36x36 is not UNSET:
            field_dict["image_36x36"] = image_36x36
        if image_60x60 is not UNSET:
            field_dict["image_60x60"] = image_60x60
        if image_128x128 is not UNSET:
            field_dict["image_128x128"] = image_128x128
        if image_1024x1024 is not UNSET:
            field_dict["image_1024x1024"] = image_1024x1024

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_21x21 = d.pop("image_21x21", UNSET)

        image_27x27 = d.pop("image_27x27", UNSET)

        image_36x36 = d.pop("image_36x36", UNSET)

        image_60x60 = d.pop("image_60x60", UNSET)

        image_128x128 = d.pop("image_128x128", UNSET)

        image_1024x1024 = d.pop("image_1024x1024", UNSET)

        user_photo = cls(
            image_21x21=image_21x21,
            image_27x27=image_27x27,
            image_36x36=image_36x36,
            image_60x60=image_60x60,
            image_128x128=image_128x128,
            image_1024x1024=image_1024x1024,
        )

        user_photo.additional_properties = d
        return user_photo

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
