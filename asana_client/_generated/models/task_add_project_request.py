from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAddProjectRequest")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "project": ("project", None),
    "insert_after": ("insert_after", None),
    "insert_before": ("insert_before", None),
    "section": ("section", None),
}
_REQUIRED = ("project",)
_ATTRIBUTES = (
    "project",
    "insert_after",
    "insert_before",
    "section",
)


@_attrs_define(repr=False)
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
        task_add_project_request = cls(**values)
        task_add_project_request.additional_properties = extra
        return task_add_project_request

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskAddProjectRequest(gid='1', name='x')`."""
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
