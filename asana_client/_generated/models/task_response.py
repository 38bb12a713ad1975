from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asana_resource import AsanaResource
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.custom_type_compact import CustomTypeCompact
    from ..models.custom_type_status_option_compact import CustomTypeStatusOptionCompact
    from ..models.like import Like
    from ..models.project_compact import ProjectCompact
    from ..models.section_compact import SectionCompact
    from ..models.tag_compact import TagCompact
    from ..models.task_compact import TaskCompact
    from ..models.task_external import TaskExternal
    from ..models.task_membership import TaskMembership
    from ..models.user_compact import UserCompact
    from ..models.workspace_compact import WorkspaceCompact


T = TypeVar("T", bound="TaskResponse")


@_attrs_define
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
    assigned_by: None | Unset | UserCompact = UNSET
    completed: bool | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by: None | Unset | UserCompact = UNSET
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
    assignee: None | Unset | UserCompact = UNSET
    assignee_section: None | SectionCompact | Unset = UNSET
    custom_fields: list[CustomFieldResponse] | Unset = UNSET
    custom_type: CustomTypeCompact | None | Unset = UNSET
    custom_type_status_option: CustomTypeStatusOptionCompact | None | Unset = UNSET
    followers: list[UserCompact] | Unset = UNSET
    parent: None | TaskCompact | Unset = UNSET
    projects: list[ProjectCompact] | Unset = UNSET
    tags: list[TagCompact] | Unset = UNSET
    workspace: None | Unset | WorkspaceCompact = UNSET
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
        d = dict(src_dict)
        gid = d.pop("gid", UNSET)

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

        assignee_status = d.pop("assignee_status", UNSET)

        def _parse_assigned_by(data: object) -> None | Unset | UserCompact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_by_type_1 = UserCompact.from_dict(data)

                return assigned_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserCompact, data)

        assigned_by = _parse_assigned_by(d.pop("assigned_by", UNSET))

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

        def _parse_completed_by(data: object) -> None | Unset | UserCompact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_by_type_1 = UserCompact.from_dict(data)

                return completed_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserCompact, data)

        completed_by = _parse_completed_by(d.pop("completed_by", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

        html_notes = d.pop("html_notes", UNSET)

        hearted = d.pop("hearted", UNSET)

        _hearts = d.pop("hearts", UNSET)
        hearts: list[Like] | Unset = UNSET
        if _hearts is not UNSET:
            hearts = []
            for hearts_item_data in _hearts:
                hearts_item = Like.from_dict(hearts_item_data)

                hearts.append(hearts_item)

        is_rendered_as_separator = d.pop("is_rendered_as_separator", UNSET)

        liked = d.pop("liked", UNSET)

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

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        notes = d.pop("notes", UNSET)

        num_hearts = d.pop("num_hearts", UNSET)

        num_likes = d.pop("num_likes", UNSET)

        num_subtasks = d.pop("num_subtasks", UNSET)

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

        def _parse_actual_time_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        actual_time_minutes = _parse_actual_time_minutes(d.pop("actual_time_minutes", UNSET))

        def _parse_assignee(data: object) -> None | Unset | UserCompact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_1 = UserCompact.from_dict(data)

                return assignee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserCompact, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_assignee_section(data: object) -> None | SectionCompact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_section_type_1 = SectionCompact.from_dict(data)

                return assignee_section_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SectionCompact | Unset, data)

        assignee_section = _parse_assignee_section(d.pop("assignee_section", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldResponse] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldResponse.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        def _parse_custom_type(data: object) -> CustomTypeCompact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_type_1 = CustomTypeCompact.from_dict(data)

                return custom_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomTypeCompact | None | Unset, data)

        custom_type = _parse_custom_type(d.pop("custom_type", UNSET))

        def _parse_custom_type_status_option(
            data: object,
        ) -> CustomTypeStatusOptionCompact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_status_option_type_1 = CustomTypeStatusOptionCompact.from_dict(data)

                return custom_type_status_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomTypeStatusOptionCompact | None | Unset, data)

        custom_type_status_option = _parse_custom_type_status_option(
            d.pop("custom_type_status_option", UNSET)
        )

        _followers = d.pop("followers", UNSET)
        followers: list[UserCompact] | Unset = UNSET
        if _followers is not UNSET:
            followers = []
            for followers_item_data in _followers:
                followers_item = UserCompact.from_dict(followers_item_data)

                followers.append(followers_item)

        def _parse_parent(data: object) -> None | TaskCompact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = TaskCompact.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskCompact | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectCompact] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectCompact.from_dict(projects_item_data)

                projects.append(projects_item)

        _tags = d.pop("tags", UNSET)
        tags: list[TagCompact] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagCompact.from_dict(tags_item_data)

                tags.append(tags_item)

        def _parse_workspace(data: object) -> None | Unset | WorkspaceCompact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_type_1 = WorkspaceCompact.from_dict(data)

                return workspace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkspaceCompact, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        permalink_url = d.pop("permalink_url", UNSET)

        task_response = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            resource_subtype=resource_subtype,
            created_by=created_by,
            approval_status=approval_status,
            assignee_status=assignee_status,
            assigned_by=assigned_by,
            completed=completed,
            completed_at=completed_at,
            completed_by=completed_by,
            created_at=created_at,
            dependencies=dependencies,
            dependents=dependents,
            due_at=due_at,
            due_on=due_on,
            external=external,
            html_notes=html_notes,
            hearted=hearted,
            hearts=hearts,
            is_rendered_as_separator=is_rendered_as_separator,
            liked=liked,
            likes=likes,
            memberships=memberships,
            modified_at=modified_at,
            notes=notes,
            num_hearts=num_hearts,
            num_likes=num_likes,
            num_subtasks=num_subtasks,
            start_at=start_at,
            start_on=start_on,
            actual_time_minutes=actual_time_minutes,
            assignee=assignee,
            assignee_section=assignee_section,
            custom_fields=custom_fields,
            custom_type=custom_type,
            custom_type_status_option=custom_type_status_option,
            followers=followers,
            parent=parent,
            projects=projects,
            tags=tags,
            workspace=workspace,
            permalink_url=permalink_url,
        )

        task_response.additional_properties = d
        return task_response

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
from ..models.custom_field_response import CustomFieldResponse
from ..models.custom_type_compact import CustomTypeCompact
from ..models.custom_type_status_option_compact import CustomTypeStatusOptionCompact
from ..models.like import Like
from ..models.project_compact import ProjectCompact
from ..models.section_compact import SectionCompact
from ..models.tag_compact import TagCompact
from ..models.task_compact import TaskCompact
from ..models.task_external import TaskExternal
from ..models.task_membership import TaskMembership
from ..models.user_compact import UserCompact
from ..models.workspace_compact import WorkspaceCompact
