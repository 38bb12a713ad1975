from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Membership")


def _parse_parent(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"parent: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_member(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"member: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_goal(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(f"goal: {type(data).__name__} is none of AsanaNamedResource | None")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "parent": ("parent", _parse_parent),
    "member": ("member", _parse_member),
    "access_level": ("access_level", None),
    "role": ("role", None),
    "goal": ("goal", _parse_goal),
    "is_commenter": ("is_commenter", None),
    "is_editor": ("is_editor", None),
    "user": ("user", _parse_user),
    "workspace": ("workspace", _parse_workspace),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "resource_subtype",
    "parent",
    "member",
    "access_level",
    "role",
    "goal",
    "is_commenter",
    "is_editor",
    "user",
    "workspace",
)


@_attrs_define(repr=False)
class Membership:
    """One membership record (Asana's MembershipCompact, MembershipResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The membership's identifier.
            resource_type (str | Unset): The kind of record: `membership`, or for some kinds the subtype itself
                (`custom_field_membership`, ...).
            resource_subtype (str | Unset): Which kind of membership this is: `goal_membership`, `project_membership`,
                `portfolio_membership`, `custom_type_membership` or `custom_field_membership`.
            parent (AsanaNamedResource | None | Unset): The goal, project, portfolio, custom type or custom field the member
                belongs to.
            member (AsanaNamedResource | None | Unset): The user or team that holds the membership.
            access_level (str | Unset): What the member may do in the parent. Goals: `viewer`, `commenter`, `editor` or
                `admin`; projects: `admin`, `editor`, `commenter` or `viewer`; portfolios: `admin`, `editor` or `viewer`; custom
                fields: `admin`, `editor` or `user`; custom types: `admin`, `editor`, `user` or `viewer`. Known values: admin,
                editor, commenter, viewer, user.
            role (str | Unset): Goal memberships only, deprecated in favour of `access_level`: `commenter` or `editor`.
                Known values: commenter, editor.
            goal (AsanaNamedResource | None | Unset): Goal memberships only, deprecated in favour of `parent`: the goal.
            is_commenter (bool | None | Unset): Goal memberships only, deprecated: always null.
            is_editor (bool | None | Unset): Goal memberships only, deprecated: always null.
            user (None | Unset | User): Goal memberships only, deprecated in favour of `member`: the member as a user.
            workspace (None | Unset | Workspace): Goal memberships only, deprecated: the goal's workspace.
    """

    gid: str
    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    parent: AsanaNamedResource | None | Unset = UNSET
    member: AsanaNamedResource | None | Unset = UNSET
    access_level: str | Unset = UNSET
    role: str | Unset = UNSET
    goal: AsanaNamedResource | None | Unset = UNSET
    is_commenter: bool | None | Unset = UNSET
    is_editor: bool | None | Unset = UNSET
    user: None | User | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, AsanaNamedResource):
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

        role = self.role

        goal: dict[str, Any] | None | Unset
        if isinstance(self.goal, Unset):
            goal = UNSET
        elif isinstance(self.goal, AsanaNamedResource):
            goal = self.goal.to_dict()
        else:
            goal = self.goal

        is_commenter: bool | None | Unset
        if isinstance(self.is_commenter, Unset):
            is_commenter = UNSET
        else:
            is_commenter = self.is_commenter

        is_editor: bool | None | Unset
        if isinstance(self.is_editor, Unset):
            is_editor = UNSET
        else:
            is_editor = self.is_editor

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

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
        if parent is not UNSET:
            field_dict["parent"] = parent
        if member is not UNSET:
            field_dict["member"] = member
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if role is not UNSET:
            field_dict["role"] = role
        if goal is not UNSET:
            field_dict["goal"] = goal
        if is_commenter is not UNSET:
            field_dict["is_commenter"] = is_commenter
        if is_editor is not UNSET:
            field_dict["is_editor"] = is_editor
        if user is not UNSET:
            field_dict["user"] = user
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

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
        membership = cls(**values)
        membership.additional_properties = extra
        return membership

    def __repr__(self) -> str:
        """Only the fields that are set: `Membership(gid='1', name='x')`."""
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
from ..models.user import User  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
