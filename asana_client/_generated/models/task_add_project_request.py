from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAddProjectRequest")


@_attrs_define
class TaskAddProjectRequest:
    """A project to file a task in, and where.

    Attributes:
        project (str): The project to add the task to.
        insert_after (None | str | Unset): A task of the project to place the task right after; null puts it first. Not
            with `insert_before`.
        insert_before (None | str | Unset): A task of the project to place the task right before; null puts it last. Not
            with `insert_after`.
        section (str | Unset): A section of the project to put the task in, at its end.
    """

    project: str
    insert_after: None | str | Unset = UNSET
    insert_before: None | str | Unset = UNSET
    section: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        insert_after: None | str | Unset
        if isinstance(self.insert_after, Unset):
            insert_after = UNSET
        else:
            insert_after = self.insert_after

        insert_before: None | str | Unset
        if isinstance(self.insert_before, Unset):
            insert_before = UNSET
        else:
            insert_before = self.insert_before

        section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if insert_after is not UNSET:
            field_dict["insert_after"] = insert_after
        if insert_before is not UNSET:
            field_dict["insert_before"] = insert_before
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project")

        def _parse_insert_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_after = _parse_insert_after(d.pop("insert_after", UNSET))

        def _parse_insert_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_before = _parse_insert_before(d.pop("insert_before", UNSET))

        section = d.pop("section", UNSET)

        task_add_project_request = cls(
            project=project,
            insert_after=insert_after,
            insert_before=insert_before,
            section=section,
        )

        task_add_project_request.additional_properties = d
        return task_add_project_request

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
