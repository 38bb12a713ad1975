from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusUpdate")


def _parse_author(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"author: {type(data).__name__} is none of None | User")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_hearts(data: Any) -> list[Like]:
    return [Like.from_dict(item) for item in data]


def _parse_likes(data: Any) -> list[Like]:
    return [Like.from_dict(item) for item in data]


def _parse_reaction_summary(data: Any) -> list[ReactionSummaryItem]:
    return [ReactionSummaryItem.from_dict(item) for item in data]


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_parent(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of AsanaNamedResource | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "title": ("title", None),
    "resource_subtype": ("resource_subtype", None),
    "text": ("text", None),
    "html_text": ("html_text", None),
    "status_type": ("status_type", None),
    "author": ("author", _parse_author),
    "created_at": ("created_at", _parse_created_at),
    "created_by": ("created_by", _parse_created_by),
    "hearted": ("hearted", None),
    "hearts": ("hearts", _parse_hearts),
    "liked": ("liked", None),
    "likes": ("likes", _parse_likes),
    "reaction_summary": ("reaction_summary", _parse_reaction_summary),
    "modified_at": ("modified_at", _parse_modified_at),
    "num_hearts": ("num_hearts", None),
    "num_likes": ("num_likes", None),
    "parent": ("parent", _parse_parent),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "title",
    "resource_subtype",
    "text",
    "html_text",
    "status_type",
    "author",
    "created_at",
    "created_by",
    "hearted",
    "hearts",
    "liked",
    "likes",
    "reaction_summary",
    "modified_at",
    "num_hearts",
    "num_likes",
    "parent",
)


@_attrs_define(repr=False)
class StatusUpdate:
    """One status update record (Asana's StatusUpdateCompact, StatusUpdateResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The status update's identifier.
            resource_type (str | Unset): Always `status_update`.
            title (str | Unset): The status update's title.
            resource_subtype (str | Unset): What kind of object the update was posted on. Known values:
                project_status_update, portfolio_status_update, goal_status_update.
            text (str | Unset): The update's text, as plain text.
            html_text (str | Unset): The update's text with its formatting, as HTML (opt-in field).
            status_type (str | Unset): The state the update reports. Projects and portfolios use `on_track`, `at_risk`,
                `off_track`, `on_hold`, `complete` and `dropped`; goals use `on_track`, `at_risk`, `off_track`, `achieved`,
                `partial`, `missed` and `dropped`. Known values: on_track, at_risk, off_track, on_hold, complete, achieved,
                partial, missed, dropped.
            author (None | Unset | User):
            created_at (datetime.datetime | Unset): When the update was posted.
            created_by (None | Unset | User):
            hearted (bool | Unset): Whether the caller hearted the update (superseded by `liked`).
            hearts (list[Like] | Unset): The hearts on the update (superseded by `likes`).
            liked (bool | Unset): Whether the caller liked the update.
            likes (list[Like] | Unset): The likes on the update, one per user.
            reaction_summary (list[ReactionSummaryItem] | Unset): The emoji reactions on the update, one item per emoji
                variant.
            modified_at (datetime.datetime | Unset): When the update itself last changed (comments on it do not count).
            num_hearts (int | Unset): How many users hearted the update (superseded by `num_likes`).
            num_likes (int | Unset): How many users liked the update.
            parent (AsanaNamedResource | None | Unset): The project, portfolio or goal the update was posted on (see its
                `resource_type`).
    """

    gid: str
    resource_type: str | Unset = UNSET
    title: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    text: str | Unset = UNSET
    html_text: str | Unset = UNSET
    status_type: str | Unset = UNSET
    author: None | User | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | User | Unset = UNSET
    hearted: bool | Unset = UNSET
    hearts: list[Like] | Unset = UNSET
    liked: bool | Unset = UNSET
    likes: list[Like] | Unset = UNSET
    reaction_summary: list[ReactionSummaryItem] | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    num_hearts: int | Unset = UNSET
    num_likes: int | Unset = UNSET
    parent: AsanaNamedResource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        title = self.title

        resource_subtype = self.resource_subtype

        text = self.text

        html_text = self.html_text

        status_type = self.status_type

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

        hearted = self.hearted

        hearts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hearts, Unset):
            hearts = []
            for hearts_item_data in self.hearts:
                hearts_item = hearts_item_data.to_dict()
                hearts.append(hearts_item)

        liked = self.liked

        likes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.likes, Unset):
            likes = []
            for likes_item_data in self.likes:
                likes_item = likes_item_data.to_dict()
                likes.append(likes_item)

        reaction_summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reaction_summary, Unset):
            reaction_summary = []
            for reaction_summary_item_data in self.reaction_summary:
                reaction_summary_item = reaction_summary_item_data.to_dict()
                reaction_summary.append(reaction_summary_item)

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        num_hearts = self.num_hearts

        num_likes = self.num_likes

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, AsanaNamedResource):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

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
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if text is not UNSET:
            field_dict["text"] = text
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if status_type is not UNSET:
            field_dict["status_type"] = status_type
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if hearted is not UNSET:
            field_dict["hearted"] = hearted
        if hearts is not UNSET:
            field_dict["hearts"] = hearts
        if liked is not UNSET:
            field_dict["liked"] = liked
        if likes is not UNSET:
            field_dict["likes"] = likes
        if reaction_summary is not UNSET:
            field_dict["reaction_summary"] = reaction_summary
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if num_hearts is not UNSET:
            field_dict["num_hearts"] = num_hearts
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if parent is not UNSET:
            field_dict["parent"] = parent

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
        status_update = cls(**values)
        status_update.additional_properties = extra
        return status_update

    def __repr__(self) -> str:
        """Only the fields that are set: `StatusUpdate(gid='1', name='x')`."""
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
from ..models.asana_named_resource import AsanaNamedResource  # noqa: E402
from ..models.like import Like  # noqa: E402
from ..models.reaction_summary_item import ReactionSummaryItem  # noqa: E402
from ..models.user import User  # noqa: E402
