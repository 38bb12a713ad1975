from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskResponse")


def _parse_created_by(data: Any) -> AsanaResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaResource.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of AsanaResource | None")


def _parse_assigned_by(data: Any) -> None | UserCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserCompact.from_dict(data)
    raise TypeError(f"assigned_by: {type(data).__name__} is none of None | UserCompact")


def _parse_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"completed_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_completed_by(data: Any) -> None | UserCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserCompact.from_dict(data)
    raise TypeError(f"completed_by: {type(data).__name__} is none of None | UserCompact")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_dependencies(data: Any) -> list[AsanaResource]:
    return [AsanaResource.from_dict(item) for item in data]


def _parse_dependents(data: Any) -> list[AsanaResource]:
    return [AsanaResource.from_dict(item) for item in data]


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


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


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


def _parse_assignee(data: Any) -> None | UserCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return UserCompact.from_dict(data)
    raise TypeError(f"assignee: {type(data).__name__} is none of None | UserCompact")


def _parse_assignee_section(data: Any) -> None | SectionCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return SectionCompact.from_dict(data)
    raise TypeError(f"assignee_section: {type(data).__name__} is none of None | SectionCompact")


def _parse_custom_fields(data: Any) -> list[CustomFieldResponse]:
    return [CustomFieldResponse.from_dict(item) for item in data]


def _parse_custom_type(data: Any) -> CustomTypeCompact | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomTypeCompact.from_dict(data)
    raise TypeError(f"custom_type: {type(data).__name__} is none of CustomTypeCompact | None")


def _parse_custom_type_status_option(data: Any) -> CustomTypeStatusOptionCompact | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomTypeStatusOptionCompact.from_dict(data)
    raise TypeError(
        f"custom_type_status_option: {type(data).__name__} is none of CustomTypeStatusOptionCompact | None"
    )


def _parse_followers(data: Any) -> list[UserCompact]:
    return [UserCompact.from_dict(item) for item in data]


def _parse_parent(data: Any) -> None | TaskCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return TaskCompact.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | TaskCompact")


def _parse_projects(data: Any) -> list[ProjectCompact]:
    return [ProjectCompact.from_dict(item) for item in data]


def _parse_tags(data: Any) -> list[TagCompact]:
    return [TagCompact.from_dict(item) for item in data]


def _parse_workspace(data: Any) -> None | WorkspaceCompact:
    if data is None:
        return None
    if isinstance(data, dict):
        return WorkspaceCompact.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | WorkspaceCompact")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "created_by": ("created_by", _parse_created_by),
    "approval_status": ("approval_status", None),
    "assignee_status": ("assignee_status", None),
    "assigned_by": ("assigned_by", _parse_assigned_by),
    "completed": ("completed", None),
    "completed_at": ("completed_at", _parse_completed_at),
    "completed_by": ("completed_by", _parse_completed_by),
    "created_at": ("created_at", _parse_created_at),
    "dependencies": ("dependencies", _parse_dependencies),
    "dependents": ("dependents", _parse_dependents),
    "due_at": ("due_at", _parse_due_at),
    "due_on": ("due_on", _parse_due_on),
    "external": ("external", _parse_external),
    "html_notes": ("html_notes", None),
    "hearted": ("hearted", None),
    "hearts": ("hearts", _parse_hearts),
    "is_rendered_as_separator": ("is_rendered_as_separator", None),
    "liked": ("liked", None),
    "likes": ("likes", _parse_likes),
    "memberships": ("memberships", _parse_memberships),
    "modified_at": ("modified_at", _parse_modified_at),
    "notes": ("notes", None),
    "num_hearts": ("num_hearts", None),
    "num_likes": ("num_likes", None),
    "num_subtasks": ("num_subtasks", None),
    "start_at": ("start_at", _parse_start_at),
    "start_on": ("start_on", _parse_start_on),
    "actual_time_minutes": ("actual_time_minutes", None),
    "assignee": ("assignee", _parse_assignee),
    "assignee_section": ("assignee_section", _parse_assignee_section),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "custom_type": ("custom_type", _parse_custom_type),
    "custom_type_status_option": ("custom_type_status_option", _parse_custom_type_status_option),
    "followers": ("followers", _parse_followers),
    "parent": ("parent", _parse_parent),
    "projects": ("projects", _parse_projects),
    "tags": ("tags", _parse_tags),
    "workspace": ("workspace", _parse_workspace),
    "permalink_url": ("permalink_url", None),
}
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "resource_subtype",
    "created_by",
    "approval_status",
    "assignee_status",
    "assigned_by",
    "completed",
    "completed_at",
    "completed_by",
    "created_at",
    "dependencies",
    "dependents",
    "due_at",
    "due_on",
    "external",
    "html_notes",
    "hearted",
    "hearts",
    "is_rendered_as_separator",
    "liked",
    "likes",
    "memberships",
    "modified_at",
    "notes",
    "num_hearts",
    "num_likes",
    "num_subtasks",
    "start_at",
    "start_on",
    "actual_time_minutes",
    "assignee",
    "assignee_section",
    "custom_fields",
    "custom_type",
    "custom_type_status_option",
    "followers",
    "parent",
    "projects",
    "tags",
    "workspace",
    "permalink_url",
)


