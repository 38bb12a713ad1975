from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTemplate")


def _parse_owner(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"owner: {type(data).__name__} is none of None | User")


def _parse_team(data: Any) -> None | Team:
    if data is None:
        return None
    if isinstance(data, dict):
        return Team.from_dict(data)
    raise TypeError(f"team: {type(data).__name__} is none of None | Team")


def _parse_requested_dates(data: Any) -> list[DateVariable]:
    return [DateVariable.from_dict(item) for item in data]


def _parse_requested_roles(data: Any) -> list[TemplateRole]:
    return [TemplateRole.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "description": ("description", None),
    "html_description": ("html_description", None),
    "public": ("public", None),
    "owner": ("owner", _parse_owner),
    "team": ("team", _parse_team),
    "requested_dates": ("requested_dates", _parse_requested_dates),
    "color": ("color", None),
    "requested_roles": ("requested_roles", _parse_requested_roles),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "description",
    "html_description",
    "public",
    "owner",
    "team",
    "requested_dates",
    "color",
    "requested_roles",
)


@_attrs_define(repr=False)
class ProjectTemplate:
    """One project template record (Asana's ProjectTemplateCompact, ProjectTemplateResponse). Single records, list items
    and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The project template's identifier.
            resource_type (str | Unset): Always `project_template`.
            name (str | Unset): The template's name.
            description (str | Unset): The template's description, as plain text.
            html_description (str | Unset): The template's description with its formatting, as HTML.
            public (bool | Unset): Whether every member of the team can see the template.
            owner (None | Unset | User): The template's owner, or null.
            team (None | Team | Unset):
            requested_dates (list[DateVariable] | Unset): The date variables of the template; instantiating it asks a
                calendar date for each.
            color (None | str | Unset): The template's colour, or null. Known values: dark-pink, dark-green, dark-blue,
                dark-red, dark-teal, dark-brown, dark-orange, dark-purple, dark-warm-gray, light-pink, light-green, light-blue,
                light-red, light-teal, light-brown, light-orange, light-purple, light-warm-gray.
            requested_roles (list[TemplateRole] | Unset): The roles of the template; instantiating it can assign a user to
                each, who then gets the role's tasks.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    html_description: str | Unset = UNSET
    public: bool | Unset = UNSET
    owner: None | User | Unset = UNSET
    team: None | Team | Unset = UNSET
    requested_dates: list[DateVariable] | Unset = UNSET
    color: None | str | Unset = UNSET
    requested_roles: list[TemplateRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        description = self.description

        html_description = self.html_description

        public = self.public

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, Team):
            team = self.team.to_dict()
        else:
            team = self.team

        requested_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_dates, Unset):
            requested_dates = []
            for requested_dates_item_data in self.requested_dates:
                requested_dates_item = requested_dates_item_data.to_dict()
                requested_dates.append(requested_dates_item)

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        requested_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_roles, Unset):
            requested_roles = []
            for requested_roles_item_data in self.requested_roles:
                requested_roles_item = requested_roles_item_data.to_dict()
                requested_roles.append(requested_roles_item)

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
        if description is not UNSET:
            field_dict["description"] = description
        if html_description is not UNSET:
            field_dict["html_description"] = html_description
        if public is not UNSET:
            field_dict["public"] = public
        if owner is not UNSET:
            field_dict["owner"] = owner
        if team is not UNSET:
            field_dict["team"] = team
        if requested_dates is not UNSET:
            field_dict["requested_dates"] = requested_dates
        if color is not UNSET:
            field_dict["color"] = color
        if requested_roles is not UNSET:
            field_dict["requested_roles"] = requested_roles

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
        project_template = cls(**values)
        project_template.additional_properties = extra
        return project_template

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectTemplate(gid='1', name='x')`."""
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
from ..models.date_variable import DateVariable  # noqa: E402
from ..models.team import Team  # noqa: E402
from ..models.template_role import TemplateRole  # noqa: E402
from ..models.user import User  # noqa: E402
