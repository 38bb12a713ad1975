from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


def _parse_created_by(data: Any) -> AsanaResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaResource.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of AsanaResource | None")


def _parse_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"completed_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_completed_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"completed_by: {type(data).__name__} is none of None | User")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_due_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_start_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_assignee(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"assignee: {type(data).__name__} is none of None | User")


def _parse_parent(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Task")


def _parse_projects(data: Any) -> list[Project]:
    return [Project.from_dict(item) for item in data]


def _parse_tags(data: Any) -> list[Tag]:
    return [Tag.from_dict(item) for item in data]


def _parse_followers(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


def _parse_assigned_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"assigned_by: {type(data).__name__} is none of None | User")


def _parse_dependencies(data: Any) -> list[AsanaResource]:
    return [AsanaResource.from_dict(item) for item in data]


def _parse_dependents(data: Any) -> list[AsanaResource]:
    return [AsanaResource.from_dict(item) for item in data]


def _parse_external(data: Any) -> None | TaskExternal:
    if data is None:
        return None
    if isinstance(data, dict):
        return TaskExternal.from_dict(data)
    raise TypeError(f"external: {type(data).__name__} is none of None | TaskExternal")


def _parse_hearts(data: Any) -> list[Like]:
    return [Like.from_dict(item) for item in data]


def _parse_likes(data: Any) -> list[Like]:
    return [Like.from_dict(item) for item in data]


def _parse_memberships(data: Any) -> list[TaskMembership]:
    return [TaskMembership.from_dict(item) for item in data]


def _parse_assignee_section(data: Any) -> None | Section:
    if data is None:
        return None
    if isinstance(data, dict):
        return Section.from_dict(data)
    raise TypeError(f"assignee_section: {type(data).__name__} is none of None | Section")


def _parse_custom_type(data: Any) -> CustomType | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomType.from_dict(data)
    raise TypeError(f"custom_type: {type(data).__name__} is none of CustomType | None")


def _parse_custom_type_status_option(data: Any) -> CustomTypeStatusOption | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomTypeStatusOption.from_dict(data)
    raise TypeError(
        f"custom_type_status_option: {type(data).__name__} is none of CustomTypeStatusOption | None"
    )


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "created_by": ("created_by", _parse_created_by),
    "approval_status": ("approval_status", None),
    "completed": ("completed", None),
    "completed_at": ("completed_at", _parse_completed_at),
    "completed_by": ("completed_by", _parse_completed_by),
    "created_at": ("created_at", _parse_created_at),
    "modified_at": ("modified_at", _parse_modified_at),
    "due_at": ("due_at", _parse_due_at),
    "due_on": ("due_on", _parse_due_on),
    "start_at": ("start_at", _parse_start_at),
    "start_on": ("start_on", _parse_start_on),
    "notes": ("notes", None),
    "html_notes": ("html_notes", None),
    "assignee": ("assignee", _parse_assignee),
    "parent": ("parent", _parse_parent),
    "projects": ("projects", _parse_projects),
    "tags": ("tags", _parse_tags),
    "followers": ("followers", _parse_followers),
    "workspace": ("workspace", _parse_workspace),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "liked": ("liked", None),
    "num_likes": ("num_likes", None),
    "num_subtasks": ("num_subtasks", None),
    "permalink_url": ("permalink_url", None),
    "actual_time_minutes": ("actual_time_minutes", None),
    "assignee_status": ("assignee_status", None),
    "assigned_by": ("assigned_by", _parse_assigned_by),
    "dependencies": ("dependencies", _parse_dependencies),
    "dependents": ("dependents", _parse_dependents),
    "external": ("external", _parse_external),
    "hearted": ("hearted", None),
    "hearts": ("hearts", _parse_hearts),
    "is_rendered_as_separator": ("is_rendered_as_separator", None),
    "likes": ("likes", _parse_likes),
    "memberships": ("memberships", _parse_memberships),
    "num_hearts": ("num_hearts", None),
    "assignee_section": ("assignee_section", _parse_assignee_section),
    "custom_type": ("custom_type", _parse_custom_type),
    "custom_type_status_option": ("custom_type_status_option", _parse_custom_type_status_option),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "resource_subtype",
    "created_by",
    "approval_status",
    "completed",
    "completed_at",
    "completed_by",
    "created_at",
    "modified_at",
    "due_at",
    "due_on",
    "start_at",
    "start_on",
    "notes",
    "html_notes",
    "assignee",
    "parent",
    "projects",
    "tags",
    "followers",
    "workspace",
    "custom_fields",
    "liked",
    "num_likes",
    "num_subtasks",
    "permalink_url",
    "actual_time_minutes",
    "assignee_status",
    "assigned_by",
    "dependencies",
    "dependents",
    "external",
    "hearted",
    "hearts",
    "is_rendered_as_separator",
    "likes",
    "memberships",
    "num_hearts",
    "assignee_section",
    "custom_type",
    "custom_type_status_option",
)


