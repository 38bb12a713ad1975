from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Portfolio")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_custom_field_settings(data: Any) -> list[CustomFieldSetting]:
    return [CustomFieldSetting.from_dict(item) for item in data]


def _parse_current_status_update(data: Any) -> None | StatusUpdate:
    if data is None:
        return None
    if isinstance(data, dict):
        return StatusUpdate.from_dict(data)
    raise TypeError(f"current_status_update: {type(data).__name__} is none of None | StatusUpdate")


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


def _parse_members(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_owner(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"owner: {type(data).__name__} is none of None | User")


def _parse_workspace(data: Any) -> None | Workspace:
    if data is None:
        return None
    if isinstance(data, dict):
        return Workspace.from_dict(data)
    raise TypeError(f"workspace: {type(data).__name__} is none of None | Workspace")


def _parse_project_templates(data: Any) -> list[ProjectTemplate]:
    return [ProjectTemplate.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "archived": ("archived", None),
    "color": ("color", None),
    "start_on": ("start_on", _parse_start_on),
    "due_on": ("due_on", _parse_due_on),
    "default_access_level": ("default_access_level", None),
    "created_at": ("created_at", _parse_created_at),
    "created_by": ("created_by", _parse_created_by),
    "custom_field_settings": ("custom_field_settings", _parse_custom_field_settings),
    "current_status_update": ("current_status_update", _parse_current_status_update),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "members": ("members", _parse_members),
    "owner": ("owner", _parse_owner),
    "workspace": ("workspace", _parse_workspace),
    "permalink_url": ("permalink_url", None),
    "public": ("public", None),
    "privacy_setting": ("privacy_setting", None),
    "project_templates": ("project_templates", _parse_project_templates),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "archived",
    "color",
    "start_on",
    "due_on",
    "default_access_level",
    "created_at",
    "created_by",
    "custom_field_settings",
    "current_status_update",
    "custom_fields",
    "members",
    "owner",
    "workspace",
    "permalink_url",
    "public",
    "privacy_setting",
    "project_templates",
)


@_attrs_define(repr=False)
class Portfolio:
    """One portfolio record (Asana's PortfolioCompact, PortfolioResponse). Single records, list items and nested records
    all use it; a field the response left out stays unset.

        Attributes:
            gid (str): The portfolio's identifier.
            resource_type (str | Unset): Always `portfolio`.
            name (str | Unset): The portfolio's name.
            archived (bool | Unset): Whether the portfolio is archived (hidden by default in the app); opt-in field.
            color (str | Unset): The portfolio's colour. Known values: dark-pink, dark-green, dark-blue, dark-red, dark-
                teal, dark-brown, dark-orange, dark-purple, dark-warm-gray, light-pink, light-green, light-blue, light-red,
                light-teal, light-brown, light-orange, light-purple, light-warm-gray.
            start_on (datetime.date | None | Unset): The day work on the portfolio starts, or null.
            due_on (datetime.date | None | Unset): The day the portfolio is due, or null.
            default_access_level (str | Unset): The access level given to newly invited members. Known values: admin,
                editor, viewer.
            created_at (datetime.datetime | Unset): When the portfolio was created.
            created_by (None | Unset | User): Who created the portfolio.
            custom_field_settings (list[CustomFieldSetting] | Unset): The custom fields enabled for the portfolio's items
                (definitions, no values).
            current_status_update (None | StatusUpdate | Unset): The latest status update posted on the portfolio, or null.
            custom_fields (list[CustomField] | Unset): Custom field values set on the portfolio itself.
            members (list[User] | Unset): The users who are members of the portfolio.
            owner (None | Unset | User): The portfolio's owner.
            workspace (None | Unset | Workspace): The workspace or organization holding the portfolio; fixed at creation.
            permalink_url (str | Unset): A link to the portfolio in the Asana app.
            public (bool | Unset): Whether workspace members can see the portfolio (older flag; see `privacy_setting`).
            privacy_setting (str | Unset): Who can see the portfolio (organization admins may restrict the choices). Known
                values: public_to_domain, members_only.
            project_templates (list[ProjectTemplate] | Unset): The project templates kept in the portfolio.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    archived: bool | Unset = UNSET
    color: str | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    default_access_level: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | User | Unset = UNSET
    custom_field_settings: list[CustomFieldSetting] | Unset = UNSET
    current_status_update: None | StatusUpdate | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    members: list[User] | Unset = UNSET
    owner: None | User | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    permalink_url: str | Unset = UNSET
    public: bool | Unset = UNSET
    privacy_setting: str | Unset = UNSET
    project_templates: list[ProjectTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        archived = self.archived

        color = self.color

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        default_access_level = self.default_access_level

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        custom_field_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_settings, Unset):
            custom_field_settings = []
            for custom_field_settings_item_data in self.custom_field_settings:
                custom_field_settings_item = custom_field_settings_item_data.to_dict()
                custom_field_settings.append(custom_field_settings_item)

        current_status_update: dict[str, Any] | None | Unset
        if isinstance(self.current_status_update, Unset):
            current_status_update = UNSET
        elif isinstance(self.current_status_update, StatusUpdate):
            current_status_update = self.current_status_update.to_dict()
        else:
            current_status_update = self.current_status_update

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        permalink_url = self.permalink_url

        public = self.public

        privacy_setting = self.privacy_setting

        project_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_templates, Unset):
            project_templates = []
            for project_templates_item_data in self.project_templates:
                project_templates_item = project_templates_item_data.to_dict()
                project_templates.append(project_templates_item)

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
        if archived is not UNSET:
            field_dict["archived"] = archived
        if color is not UNSET:
            field_dict["color"] = color
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if custom_field_settings is not UNSET:
            field_dict["custom_field_settings"] = custom_field_settings
        if current_status_update is not UNSET:
            field_dict["current_status_update"] = current_status_update
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if members is not UNSET:
            field_dict["members"] = members
        if owner is not UNSET:
            field_dict["owner"] = owner
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if public is not UNSET:
            field_dict["public"] = public
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if project_templates is not UNSET:
            field_dict["project_templates"] = project_templates

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
        portfolio = cls(**values)
        portfolio.additional_properties = extra
        return portfolio

    def __repr__(self) -> str:
        """Only the fields that are set: `Portfolio(gid='1', name='x')`."""
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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.custom_field_setting import CustomFieldSetting  # noqa: E402
from ..models.project_template import ProjectTemplate  # noqa: E402
from ..models.status_update import StatusUpdate  # noqa: E402
from ..models.user import User  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
