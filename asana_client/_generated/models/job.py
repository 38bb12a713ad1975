from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


def _parse_new_graph_export(data: Any) -> GraphExport | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return GraphExport.from_dict(data)
    raise TypeError(f"new_graph_export: {type(data).__name__} is none of GraphExport | None")


def _parse_new_resource_export(data: Any) -> None | ResourceExport:
    if data is None:
        return None
    if isinstance(data, dict):
        return ResourceExport.from_dict(data)
    raise TypeError(f"new_resource_export: {type(data).__name__} is none of None | ResourceExport")


def _parse_new_portfolio(data: Any) -> None | Portfolio:
    if data is None:
        return None
    if isinstance(data, dict):
        return Portfolio.from_dict(data)
    raise TypeError(f"new_portfolio: {type(data).__name__} is none of None | Portfolio")


def _parse_new_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"new_project: {type(data).__name__} is none of None | Project")


def _parse_new_task(data: Any) -> None | Task:
    if data is None:
        return None
    if isinstance(data, dict):
        return Task.from_dict(data)
    raise TypeError(f"new_task: {type(data).__name__} is none of None | Task")


def _parse_new_project_template(data: Any) -> None | ProjectTemplate:
    if data is None:
        return None
    if isinstance(data, dict):
        return ProjectTemplate.from_dict(data)
    raise TypeError(
        f"new_project_template: {type(data).__name__} is none of None | ProjectTemplate"
    )


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "status": ("status", None),
    "new_graph_export": ("new_graph_export", _parse_new_graph_export),
    "new_resource_export": ("new_resource_export", _parse_new_resource_export),
    "new_portfolio": ("new_portfolio", _parse_new_portfolio),
    "new_project": ("new_project", _parse_new_project),
    "new_task": ("new_task", _parse_new_task),
    "new_project_template": ("new_project_template", _parse_new_project_template),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "resource_subtype",
    "status",
    "new_graph_export",
    "new_resource_export",
    "new_portfolio",
    "new_project",
    "new_task",
    "new_project_template",
)


@_attrs_define(repr=False)
class Job:
    """One job record (Asana's GraphExportResponse, ResourceExportResponse, JobResponse). Single records, list items and
    nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            resource_subtype (str | Unset): The kind of job, such as duplicate_project, duplicate_task, export_graph or
                export_resource.
            status (str | Unset): Where the job is. Known values: not_started, in_progress, succeeded, failed.
            new_graph_export (GraphExport | None | Unset):
            new_resource_export (None | ResourceExport | Unset):
            new_portfolio (None | Portfolio | Unset): The portfolio the job created.
            new_project (None | Project | Unset):
            new_task (None | Task | Unset):
            new_project_template (None | ProjectTemplate | Unset):
    """

    gid: str
    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    status: str | Unset = UNSET
    new_graph_export: GraphExport | None | Unset = UNSET
    new_resource_export: None | ResourceExport | Unset = UNSET
    new_portfolio: None | Portfolio | Unset = UNSET
    new_project: None | Project | Unset = UNSET
    new_task: None | Task | Unset = UNSET
    new_project_template: None | ProjectTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        status = self.status

        new_graph_export: dict[str, Any] | None | Unset
        if isinstance(self.new_graph_export, Unset):
            new_graph_export = UNSET
        elif isinstance(self.new_graph_export, GraphExport):
            new_graph_export = self.new_graph_export.to_dict()
        else:
            new_graph_export = self.new_graph_export

        new_resource_export: dict[str, Any] | None | Unset
        if isinstance(self.new_resource_export, Unset):
            new_resource_export = UNSET
        elif isinstance(self.new_resource_export, ResourceExport):
            new_resource_export = self.new_resource_export.to_dict()
        else:
            new_resource_export = self.new_resource_export

        new_portfolio: dict[str, Any] | None | Unset
        if isinstance(self.new_portfolio, Unset):
            new_portfolio = UNSET
        elif isinstance(self.new_portfolio, Portfolio):
            new_portfolio = self.new_portfolio.to_dict()
        else:
            new_portfolio = self.new_portfolio

        new_project: dict[str, Any] | None | Unset
        if isinstance(self.new_project, Unset):
            new_project = UNSET
        elif isinstance(self.new_project, Project):
            new_project = self.new_project.to_dict()
        else:
            new_project = self.new_project

        new_task: dict[str, Any] | None | Unset
        if isinstance(self.new_task, Unset):
            new_task = UNSET
        elif isinstance(self.new_task, Task):
            new_task = self.new_task.to_dict()
        else:
            new_task = self.new_task

        new_project_template: dict[str, Any] | None | Unset
        if isinstance(self.new_project_template, Unset):
            new_project_template = UNSET
        elif isinstance(self.new_project_template, ProjectTemplate):
            new_project_template = self.new_project_template.to_dict()
        else:
            new_project_template = self.new_project_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if status is not UNSET:
            field_dict["status"] = status
        if new_graph_export is not UNSET:
            field_dict["new_graph_export"] = new_graph_export
        if new_resource_export is not UNSET:
            field_dict["new_resource_export"] = new_resource_export
        if new_portfolio is not UNSET:
            field_dict["new_portfolio"] = new_portfolio
        if new_project is not UNSET:
            field_dict["new_project"] = new_project
        if new_task is not UNSET:
            field_dict["new_task"] = new_task
        if new_project_template is not UNSET:
            field_dict["new_project_template"] = new_project_template

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
        job = cls(**values)
        job.additional_properties = extra
        return job

    def __repr__(self) -> str:
        """Only the fields that are set: `Job(gid='1', name='x')`."""
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
from ..models.graph_export import GraphExport  # noqa: E402
from ..models.portfolio import Portfolio  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.project_template import ProjectTemplate  # noqa: E402
from ..models.resource_export import ResourceExport  # noqa: E402
from ..models.task import Task  # noqa: E402
