from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """One problem with a request.

    Attributes:
        message (str | Unset): What went wrong, often prefixed by the offending parameter.
        help_ (str | Unset): Where to read more.
        phrase (str | Unset): A memorable phrase identifying a server error (500 only).
    """

    message: str | Unset = UNSET
    help_: str | Unset = UNSET
    phrase: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        help_ = self.help_

        phrase = self.phrase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if help_ is not UNSET:
            field_dict["help"] = help_
        if phrase is not UNSET:
            field_dict["phrase"] = phrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        help_ = d.pop("help", UNSET)

        phrase = d.pop("phrase", UNSET)

        error = cls(
            message=message,
            help_=help_,
            phrase=phrase,
        )

        error.additional_properties = d
        return error

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
