from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacRolePermissions")


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "create_app_authorization": ("create_app_authorization", None),
    "create_pat_authorization": ("create_pat_authorization", None),
    "share_goal_with_domain": ("share_goal_with_domain", None),
    "share_portfolios_with_org": ("share_portfolios_with_org", None),
    "assign_roles": ("assign_roles", None),
    "manage_roles": ("manage_roles", None),
    "export_project_data": ("export_project_data", None),
    "task_deletion_policy": ("task_deletion_policy", None),
    "download_mobile_attachments": ("download_mobile_attachments", None),
    "import_data": ("import_data", None),
    "create_global_custom_fields": ("create_global_custom_fields", None),
    "upload_attachments": ("upload_attachments", None),
    "create_team": ("create_team", None),
    "allowed_guest_invites": ("allowed_guest_invites", None),
    "create_and_edit_ai_automations": ("create_and_edit_ai_automations", None),
    "proactive_ai": ("proactive_ai", None),
    "standard_ai": ("standard_ai", None),
    "create_and_edit_ai_teammates": ("create_and_edit_ai_teammates", None),
    "share_teams_with_org": ("share_teams_with_org", None),
    "create_goal": ("create_goal", None),
    "create_project": ("create_project", None),
    "create_read_only_link": ("create_read_only_link", None),
    "create_portfolio": ("create_portfolio", None),
    "view_public_teams": ("view_public_teams", None),
    "view_shared_with_org_projects": ("view_shared_with_org_projects", None),
    "view_shared_with_org_tasks": ("view_shared_with_org_tasks", None),
    "view_shared_with_org_portfolios": ("view_shared_with_org_portfolios", None),
}
_ATTRIBUTES = (
    "create_app_authorization",
    "create_pat_authorization",
    "share_goal_with_domain",
    "share_portfolios_with_org",
    "assign_roles",
    "manage_roles",
    "export_project_data",
    "task_deletion_policy",
    "download_mobile_attachments",
    "import_data",
    "create_global_custom_fields",
    "upload_attachments",
    "create_team",
    "allowed_guest_invites",
    "create_and_edit_ai_automations",
    "proactive_ai",
    "standard_ai",
    "create_and_edit_ai_teammates",
    "share_teams_with_org",
    "create_goal",
    "create_project",
    "create_read_only_link",
    "create_portfolio",
    "view_public_teams",
    "view_shared_with_org_projects",
    "view_shared_with_org_tasks",
    "view_shared_with_org_portfolios",
)


