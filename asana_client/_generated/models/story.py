from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Story")


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


def _parse_target(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"target: {type(data).__name__} is none of None | Task")


def _parse_old_dates(data: Any) -> None | StoryResponseDates:
    if data is None:
        return None
    if isinstance(data, dict):
        return StoryResponseDates.from_dict(data)
    raise TypeError(f"old_dates: {type(data).__name__} is none of None | StoryResponseDates")


def _parse_new_dates(data: Any) -> None | StoryResponseDates:
    if data is None:
        return None
    if isinstance(data, dict):
        return StoryResponseDates.from_dict(data)
    raise TypeError(f"new_dates: {type(data).__name__} is none of None | StoryResponseDates")


def _parse_story(data: Any) -> None | Story:
    if data is None:
        return None
    if isinstance(data, dict):
        return Story.from_dict(data)
    raise TypeError(f"story: {type(data).__name__} is none of None | Story")


def _parse_assignee(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"assignee: {type(data).__name__} is none of None | User")


def _parse_follower(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"follower: {type(data).__name__} is none of None | User")


def _parse_old_section(data: Any) -> None | Section:
    if data is None:
        return None
    if isinstance(data, dict):
        return Section.from_dict(data)
    raise TypeError(f"old_section: {type(data).__name__} is none of None | Section")


def _parse_new_section(data: Any) -> None | Section:
    if data is None:
        return None
    if isinstance(data, dict):
        return Section.from_dict(data)
    raise TypeError(f"new_section: {type(data).__name__} is none of None | Section")


def _parse_task(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"task: {type(data).__name__} is none of None | Task")


def _parse_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"project: {type(data).__name__} is none of None | Project")


def _parse_tag(data: Any) -> None | Tag:
    if data is None:
        return None
    if isinstance(data, dict):
        return Tag.from_dict(data)
    raise TypeError(f"tag: {type(data).__name__} is none of None | Tag")


def _parse_custom_field(data: Any) -> CustomField | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomField.from_dict(data)
    raise TypeError(f"custom_field: {type(data).__name__} is none of CustomField | None")


def _parse_old_enum_value(data: Any) -> EnumOption | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return EnumOption.from_dict(data)
    raise TypeError(f"old_enum_value: {type(data).__name__} is none of EnumOption | None")


def _parse_new_enum_value(data: Any) -> EnumOption | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return EnumOption.from_dict(data)
    raise TypeError(f"new_enum_value: {type(data).__name__} is none of EnumOption | None")


def _parse_old_date_value(data: Any) -> None | StoryResponseDates:
    if data is None:
        return None
    if isinstance(data, dict):
        return StoryResponseDates.from_dict(data)
    raise TypeError(f"old_date_value: {type(data).__name__} is none of None | StoryResponseDates")


def _parse_new_date_value(data: Any) -> None | StoryResponseDates:
    if data is None:
        return None
    if isinstance(data, dict):
        return StoryResponseDates.from_dict(data)
    raise TypeError(f"new_date_value: {type(data).__name__} is none of None | StoryResponseDates")


