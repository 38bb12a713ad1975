from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="ProjectStatus")


@_attrs_define
class ProjectStatus:
    """One project status record (Asana's ProjectStatusResponse). Single records, list items and nested records all use it;
    a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            title (str | Unset):
            text (str | Unset):
            html_text (str | Unset):
            color (str | Unset):
            author (None | Unset | User):
            created_at (datetime.datetime | Unset):
            created_by (None | Unset | User):
            modified_at (datetime.datetime | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    html_text: str | Unset = UNSET
    color: str | Unset = UNSET
    author: None | Unset | User = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | Unset | User = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        title = self.title

        text = self.text

        html_text = self.html_text

        color = self.color

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, User):
            author = self.author.to_dict()
        else:
            author = self.author

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if color is not UNSET:
            field_dict["color"] = color
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        title = d.pop("title", UNSET)

        text = d.pop("text", UNSET)

        html_text = d.pop("html_text", UNSET)

        color = d.pop("color", UNSET)

        def _parse_author(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_1 = User.from_dict(data)

                return author_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        author = _parse_author(d.pop("author", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = User.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        project_status = cls(
            gid=gid,
            resource_type=resource_type,
            title=title,
            text=text,
            html_text=html_text,
            color=color,
            author=author,
            created_at=created_at,
            created_by=created_by,
            modified_at=modified_at,
        )

        project_status.additional_properties = d
        return project_status

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
from ..models.user import User
