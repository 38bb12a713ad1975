from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskTemplate")


def _parse_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"project: {type(data).__name__} is none of None | Project")


def _parse_template(data: Any) -> None | TaskTemplateRecipe:
    if data is None:
        return None
    if isinstance(data, dict):
        return TaskTemplateRecipe.from_dict(data)
    raise TypeError(f"template: {type(data).__name__} is none of None | TaskTemplateRecipe")


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "project": ("project", _parse_project),
    "template": ("template", _parse_template),
    "created_by": ("created_by", _parse_created_by),
    "created_at": ("created_at", _parse_created_at),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "project",
    "template",
    "created_by",
    "created_at",
)


@_attrs_define(repr=False)
class TaskTemplate:
    """One task template record (Asana's TaskTemplateCompact, TaskTemplateResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The task template's identifier.
            resource_type (str | Unset): Always `task_template`.
            name (str | Unset): The template's name.
            project (None | Project | Unset): The project the template belongs to, or null.
            template (None | TaskTemplateRecipe | Unset): What the task created from the template holds.
            created_by (None | Unset | User): Who created the template.
            created_at (datetime.datetime | Unset): When the template was created.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    project: None | Project | Unset = UNSET
    template: None | TaskTemplateRecipe | Unset = UNSET
    created_by: None | User | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, TaskTemplateRecipe):
            template = self.template.to_dict()
        else:
            template = self.template

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
        if project is not UNSET:
            field_dict["project"] = project
        if template is not UNSET:
            field_dict["template"] = template
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
        task_template = cls(**values)
        task_template.additional_properties = extra
        return task_template

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskTemplate(gid='1', name='x')`."""
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
from ..models.task_template_recipe import TaskTemplateRecipe  # noqa: E402
from ..models.user import User  # noqa: E402
