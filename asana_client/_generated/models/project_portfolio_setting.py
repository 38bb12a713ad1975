from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectPortfolioSetting")


def _parse_project(data: Any) -> None | Project:
    if data is None:
        return None
    if isinstance(data, dict):
        return Project.from_dict(data)
    raise TypeError(f"project: {type(data).__name__} is none of None | Project")


def _parse_portfolio(data: Any) -> None | Portfolio:
    if data is None:
        return None
    if isinstance(data, dict):
        return Portfolio.from_dict(data)
    raise TypeError(f"portfolio: {type(data).__name__} is none of None | Portfolio")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "project": ("project", _parse_project),
    "portfolio": ("portfolio", _parse_portfolio),
    "is_access_control_inherited": ("is_access_control_inherited", None),
    "created_at": ("created_at", _parse_created_at),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "project",
    "portfolio",
    "is_access_control_inherited",
    "created_at",
)


@_attrs_define(repr=False)
class ProjectPortfolioSetting:
    """One project portfolio setting record (Asana's ProjectPortfolioSettingCompact, ProjectPortfolioSettingResponse).
    Single records, list items and nested records all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The setting's identifier.
            resource_type (str | Unset): Always `project_portfolio_setting`.
            project (None | Project | Unset): The project the setting is about.
            portfolio (None | Portfolio | Unset): The portfolio holding the project.
            is_access_control_inherited (bool | Unset): Whether the members of the portfolio get access to the project.
            created_at (datetime.datetime | Unset): When the setting was created.
    """

    gid: str
    resource_type: str | Unset = UNSET
    project: None | Project | Unset = UNSET
    portfolio: None | Portfolio | Unset = UNSET
    is_access_control_inherited: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        portfolio: dict[str, Any] | None | Unset
        if isinstance(self.portfolio, Unset):
            portfolio = UNSET
        elif isinstance(self.portfolio, Portfolio):
            portfolio = self.portfolio.to_dict()
        else:
            portfolio = self.portfolio

        is_access_control_inherited = self.is_access_control_inherited

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if project is not UNSET:
            field_dict["project"] = project
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio
        if is_access_control_inherited is not UNSET:
            field_dict["is_access_control_inherited"] = is_access_control_inherited
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
        project_portfolio_setting = cls(**values)
        project_portfolio_setting.additional_properties = extra
        return project_portfolio_setting

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectPortfolioSetting(gid='1', name='x')`."""
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
from ..models.portfolio import Portfolio  # noqa: E402
from ..models.project import Project  # noqa: E402
