from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_update_request_status_type import (
    StatusUpdateRequestStatusType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusUpdateRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "text": ("text", None),
    "status_type": ("status_type", None),
    "parent": ("parent", None),
    "title": ("title", None),
    "html_text": ("html_text", None),
}
_REQUIRED = (
    "text",
    "status_type",
    "parent",
)
_ATTRIBUTES = (
    "text",
    "status_type",
    "parent",
    "title",
    "html_text",
)


@_attrs_define(repr=False)
class StatusUpdateRequest:
    """A new status update and what it is posted on.

    Attributes:
        text (str): The update's text, as plain text.
        status_type (StatusUpdateRequestStatusType): The state the update reports. Projects and portfolios use
            `on_track`, `at_risk`, `off_track`, `on_hold`, `complete` and `dropped`; goals use `on_track`, `at_risk`,
            `off_track`, `achieved`, `partial`, `missed` and `dropped`.
        parent (str): Gid of the project, portfolio or goal to post the update on.
        title (str | Unset): The update's title.
        html_text (str | Unset): The update's text as HTML, instead of `text` to keep formatting.
    """

    text: str
    status_type: StatusUpdateRequestStatusType | str
    parent: str
    title: str | Unset = UNSET
    html_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        status_type: str = self.status_type

        parent = self.parent

        title = self.title

        html_text = self.html_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "status_type": status_type,
                "parent": parent,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if html_text is not UNSET:
            field_dict["html_text"] = html_text

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
        status_update_request = cls(**values)
        status_update_request.additional_properties = extra
        return status_update_request

    def __repr__(self) -> str:
        """Only the fields that are set: `StatusUpdateRequest(gid='1', name='x')`."""
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
