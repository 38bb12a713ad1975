from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequestAction")


def _parse_data(data: Any) -> BatchRequestActionData:
    return BatchRequestActionData.from_dict(data)


def _parse_options(data: Any) -> BatchRequestOptions | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return BatchRequestOptions.from_dict(data)
    raise TypeError(f"options: {type(data).__name__} is none of BatchRequestOptions | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "relative_path": ("relative_path", None),
    "method": ("method", None),
    "data": ("data", _parse_data),
    "options": ("options", _parse_options),
}
_REQUIRED = (
    "relative_path",
    "method",
)
_ATTRIBUTES = (
    "relative_path",
    "method",
    "data",
    "options",
)


@_attrs_define(repr=False)
class BatchRequestAction:
    """One call of a batch.

    Attributes:
        relative_path (str): The path of the call below the API's base URL, such as /tasks/123, without a query string
            (query parameters go into data).
        method (str): The HTTP method of the call. Known values: get, post, put, delete, patch, head.
        data (BatchRequestActionData | Unset): For get, the query parameters (not options or paging: those go into
            options); for post, put and patch, what the call's body would hold under data.
        options (BatchRequestOptions | None | Unset):
    """

    relative_path: str
    method: str
    data: BatchRequestActionData | Unset = UNSET
    options: BatchRequestOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relative_path = self.relative_path

        method = self.method

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, BatchRequestOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relative_path": relative_path,
                "method": method,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if options is not UNSET:
            field_dict["options"] = options

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
        batch_request_action = cls(**values)
        batch_request_action.additional_properties = extra
        return batch_request_action

    def __repr__(self) -> str:
        """Only the fields that are set: `BatchRequestAction(gid='1', name='x')`."""
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
from ..models.batch_request_action_data import BatchRequestActionData  # noqa: E402
from ..models.batch_request_options import BatchRequestOptions  # noqa: E402
