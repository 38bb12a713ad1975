from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_update_request_approval_status import TaskUpdateRequestApprovalStatus
from ..models.task_update_request_assignee_status import TaskUpdateRequestAssigneeStatus
from ..models.task_update_request_resource_subtype import (
    TaskUpdateRequestResourceSubtype,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_external import TaskExternal
    from ..models.task_update_request_custom_fields import TaskUpdateRequestCustomFields


T = TypeVar("T", bound="TaskUpdateRequest")


@_attrs_define
class TaskUpdateRequest:
    """The fields an update may change; fields left out keep their value.

    Attributes:
        name (str | Unset):
        resource_subtype (TaskUpdateRequestResourceSubtype | Unset):
        approval_status (TaskUpdateRequestApprovalStatus | Unset):
        assignee_status (TaskUpdateRequestAssigneeStatus | Unset):
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
        custom_fields (TaskUpdateRequestCustomFields | Unset):
        parent (None | str | Unset):
        custom_type (None | str | Unset):
        custom_type_status_option (None | str | Unset):
    """

    name: str | Unset = UNSET
    resource_subtype: TaskUpdateRequestResourceSubtype | Unset = UNSET
    approval_status: TaskUpdateRequestApprovalStatus | Unset = UNSET
    assignee_status: TaskUpdateRequestAssigneeStatus | Unset = UNSET
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
    custom_fields: TaskUpdateRequestCustomFields | Unset = UNSET
    parent: None | str | Unset = UNSET
    custom_type: None | str | Unset = UNSET
    custom_type_status_option: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        resource_subtype: str | Unset = UNSET
        if not isinstance(self.resource_subtype, Unset):
            resource_subtype = self.resource_subtype.value

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

        assignee_status: str | Unset = UNSET
        if not isinstance(self.assignee_status, Unset):
            assignee_status = self.assignee_status.value

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

        custom_type: None | str | Unset
        if isinstance(self.custom_type, Unset):
            custom_type = UNSET
        else:
            custom_type = self.custom_type

        custom_type_status_option: None | str | Unset
        if isinstance(self.custom_type_status_option, Unset):
            custom_type_status_option = UNSET
        else:
            custom_type_status_option = self.custom_type_status_option

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
        if custom_type is not UNSET:
            field_dict["custom_type"] = custom_type
        if custom_type_status_option is not UNSET:
            field_dict["custom_type_status_option"] = custom_type_status_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _resource_subtype = d.pop("resource_subtype", UNSET)
        resource_subtype: TaskUpdateRequestResourceSubtype | Unset
        if isinstance(_resource_subtype, Unset):
            resource_subtype = UNSET
        else:
            resource_subtype = TaskUpdateRequestResourceSubtype(_resource_subtype)

        _approval_status = d.pop("approval_status", UNSET)
        approval_status: TaskUpdateRequestApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = TaskUpdateRequestApprovalStatus(_approval_status)

        _assignee_status = d.pop("assignee_status", UNSET)
        assignee_status: TaskUpdateRequestAssigneeStatus | Unset
        if isinstance(_assignee_status, Unset):
            assignee_status = UNSET
        else:
            assignee_status = TaskUpdateRequestAssigneeStatus(_assignee_status)

        completed = d.pop("completed", UNSET)

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

        _external = d.pop("external", UNSET)
        external: TaskExternal | Unset
        if isinstance(_external, Unset):
            external = UNSET
        else:
            external = TaskExternal.from_dict(_external)

        html_notes = d.pop("html_notes", UNSET)

        notes = d.pop("notes", UNSET)

        liked = d.pop("liked", UNSET)

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_assignee_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee_section = _parse_assignee_section(d.pop("assignee_section", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: TaskUpdateRequestCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = TaskUpdateRequestCustomFields.from_dict(_custom_fields)

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_custom_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_type = _parse_custom_type(d.pop("custom_type", UNSET))

        def _parse_custom_type_status_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_type_status_option = _parse_custom_type_status_option(
            d.pop("custom_type_status_option", UNSET)
        )

        task_update_request = cls(
            name=name,
            resource_subtype=resource_subtype,
            approval_status=approval_status,
            assignee_status=assignee_status,
            completed=completed,
            due_at=due_at,
            due_on=due_on,
            start_at=start_at,
            start_on=start_on,
            external=external,
            html_notes=html_notes,
            notes=notes,
            liked=liked,
            assignee=assignee,
            assignee_section=assignee_section,
            custom_fields=custom_fields,
            parent=parent,
            custom_type=custom_type,
            custom_type_status_option=custom_type_status_option,
        )

        task_update_request.additional_properties = d
        return task_update_request

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
from ..models.task_external import TaskExternal
from ..models.task_update_request_custom_fields import TaskUpdateRequestCustomFields
