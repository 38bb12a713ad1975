from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectMembership")


def _parse_parent(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of None | Project")


def _parse_member(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"member: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


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
    "parent": ("parent", _parse_parent),
    "member": ("member", _parse_member),
    "access_level": ("access_level", None),
    "user": ("user", _parse_user),
    "project": ("project", _parse_project),
    "write_access": ("write_access", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "parent",
    "member",
    "access_level",
    "user",
    "project",
    "write_access",
)


@_attrs_define(repr=False)
class ProjectMembership:
    """One project membership record (Asana's ProjectMembershipCompact, ProjectMembershipNormalResponse). Single records,
    list items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The project membership's identifier.
            resource_type (str | Unset): Always `project_membership`.
            parent (None | Project | Unset): The project the membership gives access to (opt-in field).
            member (AsanaNamedResource | None | Unset): The user or team that is a member (see its `resource_type`).
            access_level (str | Unset): The member's access to the project. Known values: admin, editor, commenter, viewer.
            user (None | Unset | User):
            project (None | Project | Unset): The project the membership gives access to (opt-in field).
            write_access (str | Unset): Whether the member can edit (`full_write`) or only comment (`comment_only`). Known
                values: full_write, comment_only.
    """

    gid: str
    resource_type: str | Unset = UNSET
    parent: None | Project | Unset = UNSET
    member: AsanaNamedResource | None | Unset = UNSET
    access_level: str | Unset = UNSET
    user: None | User | Unset = UNSET
    project: None | Project | Unset = UNSET
    write_access: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Project):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        member: dict[str, Any] | None | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        elif isinstance(self.member, AsanaNamedResource):
            member = self.member.to_dict()
        else:
            member = self.member

        access_level = self.access_level

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        write_access = self.write_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if parent is not UNSET:
            field_dict["parent"] = parent
        if member is not UNSET:
            field_dict["member"] = member
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if user is not UNSET:
            field_dict["user"] = user
        if project is not UNSET:
            field_dict["project"] = project
        if write_access is not UNSET:
            field_dict["write_access"] = write_access

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
        project_membership = cls(**values)
        project_membership.additional_properties = extra
        return project_membership

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectMembership(gid='1', name='x')`."""
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
from ..models.asana_named_resource import AsanaNamedResource  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.user import User  # noqa: E402
