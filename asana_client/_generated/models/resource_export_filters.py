from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceExportFilters")


def _parse_created_at_after(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_created_at_before(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_modified_at_after(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_modified_at_before(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "assigned_by.any": ("assigned_by_any", None),
    "assignee.any": ("assignee_any", None),
    "commented_on_by.any": ("commented_on_by_any", None),
    "created_at.after": ("created_at_after", _parse_created_at_after),
    "created_at.before": ("created_at_before", _parse_created_at_before),
    "created_by.any": ("created_by_any", None),
    "followers.any": ("followers_any", None),
    "liked_by.any": ("liked_by_any", None),
    "modified_at.after": ("modified_at_after", _parse_modified_at_after),
    "modified_at.before": ("modified_at_before", _parse_modified_at_before),
}
_ATTRIBUTES = (
    "assigned_by_any",
    "assignee_any",
    "commented_on_by_any",
    "created_at_after",
    "created_at_before",
    "created_by_any",
    "followers_any",
    "liked_by_any",
    "modified_at_after",
    "modified_at_before",
)


@_attrs_define(repr=False)
class ResourceExportFilters:
    """Narrow what is exported of one kind; teams cannot be filtered.

    Attributes:
        assigned_by_any (list[str] | Unset): Tasks assigned by one of these users (gids).
        assignee_any (list[str] | Unset): Tasks assigned to one of these users (gids).
        commented_on_by_any (list[str] | Unset): Objects one of these users commented on (gids).
        created_at_after (datetime.datetime | Unset): Objects created after this time.
        created_at_before (datetime.datetime | Unset): Objects created before this time.
        created_by_any (list[str] | Unset): Objects created by one of these users (gids).
        followers_any (list[str] | Unset): Objects one of these users follows (gids).
        liked_by_any (list[str] | Unset): Objects one of these users liked (gids).
        modified_at_after (datetime.datetime | Unset): Objects modified after this time.
        modified_at_before (datetime.datetime | Unset): Objects modified before this time.
    """

    assigned_by_any: list[str] | Unset = UNSET
    assignee_any: list[str] | Unset = UNSET
    commented_on_by_any: list[str] | Unset = UNSET
    created_at_after: datetime.datetime | Unset = UNSET
    created_at_before: datetime.datetime | Unset = UNSET
    created_by_any: list[str] | Unset = UNSET
    followers_any: list[str] | Unset = UNSET
    liked_by_any: list[str] | Unset = UNSET
    modified_at_after: datetime.datetime | Unset = UNSET
    modified_at_before: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_by_any: list[str] | Unset = UNSET
        if not isinstance(self.assigned_by_any, Unset):
            assigned_by_any = self.assigned_by_any

        assignee_any: list[str] | Unset = UNSET
        if not isinstance(self.assignee_any, Unset):
            assignee_any = self.assignee_any

        commented_on_by_any: list[str] | Unset = UNSET
        if not isinstance(self.commented_on_by_any, Unset):
            commented_on_by_any = self.commented_on_by_any

        created_at_after: str | Unset = UNSET
        if not isinstance(self.created_at_after, Unset):
            created_at_after = self.created_at_after.isoformat()

        created_at_before: str | Unset = UNSET
        if not isinstance(self.created_at_before, Unset):
            created_at_before = self.created_at_before.isoformat()

        created_by_any: list[str] | Unset = UNSET
        if not isinstance(self.created_by_any, Unset):
            created_by_any = self.created_by_any

        followers_any: list[str] | Unset = UNSET
        if not isinstance(self.followers_any, Unset):
            followers_any = self.followers_any

        liked_by_any: list[str] | Unset = UNSET
        if not isinstance(self.liked_by_any, Unset):
            liked_by_any = self.liked_by_any

        modified_at_after: str | Unset = UNSET
        if not isinstance(self.modified_at_after, Unset):
            modified_at_after = self.modified_at_after.isoformat()

        modified_at_before: str | Unset = UNSET
        if not isinstance(self.modified_at_before, Unset):
            modified_at_before = self.modified_at_before.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_by_any is not UNSET:
            field_dict["assigned_by.any"] = assigned_by_any
        if assignee_any is not UNSET:
            field_dict["assignee.any"] = assignee_any
        if commented_on_by_any is not UNSET:
            field_dict["commented_on_by.any"] = commented_on_by_any
        if created_at_after is not UNSET:
            field_dict["created_at.after"] = created_at_after
        if created_at_before is not UNSET:
            field_dict["created_at.before"] = created_at_before
        if created_by_any is not UNSET:
            field_dict["created_by.any"] = created_by_any
        if followers_any is not UNSET:
            field_dict["followers.any"] = followers_any
        if liked_by_any is not UNSET:
            field_dict["liked_by.any"] = liked_by_any
        if modified_at_after is not UNSET:
            field_dict["modified_at.after"] = modified_at_after
        if modified_at_before is not UNSET:
            field_dict["modified_at.before"] = modified_at_before

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
        resource_export_filters = cls(**values)
        resource_export_filters.additional_properties = extra
        return resource_export_filters

    def __repr__(self) -> str:
        """Only the fields that are set: `ResourceExportFilters(gid='1', name='x')`."""
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
