from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeTrackingEntry")


def _parse_entered_on(data: Any) -> datetime.date:
    return datetime.date.fromisoformat(data)


def _parse_attributable_to(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"attributable_to: {type(data).__name__} is none of None | Project")


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_categories(data: Any) -> list[TimeTrackingCategory]:
    return [TimeTrackingCategory.from_dict(item) for item in data]


def _parse_task(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"task: {type(data).__name__} is none of None | Task")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "duration_minutes": ("duration_minutes", None),
    "entered_on": ("entered_on", _parse_entered_on),
    "attributable_to": ("attributable_to", _parse_attributable_to),
    "created_by": ("created_by", _parse_created_by),
    "categories": ("categories", _parse_categories),
    "task": ("task", _parse_task),
    "created_at": ("created_at", _parse_created_at),
    "approval_status": ("approval_status", None),
    "billable_status": ("billable_status", None),
    "description": ("description", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "duration_minutes",
    "entered_on",
    "attributable_to",
    "created_by",
    "categories",
    "task",
    "created_at",
    "approval_status",
    "billable_status",
    "description",
)


@_attrs_define(repr=False)
class TimeTrackingEntry:
    """One time tracking entry record (Asana's TimeTrackingEntryCompact, TimeTrackingEntryResponse). Single records, list
    items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            duration_minutes (int | Unset): How many minutes the entry logs.
            entered_on (datetime.date | Unset): The day the time is logged on.
            attributable_to (None | Project | Unset): The project whose budget the time counts toward (matters when the task
                is in more than one project).
            created_by (None | Unset | User): Who logged the time.
            categories (list[TimeTrackingCategory] | Unset): The categories the entry is labelled with.
            task (None | Task | Unset): The task the time is logged on.
            created_at (datetime.datetime | Unset): When the entry was created.
            approval_status (str | Unset): Where the entry stands in timesheet approval. Known values: DRAFT, SUBMITTED,
                APPROVED, REJECTED.
            billable_status (str | Unset): Whether the time may be billed. Known values: billable, nonBillable,
                notApplicable.
            description (str | Unset): A note on what the time was spent on.
    """

    gid: str
    resource_type: str | Unset = UNSET
    duration_minutes: int | Unset = UNSET
    entered_on: datetime.date | Unset = UNSET
    attributable_to: None | Project | Unset = UNSET
    created_by: None | User | Unset = UNSET
    categories: list[TimeTrackingCategory] | Unset = UNSET
    task: None | Task | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    approval_status: str | Unset = UNSET
    billable_status: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        duration_minutes = self.duration_minutes

        entered_on: str | Unset = UNSET
        if not isinstance(self.entered_on, Unset):
            entered_on = self.entered_on.isoformat()

        attributable_to: dict[str, Any] | None | Unset
        if isinstance(self.attributable_to, Unset):
            attributable_to = UNSET
        elif isinstance(self.attributable_to, Project):
            attributable_to = self.attributable_to.to_dict()
        else:
            attributable_to = self.attributable_to

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        task: dict[str, Any] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, Task):
            task = self.task.to_dict()
        else:
            task = self.task

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        approval_status = self.approval_status

        billable_status = self.billable_status

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if entered_on is not UNSET:
            field_dict["entered_on"] = entered_on
        if attributable_to is not UNSET:
            field_dict["attributable_to"] = attributable_to
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if categories is not UNSET:
            field_dict["categories"] = categories
        if task is not UNSET:
            field_dict["task"] = task
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
        if billable_status is not UNSET:
            field_dict["billable_status"] = billable_status
        if description is not UNSET:
            field_dict["description"] = description

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
        time_tracking_entry = cls(**values)
        time_tracking_entry.additional_properties = extra
        return time_tracking_entry

    def __repr__(self) -> str:
        """Only the fields that are set: `TimeTrackingEntry(gid='1', name='x')`."""
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
from ..models.project import Project  # noqa: E402
from ..models.task import Task  # noqa: E402
from ..models.time_tracking_category import TimeTrackingCategory  # noqa: E402
from ..models.user import User  # noqa: E402
