from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentPhoto")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "image_21x21": ("image_21x21", None),
    "image_27x27": ("image_27x27", None),
    "image_36x36": ("image_36x36", None),
    "image_60x60": ("image_60x60", None),
    "image_128x128": ("image_128x128", None),
    "image_1024x1024": ("image_1024x1024", None),
}
_ATTRIBUTES = (
    "image_21x21",
    "image_27x27",
    "image_36x36",
    "image_60x60",
    "image_128x128",
    "image_1024x1024",
)


@_attrs_define(repr=False)
class AgentPhoto:
    """Links to an agent's avatar in several square sizes (PNG; 1024 is JPEG).

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
        agent_photo = cls(**values)
        agent_photo.additional_properties = extra
        return agent_photo

    def __repr__(self) -> str:
        """Only the fields that are set: `AgentPhoto(gid='1', name='x')`."""
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
