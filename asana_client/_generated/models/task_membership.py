from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_compact import ProjectCompact
    from ..models.section_compact import SectionCompact


T = TypeVar("T", bound="TaskMembership")


@_attrs_define
class TaskMembership:
    """A project the task is in and the section it sits in there.

    Attributes:
        project (ProjectCompact | Unset): A project, by identifier and name.
        section (SectionCompact | Unset): A section, by identifier and name.
    """

    project: ProjectCompact | Unset = UNSET
    section: SectionCompact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        section: dict[str, Any] | Unset = UNSET
        if not isinstance(self.section, Unset):
            section = self.section.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_compact import ProjectCompact  # noqa: PLC0415
        from ..models.section_compact import SectionCompact  # noqa: PLC0415

        d = dict(src_dict)
        _project = d.pop("project", UNSET)
        project: ProjectCompact | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectCompact.from_dict(_project)

        _section = d.pop("section", UNSET)
        section: SectionCompact | Unset
        if isinstance(_section, Unset):
            section = UNSET
        else:
            section = SectionCompact.from_dict(_section)

        task_membership = cls(
            project=project,
            section=section,
        )

        task_membership.additional_properties = d
        return task_membership

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