@_attrs_define(repr=False)
class Task:
    """One task record (Asana's TaskCompact, TaskResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset): The task's name, as it appears in lists.
            resource_subtype (str | Unset): What kind of task this is: an ordinary task, a milestone, an approval, or a task
                of a custom type. Known values: default_task, milestone, approval, custom.
            created_by (AsanaResource | None | Unset):
            approval_status (str | Unset): For an approval task, where the approval stands. Known values: pending, approved,
                rejected, changes_requested.
            completed (bool | Unset): Whether the task is done.
            completed_at (datetime.datetime | None | Unset):
            completed_by (None | Unset | User):
            created_at (datetime.datetime | Unset):
            modified_at (datetime.datetime | Unset):
            due_at (datetime.datetime | None | Unset): When the task is due, as a date and time (null: no due time). Set
                this or due_on, not both.
            due_on (datetime.date | None | Unset): The day the task is due (null: no due date). Set this or due_at, not
                both.
            start_at (datetime.datetime | None | Unset): When work on the task starts, as a date and time; needs a due time
                too.
            start_on (datetime.date | None | Unset): The day work on the task starts; needs a due date too.
            notes (str | Unset): The task's description, as plain text.
            html_notes (str | Unset): The task's description as Asana's rich-text HTML.
            assignee (None | Unset | User): Who the task is assigned to (null: nobody). Write it as a user gid, "me" or an
                email.
            parent (None | Task | Unset): The task this one is a subtask of (null: a top-level task).
            projects (list[Project] | Unset): The projects the task is in. On create, a list of project gids.
            tags (list[Tag] | Unset): The tags on the task. On create, a list of tag gids.
            followers (list[User] | Unset): The users who follow the task. On create, a list of user gids or emails.
            workspace (None | Unset | Workspace): The workspace the task belongs to; fixed once the task exists.
            custom_fields (list[CustomField] | Unset): The task's custom field values; to set them, map each custom field
                gid to its value.
            liked (bool | Unset): Whether the current user likes the task.
            num_likes (int | Unset):
            num_subtasks (int | Unset):
            permalink_url (str | Unset):
            actual_time_minutes (float | None | Unset):
            assignee_status (str | Unset): Known values: today, upcoming, later, new, inbox.
            assigned_by (None | Unset | User):
            dependencies (list[AsanaResource] | Unset):
            dependents (list[AsanaResource] | Unset):
            external (None | TaskExternal | Unset): Data an integration keeps on the task; null when none is set.
            hearted (bool | Unset):
            hearts (list[Like] | Unset):
            is_rendered_as_separator (bool | Unset):
            likes (list[Like] | Unset):
            memberships (list[TaskMembership] | Unset):
            num_hearts (int | Unset):
            assignee_section (None | Section | Unset): The section of the assignee's My Tasks list the task is in.
            custom_type (CustomType | None | Unset): The custom type of a task whose resource_subtype is custom.
            custom_type_status_option (CustomTypeStatusOption | None | Unset): The status option of the task's custom type
                the task is at.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    created_by: AsanaResource | None | Unset = UNSET
    approval_status: str | Unset = UNSET
    completed: bool | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by: None | User | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    notes: str | Unset = UNSET
    html_notes: str | Unset = UNSET
    assignee: None | User | Unset = UNSET
    parent: None | Task | Unset = UNSET
    projects: list[Project] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    followers: list[User] | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    liked: bool | Unset = UNSET
    num_likes: int | Unset = UNSET
    num_subtasks: int | Unset = UNSET
    permalink_url: str | Unset = UNSET
    actual_time_minutes: float | None | Unset = UNSET
    assignee_status: str | Unset = UNSET
    assigned_by: None | User | Unset = UNSET
    dependencies: list[AsanaResource] | Unset = UNSET
    dependents: list[AsanaResource] | Unset = UNSET
    external: None | TaskExternal | Unset = UNSET
    hearted: bool | Unset = UNSET
    hearts: list[Like] | Unset = UNSET
    is_rendered_as_separator: bool | Unset = UNSET
    likes: list[Like] | Unset = UNSET
    memberships: list[TaskMembership] | Unset = UNSET
    num_hearts: int | Unset = UNSET
    assignee_section: None | Section | Unset = UNSET
    custom_type: CustomType | None | Unset = UNSET
    custom_type_status_option: CustomTypeStatusOption | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        resource_subtype = self.resource_subtype

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, AsanaResource):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        approval_status = self.approval_status

        completed = self.completed

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_by: dict[str, Any] | None | Unset
        if isinstance(self.completed_by, Unset):
            completed_by = UNSET
        elif isinstance(self.completed_by, User):
            completed_by = self.completed_by.to_dict()
        else:
            completed_by = self.completed_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        notes = self.notes

        html_notes = self.html_notes

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, User):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Task):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        liked = self.liked

        num_likes = self.num_likes

        num_subtasks = self.num_subtasks

        permalink_url = self.permalink_url

        actual_time_minutes: float | None | Unset
        if isinstance(self.actual_time_minutes, Unset):
            actual_time_minutes = UNSET
        else:
            actual_time_minutes = self.actual_time_minutes

        assignee_status = self.assignee_status

        assigned_by: dict[str, Any] | None | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        elif isinstance(self.assigned_by, User):
            assigned_by = self.assigned_by.to_dict()
        else:
            assigned_by = self.assigned_by

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        dependents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependents, Unset):
            dependents = []
            for dependents_item_data in self.dependents:
                dependents_item = dependents_item_data.to_dict()
                dependents.append(dependents_item)

        external: dict[str, Any] | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        elif isinstance(self.external, TaskExternal):
            external = self.external.to_dict()
        else:
            external = self.external

        hearted = self.hearted

        hearts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hearts, Unset):
            hearts = []
            for hearts_item_data in self.hearts:
                hearts_item = hearts_item_data.to_dict()
                hearts.append(hearts_item)

        is_rendered_as_separator = self.is_rendered_as_separator

        likes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.likes, Unset):
            likes = []
            for likes_item_data in self.likes:
                likes_item = likes_item_data.to_dict()
                likes.append(likes_item)

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        num_hearts = self.num_hearts

        assignee_section: dict[str, Any] | None | Unset
        if isinstance(self.assignee_section, Unset):
            assignee_section = UNSET
        elif isinstance(self.assignee_section, Section):
            assignee_section = self.assignee_section.to_dict()
        else:
            assignee_section = self.assignee_section

        custom_type: dict[str, Any] | None | Unset
        if isinstance(self.custom_type, Unset):
            custom_type = UNSET
        elif isinstance(self.custom_type, CustomType):
            custom_type = self.custom_type.to_dict()
        else:
            custom_type = self.custom_type

        custom_type_status_option: dict[str, Any] | None | Unset
        if isinstance(self.custom_type_status_option, Unset):
            custom_type_status_option = UNSET
        elif isinstance(self.custom_type_status_option, CustomTypeStatusOption):
            custom_type_status_option = self.custom_type_status_option.to_dict()
        else:
            custom_type_status_option = self.custom_type_status_option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if notes is not UNSET:
            field_dict["notes"] = notes
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if parent is not UNSET:
            field_dict["parent"] = parent
        if projects is not UNSET:
            field_dict["projects"] = projects
        if tags is not UNSET:
            field_dict["tags"] = tags
        if followers is not UNSET:
            field_dict["followers"] = followers
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if liked is not UNSET:
            field_dict["liked"] = liked
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if num_subtasks is not UNSET:
            field_dict["num_subtasks"] = num_subtasks
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if actual_time_minutes is not UNSET:
            field_dict["actual_time_minutes"] = actual_time_minutes
        if assignee_status is not UNSET:
            field_dict["assignee_status"] = assignee_status
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if dependents is not UNSET:
            field_dict["dependents"] = dependents
        if external is not UNSET:
            field_dict["external"] = external
        if hearted is not UNSET:
            field_dict["hearted"] = hearted
        if hearts is not UNSET:
            field_dict["hearts"] = hearts
        if is_rendered_as_separator is not UNSET:
            field_dict["is_rendered_as_separator"] = is_rendered_as_separator
        if likes is not UNSET:
            field_dict["likes"] = likes
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if num_hearts is not UNSET:
            field_dict["num_hearts"] = num_hearts
        if assignee_section is not UNSET:
            field_dict["assignee_section"] = assignee_section
        if custom_type is not UNSET:
            field_dict["custom_type"] = custom_type
        if custom_type_status_option is not UNSET:
            field_dict["custom_type_status_option"] = custom_type_status_option

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
        task = cls(**values)
        task.additional_properties = extra
        return task

    def __repr__(self) -> str:
        """Only the fields that are set: `Task(gid='1', name='x')`."""
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
from ..models.asana_resource import AsanaResource  # noqa: E402
from ..models.custom_field import CustomField  # noqa: E402
from ..models.custom_type import CustomType  # noqa: E402
from ..models.custom_type_status_option import CustomTypeStatusOption  # noqa: E402
from ..models.like import Like  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.section import Section  # noqa: E402
from ..models.tag import Tag  # noqa: E402
from ..models.task_external import TaskExternal  # noqa: E402
from ..models.task_membership import TaskMembership  # noqa: E402
from ..models.user import User  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
