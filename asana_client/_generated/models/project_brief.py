from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectBrief")


def _parse_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"project: {type(data).__name__} is none of None | Project")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "title": ("title", None),
    "html_text": ("html_text", None),
    "text": ("text", None),
    "permalink_url": ("permalink_url", None),
    "project": ("project", _parse_project),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "title",
    "html_text",
    "text",
    "permalink_url",
    "project",
)


@_attrs_define(repr=False)
class ProjectBrief:
    """One project brief record (Asana's ProjectBriefCompact, ProjectBriefResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The project brief's identifier.
            resource_type (str | Unset): Always `project_brief`.
            title (str | Unset): The brief's title.
            html_text (str | Unset): The brief's text with its formatting, as HTML.
            text (str | Unset): The brief's text, as plain text (opt-in field).
            permalink_url (str | Unset): A link to the brief in the Asana app.
            project (None | Project | Unset): The project the brief belongs to.
    """

    gid: str
    resource_type: str | Unset = UNSET
    title: str | Unset = UNSET
    html_text: str | Unset = UNSET
    text: str | Unset = UNSET
    permalink_url: str | Unset = UNSET
    project: None | Project | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        title = self.title

        html_text = self.html_text

        text = self.text

        permalink_url = self.permalink_url

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if title is not UNSET:
            field_dict["title"] = title
        if html_text is not UNSET:
            field_dict["html_text"] = html_text
        if text is not UNSET:
            field_dict["text"] = text
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if project is not UNSET:
            field_dict["project"] = project

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
        project_brief = cls(**values)
        project_brief.additional_properties = extra
        return project_brief

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectBrief(gid='1', name='x')`."""
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
