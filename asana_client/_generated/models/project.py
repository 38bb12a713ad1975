from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


def _parse_created_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_current_status(data: Any) -> None | ProjectStatus:
    if data is None:
        return None
    if isinstance(data, dict):
        return ProjectStatus.from_dict(data)
    raise TypeError(f"current_status: {type(data).__name__} is none of None | ProjectStatus")


def _parse_current_status_update(data: Any) -> None | StatusUpdate:
    if data is None:
        return None
    if isinstance(data, dict):
        return StatusUpdate.from_dict(data)
    raise TypeError(f"current_status_update: {type(data).__name__} is none of None | StatusUpdate")


def _parse_custom_field_settings(data: Any) -> list[CustomFieldSetting]:
    return [CustomFieldSetting.from_dict(item) for item in data]


def _parse_due_date(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_date: {type(data).__name__} is none of datetime.date | None")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_members(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_modified_at(data: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(data)


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


def _parse_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        return datetime.datetime.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"completed_at: {type(data).__name__} is none of datetime.datetime | None")


def _parse_completed_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"completed_by: {type(data).__name__} is none of None | User")


def _parse_followers(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


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


def _parse_project_brief(data: Any) -> None | ProjectBrief:
    if data is None:
        return None
    if isinstance(data, dict):
        return ProjectBrief.from_dict(data)
    raise TypeError(f"project_brief: {type(data).__name__} is none of None | ProjectBrief")


def _parse_created_from_template(data: Any) -> None | ProjectTemplate:
    if data is None:
        return None
    if isinstance(data, dict):
        return ProjectTemplate.from_dict(data)
    raise TypeError(
        f"created_from_template: {type(data).__name__} is none of None | ProjectTemplate"
    )


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
    "name": ("name", None),
    "archived": ("archived", None),
    "color": ("color", None),
    "icon": ("icon", None),
    "created_at": ("created_at", _parse_created_at),
    "current_status": ("current_status", _parse_current_status),
    "current_status_update": ("current_status_update", _parse_current_status_update),
    "custom_field_settings": ("custom_field_settings", _parse_custom_field_settings),
    "default_view": ("default_view", None),
    "due_date": ("due_date", _parse_due_date),
    "due_on": ("due_on", _parse_due_on),
    "html_notes": ("html_notes", None),
    "members": ("members", _parse_members),
    "modified_at": ("modified_at", _parse_modified_at),
    "notes": ("notes", None),
    "public": ("public", None),
    "privacy_setting": ("privacy_setting", None),
    "start_on": ("start_on", _parse_start_on),
    "default_access_level": ("default_access_level", None),
    "minimum_access_level_for_customization": ("minimum_access_level_for_customization", None),
    "minimum_access_level_for_sharing": ("minimum_access_level_for_sharing", None),
    "custom_fields": ("custom_fields", _parse_custom_fields),
    "completed": ("completed", None),
    "completed_at": ("completed_at", _parse_completed_at),
    "completed_by": ("completed_by", _parse_completed_by),
    "followers": ("followers", _parse_followers),
    "owner": ("owner", _parse_owner),
    "team": ("team", _parse_team),
    "permalink_url": ("permalink_url", None),
    "project_brief": ("project_brief", _parse_project_brief),
    "created_from_template": ("created_from_template", _parse_created_from_template),
    "workspace": ("workspace", _parse_workspace),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "archived",
    "color",
    "icon",
    "created_at",
    "current_status",
    "current_status_update",
    "custom_field_settings",
    "default_view",
    "due_date",
    "due_on",
    "html_notes",
    "members",
    "modified_at",
    "notes",
    "public",
    "privacy_setting",
    "start_on",
    "default_access_level",
    "minimum_access_level_for_customization",
    "minimum_access_level_for_sharing",
    "custom_fields",
    "completed",
    "completed_at",
    "completed_by",
    "followers",
    "owner",
    "team",
    "permalink_url",
    "project_brief",
    "created_from_template",
    "workspace",
)


