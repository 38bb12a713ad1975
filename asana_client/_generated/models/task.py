from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asana_resource import AsanaResource
    from ..models.custom_field import CustomField
    from ..models.custom_type import CustomType
    from ..models.custom_type_status_option import CustomTypeStatusOption
    from ..models.like import Like
    from ..models.project import Project
    from ..models.section import Section
    from ..models.tag import Tag
    from ..models.task_external import TaskExternal
    from ..models.task_membership import TaskMembership
    from ..models.user import User
    from ..models.workspace import Workspace


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One task record (Asana's TaskCompact, TaskResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset):
            resource_subtype (str | Unset): Known values: default_task, milestone, approval, custom.
            created_by (AsanaResource | None | Unset):
            approval_status (str | Unset): Known values: pending, approved, rejected, changes_requested.
            completed (bool | Unset):
            completed_at (datetime.datetime | None | Unset):
            completed_by (None | Unset | User):
            created_at (datetime.datetime | Unset):
            modified_at (datetime.datetime | Unset):
            due_at (datetime.datetime | None | Unset):
            due_on (datetime.date | None | Unset):
            start_at (datetime.datetime | None | Unset):
            start_on (datetime.date | None | Unset):
            notes (str | Unset):
            html_notes (str | Unset):
            assignee (None | Unset | User):
            parent (None | Task | Unset):
            projects (list[Project] | Unset):
            tags (list[Tag] | Unset):
            followers (list[User] | Unset):
            workspace (None | Unset | Workspace):
            custom_fields (list[CustomField] | Unset):
            liked (bool | Unset):
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
            assignee_section (None | Section | Unset):
            custom_type (CustomType | None | Unset):
            custom_type_status_option (CustomTypeStatusOption | None | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    created_by: AsanaResource | None | Unset = UNSET
    approval_status: str | Unset = UNSET
    completed: bool | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by: None | Unset | User = UNSET
    created_at: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    notes: str | Unset = UNSET
    html_notes: str | Unset = UNSET
    assignee: None | Unset | User = UNSET
    parent: None | Task | Unset = UNSET
    projects: list[Project] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    followers: list[User] | Unset = UNSET
    workspace: None | Unset | Workspace = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    liked: bool | Unset = UNSET
    num_likes: int | Unset = UNSET
    num_subtasks: int | Unset = UNSET
    permalink_url: str | Unset = UNSET
    actual_time_minutes: float | None | Unset = UNSET
    assignee_status: str | Unset = UNSET
    assigned_by: None | Unset | User = UNSET
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
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        resource_subtype = d.pop("resource_subtype", UNSET)

        def _parse_created_by(data: object) -> AsanaResource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = AsanaResource.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsanaResource | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        approval_status = d.pop("approval_status", UNSET)

        completed = d.pop("completed", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_completed_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_by_type_1 = User.from_dict(data)

                return completed_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        completed_by = _parse_completed_by(d.pop("completed_by", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_start_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_on_type_0 = datetime.date.fromisoformat(data)

                return start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_on = _parse_start_on(d.pop("start_on", UNSET))

        notes = d.pop("notes", UNSET)

        html_notes = d.pop("html_notes", UNSET)

        def _parse_assignee(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_1 = User.from_dict(data)

                return assignee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_parent(data: object) -> None | Task | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = Task.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Task | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        _projects = d.pop("projects", UNSET)
        projects: list[Project] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = Project.from_dict(projects_item_data)

                projects.append(projects_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _followers = d.pop("followers", UNSET)
        followers: list[User] | Unset = UNSET
        if _followers is not UNSET:
            followers = []
            for followers_item_data in _followers:
                followers_item = User.from_dict(followers_item_data)

                followers.append(followers_item)

        def _parse_workspace(data: object) -> None | Unset | Workspace:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_type_1 = Workspace.from_dict(data)

                return workspace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Workspace, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        liked = d.pop("liked", UNSET)

        num_likes = d.pop("num_likes", UNSET)

        num_subtasks = d.pop("num_subtasks", UNSET)

        permalink_url = d.pop("permalink_url", UNSET)

        def _parse_actual_time_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        actual_time_minutes = _parse_actual_time_minutes(d.pop("actual_time_minutes", UNSET))

        assignee_status = d.pop("assignee_status", UNSET)

        def _parse_assigned_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_by_type_1 = User.from_dict(data)

                return assigned_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        assigned_by = _parse_assigned_by(d.pop("assigned_by", UNSET))

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[AsanaResource] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = AsanaResource.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

        _dependents = d.pop("dependents", UNSET)
        dependents: list[AsanaResource] | Unset = UNSET
        if _dependents is not UNSET:
            dependents = []
            for dependents_item_data in _dependents:
                dependents_item = AsanaResource.from_dict(dependents_item_data)

                dependents.append(dependents_item)

        def _parse_external(data: object) -> None | TaskExternal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_type_1 = TaskExternal.from_dict(data)

                return external_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskExternal | Unset, data)

        external = _parse_external(d.pop("external", UNSET))

        hearted = d.pop("hearted", UNSET)

        _hearts = d.pop("hearts", UNSET)
        hearts: list[Like] | Unset = UNSET
        if _hearts is not UNSET:
            hearts = []
            for hearts_item_data in _hearts:
                hearts_item = Like.from_dict(hearts_item_data)

                hearts.append(hearts_item)

        is_rendered_as_separator = d.pop("is_rendered_as_separator", UNSET)

        _likes = d.pop("likes", UNSET)
        likes: list[Like] | Unset = UNSET
        if _likes is not UNSET:
            likes = []
            for likes_item_data in _likes:
                likes_item = Like.from_dict(likes_item_data)

                likes.append(likes_item)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[TaskMembership] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = TaskMembership.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        num_hearts = d.pop("num_hearts", UNSET)

        def _parse_assignee_section(data: object) -> None | Section | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_section_type_1 = Section.from_dict(data)

                return assignee_section_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Section | Unset, data)

        assignee_section = _parse_assignee_section(d.pop("assignee_section", UNSET))

        def _parse_custom_type(data: object) -> CustomType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_type_1 = CustomType.from_dict(data)

                return custom_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomType | None | Unset, data)

        custom_type = _parse_custom_type(d.pop("custom_type", UNSET))

        def _parse_custom_type_status_option(data: object) -> CustomTypeStatusOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_status_option_type_1 = CustomTypeStatusOption.from_dict(data)

                return custom_type_status_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomTypeStatusOption | None | Unset, data)

        custom_type_status_option = _parse_custom_type_status_option(
            d.pop("custom_type_status_option", UNSET)
        )

        task = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            resource_subtype=resource_subtype,
            created_by=created_by,
            approval_status=approval_status,
            completed=completed,
            completed_at=completed_at,
            completed_by=completed_by,
            created_at=created_at,
            modified_at=modified_at,
            due_at=due_at,
            due_on=due_on,
            start_at=start_at,
            start_on=start_on,
            notes=notes,
            html_notes=html_notes,
            assignee=assignee,
            parent=parent,
            projects=projects,
            tags=tags,
            followers=followers,
            workspace=workspace,
            custom_fields=custom_fields,
            liked=liked,
            num_likes=num_likes,
            num_subtasks=num_subtasks,
            permalink_url=permalink_url,
            actual_time_minutes=actual_time_minutes,
            assignee_status=assignee_status,
            assigned_by=assigned_by,
            dependencies=dependencies,
            dependents=dependents,
            external=external,
            hearted=hearted,
            hearts=hearts,
            is_rendered_as_separator=is_rendered_as_separator,
            likes=likes,
            memberships=memberships,
            num_hearts=num_hearts,
            assignee_section=assignee_section,
            custom_type=custom_type,
            custom_type_status_option=custom_type_status_option,
        )

        task.additional_properties = d
        return task

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
from ..models.asana_resource import AsanaResource
from ..models.custom_field import CustomField
from ..models.custom_type import CustomType
from ..models.custom_type_status_option import CustomTypeStatusOption
from ..models.like import Like
from ..models.project import Project
from ..models.section import Section
from ..models.tag import Tag
from ..models.task_external import TaskExternal
from ..models.task_membership import TaskMembership
from ..models.user import User
from ..models.workspace import Workspace
