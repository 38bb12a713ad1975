from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalRelationship")


def _parse_supporting_resource(data: Any) -> AsanaNamedResource | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return AsanaNamedResource.from_dict(data)
    raise TypeError(
        f"supporting_resource: {type(data).__name__} is none of AsanaNamedResource | None"
    )


def _parse_supported_goal(data: Any) -> Goal | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return Goal.from_dict(data)
    raise TypeError(f"supported_goal: {type(data).__name__} is none of Goal | None")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "resource_subtype": ("resource_subtype", None),
    "supporting_resource": ("supporting_resource", _parse_supporting_resource),
    "contribution_weight": ("contribution_weight", None),
    "supported_goal": ("supported_goal", _parse_supported_goal),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "resource_subtype",
    "supporting_resource",
    "contribution_weight",
    "supported_goal",
)


@_attrs_define(repr=False)
class GoalRelationship:
    """One goal relationship record (Asana's GoalRelationshipCompact, GoalRelationshipResponse). Single records, list items
    and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The goal relationship's identifier.
            resource_type (str | Unset): Always `goal_relationship`.
            resource_subtype (str | Unset): Whether the supporting resource is a subgoal (`subgoal`) or a project, portfolio
                or task (`supporting_work`). Known values: subgoal, supporting_work.
            supporting_resource (AsanaNamedResource | None | Unset): What supports the goal: a goal, project, portfolio or
                task (see its `resource_type`).
            contribution_weight (float | Unset): How much of the supported goal's progress comes from this resource, from 0
                to 1.
            supported_goal (Goal | None | Unset): The goal being supported.
    """

    gid: str
    resource_type: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    supporting_resource: AsanaNamedResource | None | Unset = UNSET
    contribution_weight: float | Unset = UNSET
    supported_goal: Goal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        resource_subtype = self.resource_subtype

        supporting_resource: dict[str, Any] | None | Unset
        if isinstance(self.supporting_resource, Unset):
            supporting_resource = UNSET
        elif isinstance(self.supporting_resource, AsanaNamedResource):
            supporting_resource = self.supporting_resource.to_dict()
        else:
            supporting_resource = self.supporting_resource

        contribution_weight = self.contribution_weight

        supported_goal: dict[str, Any] | None | Unset
        if isinstance(self.supported_goal, Unset):
            supported_goal = UNSET
        elif isinstance(self.supported_goal, Goal):
            supported_goal = self.supported_goal.to_dict()
        else:
            supported_goal = self.supported_goal

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
        if supporting_resource is not UNSET:
            field_dict["supporting_resource"] = supporting_resource
        if contribution_weight is not UNSET:
            field_dict["contribution_weight"] = contribution_weight
        if supported_goal is not UNSET:
            field_dict["supported_goal"] = supported_goal

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
        goal_relationship = cls(**values)
        goal_relationship.additional_properties = extra
        return goal_relationship

    def __repr__(self) -> str:
        """Only the fields that are set: `GoalRelationship(gid='1', name='x')`."""
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
from ..models.goal import Goal  # noqa: E402
