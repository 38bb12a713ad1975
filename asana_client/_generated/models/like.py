from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_compact import UserCompact


T = TypeVar("T", bound="Like")


@_attrs_define
class Like:
    """A like (heart) on an object.

    Attributes:
        gid (str | Unset):
        user (UserCompact | Unset): A user, by identifier and name.
    """

    gid: str | Unset = UNSET
    user: UserCompact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_compact import UserCompact  # noqa: PLC0415

        d = dict(src_dict)
        gid = d.pop("gid", UNSET)

        _user = d.pop("user", UNSET)
        user: UserCompact | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserCompact.from_dict(_user)

        like = cls(
            gid=gid,
            user=user,
        )

        like.additional_properties = d
        return like

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
