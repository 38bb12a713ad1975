from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_compact import UserCompact


T = TypeVar("T", bound="StoryCompact")


@_attrs_define
class StoryCompact:
    """A story in short form.

    Attributes:
        gid (str | Unset): The story's identifier.
        resource_type (str | Unset): Always `story`.
        created_at (datetime.datetime | Unset): When the story was created.
        created_by (None | Unset | UserCompact):
        resource_subtype (str | Unset): What kind of story this is (for example `comment_added`, `assigned`).
        text (str | Unset): Readable text of the story, without the author's name. Wording of system stories may change;
            use `resource_subtype` to tell kinds apart.
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | Unset | UserCompact = UNSET
    resource_subtype: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserCompact):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        resource_subtype = self.resource_subtype

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | Unset | UserCompact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = UserCompact.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserCompact, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        resource_subtype = d.pop("resource_subtype", UNSET)

        text = d.pop("text", UNSET)

        story_compact = cls(
            gid=gid,
            resource_type=resource_type,
            created_at=created_at,
            created_by=created_by,
            resource_subtype=resource_subtype,
            text=text,
        )

        story_compact.additional_properties = d
        return story_compact

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
from ..models.user_compact import UserCompact
