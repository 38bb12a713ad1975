from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Agent")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


def _parse_photo(data: Any) -> AgentPhoto | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AgentPhoto.from_dict(data)
    raise TypeError(f"photo: {type(data).__name__} is none of AgentPhoto | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "name": ("name", None),
    "description": ("description", None),
    "behavior_guidance": ("behavior_guidance", None),
    "workspace": ("workspace", _parse_workspace),
    "photo": ("photo", _parse_photo),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "resource_subtype",
    "name",
    "description",
    "behavior_guidance",
    "workspace",
    "photo",
)


@_attrs_define(repr=False)
class Agent:
    """One agent record (Asana's AgentCompact, AgentResponse). Single records, list items and nested records all use it; a
    field the response left out stays unset.

        Attributes:
            gid (str): The agent's identifier.
            resource_type (str | Unset): Always `agent`.
            resource_subtype (str | Unset): The kind of agent: `asana_teammate` for one Asana built. Known values:
                asana_teammate.
            name (str | Unset): The agent's display name.
            description (None | str | Unset): A short account of what the agent does.
            behavior_guidance (None | str | Unset): How the agent is told to behave.
            workspace (None | Unset | Workspace): The workspace the agent works in.
            photo (AgentPhoto | None | Unset): The agent's avatar, or null when it has none.
    """

    gid: str
    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    behavior_guidance: None | str | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    photo: AgentPhoto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        behavior_guidance: None | str | Unset
        if isinstance(self.behavior_guidance, Unset):
            behavior_guidance = UNSET
        else:
            behavior_guidance = self.behavior_guidance

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        photo: dict[str, Any] | None | Unset
        if isinstance(self.photo, Unset):
            photo = UNSET
        elif isinstance(self.photo, AgentPhoto):
            photo = self.photo.to_dict()
        else:
            photo = self.photo

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if behavior_guidance is not UNSET:
            field_dict["behavior_guidance"] = behavior_guidance
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if photo is not UNSET:
            field_dict["photo"] = photo

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
        agent = cls(**values)
        agent.additional_properties = extra
        return agent

    def __repr__(self) -> str:
        """Only the fields that are set: `Agent(gid='1', name='x')`."""
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
from ..models.agent_photo import AgentPhoto  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
