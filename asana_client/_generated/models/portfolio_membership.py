from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioMembership")


def _parse_portfolio(data: Any) -> None | Portfolio:
    if data is None:
        return None
    if isinstance(data, dict):
        return Portfolio.from_dict(data)
    raise TypeError(f"portfolio: {type(data).__name__} is none of None | Portfolio")


def _parse_user(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"user: {type(data).__name__} is none of None | User")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "portfolio": ("portfolio", _parse_portfolio),
    "user": ("user", _parse_user),
    "access_level": ("access_level", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "portfolio",
    "user",
    "access_level",
)


@_attrs_define(repr=False)
class PortfolioMembership:
    """One portfolio membership record (Asana's PortfolioMembershipCompact). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The membership's identifier.
            resource_type (str | Unset): Always `portfolio_membership`.
            portfolio (None | Portfolio | Unset): The portfolio; opt-in field.
            user (None | Unset | User): The member.
            access_level (str | Unset): The member's access to the portfolio (portfolios have no commenter level). Known
                values: admin, editor, viewer.
    """

    gid: str
    resource_type: str | Unset = UNSET
    portfolio: None | Portfolio | Unset = UNSET
    user: None | User | Unset = UNSET
    access_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        portfolio: dict[str, Any] | None | Unset
        if isinstance(self.portfolio, Unset):
            portfolio = UNSET
        elif isinstance(self.portfolio, Portfolio):
            portfolio = self.portfolio.to_dict()
        else:
            portfolio = self.portfolio

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        access_level = self.access_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio
        if user is not UNSET:
            field_dict["user"] = user
        if access_level is not UNSET:
            field_dict["access_level"] = access_level

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
        portfolio_membership = cls(**values)
        portfolio_membership.additional_properties = extra
        return portfolio_membership

    def __repr__(self) -> str:
        """Only the fields that are set: `PortfolioMembership(gid='1', name='x')`."""
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
from ..models.user import User  # noqa: E402
