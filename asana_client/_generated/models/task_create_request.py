from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_create_request_approval_status import (
    TaskCreateRequestApprovalStatus,
)
from ..models.task_create_request_assignee_status import (
    TaskCreateRequestAssigneeStatus,
)
from ..models.task_create_request_resource_subtype import (
    TaskCreateRequestResourceSubtype,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreateRequest")


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


def _parse_external(data: Any) -> TaskExternal:
    return TaskExternal.from_dict(data)


def _parse_custom_fields(data: Any) -> TaskCreateRequestCustomFields:
    return TaskCreateRequestCustomFields.from_dict(data)


def _parse_memberships(data: Any) -> list[TaskMembershipRequest]:
    return [TaskMembershipRequest.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "approval_status": ("approval_status", None),
    "assignee_status": ("assignee_status", None),
    "completed": ("completed", None),
    "due_at": ("due_at", _parse_due_at),
    "due_on": ("due_on", _parse_due_on),
    "start_at": ("start_at", _parse_start_at),
    "start_on": ("start_on", _parse_start_on),
    "external": ("external", _parse_external),
    "html_notes": ("html_notes", None),
    "notes": ("notes", None),
    "liked": ("liked", None),
    "assignee": ("assignee", None),
    "assignee_section": ("assignee_section", None),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "parent": ("parent", None),
    "followers": ("followers", None),
    "projects": ("projects", None),
    "tags": ("tags", None),
    "workspace": ("workspace", None),
    "memberships": ("memberships", _parse_memberships),
}
_ATTRIBUTES = (
    "name",
    "resource_subtype",
    "approval_status",
    "assignee_status",
    "completed",
    "due_at",
    "due_on",
    "start_at",
    "start_on",
    "external",
    "html_notes",
    "notes",
    "liked",
    "assignee",
    "assignee_section",
    "custom_fields",
    "parent",
    "followers",
    "projects",
    "tags",
    "workspace",
    "memberships",
)


@_attrs_define(repr=False)
class TaskCreateRequest:
    """The fields a new task may be created with.

    Attributes:
        name (str | Unset):
        resource_subtype (TaskCreateRequestResourceSubtype | Unset):
        approval_status (TaskCreateRequestApprovalStatus | Unset):
        assignee_status (TaskCreateRequestAssigneeStatus | Unset):
        completed (bool | Unset):
        due_at (datetime.datetime | None | Unset):
        due_on (datetime.date | None | Unset):
        start_at (datetime.datetime | None | Unset):
        start_on (datetime.date | None | Unset):
        external (TaskExternal | Unset): An integration's own identifier and data for a task.
        html_notes (str | Unset):
        notes (str | Unset):
        liked (bool | Unset):
        assignee (None | str | Unset):
        assignee_section (None | str | Unset):
        custom_fields (TaskCreateRequestCustomFields | Unset):
        parent (None | str | Unset):
        followers (list[str] | Unset):
        projects (list[str] | Unset):
        tags (list[str] | Unset):
        workspace (str | Unset):
        memberships (list[TaskMembershipRequest] | Unset): Sections to put the new task in, one per project. Create-
            only: later moves go through addProject / removeProject.
    """

    name: str | Unset = UNSET
    resource_subtype: TaskCreateRequestResourceSubtype | str | Unset = UNSET
    approval_status: TaskCreateRequestApprovalStatus | str | Unset = UNSET
    assignee_status: TaskCreateRequestAssigneeStatus | str | Unset = UNSET
    completed: bool | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    external: TaskExternal | Unset = UNSET
    html_notes: str | Unset = UNSET
    notes: str | Unset = UNSET
    liked: bool | Unset = UNSET
    assignee: None | str | Unset = UNSET
    assignee_section: None | str | Unset = UNSET
    custom_fields: TaskCreateRequestCustomFields | Unset = UNSET
    parent: None | str | Unset = UNSET
    followers: list[str] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    workspace: str | Unset = UNSET
    memberships: list[TaskMembershipRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        resource_subtype: str | Unset = UNSET
        if not isinstance(self.resource_subtype, Unset):
            resource_subtype = self.resource_subtype

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        assignee_status: str | Unset = UNSET
        if not isinstance(self.assignee_status, Unset):
            assignee_status = self.assignee_status

        completed = self.completed

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

        external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external, Unset):
            external = self.external.to_dict()

        html_notes = self.html_notes

        notes = self.notes

        liked = self.liked

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        assignee_section: None | str | Unset
        if isinstance(self.assignee_section, Unset):
            assignee_section = UNSET
        else:
            assignee_section = self.assignee_section

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        followers: list[str] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = self.followers

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        workspace = self.workspace

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if assignee_status is not UNSET:
            field_dict["assignee_status"] = assignee_status
        if completed is not UNSET:
            field_dict["completed"] = completed
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if external is not UNSET:
            field_dict["external"] = external
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if notes is not UNSET:
            field_dict["notes"] = notes
        if liked is not UNSET:
            field_dict["liked"] = liked
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_section is not UNSET:
            field_dict["assignee_section"] = assignee_section
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if parent is not UNSET:
            field_dict["parent"] = parent
        if followers is not UNSET:
            field_dict["followers"] = followers
        if projects is not UNSET:
            field_dict["projects"] = projects
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if memberships is not UNSET:
            field_dict["memberships"] = memberships

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
        task_create_request = cls(**values)
        task_create_request.additional_properties = extra
        return task_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskCreateRequest(gid='1', name='x')`."""
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
from ..models.task_create_request_custom_fields import TaskCreateRequestCustomFields  # noqa: E402
from ..models.task_external import TaskExternal  # noqa: E402
from ..models.task_membership_request import TaskMembershipRequest  # noqa: E402