@_attrs_define(repr=False)
class TaskResponse:
    """The full record of a task.

    Attributes:
        gid (str | Unset):
        resource_type (str | Unset):
        name (str | Unset):
        resource_subtype (str | Unset): Known values: default_task, milestone, approval, custom.
        created_by (AsanaResource | None | Unset):
        approval_status (str | Unset): Known values: pending, approved, rejected, changes_requested.
        assignee_status (str | Unset): Known values: today, upcoming, later, new, inbox.
        assigned_by (None | Unset | UserCompact):
        completed (bool | Unset):
        completed_at (datetime.datetime | None | Unset):
        completed_by (None | Unset | UserCompact):
        created_at (datetime.datetime | Unset):
        dependencies (list[AsanaResource] | Unset):
        dependents (list[AsanaResource] | Unset):
        due_at (datetime.datetime | None | Unset):
        due_on (datetime.date | None | Unset):
        external (None | TaskExternal | Unset): Data an integration keeps on the task; null when none is set.
        html_notes (str | Unset):
        hearted (bool | Unset):
        hearts (list[Like] | Unset):
        is_rendered_as_separator (bool | Unset):
        liked (bool | Unset):
        likes (list[Like] | Unset):
        memberships (list[TaskMembership] | Unset):
        modified_at (datetime.datetime | Unset):
        notes (str | Unset):
        num_hearts (int | Unset):
        num_likes (int | Unset):
        num_subtasks (int | Unset):
        start_at (datetime.datetime | None | Unset):
        start_on (datetime.date | None | Unset):
        actual_time_minutes (float | None | Unset):
        assignee (None | Unset | UserCompact):
        assignee_section (None | SectionCompact | Unset):
        custom_fields (list[CustomFieldResponse] | Unset):
        custom_type (CustomTypeCompact | None | Unset):
        custom_type_status_option (CustomTypeStatusOptionCompact | None | Unset):
        followers (list[UserCompact] | Unset):
        parent (None | TaskCompact | Unset):
        projects (list[ProjectCompact] | Unset):
        tags (list[TagCompact] | Unset):
        workspace (None | Unset | WorkspaceCompact):
        permalink_url (str | Unset):
    """

    gid: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    created_by: AsanaResource | None | Unset = UNSET
    approval_status: str | Unset = UNSET
    assignee_status: str | Unset = UNSET
    assigned_by: None | UserCompact | Unset = UNSET
    completed: bool | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by: None | UserCompact | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dependencies: list[AsanaResource] | Unset = UNSET
    dependents: list[AsanaResource] | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    external: None | TaskExternal | Unset = UNSET
    html_notes: str | Unset = UNSET
    hearted: bool | Unset = UNSET
    hearts: list[Like] | Unset = UNSET
    is_rendered_as_separator: bool | Unset = UNSET
    liked: bool | Unset = UNSET
    likes: list[Like] | Unset = UNSET
    memberships: list[TaskMembership] | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    notes: str | Unset = UNSET
    num_hearts: int | Unset = UNSET
    num_likes: int | Unset = UNSET
    num_subtasks: int | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    actual_time_minutes: float | None | Unset = UNSET
    assignee: None | UserCompact | Unset = UNSET
    assignee_section: None | SectionCompact | Unset = UNSET
    custom_fields: list[CustomFieldResponse] | Unset = UNSET
    custom_type: CustomTypeCompact | None | Unset = UNSET
    custom_type_status_option: CustomTypeStatusOptionCompact | None | Unset = UNSET
    followers: list[UserCompact] | Unset = UNSET
    parent: None | TaskCompact | Unset = UNSET
    projects: list[ProjectCompact] | Unset = UNSET
    tags: list[TagCompact] | Unset = UNSET
    workspace: None | WorkspaceCompact | Unset = UNSET
    permalink_url: str | Unset = UNSET
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

        assignee_status = self.assignee_status

        assigned_by: dict[str, Any] | None | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        elif isinstance(self.assigned_by, UserCompact):
            assigned_by = self.assigned_by.to_dict()
        else:
            assigned_by = self.assigned_by

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
        elif isinstance(self.completed_by, UserCompact):
            completed_by = self.completed_by.to_dict()
        else:
            completed_by = self.completed_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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

        external: dict[str, Any] | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        elif isinstance(self.external, TaskExternal):
            external = self.external.to_dict()
        else:
            external = self.external

        html_notes = self.html_notes

        hearted = self.hearted

        hearts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hearts, Unset):
            hearts = []
            for hearts_item_data in self.hearts:
                hearts_item = hearts_item_data.to_dict()
                hearts.append(hearts_item)

        is_rendered_as_separator = self.is_rendered_as_separator

        liked = self.liked

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

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        notes = self.notes

        num_hearts = self.num_hearts

        num_likes = self.num_likes

        num_subtasks = self.num_subtasks

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

        actual_time_minutes: float | None | Unset
        if isinstance(self.actual_time_minutes, Unset):
            actual_time_minutes = UNSET
        else:
            actual_time_minutes = self.actual_time_minutes

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, UserCompact):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        assignee_section: dict[str, Any] | None | Unset
        if isinstance(self.assignee_section, Unset):
            assignee_section = UNSET
        elif isinstance(self.assignee_section, SectionCompact):
            assignee_section = self.assignee_section.to_dict()
        else:
            assignee_section = self.assignee_section

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_type: dict[str, Any] | None | Unset
        if isinstance(self.custom_type, Unset):
            custom_type = UNSET
        elif isinstance(self.custom_type, CustomTypeCompact):
            custom_type = self.custom_type.to_dict()
        else:
            custom_type = self.custom_type

        custom_type_status_option: dict[str, Any] | None | Unset
        if isinstance(self.custom_type_status_option, Unset):
            custom_type_status_option = UNSET
        elif isinstance(self.custom_type_status_option, CustomTypeStatusOptionCompact):
            custom_type_status_option = self.custom_type_status_option.to_dict()
        else:
            custom_type_status_option = self.custom_type_status_option

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, TaskCompact):
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

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, WorkspaceCompact):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        permalink_url = self.permalink_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gid is not UNSET:
            field_dict["gid"] = gid
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
        if assignee_status is not UNSET:
            field_dict["assignee_status"] = assignee_status
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if dependents is not UNSET:
            field_dict["dependents"] = dependents
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if external is not UNSET:
            field_dict["external"] = external
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if hearted is not UNSET:
            field_dict["hearted"] = hearted
        if hearts is not UNSET:
            field_dict["hearts"] = hearts
        if is_rendered_as_separator is not UNSET:
            field_dict["is_rendered_as_separator"] = is_rendered_as_separator
        if liked is not UNSET:
            field_dict["liked"] = liked
        if likes is not UNSET:
            field_dict["likes"] = likes
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if num_hearts is not UNSET:
            field_dict["num_hearts"] = num_hearts
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if num_subtasks is not UNSET:
            field_dict["num_subtasks"] = num_subtasks
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if actual_time_minutes is not UNSET:
            field_dict["actual_time_minutes"] = actual_time_minutes
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_section is not UNSET:
            field_dict["assignee_section"] = assignee_section
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_type is not UNSET:
            field_dict["custom_type"] = custom_type
        if custom_type_status_option is not UNSET:
            field_dict["custom_type_status_option"] = custom_type_status_option
        if followers is not UNSET:
            field_dict["followers"] = followers
        if parent is not UNSET:
            field_dict["parent"] = parent
        if projects is not UNSET:
            field_dict["projects"] = projects
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url

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
        task_response = cls(**values)
        task_response.additional_properties = extra
        return task_response

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskResponse(gid='1', name='x')`."""
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
from ..models.custom_field_response import CustomFieldResponse  # noqa: E402
from ..models.custom_type_compact import CustomTypeCompact  # noqa: E402
from ..models.custom_type_status_option_compact import CustomTypeStatusOptionCompact  # noqa: E402
from ..models.like import Like  # noqa: E402
from ..models.project_compact import ProjectCompact  # noqa: E402
from ..models.section_compact import SectionCompact  # noqa: E402
from ..models.tag_compact import TagCompact  # noqa: E402
from ..models.task_compact import TaskCompact  # noqa: E402
from ..models.task_external import TaskExternal  # noqa: E402
from ..models.task_membership import TaskMembership  # noqa: E402
from ..models.user_compact import UserCompact  # noqa: E402
from ..models.workspace_compact import WorkspaceCompact  # noqa: E402