@_attrs_define(repr=False)
class RbacRolePermissions:
    """The permissions of a role, one switch (or choice) each.

    Attributes:
        create_app_authorization (bool | Unset): May authorize apps.
        create_pat_authorization (bool | Unset): May create personal access tokens.
        share_goal_with_domain (bool | Unset): May create goals visible to the whole organization.
        share_portfolios_with_org (bool | Unset): May create portfolios shared with the organization, and share existing
            ones with it.
        assign_roles (bool | Unset): May give other users the guest, member or admin role.
        manage_roles (bool | Unset): May create, change and delete roles.
        export_project_data (bool | Unset): May export project data.
        task_deletion_policy (str | Unset): Which tasks the user may delete. Known values: all, owned, none.
        download_mobile_attachments (bool | Unset): May download attachments in the mobile app.
        import_data (bool | Unset): May import data into the organization.
        create_global_custom_fields (bool | Unset): May create custom fields for the whole organization.
        upload_attachments (bool | Unset): May upload attachments.
        create_team (bool | Unset): May create teams.
        allowed_guest_invites (str | Unset): Which email addresses the user may invite. Known values: all, none.
        create_and_edit_ai_automations (bool | Unset): May create and change AI automations.
        proactive_ai (bool | Unset): May use the proactive AI features.
        standard_ai (bool | Unset): May use the standard AI features.
        create_and_edit_ai_teammates (bool | Unset): May create and change AI teammates.
        share_teams_with_org (bool | Unset): May share teams with the organization.
        create_goal (bool | Unset): May create goals.
        create_project (bool | Unset): May create projects.
        create_read_only_link (bool | Unset): May create read-only links.
        create_portfolio (bool | Unset): May create portfolios.
        view_public_teams (bool | Unset): May see public teams.
        view_shared_with_org_projects (bool | Unset): May see projects shared with the organization.
        view_shared_with_org_tasks (bool | Unset): May see tasks shared with the organization.
        view_shared_with_org_portfolios (bool | Unset): May see portfolios shared with the organization.
    """

    create_app_authorization: bool | Unset = UNSET
    create_pat_authorization: bool | Unset = UNSET
    share_goal_with_domain: bool | Unset = UNSET
    share_portfolios_with_org: bool | Unset = UNSET
    assign_roles: bool | Unset = UNSET
    manage_roles: bool | Unset = UNSET
    export_project_data: bool | Unset = UNSET
    task_deletion_policy: str | Unset = UNSET
    download_mobile_attachments: bool | Unset = UNSET
    import_data: bool | Unset = UNSET
    create_global_custom_fields: bool | Unset = UNSET
    upload_attachments: bool | Unset = UNSET
    create_team: bool | Unset = UNSET
    allowed_guest_invites: str | Unset = UNSET
    create_and_edit_ai_automations: bool | Unset = UNSET
    proactive_ai: bool | Unset = UNSET
    standard_ai: bool | Unset = UNSET
    create_and_edit_ai_teammates: bool | Unset = UNSET
    share_teams_with_org: bool | Unset = UNSET
    create_goal: bool | Unset = UNSET
    create_project: bool | Unset = UNSET
    create_read_only_link: bool | Unset = UNSET
    create_portfolio: bool | Unset = UNSET
    view_public_teams: bool | Unset = UNSET
    view_shared_with_org_projects: bool | Unset = UNSET
    view_shared_with_org_tasks: bool | Unset = UNSET
    view_shared_with_org_portfolios: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_app_authorization = self.create_app_authorization

        create_pat_authorization = self.create_pat_authorization

        share_goal_with_domain = self.share_goal_with_domain

        share_portfolios_with_org = self.share_portfolios_with_org

        assign_roles = self.assign_roles

        manage_roles = self.manage_roles

        export_project_data = self.export_project_data

        task_deletion_policy = self.task_deletion_policy

        download_mobile_attachments = self.download_mobile_attachments

        import_data = self.import_data

        create_global_custom_fields = self.create_global_custom_fields

        upload_attachments = self.upload_attachments

        create_team = self.create_team

        allowed_guest_invites = self.allowed_guest_invites

        create_and_edit_ai_automations = self.create_and_edit_ai_automations

        proactive_ai = self.proactive_ai

        standard_ai = self.standard_ai

        create_and_edit_ai_teammates = self.create_and_edit_ai_teammates

        share_teams_with_org = self.share_teams_with_org

        create_goal = self.create_goal

        create_project = self.create_project

        create_read_only_link = self.create_read_only_link

        create_portfolio = self.create_portfolio

        view_public_teams = self.view_public_teams

        view_shared_with_org_projects = self.view_shared_with_org_projects

        view_shared_with_org_tasks = self.view_shared_with_org_tasks

        view_shared_with_org_portfolios = self.view_shared_with_org_portfolios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_app_authorization is not UNSET:
            field_dict["create_app_authorization"] = create_app_authorization
        if create_pat_authorization is not UNSET:
            field_dict["create_pat_authorization"] = create_pat_authorization
        if share_goal_with_domain is not UNSET:
            field_dict["share_goal_with_domain"] = share_goal_with_domain
        if share_portfolios_with_org is not UNSET:
            field_dict["share_portfolios_with_org"] = share_portfolios_with_org
        if assign_roles is not UNSET:
            field_dict["assign_roles"] = assign_roles
        if manage_roles is not UNSET:
            field_dict["manage_roles"] = manage_roles
        if export_project_data is not UNSET:
            field_dict["export_project_data"] = export_project_data
        if task_deletion_policy is not UNSET:
            field_dict["task_deletion_policy"] = task_deletion_policy
        if download_mobile_attachments is not UNSET:
            field_dict["download_mobile_attachments"] = download_mobile_attachments
        if import_data is not UNSET:
            field_dict["import_data"] = import_data
        if create_global_custom_fields is not UNSET:
            field_dict["create_global_custom_fields"] = create_global_custom_fields
        if upload_attachments is not UNSET:
            field_dict["upload_attachments"] = upload_attachments
        if create_team is not UNSET:
            field_dict["create_team"] = create_team
        if allowed_guest_invites is not UNSET:
            field_dict["allowed_guest_invites"] = allowed_guest_invites
        if create_and_edit_ai_automations is not UNSET:
            field_dict["create_and_edit_ai_automations"] = create_and_edit_ai_automations
        if proactive_ai is not UNSET:
            field_dict["proactive_ai"] = proactive_ai
        if standard_ai is not UNSET:
            field_dict["standard_ai"] = standard_ai
        if create_and_edit_ai_teammates is not UNSET:
            field_dict["create_and_edit_ai_teammates"] = create_and_edit_ai_teammates
        if share_teams_with_org is not UNSET:
            field_dict["share_teams_with_org"] = share_teams_with_org
        if create_goal is not UNSET:
            field_dict["create_goal"] = create_goal
        if create_project is not UNSET:
            field_dict["create_project"] = create_project
        if create_read_only_link is not UNSET:
            field_dict["create_read_only_link"] = create_read_only_link
        if create_portfolio is not UNSET:
            field_dict["create_portfolio"] = create_portfolio
        if view_public_teams is not UNSET:
            field_dict["view_public_teams"] = view_public_teams
        if view_shared_with_org_projects is not UNSET:
            field_dict["view_shared_with_org_projects"] = view_shared_with_org_projects
        if view_shared_with_org_tasks is not UNSET:
            field_dict["view_shared_with_org_tasks"] = view_shared_with_org_tasks
        if view_shared_with_org_portfolios is not UNSET:
            field_dict["view_shared_with_org_portfolios"] = view_shared_with_org_portfolios

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
        rbac_role_permissions = cls(**values)
        rbac_role_permissions.additional_properties = extra
        return rbac_role_permissions

    def __repr__(self) -> str:
        """Only the fields that are set: `RbacRolePermissions(gid='1', name='x')`."""
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