def _parse_old_people_value(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_new_people_value(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_old_multi_enum_values(data: Any) -> list[EnumOption]:
    return [EnumOption.from_dict(item) for item in data]


def _parse_new_multi_enum_values(data: Any) -> list[EnumOption]:
    return [EnumOption.from_dict(item) for item in data]


def _parse_duplicate_of(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"duplicate_of: {type(data).__name__} is none of None | Task")


def _parse_duplicated_from(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"duplicated_from: {type(data).__name__} is none of None | Task")


def _parse_dependency(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"dependency: {type(data).__name__} is none of None | Task")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "created_at": ("created_at", _parse_created_at),
    "created_by": ("created_by", _parse_created_by),
    "resource_subtype": ("resource_subtype", None),
    "text": ("text", None),
    "html_text": ("html_text", None),
    "is_pinned": ("is_pinned", None),
    "sticker_name": ("sticker_name", None),
    "type": ("type_", None),
    "is_editable": ("is_editable", None),
    "is_edited": ("is_edited", None),
    "hearted": ("hearted", None),
    "hearts": ("hearts", _parse_hearts),
    "num_hearts": ("num_hearts", None),
    "liked": ("liked", None),
    "likes": ("likes", _parse_likes),
    "num_likes": ("num_likes", None),
    "source": ("source", None),
    "target": ("target", _parse_target),
    "old_name": ("old_name", None),
    "new_name": ("new_name", None),
    "old_dates": ("old_dates", _parse_old_dates),
    "new_dates": ("new_dates", _parse_new_dates),
    "old_resource_subtype": ("old_resource_subtype", None),
    "new_resource_subtype": ("new_resource_subtype", None),
    "story": ("story", _parse_story),
    "assignee": ("assignee", _parse_assignee),
    "follower": ("follower", _parse_follower),
    "old_section": ("old_section", _parse_old_section),
    "new_section": ("new_section", _parse_new_section),
    "task": ("task", _parse_task),
    "project": ("project", _parse_project),
    "tag": ("tag", _parse_tag),
    "custom_field": ("custom_field", _parse_custom_field),
    "old_text_value": ("old_text_value", None),
    "new_text_value": ("new_text_value", None),
    "old_number_value": ("old_number_value", None),
    "new_number_value": ("new_number_value", None),
    "old_enum_value": ("old_enum_value", _parse_old_enum_value),
    "new_enum_value": ("new_enum_value", _parse_new_enum_value),
    "old_date_value": ("old_date_value", _parse_old_date_value),
    "new_date_value": ("new_date_value", _parse_new_date_value),
    "old_people_value": ("old_people_value", _parse_old_people_value),
    "new_people_value": ("new_people_value", _parse_new_people_value),
    "old_multi_enum_values": ("old_multi_enum_values", _parse_old_multi_enum_values),
    "new_multi_enum_values": ("new_multi_enum_values", _parse_new_multi_enum_values),
    "old_approval_status": ("old_approval_status", None),
    "new_approval_status": ("new_approval_status", None),
    "duplicate_of": ("duplicate_of", _parse_duplicate_of),
    "duplicated_from": ("duplicated_from", _parse_duplicated_from),
    "dependency": ("dependency", _parse_dependency),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "created_at",
    "created_by",
    "resource_subtype",
    "text",
    "html_text",
    "is_pinned",
    "sticker_name",
    "type_",
    "is_editable",
    "is_edited",
    "hearted",
    "hearts",
    "num_hearts",
    "liked",
    "likes",
    "num_likes",
    "source",
    "target",
    "old_name",
    "new_name",
    "old_dates",
    "new_dates",
    "old_resource_subtype",
    "new_resource_subtype",
    "story",
    "assignee",
    "follower",
    "old_section",
    "new_section",
    "task",
    "project",
    "tag",
    "custom_field",
    "old_text_value",
    "new_text_value",
    "old_number_value",
    "new_number_value",
    "old_enum_value",
    "new_enum_value",
    "old_date_value",
    "new_date_value",
    "old_people_value",
    "new_people_value",
    "old_multi_enum_values",
    "new_multi_enum_values",
    "old_approval_status",
    "new_approval_status",
    "duplicate_of",
    "duplicated_from",
    "dependency",
)


@_attrs_define(repr=False)
class Story:
    """One story record (Asana's StoryCompact, StoryResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str): The story's identifier.
            resource_type (str | Unset): Always `story`.
            created_at (datetime.datetime | Unset): When the story was created.
            created_by (None | Unset | User):
            resource_subtype (str | Unset): What kind of story this is (for example `comment_added`, `assigned`).
            text (str | Unset): Readable text of the story, without the author's name.
            html_text (str | Unset): The comment as HTML, without the author's name (opt-in field).
            is_pinned (bool | Unset): Whether the comment is pinned on its task.
            sticker_name (None | str | Unset): The sticker shown in the story, or null when there is none. Known values:
                green_checkmark, people_dancing, dancing_unicorn, heart, party_popper, people_waving_flags, splashing_narwhal,
                trophy, yeti_riding_unicorn, celebrating_people, determined_climbers, phoenix_spreading_love.
            type_ (str | Unset): Whether a person wrote the story or Asana recorded it. Known values: comment, system.
            is_editable (bool | Unset): Whether the story's text can still be edited.
            is_edited (bool | Unset): Whether the story's text was edited after it was posted.
            hearted (bool | Unset): Old name of `liked`.
            hearts (list[Like] | Unset): Old name of `likes`.
            num_hearts (int | Unset): Old name of `num_likes`.
            liked (bool | Unset): Whether the caller has liked the story.
            likes (list[Like] | Unset): The likes on the story.
            num_likes (int | Unset): How many users liked the story.
            source (str | Unset): Which part of Asana the story came from. Known values: web, email, mobile, api, unknown.
            target (None | Task | Unset): The object the story belongs to (currently always a task).
            old_name (str | Unset): The task's name before a rename.
            new_name (None | str | Unset): The task's name after a rename.
            old_dates (None | StoryResponseDates | Unset):
            new_dates (None | StoryResponseDates | Unset):
            old_resource_subtype (str | Unset): The task's subtype before a change.
            new_resource_subtype (str | Unset): The task's subtype after a change.
            story (None | Story | Unset): The story this one refers to (for example a liked comment).
            assignee (None | Unset | User): The user the task was assigned to.
            follower (None | Unset | User): The user added as a follower.
            old_section (None | Section | Unset): The section the task left.
            new_section (None | Section | Unset): The section the task moved to.
            task (None | Task | Unset): The task the change concerns (for example an added subtask).
            project (None | Project | Unset): The project the task was added to or removed from.
            tag (None | Tag | Unset): The tag added or removed.
            custom_field (CustomField | None | Unset): The custom field whose value changed.
            old_text_value (str | Unset): A text custom field's value before the change.
            new_text_value (str | Unset): A text custom field's value after the change.
            old_number_value (int | None | Unset): A number custom field's value before the change.
            new_number_value (int | Unset): A number custom field's value after the change.
            old_enum_value (EnumOption | None | Unset): An enum custom field's option before the change.
            new_enum_value (EnumOption | None | Unset): An enum custom field's option after the change.
            old_date_value (None | StoryResponseDates | Unset): A date custom field's value before the change.
            new_date_value (None | StoryResponseDates | Unset): A date custom field's value after the change.
            old_people_value (list[User] | Unset): A people custom field's users before the change.
            new_people_value (list[User] | Unset): A people custom field's users after the change.
            old_multi_enum_values (list[EnumOption] | Unset): A multi-enum custom field's options before the change.
            new_multi_enum_values (list[EnumOption] | Unset): A multi-enum custom field's options after the change.
            old_approval_status (str | Unset): The approval status before the change.
            new_approval_status (str | Unset): The approval status after the change.
            duplicate_of (None | Task | Unset): The task this one was marked a duplicate of.
            duplicated_from (None | Task | Unset): The task this one was copied from.
            dependency (None | Task | Unset): The task added or removed as a dependency.
    """

    gid: str
    resource_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | User | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    text: str | Unset = UNSET
    html_text: str | Unset = UNSET
    is_pinned: bool | Unset = UNSET
    sticker_name: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    is_editable: bool | Unset = UNSET
    is_edited: bool | Unset = UNSET
    hearted: bool | Unset = UNSET
    hearts: list[Like] | Unset = UNSET
    num_hearts: int | Unset = UNSET
    liked: bool | Unset = UNSET
    likes: list[Like] | Unset = UNSET
    num_likes: int | Unset = UNSET
    source: str | Unset = UNSET
    target: None | Task | Unset = UNSET
    old_name: str | Unset = UNSET
    new_name: None | str | Unset = UNSET
    old_dates: None | StoryResponseDates | Unset = UNSET
    new_dates: None | StoryResponseDates | Unset = UNSET
    old_resource_subtype: str | Unset = UNSET
    new_resource_subtype: str | Unset = UNSET
    story: None | Story | Unset = UNSET
    assignee: None | User | Unset = UNSET
    follower: None | User | Unset = UNSET
    old_section: None | Section | Unset = UNSET
    new_section: None | Section | Unset = UNSET
    task: None | Task | Unset = UNSET
    project: None | Project | Unset = UNSET
    tag: None | Tag | Unset = UNSET
    custom_field: CustomField | None | Unset = UNSET
    old_text_value: str | Unset = UNSET
    new_text_value: str | Unset = UNSET
    old_number_value: int | None | Unset = UNSET
    new_number_value: int | Unset = UNSET
    old_enum_value: EnumOption | None | Unset = UNSET
    new_enum_value: EnumOption | None | Unset = UNSET
    old_date_value: None | StoryResponseDates | Unset = UNSET
    new_date_value: None | StoryResponseDates | Unset = UNSET
    old_people_value: list[User] | Unset = UNSET
    new_people_value: list[User] | Unset = UNSET
    old_multi_enum_values: list[EnumOption] | Unset = UNSET
    new_multi_enum_values: list[EnumOption] | Unset = UNSET
    old_approval_status: str | Unset = UNSET
    new_approval_status: str | Unset = UNSET
    duplicate_of: None | Task | Unset = UNSET
    duplicated_from: None | Task | Unset = UNSET
    dependency: None | Task | Unset = UNSET
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
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        resource_subtype = self.resource_subtype

        text = self.text

        html_text = self.html_text

        is_pinned = self.is_pinned

        sticker_name: None | str | Unset
        if isinstance(self.sticker_name, Unset):
            sticker_name = UNSET
        else:
            sticker_name = self.sticker_name

        type_ = self.type_

        is_editable = self.is_editable

        is_edited = self.is_edited

        hearted = self.hearted

        hearts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hearts, Unset):
            hearts = []
            for hearts_item_data in self.hearts:
                hearts_item = hearts_item_data.to_dict()
                hearts.append(hearts_item)

        num_hearts = self.num_hearts

        liked = self.liked

        likes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.likes, Unset):
            likes = []
            for likes_item_data in self.likes:
                likes_item = likes_item_data.to_dict()
                likes.append(likes_item)

        num_likes = self.num_likes

        source = self.source

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, Task):
            target = self.target.to_dict()
        else:
            target = self.target

        old_name = self.old_name

        new_name: None | str | Unset
        if isinstance(self.new_name, Unset):
            new_name = UNSET
        else:
            new_name = self.new_name

        old_dates: dict[str, Any] | None | Unset
        if isinstance(self.old_dates, Unset):
            old_dates = UNSET
        elif isinstance(self.old_dates, StoryResponseDates):
            old_dates = self.old_dates.to_dict()
        else:
            old_dates = self.old_dates

        new_dates: dict[str, Any] | None | Unset
        if isinstance(self.new_dates, Unset):
            new_dates = UNSET
        elif isinstance(self.new_dates, StoryResponseDates):
            new_dates = self.new_dates.to_dict()
        else:
            new_dates = self.new_dates

        old_resource_subtype = self.old_resource_subtype

        new_resource_subtype = self.new_resource_subtype

        story: dict[str, Any] | None | Unset
        if isinstance(self.story, Unset):
            story = UNSET
        elif isinstance(self.story, Story):
            story = self.story.to_dict()
        else:
            story = self.story

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        follower: dict[str, Any] | None | Unset
        if isinstance(self.follower, Unset):
            follower = UNSET
        elif isinstance(self.follower, User):
            follower = self.follower.to_dict()
        else:
            follower = self.follower

        old_section: dict[str, Any] | None | Unset
        if isinstance(self.old_section, Unset):
            old_section = UNSET
        elif isinstance(self.old_section, Section):
            old_section = self.old_section.to_dict()
        else:
            old_section = self.old_section

        new_section: dict[str, Any] | None | Unset
        if isinstance(self.new_section, Unset):
            new_section = UNSET
        elif isinstance(self.new_section, Section):
            new_section = self.new_section.to_dict()
        else:
            new_section = self.new_section

        task: dict[str, Any] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, Task):
            task = self.task.to_dict()
        else:
            task = self.task

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        tag: dict[str, Any] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, Tag):
            tag = self.tag.to_dict()
        else:
            tag = self.tag

        custom_field: dict[str, Any] | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        elif isinstance(self.custom_field, CustomField):
            custom_field = self.custom_field.to_dict()
        else:
            custom_field = self.custom_field

        old_text_value = self.old_text_value

        new_text_value = self.new_text_value

        old_number_value: int | None | Unset
        if isinstance(self.old_number_value, Unset):
            old_number_value = UNSET
        else:
            old_number_value = self.old_number_value

        new_number_value = self.new_number_value

        old_enum_value: dict[str, Any] | None | Unset
        if isinstance(self.old_enum_value, Unset):
            old_enum_value = UNSET
        elif isinstance(self.old_enum_value, EnumOption):
            old_enum_value = self.old_enum_value.to_dict()
        else:
            old_enum_value = self.old_enum_value

        new_enum_value: dict[str, Any] | None | Unset
        if isinstance(self.new_enum_value, Unset):
            new_enum_value = UNSET
        elif isinstance(self.new_enum_value, EnumOption):
            new_enum_value = self.new_enum_value.to_dict()
        else:
            new_enum_value = self.new_enum_value

        old_date_value: dict[str, Any] | None | Unset
        if isinstance(self.old_date_value, Unset):
            old_date_value = UNSET
        elif isinstance(self.old_date_value, StoryResponseDates):
            old_date_value = self.old_date_value.to_dict()
        else:
            old_date_value = self.old_date_value

        new_date_value: dict[str, Any] | None | Unset
        if isinstance(self.new_date_value, Unset):
            new_date_value = UNSET
        elif isinstance(self.new_date_value, StoryResponseDates):
            new_date_value = self.new_date_value.to_dict()
        else:
            new_date_value = self.new_date_value

        old_people_value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.old_people_value, Unset):
            old_people_value = []
            for old_people_value_item_data in self.old_people_value:
                old_people_value_item = old_people_value_item_data.to_dict()
                old_people_value.append(old_people_value_item)

        new_people_value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_people_value, Unset):
            new_people_value = []
            for new_people_value_item_data in self.new_people_value:
                new_people_value_item = new_people_value_item_data.to_dict()
                new_people_value.append(new_people_value_item)

        old_multi_enum_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.old_multi_enum_values, Unset):
            old_multi_enum_values = []
            for old_multi_enum_values_item_data in self.old_multi_enum_values:
                old_multi_enum_values_item = old_multi_enum_values_item_data.to_dict()
                old_multi_enum_values.append(old_multi_enum_values_item)

        new_multi_enum_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_multi_enum_values, Unset):
            new_multi_enum_values = []
            for new_multi_enum_values_item_data in self.new_multi_enum_values:
                new_multi_enum_values_item = new_multi_enum_values_item_data.to_dict()
                new_multi_enum_values.append(new_multi_enum_values_item)

        old_approval_status = self.old_approval_status

        new_approval_status = self.new_approval_status

        duplicate_of: dict[str, Any] | None | Unset
        if isinstance(self.duplicate_of, Unset):
            duplicate_of = UNSET
        elif isinstance(self.duplicate_of, Task):
            duplicate_of = self.duplicate_of.to_dict()
        else:
            duplicate_of = self.duplicate_of

        duplicated_from: dict[str, Any] | None | Unset
        if isinstance(self.duplicated_from, Unset):
            duplicated_from = UNSET
        elif isinstance(self.duplicated_from, Task):
            duplicated_from = self.duplicated_from.to_dict()
        else:
            duplicated_from = self.duplicated_from

        dependency: dict[str, Any] | None | Unset
        if isinstance(self.dependency, Unset):
            dependency = UNSET
        elif isinstance(self.dependency, Task):
            dependency = self.dependency.to_dict()
        else:
            dependency = self.dependency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
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
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if sticker_name is not UNSET:
            field_dict["sticker_name"] = sticker_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if is_edited is not UNSET:
            field_dict["is_edited"] = is_edited
        if hearted is not UNSET:
            field_dict["hearted"] = hearted
        if hearts is not UNSET:
            field_dict["hearts"] = hearts
        if num_hearts is not UNSET:
            field_dict["num_hearts"] = num_hearts
        if liked is not UNSET:
            field_dict["liked"] = liked
        if likes is not UNSET:
            field_dict["likes"] = likes
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target
        if old_name is not UNSET:
            field_dict["old_name"] = old_name
        if new_name is not UNSET:
            field_dict["new_name"] = new_name
        if old_dates is not UNSET:
            field_dict["old_dates"] = old_dates
        if new_dates is not UNSET:
            field_dict["new_dates"] = new_dates
        if old_resource_subtype is not UNSET:
            field_dict["old_resource_subtype"] = old_resource_subtype
        if new_resource_subtype is not UNSET:
            field_dict["new_resource_subtype"] = new_resource_subtype
        if story is not UNSET:
            field_dict["story"] = story
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if follower is not UNSET:
            field_dict["follower"] = follower
        if old_section is not UNSET:
            field_dict["old_section"] = old_section
        if new_section is not UNSET:
            field_dict["new_section"] = new_section
        if task is not UNSET:
            field_dict["task"] = task
        if project is not UNSET:
            field_dict["project"] = project
        if tag is not UNSET:
            field_dict["tag"] = tag
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if old_text_value is not UNSET:
            field_dict["old_text_value"] = old_text_value
        if new_text_value is not UNSET:
            field_dict["new_text_value"] = new_text_value
        if old_number_value is not UNSET:
            field_dict["old_number_value"] = old_number_value
        if new_number_value is not UNSET:
            field_dict["new_number_value"] = new_number_value
        if old_enum_value is not UNSET:
            field_dict["old_enum_value"] = old_enum_value
        if new_enum_value is not UNSET:
            field_dict["new_enum_value"] = new_enum_value
        if old_date_value is not UNSET:
            field_dict["old_date_value"] = old_date_value
        if new_date_value is not UNSET:
            field_dict["new_date_value"] = new_date_value
        if old_people_value is not UNSET:
            field_dict["old_people_value"] = old_people_value
        if new_people_value is not UNSET:
            field_dict["new_people_value"] = new_people_value
        if old_multi_enum_values is not UNSET:
            field_dict["old_multi_enum_values"] = old_multi_enum_values
        if new_multi_enum_values is not UNSET:
            field_dict["new_multi_enum_values"] = new_multi_enum_values
        if old_approval_status is not UNSET:
            field_dict["old_approval_status"] = old_approval_status
        if new_approval_status is not UNSET:
            field_dict["new_approval_status"] = new_approval_status
        if duplicate_of is not UNSET:
            field_dict["duplicate_of"] = duplicate_of
        if duplicated_from is not UNSET:
            field_dict["duplicated_from"] = duplicated_from
        if dependency is not UNSET:
            field_dict["dependency"] = dependency

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
        story = cls(**values)
        story.additional_properties = extra
        return story

    def __repr__(self) -> str:
        """Only the fields that are set: `Story(gid='1', name='x')`."""
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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.enum_option import EnumOption  # noqa: E402
from ..models.like import Like  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.section import Section  # noqa: E402
from ..models.story_response_dates import StoryResponseDates  # noqa: E402
from ..models.tag import Tag  # noqa: E402
from ..models.task import Task  # noqa: E402
from ..models.user import User  # noqa: E402