@_attrs_define(repr=False)
class Project:
    """One project record (Asana's ProjectCompact, ProjectResponse). Single records, list items and nested records all use
    it; a field the response left out stays unset.

        Attributes:
            gid (str): The project's identifier.
            resource_type (str | Unset): Always `project`.
            name (str | Unset): The project's name.
            archived (bool | Unset): Whether the project is archived (hidden by default in the app).
            color (None | str | Unset): The project's colour, or null for none. Known values: dark-pink, dark-green, dark-
                blue, dark-red, dark-teal, dark-brown, dark-orange, dark-purple, dark-warm-gray, light-pink, light-green, light-
                blue, light-red, light-teal, light-brown, light-orange, light-purple, light-warm-gray, none.
            icon (None | str | Unset): The picture shown next to the project's name. Known values: list, board, timeline,
                calendar, rocket, people, graph, star, bug, light_bulb, globe, gear, notebook, computer, check, target, html,
                megaphone, chat_bubbles, briefcase, page_layout, mountain_flag, puzzle, presentation, line_and_symbols,
                speed_dial, ribbon, shoe, shopping_basket, map, ticket, coins.
            created_at (datetime.datetime | Unset): When the project was created.
            current_status (None | ProjectStatus | Unset): The latest project status (superseded by
                `current_status_update`).
            current_status_update (None | StatusUpdate | Unset): The latest status update posted on the project.
            custom_field_settings (list[CustomFieldSetting] | Unset): The custom fields enabled for the project's tasks.
            default_view (str | Unset): The view the project opens in. Known values: list, board, calendar, timeline.
            due_date (datetime.date | None | Unset): Old name of `due_on`.
            due_on (datetime.date | None | Unset): The day the project is due, or null.
            html_notes (str | Unset): The project's description as HTML.
            members (list[User] | Unset): The users who are members of the project.
            modified_at (datetime.datetime | Unset): When the project itself was last changed (not its tasks or comments).
            notes (str | Unset): The project's description as plain text.
            public (bool | Unset): Old visibility flag; use `privacy_setting`.
            privacy_setting (str | Unset): Who can see the project (`private_to_team` is deprecated). Known values:
                public_to_workspace, private_to_team, private.
            start_on (datetime.date | None | Unset): The day work on the project starts, or null.
            default_access_level (str | Unset): The access level given to new members. Known values: admin, editor,
                commenter, viewer.
            minimum_access_level_for_customization (str | Unset): The lowest access level allowed to change the project's
                workflow and look. Known values: admin, editor.
            minimum_access_level_for_sharing (str | Unset): The lowest access level allowed to share the project and manage
                members. Known values: admin, editor.
            custom_fields (list[CustomField] | Unset): Custom field values set on the project itself.
            completed (bool | Unset): Whether the project is marked complete.
            completed_at (datetime.datetime | None | Unset): When the project was completed, or null.
            completed_by (None | Unset | User): Who completed the project, or null.
            followers (list[User] | Unset): Members who get notified when tasks are added.
            owner (None | Unset | User): The project's owner, or null.
            team (None | Team | Unset):
            permalink_url (str | Unset): A link to the project in the Asana app.
            project_brief (None | ProjectBrief | Unset): The project's brief, if any (opt-in field).
            created_from_template (None | ProjectTemplate | Unset): The template the project was made from, or null (opt-in
                field).
            workspace (None | Unset | Workspace): The workspace or organization holding the project; fixed at creation.
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    archived: bool | Unset = UNSET
    color: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    current_status: None | ProjectStatus | Unset = UNSET
    current_status_update: None | StatusUpdate | Unset = UNSET
    custom_field_settings: list[CustomFieldSetting] | Unset = UNSET
    default_view: str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    html_notes: str | Unset = UNSET
    members: list[User] | Unset = UNSET
    modified_at: datetime.datetime | Unset = UNSET
    notes: str | Unset = UNSET
    public: bool | Unset = UNSET
    privacy_setting: str | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    default_access_level: str | Unset = UNSET
    minimum_access_level_for_customization: str | Unset = UNSET
    minimum_access_level_for_sharing: str | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    completed: bool | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by: None | User | Unset = UNSET
    followers: list[User] | Unset = UNSET
    owner: None | User | Unset = UNSET
    team: None | Team | Unset = UNSET
    permalink_url: str | Unset = UNSET
    project_brief: None | ProjectBrief | Unset = UNSET
    created_from_template: None | ProjectTemplate | Unset = UNSET
    workspace: None | Workspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        archived = self.archived

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        current_status: dict[str, Any] | None | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        elif isinstance(self.current_status, ProjectStatus):
            current_status = self.current_status.to_dict()
        else:
            current_status = self.current_status

        current_status_update: dict[str, Any] | None | Unset
        if isinstance(self.current_status_update, Unset):
            current_status_update = UNSET
        elif isinstance(self.current_status_update, StatusUpdate):
            current_status_update = self.current_status_update.to_dict()
        else:
            current_status_update = self.current_status_update

        custom_field_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_settings, Unset):
            custom_field_settings = []
            for custom_field_settings_item_data in self.custom_field_settings:
                custom_field_settings_item = custom_field_settings_item_data.to_dict()
                custom_field_settings.append(custom_field_settings_item)

        default_view = self.default_view

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        html_notes = self.html_notes

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        notes = self.notes

        public = self.public

        privacy_setting = self.privacy_setting

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        default_access_level = self.default_access_level

        minimum_access_level_for_customization = self.minimum_access_level_for_customization

        minimum_access_level_for_sharing = self.minimum_access_level_for_sharing

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        completed = self.completed

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_by: dict[str, Any] | None | Unset
        if isinstance(self.completed_by, Unset):
            completed_by = UNSET
        elif isinstance(self.completed_by, User):
            completed_by = self.completed_by.to_dict()
        else:
            completed_by = self.completed_by

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

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

        permalink_url = self.permalink_url

        project_brief: dict[str, Any] | None | Unset
        if isinstance(self.project_brief, Unset):
            project_brief = UNSET
        elif isinstance(self.project_brief, ProjectBrief):
            project_brief = self.project_brief.to_dict()
        else:
            project_brief = self.project_brief

        created_from_template: dict[str, Any] | None | Unset
        if isinstance(self.created_from_template, Unset):
            created_from_template = UNSET
        elif isinstance(self.created_from_template, ProjectTemplate):
            created_from_template = self.created_from_template.to_dict()
        else:
            created_from_template = self.created_from_template

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
        if name is not UNSET:
            field_dict["name"] = name
        if archived is not UNSET:
            field_dict["archived"] = archived
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if current_status_update is not UNSET:
            field_dict["current_status_update"] = current_status_update
        if custom_field_settings is not UNSET:
            field_dict["custom_field_settings"] = custom_field_settings
        if default_view is not UNSET:
            field_dict["default_view"] = default_view
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if members is not UNSET:
            field_dict["members"] = members
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if public is not UNSET:
            field_dict["public"] = public
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if minimum_access_level_for_customization is not UNSET:
            field_dict["minimum_access_level_for_customization"] = (
                minimum_access_level_for_customization
            )
        if minimum_access_level_for_sharing is not UNSET:
            field_dict["minimum_access_level_for_sharing"] = minimum_access_level_for_sharing
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if followers is not UNSET:
            field_dict["followers"] = followers
        if owner is not UNSET:
            field_dict["owner"] = owner
        if team is not UNSET:
            field_dict["team"] = team
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if project_brief is not UNSET:
            field_dict["project_brief"] = project_brief
        if created_from_template is not UNSET:
            field_dict["created_from_template"] = created_from_template
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
        project = cls(**values)
        project.additional_properties = extra
        return project

    def __repr__(self) -> str:
        """Only the fields that are set: `Project(gid='1', name='x')`."""
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
from ..models.project_brief import ProjectBrief  # noqa: E402
from ..models.project_status import ProjectStatus  # noqa: E402
from ..models.project_template import ProjectTemplate  # noqa: E402
from ..models.status_update import StatusUpdate  # noqa: E402
from ..models.team import Team  # noqa: E402
from ..models.user import User  # noqa: E402
from ..models.workspace import Workspace  # noqa: E402
