from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDuplicateRequest")


def _parse_schedule_dates(data: Any) -> ProjectDuplicateScheduleDates:
    return ProjectDuplicateScheduleDates.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "include": ("include", None),
    "schedule_dates": ("schedule_dates", _parse_schedule_dates),
}
_REQUIRED = ("name",)
_ATTRIBUTES = (
    "name",
    "include",
    "schedule_dates",
)


@_attrs_define(repr=False)
class ProjectDuplicateRequest:
    """The name of a project's copy and what it takes over.

    Attributes:
        name (str): The copy's name.
        include (str | Unset): Comma-separated list of the optional parts to copy: allocations, forms, members, notes,
            permissions, task_assignee, task_attachments, task_dates, task_dependencies, task_followers, task_notes,
            task_projects, task_subtasks, task_tags, task_templates, task_type_default. Tasks, views and rules are always
            copied.
        schedule_dates (ProjectDuplicateScheduleDates | Unset): Shift the copied tasks' dates (needs `task_dates` in
            `include`): give `should_skip_weekends` and one of `start_on` or `due_on`.
    """

    name: str
    include: str | Unset = UNSET
    schedule_dates: ProjectDuplicateScheduleDates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        include = self.include

        schedule_dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_dates, Unset):
            schedule_dates = self.schedule_dates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if include is not UNSET:
            field_dict["include"] = include
        if schedule_dates is not UNSET:
            field_dict["schedule_dates"] = schedule_dates

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
        project_duplicate_request = cls(**values)
        project_duplicate_request.additional_properties = extra
        return project_duplicate_request

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectDuplicateRequest(gid='1', name='x')`."""
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
from ..models.project_duplicate_schedule_dates import ProjectDuplicateScheduleDates  # noqa: E402
