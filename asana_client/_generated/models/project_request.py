from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_request_color_type_1 import ProjectRequestColorType1
from ..models.project_request_default_access_level import (
    ProjectRequestDefaultAccessLevel,
)
from ..models.project_request_default_view import ProjectRequestDefaultView
from ..models.project_request_icon_type_1 import ProjectRequestIconType1
from ..models.project_request_minimum_access_level_for_customization import (
    ProjectRequestMinimumAccessLevelForCustomization,
)
from ..models.project_request_minimum_access_level_for_sharing import (
    ProjectRequestMinimumAccessLevelForSharing,
)
from ..models.project_request_privacy_setting import ProjectRequestPrivacySetting
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_request_custom_fields import ProjectRequestCustomFields


T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
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
    color: None | ProjectRequestColorType1 | Unset = UNSET
    icon: None | ProjectRequestIconType1 | Unset = UNSET
    default_view: ProjectRequestDefaultView | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    public: bool | Unset = UNSET
    privacy_setting: ProjectRequestPrivacySetting | Unset = UNSET
    default_access_level: ProjectRequestDefaultAccessLevel | Unset = UNSET
    minimum_access_level_for_customization: (
        ProjectRequestMinimumAccessLevelForCustomization | Unset
    ) = UNSET
    minimum_access_level_for_sharing: ProjectRequestMinimumAccessLevelForSharing | Unset = UNSET
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
        elif isinstance(self.color, ProjectRequestColorType1):
            color = self.color.value
        else:
            color = self.color

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        elif isinstance(self.icon, ProjectRequestIconType1):
            icon = self.icon.value
        else:
            icon = self.icon

        default_view: str | Unset = UNSET
        if not isinstance(self.default_view, Unset):
            default_view = self.default_view.value

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
            privacy_setting = self.privacy_setting.value

        default_access_level: str | Unset = UNSET
        if not isinstance(self.default_access_level, Unset):
            default_access_level = self.default_access_level.value

        minimum_access_level_for_customization: str | Unset = UNSET
        if not isinstance(self.minimum_access_level_for_customization, Unset):
            minimum_access_level_for_customization = (
                self.minimum_access_level_for_customization.value
            )

        minimum_access_level_for_sharing: str | Unset = UNSET
        if not isinstance(self.minimum_access_level_for_sharing, Unset):
            minimum_access_level_for_sharing = self.minimum_access_level_for_sharing.value

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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        notes = d.pop("notes", UNSET)

        html_notes = d.pop("html_notes", UNSET)

        archived = d.pop("archived", UNSET)

        def _parse_color(data: object) -> None | ProjectRequestColorType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_1 = ProjectRequestColorType1(data)

                return color_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectRequestColorType1 | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_icon(data: object) -> None | ProjectRequestIconType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                icon_type_1 = ProjectRequestIconType1(data)

                return icon_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectRequestIconType1 | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        _default_view = d.pop("default_view", UNSET)
        default_view: ProjectRequestDefaultView | Unset
        if isinstance(_default_view, Unset):
            default_view = UNSET
        else:
            default_view = ProjectRequestDefaultView(_default_view)

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_start_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_on_type_0 = datetime.date.fromisoformat(data)

                return start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_on = _parse_start_on(d.pop("start_on", UNSET))

        public = d.pop("public", UNSET)

        _privacy_setting = d.pop("privacy_setting", UNSET)
        privacy_setting: ProjectRequestPrivacySetting | Unset
        if isinstance(_privacy_setting, Unset):
            privacy_setting = UNSET
        else:
            privacy_setting = ProjectRequestPrivacySetting(_privacy_setting)

        _default_access_level = d.pop("default_access_level", UNSET)
        default_access_level: ProjectRequestDefaultAccessLevel | Unset
        if isinstance(_default_access_level, Unset):
            default_access_level = UNSET
        else:
            default_access_level = ProjectRequestDefaultAccessLevel(_default_access_level)

        _minimum_access_level_for_customization = d.pop(
            "minimum_access_level_for_customization", UNSET
        )
        minimum_access_level_for_customization: (
            ProjectRequestMinimumAccessLevelForCustomization | Unset
        )
        if isinstance(_minimum_access_level_for_customization, Unset):
            minimum_access_level_for_customization = UNSET
        else:
            minimum_access_level_for_customization = (
                ProjectRequestMinimumAccessLevelForCustomization(
                    _minimum_access_level_for_customization
                )
            )

        _minimum_access_level_for_sharing = d.pop("minimum_access_level_for_sharing", UNSET)
        minimum_access_level_for_sharing: ProjectRequestMinimumAccessLevelForSharing | Unset
        if isinstance(_minimum_access_level_for_sharing, Unset):
            minimum_access_level_for_sharing = UNSET
        else:
            minimum_access_level_for_sharing = ProjectRequestMinimumAccessLevelForSharing(
                _minimum_access_level_for_sharing
            )

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        team = d.pop("team", UNSET)

        workspace = d.pop("workspace", UNSET)

        followers = d.pop("followers", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ProjectRequestCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ProjectRequestCustomFields.from_dict(_custom_fields)

        project_request = cls(
            name=name,
            notes=notes,
            html_notes=html_notes,
            archived=archived,
            color=color,
            icon=icon,
            default_view=default_view,
            due_on=due_on,
            start_on=start_on,
            public=public,
            privacy_setting=privacy_setting,
            default_access_level=default_access_level,
            minimum_access_level_for_customization=minimum_access_level_for_customization,
            minimum_access_level_for_sharing=minimum_access_level_for_sharing,
            owner=owner,
            team=team,
            workspace=workspace,
            followers=followers,
            custom_fields=custom_fields,
        )

        project_request.additional_properties = d
        return project_request

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


# Related models, imported after the class so that cycles resolve; see specs/hoist_model_imports.py.
# ruff: noqa: E402
from ..models.project_request_custom_fields import ProjectRequestCustomFields
