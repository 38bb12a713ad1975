from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_request_color_type_1 import (
    ProjectRequestColorType1,
)
from ..models.project_request_default_access_level import (
    ProjectRequestDefaultAccessLevel,
)
from ..models.project_request_default_view import (
    ProjectRequestDefaultView,
)
from ..models.project_request_icon_type_1 import (
    ProjectRequestIconType1,
)
from ..models.project_request_minimum_access_level_for_customization import (
    ProjectRequestMinimumAccessLevelForCustomization,
)
from ..models.project_request_minimum_access_level_for_sharing import (
    ProjectRequestMinimumAccessLevelForSharing,
)
from ..models.project_request_privacy_setting import (
    ProjectRequestPrivacySetting,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRequest")


def _parse_due_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"due_on: {type(data).__name__} is none of datetime.date | None")


def _parse_start_on(data: Any) -> datetime.date | None:
    if isinstance(data, str):
        return datetime.date.fromisoformat(data)
    if data is None:
        return None
    raise TypeError(f"start_on: {type(data).__name__} is none of datetime.date | None")


def _parse_custom_fields(data: Any) -> ProjectRequestCustomFields:
    return ProjectRequestCustomFields.from_dict(data)


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "notes": ("notes", None),
    "html_notes": ("html_notes", None),
    "archived": ("archived", None),
    "color": ("color", None),
    "icon": ("icon", None),
    "default_view": ("default_view", None),
    "due_on": ("due_on", _parse_due_on),
    "start_on": ("start_on", _parse_start_on),
    "public": ("public", None),
    "privacy_setting": ("privacy_setting", None),
    "default_access_level": ("default_access_level", None),
    "minimum_access_level_for_customization": ("minimum_access_level_for_customization", None),
    "minimum_access_level_for_sharing": ("minimum_access_level_for_sharing", None),
    "owner": ("owner", None),
    "team": ("team", None),
    "workspace": ("workspace", None),
    "followers": ("followers", None),
    "custom_fields": ("custom_fields", _parse_custom_fields),
}
_ATTRIBUTES = (
    "name",
    "notes",
    "html_notes",
    "archived",
    "color",
    "icon",
    "default_view",
    "due_on",
    "start_on",
    "public",
    "privacy_setting",
    "default_access_level",
    "minimum_access_level_for_customization",
    "minimum_access_level_for_sharing",
    "owner",
    "team",
    "workspace",
    "followers",
    "custom_fields",
)


@_attrs_define(repr=False)
class ProjectRequest:
    """The writable fields of a new project.

    Attributes:
        name (str | Unset): The project's name.
        notes (str | Unset): The description as plain text.
        html_notes (str | Unset): The description as HTML (use instead of `notes`).
        archived (bool | Unset): Whether the project starts archived.
        color (None | ProjectRequestColorType1 | Unset): The project's colour.
        icon (None | ProjectRequestIconType1 | Unset): The picture shown next to the project's name.
        default_view (ProjectRequestDefaultView | Unset): The view the project opens in.
        due_on (datetime.date | None | Unset): The due day.
        start_on (datetime.date | None | Unset): The start day; needs a due day too, and must differ from it.
        public (bool | Unset): Old visibility flag; use `privacy_setting`.
        privacy_setting (ProjectRequestPrivacySetting | Unset): Who can see the project (`private_to_team` is
            deprecated).
        default_access_level (ProjectRequestDefaultAccessLevel | Unset): The access level given to new members.
        minimum_access_level_for_customization (ProjectRequestMinimumAccessLevelForCustomization | Unset): The lowest
            access level allowed to change the project's workflow and look.
        minimum_access_level_for_sharing (ProjectRequestMinimumAccessLevelForSharing | Unset): The lowest access level
            allowed to share the project and manage members.
        owner (None | str | Unset): The owner's user gid.
        team (str | Unset): Gid of the team to share the project with; required when the workspace is an organization
            (Asana marks sharing through this field as deprecated).
        workspace (str | Unset): Gid of the workspace to create the project in.
        followers (str | Unset): Comma-separated user gids (or emails, or `me`) who follow the project.
        custom_fields (ProjectRequestCustomFields | Unset): Custom field values, keyed by custom field gid; values are
            text, numbers, enum option gids or dates written as strings.
    """

    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    html_notes: str | Unset = UNSET
    archived: bool | Unset = UNSET
    color: None | ProjectRequestColorType1 | str | Unset = UNSET
    icon: None | ProjectRequestIconType1 | str | Unset = UNSET
    default_view: ProjectRequestDefaultView | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    public: bool | Unset = UNSET
    privacy_setting: ProjectRequestPrivacySetting | str | Unset = UNSET
    default_access_level: ProjectRequestDefaultAccessLevel | str | Unset = UNSET
    minimum_access_level_for_customization: (
        ProjectRequestMinimumAccessLevelForCustomization | str | Unset
    ) = UNSET
    minimum_access_level_for_sharing: ProjectRequestMinimumAccessLevelForSharing | str | Unset = (
        UNSET
    )
    owner: None | str | Unset = UNSET
    team: str | Unset = UNSET
    workspace: str | Unset = UNSET
    followers: str | Unset = UNSET
    custom_fields: ProjectRequestCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notes = self.notes

        html_notes = self.html_notes

        archived = self.archived

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, str):
            color = self.color
        else:
            color = self.color

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        elif isinstance(self.icon, str):
            icon = self.icon
        else:
            icon = self.icon

        default_view: str | Unset = UNSET
        if not isinstance(self.default_view, Unset):
            default_view = self.default_view

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        public = self.public

        privacy_setting: str | Unset = UNSET
        if not isinstance(self.privacy_setting, Unset):
            privacy_setting = self.privacy_setting

        default_access_level: str | Unset = UNSET
        if not isinstance(self.default_access_level, Unset):
            default_access_level = self.default_access_level

        minimum_access_level_for_customization: str | Unset = UNSET
        if not isinstance(self.minimum_access_level_for_customization, Unset):
            minimum_access_level_for_customization = self.minimum_access_level_for_customization

        minimum_access_level_for_sharing: str | Unset = UNSET
        if not isinstance(self.minimum_access_level_for_sharing, Unset):
            minimum_access_level_for_sharing = self.minimum_access_level_for_sharing

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        team = self.team

        workspace = self.workspace

        followers = self.followers

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if archived is not UNSET:
            field_dict["archived"] = archived
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if default_view is not UNSET:
            field_dict["default_view"] = default_view
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if public is not UNSET:
            field_dict["public"] = public
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if minimum_access_level_for_customization is not UNSET:
            field_dict["minimum_access_level_for_customization"] = (
                minimum_access_level_for_customization
            )
        if minimum_access_level_for_sharing is not UNSET:
            field_dict["minimum_access_level_for_sharing"] = minimum_access_level_for_sharing
        if owner is not UNSET:
            field_dict["owner"] = owner
        if team is not UNSET:
            field_dict["team"] = team
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if followers is not UNSET:
            field_dict["followers"] = followers
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the keys present (through `_FIELDS`); a value that does not parse raises.
        Keys the spec does not declare go to `additional_properties`."""
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            known = _FIELDS.get(key)
            if known is None:
                extra[key] = value
                continue
            name, parse = known
            values[name] = value if parse is None else parse(value)
        project_request = cls(**values)
        project_request.additional_properties = extra
        return project_request

    def __repr__(self) -> str:
        """Only the fields that are set: `ProjectRequest(gid='1', name='x')`."""
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
from ..models.project_request_custom_fields import ProjectRequestCustomFields  # noqa: E402
