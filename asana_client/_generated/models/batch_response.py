from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchResponse")


def _parse_headers(data: Any) -> BatchResponseHeaders:
    return BatchResponseHeaders.from_dict(data)


def _parse_body(data: Any) -> BatchResponseBody:
    return BatchResponseBody.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "status_code": ("status_code", None),
    "headers": ("headers", _parse_headers),
    "body": ("body", _parse_body),
}
_ATTRIBUTES = (
    "status_code",
    "headers",
    "body",
)


@_attrs_define(repr=False)
class BatchResponse:
    """The result of one action of a batch.

    Attributes:
        status_code (int | Unset): The HTTP status the action's call answered with.
        headers (BatchResponseHeaders | Unset): Headers of this action only, such as Location after a 201; headers
            common to all are on the batch's own response.
        body (BatchResponseBody | Unset): The JSON body the action's call answered with.
    """

    status_code: int | Unset = UNSET
    headers: BatchResponseHeaders | Unset = UNSET
    body: BatchResponseBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body

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
        batch_response = cls(**values)
        batch_response.additional_properties = extra
        return batch_response

    def __repr__(self) -> str:
        """Only the fields that are set: `BatchResponse(gid='1', name='x')`."""
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
from ..models.batch_response_body import BatchResponseBody  # noqa: E402
from ..models.batch_response_headers import BatchResponseHeaders  # noqa: E402
