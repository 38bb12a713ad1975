"""Contains all the data models used in inputs/outputs

Each model loads on first use (PEP 562 `__getattr__`); type checkers see ordinary imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_request import AccessRequest
    from .access_request_approval_status import AccessRequestApprovalStatus
    from .access_request_array import AccessRequestArray
    from .access_request_create_request import AccessRequestCreateRequest
    from .access_request_create_request_body import AccessRequestCreateRequestBody
    from .access_request_data import AccessRequestData
    from .add_custom_field_setting_request import AddCustomFieldSettingRequest
    from .add_custom_field_setting_request_body import AddCustomFieldSettingRequestBody
    from .add_followers_request import AddFollowersRequest
    from .add_followers_request_body import AddFollowersRequestBody
    from .add_members_request import AddMembersRequest
    from .add_members_request_body import AddMembersRequestBody
    from .agent import Agent
    from .agent_array import AgentArray
    from .agent_data import AgentData
    from .agent_photo import AgentPhoto
    from .allocation import Allocation
    from .allocation_array import AllocationArray
    from .allocation_create_request import AllocationCreateRequest
    from .allocation_create_request_body import AllocationCreateRequestBody
    from .allocation_data import AllocationData
    from .allocation_effort import AllocationEffort
    from .allocation_update_request import AllocationUpdateRequest
    from .allocation_update_request_body import AllocationUpdateRequestBody
    from .asana_named_resource import AsanaNamedResource
    from .asana_named_resource_array import AsanaNamedResourceArray
    from .asana_resource import AsanaResource
    from .attachment import Attachment
    from .attachment_array import AttachmentArray
    from .attachment_data import AttachmentData
    from .attachment_request import AttachmentRequest
    from .attachment_request_resource_subtype import AttachmentRequestResourceSubtype
    from .audit_log_event import AuditLogEvent
    from .audit_log_event_actor import AuditLogEventActor
    from .audit_log_event_array import AuditLogEventArray
    from .audit_log_event_context import AuditLogEventContext
    from .audit_log_event_details import AuditLogEventDetails
    from .audit_log_event_details_group import AuditLogEventDetailsGroup
    from .audit_log_event_resource import AuditLogEventResource
    from .batch_request import BatchRequest
    from .batch_request_action import BatchRequestAction
    from .batch_request_action_data import BatchRequestActionData
    from .batch_request_body import BatchRequestBody
    from .batch_request_options import BatchRequestOptions
    from .batch_response import BatchResponse
    from .batch_response_array import BatchResponseArray
    from .batch_response_body import BatchResponseBody
    from .batch_response_headers import BatchResponseHeaders
    from .budget import Budget
    from .budget_actual import BudgetActual
    from .budget_actual_request import BudgetActualRequest
    from .budget_actual_request_billable_status_filter import (
        BudgetActualRequestBillableStatusFilter,
    )
    from .budget_array import BudgetArray
    from .budget_create_request import BudgetCreateRequest
    from .budget_create_request_body import BudgetCreateRequestBody
    from .budget_create_request_budget_type import BudgetCreateRequestBudgetType
    from .budget_data import BudgetData
    from .budget_estimate import BudgetEstimate
    from .budget_estimate_request import BudgetEstimateRequest
    from .budget_estimate_request_billable_status_filter import (
        BudgetEstimateRequestBillableStatusFilter,
    )
    from .budget_estimate_request_source import BudgetEstimateRequestSource
    from .budget_total import BudgetTotal
    from .budget_total_request import BudgetTotalRequest
    from .budget_update_request import BudgetUpdateRequest
    from .budget_update_request_body import BudgetUpdateRequestBody
    from .budget_update_request_budget_type import BudgetUpdateRequestBudgetType
    from .created_webhook import CreatedWebhook
    from .custom_field import CustomField
    from .custom_field_array import CustomFieldArray
    from .custom_field_create_request import CustomFieldCreateRequest
    from .custom_field_create_request_body import CustomFieldCreateRequestBody
    from .custom_field_create_request_custom_label_position_type_1 import (
        CustomFieldCreateRequestCustomLabelPositionType1,
    )
    from .custom_field_create_request_default_access_level import (
        CustomFieldCreateRequestDefaultAccessLevel,
    )
    from .custom_field_create_request_format import CustomFieldCreateRequestFormat
    from .custom_field_create_request_input_restrictions_item import (
        CustomFieldCreateRequestInputRestrictionsItem,
    )
    from .custom_field_create_request_privacy_setting import (
        CustomFieldCreateRequestPrivacySetting,
    )
    from .custom_field_create_request_resource_subtype import (
        CustomFieldCreateRequestResourceSubtype,
    )
    from .custom_field_data import CustomFieldData
    from .custom_field_date_value import CustomFieldDateValue
    from .custom_field_setting import CustomFieldSetting
    from .custom_field_setting_array import CustomFieldSettingArray
    from .custom_field_setting_data import CustomFieldSettingData
    from .custom_field_update_request import CustomFieldUpdateRequest
    from .custom_field_update_request_body import CustomFieldUpdateRequestBody
    from .custom_field_update_request_custom_label_position_type_1 import (
        CustomFieldUpdateRequestCustomLabelPositionType1,
    )
    from .custom_field_update_request_default_access_level import (
        CustomFieldUpdateRequestDefaultAccessLevel,
    )
    from .custom_field_update_request_format import CustomFieldUpdateRequestFormat
    from .custom_field_update_request_input_restrictions_item import (
        CustomFieldUpdateRequestInputRestrictionsItem,
    )
    from .custom_field_update_request_privacy_setting import (
        CustomFieldUpdateRequestPrivacySetting,
    )
    from .custom_type import CustomType
    from .custom_type_array import CustomTypeArray
    from .custom_type_data import CustomTypeData
    from .custom_type_status_option import CustomTypeStatusOption
    from .date_variable import DateVariable
    from .date_variable_request import DateVariableRequest
    from .empty_response import EmptyResponse
    from .empty_response_data import EmptyResponseData
    from .enum_option import EnumOption
    from .enum_option_data import EnumOptionData
    from .enum_option_insert_request import EnumOptionInsertRequest
    from .enum_option_insert_request_body import EnumOptionInsertRequestBody
    from .enum_option_request import EnumOptionRequest
    from .enum_option_request_body import EnumOptionRequestBody
    from .enum_option_update_request import EnumOptionUpdateRequest
    from .enum_option_update_request_body import EnumOptionUpdateRequestBody
    from .error import Error
    from .error_response import ErrorResponse
    from .event import Event
    from .event_array import EventArray
    from .event_change import EventChange
    from .events_page import EventsPage
    from .get_audit_log_events_actor_type import GetAuditLogEventsActorType
    from .get_favorites_for_user_resource_type import GetFavoritesForUserResourceType
    from .get_memberships_resource_subtype import GetMembershipsResourceSubtype
    from .goal import Goal
    from .goal_add_custom_field_setting_request import GoalAddCustomFieldSettingRequest
    from .goal_add_custom_field_setting_request_body import (
        GoalAddCustomFieldSettingRequestBody,
    )
    from .goal_array import GoalArray
    from .goal_data import GoalData
    from .goal_metric import GoalMetric
    from .goal_metric_current_value_request import GoalMetricCurrentValueRequest
    from .goal_metric_current_value_request_body import (
        GoalMetricCurrentValueRequestBody,
    )
    from .goal_metric_request import GoalMetricRequest
    from .goal_metric_request_body import GoalMetricRequestBody
    from .goal_metric_request_progress_source import GoalMetricRequestProgressSource
    from .goal_metric_request_unit import GoalMetricRequestUnit
    from .goal_relationship import GoalRelationship
    from .goal_relationship_add_request import GoalRelationshipAddRequest
    from .goal_relationship_add_request_body import GoalRelationshipAddRequestBody
    from .goal_relationship_array import GoalRelationshipArray
    from .goal_relationship_data import GoalRelationshipData
    from .goal_relationship_remove_request import GoalRelationshipRemoveRequest
    from .goal_relationship_remove_request_body import GoalRelationshipRemoveRequestBody
    from .goal_relationship_request import GoalRelationshipRequest
    from .goal_relationship_request_body import GoalRelationshipRequestBody
    from .goal_remove_custom_field_setting_request import (
        GoalRemoveCustomFieldSettingRequest,
    )
    from .goal_remove_custom_field_setting_request_body import (
        GoalRemoveCustomFieldSettingRequestBody,
    )
    from .goal_request import GoalRequest
    from .goal_request_body import GoalRequestBody
    from .goal_update_request import GoalUpdateRequest
    from .goal_update_request_body import GoalUpdateRequestBody
    from .goal_update_request_custom_fields import GoalUpdateRequestCustomFields
    from .graph_export import GraphExport
    from .graph_export_request import GraphExportRequest
    from .graph_export_request_body import GraphExportRequestBody
    from .job import Job
    from .job_data import JobData
    from .like import Like
    from .membership import Membership
    from .membership_array import MembershipArray
    from .membership_create_request import MembershipCreateRequest
    from .membership_create_request_body import MembershipCreateRequestBody
    from .membership_data import MembershipData
    from .membership_update_request import MembershipUpdateRequest
    from .membership_update_request_body import MembershipUpdateRequestBody
    from .modify_dependencies_request import ModifyDependenciesRequest
    from .modify_dependencies_request_body import ModifyDependenciesRequestBody
    from .modify_dependents_request import ModifyDependentsRequest
    from .modify_dependents_request_body import ModifyDependentsRequestBody
    from .next_page import NextPage
    from .ooo_entry import OooEntry
    from .ooo_entry_array import OooEntryArray
    from .ooo_entry_create_request import OooEntryCreateRequest
    from .ooo_entry_create_request_body import OooEntryCreateRequestBody
    from .ooo_entry_data import OooEntryData
    from .ooo_entry_update_request import OooEntryUpdateRequest
    from .ooo_entry_update_request_body import OooEntryUpdateRequestBody
    from .organization_export import OrganizationExport
    from .organization_export_data import OrganizationExportData
    from .organization_export_request import OrganizationExportRequest
    from .organization_export_request_body import OrganizationExportRequestBody
    from .portfolio import Portfolio
    from .portfolio_add_custom_field_setting_request import (
        PortfolioAddCustomFieldSettingRequest,
    )
    from .portfolio_add_custom_field_setting_request_body import (
        PortfolioAddCustomFieldSettingRequestBody,
    )
    from .portfolio_add_item_request import PortfolioAddItemRequest
    from .portfolio_add_item_request_body import PortfolioAddItemRequestBody
    from .portfolio_add_members_request import PortfolioAddMembersRequest
    from .portfolio_add_members_request_body import PortfolioAddMembersRequestBody
    from .portfolio_array import PortfolioArray
    from .portfolio_data import PortfolioData
    from .portfolio_duplicate_request import PortfolioDuplicateRequest
    from .portfolio_duplicate_request_body import PortfolioDuplicateRequestBody
    from .portfolio_membership import PortfolioMembership
    from .portfolio_membership_array import PortfolioMembershipArray
    from .portfolio_membership_data import PortfolioMembershipData
    from .portfolio_remove_custom_field_setting_request import (
        PortfolioRemoveCustomFieldSettingRequest,
    )
    from .portfolio_remove_custom_field_setting_request_body import (
        PortfolioRemoveCustomFieldSettingRequestBody,
    )
    from .portfolio_remove_item_request import PortfolioRemoveItemRequest
    from .portfolio_remove_item_request_body import PortfolioRemoveItemRequestBody
    from .portfolio_remove_members_request import PortfolioRemoveMembersRequest
    from .portfolio_remove_members_request_body import PortfolioRemoveMembersRequestBody
    from .portfolio_request import PortfolioRequest
    from .portfolio_request_body import PortfolioRequestBody
    from .portfolio_request_color import PortfolioRequestColor
    from .portfolio_request_default_access_level import (
        PortfolioRequestDefaultAccessLevel,
    )
    from .portfolio_update_request import PortfolioUpdateRequest
    from .portfolio_update_request_body import PortfolioUpdateRequestBody
    from .portfolio_update_request_color import PortfolioUpdateRequestColor
    from .portfolio_update_request_custom_fields import (
        PortfolioUpdateRequestCustomFields,
    )
    from .portfolio_update_request_default_access_level import (
        PortfolioUpdateRequestDefaultAccessLevel,
    )
    from .project import Project
    from .project_array import ProjectArray
    from .project_brief import ProjectBrief
    from .project_brief_data import ProjectBriefData
    from .project_brief_request import ProjectBriefRequest
    from .project_brief_request_body import ProjectBriefRequestBody
    from .project_data import ProjectData
    from .project_duplicate_request import ProjectDuplicateRequest
    from .project_duplicate_request_body import ProjectDuplicateRequestBody
    from .project_duplicate_schedule_dates import ProjectDuplicateScheduleDates
    from .project_membership import ProjectMembership
    from .project_membership_array import ProjectMembershipArray
    from .project_membership_data import ProjectMembershipData
    from .project_portfolio_setting import ProjectPortfolioSetting
    from .project_portfolio_setting_array import ProjectPortfolioSettingArray
    from .project_portfolio_setting_data import ProjectPortfolioSettingData
    from .project_portfolio_setting_update_request import (
        ProjectPortfolioSettingUpdateRequest,
    )
    from .project_portfolio_setting_update_request_body import (
        ProjectPortfolioSettingUpdateRequestBody,
    )
    from .project_request import ProjectRequest
    from .project_request_body import ProjectRequestBody
    from .project_request_color_type_1 import ProjectRequestColorType1
    from .project_request_custom_fields import ProjectRequestCustomFields
    from .project_request_default_access_level import ProjectRequestDefaultAccessLevel
    from .project_request_default_view import ProjectRequestDefaultView
    from .project_request_icon_type_1 import ProjectRequestIconType1
    from .project_request_minimum_access_level_for_customization import (
        ProjectRequestMinimumAccessLevelForCustomization,
    )
    from .project_request_minimum_access_level_for_sharing import (
        ProjectRequestMinimumAccessLevelForSharing,
    )
    from .project_request_privacy_setting import ProjectRequestPrivacySetting
    from .project_save_as_template_request import ProjectSaveAsTemplateRequest
    from .project_save_as_template_request_body import ProjectSaveAsTemplateRequestBody
    from .project_section_insert_request import ProjectSectionInsertRequest
    from .project_section_insert_request_body import ProjectSectionInsertRequestBody
    from .project_status import ProjectStatus
    from .project_status_array import ProjectStatusArray
    from .project_status_data import ProjectStatusData
    from .project_status_request import ProjectStatusRequest
    from .project_status_request_body import ProjectStatusRequestBody
    from .project_status_request_color import ProjectStatusRequestColor
    from .project_template import ProjectTemplate
    from .project_template_array import ProjectTemplateArray
    from .project_template_data import ProjectTemplateData
    from .project_template_instantiate_project_request import (
        ProjectTemplateInstantiateProjectRequest,
    )
    from .project_template_instantiate_project_request_body import (
        ProjectTemplateInstantiateProjectRequestBody,
    )
    from .project_template_instantiate_project_request_privacy_setting import (
        ProjectTemplateInstantiateProjectRequestPrivacySetting,
    )
    from .project_update_request import ProjectUpdateRequest
    from .project_update_request_body import ProjectUpdateRequestBody
    from .project_update_request_color_type_1 import ProjectUpdateRequestColorType1
    from .project_update_request_custom_fields import ProjectUpdateRequestCustomFields
    from .project_update_request_default_access_level import (
        ProjectUpdateRequestDefaultAccessLevel,
    )
    from .project_update_request_default_view import ProjectUpdateRequestDefaultView
    from .project_update_request_icon_type_1 import ProjectUpdateRequestIconType1
    from .project_update_request_minimum_access_level_for_customization import (
        ProjectUpdateRequestMinimumAccessLevelForCustomization,
    )
    from .project_update_request_minimum_access_level_for_sharing import (
        ProjectUpdateRequestMinimumAccessLevelForSharing,
    )
    from .project_update_request_privacy_setting import (
        ProjectUpdateRequestPrivacySetting,
    )
    from .rate import Rate
    from .rate_array import RateArray
    from .rate_create_request import RateCreateRequest
    from .rate_create_request_body import RateCreateRequestBody
    from .rate_data import RateData
    from .rate_update_request import RateUpdateRequest
    from .rate_update_request_body import RateUpdateRequestBody
    from .rbac_role import RbacRole
    from .rbac_role_array import RbacRoleArray
    from .rbac_role_create_request import RbacRoleCreateRequest
    from .rbac_role_create_request_base_role_type import (
        RbacRoleCreateRequestBaseRoleType,
    )
    from .rbac_role_create_request_body import RbacRoleCreateRequestBody
    from .rbac_role_data import RbacRoleData
    from .rbac_role_permissions import RbacRolePermissions
    from .rbac_role_update_request import RbacRoleUpdateRequest
    from .rbac_role_update_request_base_role_type import (
        RbacRoleUpdateRequestBaseRoleType,
    )
    from .rbac_role_update_request_body import RbacRoleUpdateRequestBody
    from .reaction import Reaction
    from .reaction_array import ReactionArray
    from .reaction_summary_item import ReactionSummaryItem
    from .remove_custom_field_setting_request import RemoveCustomFieldSettingRequest
    from .remove_custom_field_setting_request_body import (
        RemoveCustomFieldSettingRequestBody,
    )
    from .remove_followers_request import RemoveFollowersRequest
    from .remove_followers_request_body import RemoveFollowersRequestBody
    from .remove_members_request import RemoveMembersRequest
    from .remove_members_request_body import RemoveMembersRequestBody
    from .requested_role_request import RequestedRoleRequest
    from .resource_export import ResourceExport
    from .resource_export_filters import ResourceExportFilters
    from .resource_export_request import ResourceExportRequest
    from .resource_export_request_body import ResourceExportRequestBody
    from .resource_export_request_parameter import ResourceExportRequestParameter
    from .rule_trigger_request import RuleTriggerRequest
    from .rule_trigger_request_action_data import RuleTriggerRequestActionData
    from .rule_trigger_request_body import RuleTriggerRequestBody
    from .rule_trigger_result import RuleTriggerResult
    from .rule_trigger_result_data import RuleTriggerResultData
    from .search_projects_for_workspace_sort_by import SearchProjectsForWorkspaceSortBy
    from .search_tasks_for_workspace_sort_by import SearchTasksForWorkspaceSortBy
    from .section import Section
    from .section_array import SectionArray
    from .section_data import SectionData
    from .section_request import SectionRequest
    from .section_request_body import SectionRequestBody
    from .section_task_insert_request import SectionTaskInsertRequest
    from .section_task_insert_request_body import SectionTaskInsertRequestBody
    from .status_update import StatusUpdate
    from .status_update_array import StatusUpdateArray
    from .status_update_data import StatusUpdateData
    from .status_update_request import StatusUpdateRequest
    from .status_update_request_body import StatusUpdateRequestBody
    from .status_update_request_status_type import StatusUpdateRequestStatusType
    from .story import Story
    from .story_array import StoryArray
    from .story_data import StoryData
    from .story_request import StoryRequest
    from .story_request_body import StoryRequestBody
    from .story_request_sticker_name import StoryRequestStickerName
    from .story_response_dates import StoryResponseDates
    from .sync_token_error import SyncTokenError
    from .tag import Tag
    from .tag_array import TagArray
    from .tag_create_request import TagCreateRequest
    from .tag_create_request_body import TagCreateRequestBody
    from .tag_create_request_color_type_1 import TagCreateRequestColorType1
    from .tag_create_tag_for_workspace_request import TagCreateTagForWorkspaceRequest
    from .tag_create_tag_for_workspace_request_body import (
        TagCreateTagForWorkspaceRequestBody,
    )
    from .tag_create_tag_for_workspace_request_color_type_1 import (
        TagCreateTagForWorkspaceRequestColorType1,
    )
    from .tag_data import TagData
    from .tag_update_request import TagUpdateRequest
    from .tag_update_request_body import TagUpdateRequestBody
    from .tag_update_request_color_type_1 import TagUpdateRequestColorType1
    from .task import Task
    from .task_add_followers_request import TaskAddFollowersRequest
    from .task_add_followers_request_body import TaskAddFollowersRequestBody
    from .task_add_project_request import TaskAddProjectRequest
    from .task_add_project_request_body import TaskAddProjectRequestBody
    from .task_add_tag_request import TaskAddTagRequest
    from .task_add_tag_request_body import TaskAddTagRequestBody
    from .task_array import TaskArray
    from .task_count import TaskCount
    from .task_count_data import TaskCountData
    from .task_create_request import TaskCreateRequest
    from .task_create_request_approval_status import TaskCreateRequestApprovalStatus
    from .task_create_request_assignee_status import TaskCreateRequestAssigneeStatus
    from .task_create_request_body import TaskCreateRequestBody
    from .task_create_request_custom_fields import TaskCreateRequestCustomFields
    from .task_create_request_resource_subtype import TaskCreateRequestResourceSubtype
    from .task_data import TaskData
    from .task_duplicate_request import TaskDuplicateRequest
    from .task_duplicate_request_body import TaskDuplicateRequestBody
    from .task_external import TaskExternal
    from .task_membership import TaskMembership
    from .task_membership_request import TaskMembershipRequest
    from .task_remove_followers_request import TaskRemoveFollowersRequest
    from .task_remove_followers_request_body import TaskRemoveFollowersRequestBody
    from .task_remove_project_request import TaskRemoveProjectRequest
    from .task_remove_project_request_body import TaskRemoveProjectRequestBody
    from .task_remove_tag_request import TaskRemoveTagRequest
    from .task_remove_tag_request_body import TaskRemoveTagRequestBody
    from .task_set_parent_request import TaskSetParentRequest
    from .task_set_parent_request_body import TaskSetParentRequestBody
    from .task_template import TaskTemplate
    from .task_template_array import TaskTemplateArray
    from .task_template_data import TaskTemplateData
    from .task_template_instantiate_task_request import (
        TaskTemplateInstantiateTaskRequest,
    )
    from .task_template_instantiate_task_request_body import (
        TaskTemplateInstantiateTaskRequestBody,
    )
    from .task_template_recipe import TaskTemplateRecipe
    from .task_template_recipe_summary import TaskTemplateRecipeSummary
    from .task_update_request import TaskUpdateRequest
    from .task_update_request_approval_status import TaskUpdateRequestApprovalStatus
    from .task_update_request_assignee_status import TaskUpdateRequestAssigneeStatus
    from .task_update_request_body import TaskUpdateRequestBody
    from .task_update_request_custom_fields import TaskUpdateRequestCustomFields
    from .task_update_request_resource_subtype import TaskUpdateRequestResourceSubtype
    from .team import Team
    from .team_add_user_request import TeamAddUserRequest
    from .team_add_user_request_body import TeamAddUserRequestBody
    from .team_array import TeamArray
    from .team_create_request import TeamCreateRequest
    from .team_create_request_body import TeamCreateRequestBody
    from .team_create_request_edit_team_name_or_description_access_level import (
        TeamCreateRequestEditTeamNameOrDescriptionAccessLevel,
    )
    from .team_create_request_edit_team_visibility_or_trash_team_access_level import (
        TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel,
    )
    from .team_create_request_guest_invite_management_access_level import (
        TeamCreateRequestGuestInviteManagementAccessLevel,
    )
    from .team_create_request_join_request_management_access_level import (
        TeamCreateRequestJoinRequestManagementAccessLevel,
    )
    from .team_create_request_member_invite_management_access_level import (
        TeamCreateRequestMemberInviteManagementAccessLevel,
    )
    from .team_create_request_team_content_management_access_level import (
        TeamCreateRequestTeamContentManagementAccessLevel,
    )
    from .team_create_request_team_member_removal_access_level import (
        TeamCreateRequestTeamMemberRemovalAccessLevel,
    )
    from .team_create_request_visibility import TeamCreateRequestVisibility
    from .team_data import TeamData
    from .team_membership import TeamMembership
    from .team_membership_array import TeamMembershipArray
    from .team_membership_data import TeamMembershipData
    from .team_remove_user_request import TeamRemoveUserRequest
    from .team_remove_user_request_body import TeamRemoveUserRequestBody
    from .team_update_request import TeamUpdateRequest
    from .team_update_request_body import TeamUpdateRequestBody
    from .team_update_request_edit_team_name_or_description_access_level import (
        TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel,
    )
    from .team_update_request_edit_team_visibility_or_trash_team_access_level import (
        TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel,
    )
    from .team_update_request_guest_invite_management_access_level import (
        TeamUpdateRequestGuestInviteManagementAccessLevel,
    )
    from .team_update_request_join_request_management_access_level import (
        TeamUpdateRequestJoinRequestManagementAccessLevel,
    )
    from .team_update_request_member_invite_management_access_level import (
        TeamUpdateRequestMemberInviteManagementAccessLevel,
    )
    from .team_update_request_team_content_management_access_level import (
        TeamUpdateRequestTeamContentManagementAccessLevel,
    )
    from .team_update_request_team_member_removal_access_level import (
        TeamUpdateRequestTeamMemberRemovalAccessLevel,
    )
    from .team_update_request_visibility import TeamUpdateRequestVisibility
    from .template_role import TemplateRole
    from .time_period import TimePeriod
    from .time_period_array import TimePeriodArray
    from .time_period_data import TimePeriodData
    from .time_tracking_category import TimeTrackingCategory
    from .time_tracking_category_array import TimeTrackingCategoryArray
    from .time_tracking_category_create_request import TimeTrackingCategoryCreateRequest
    from .time_tracking_category_create_request_body import (
        TimeTrackingCategoryCreateRequestBody,
    )
    from .time_tracking_category_create_request_color import (
        TimeTrackingCategoryCreateRequestColor,
    )
    from .time_tracking_category_data import TimeTrackingCategoryData
    from .time_tracking_category_update_request import TimeTrackingCategoryUpdateRequest
    from .time_tracking_category_update_request_body import (
        TimeTrackingCategoryUpdateRequestBody,
    )
    from .time_tracking_category_update_request_color import (
        TimeTrackingCategoryUpdateRequestColor,
    )
    from .time_tracking_entry import TimeTrackingEntry
    from .time_tracking_entry_array import TimeTrackingEntryArray
    from .time_tracking_entry_create_request import TimeTrackingEntryCreateRequest
    from .time_tracking_entry_create_request_billable_status import (
        TimeTrackingEntryCreateRequestBillableStatus,
    )
    from .time_tracking_entry_create_request_body import (
        TimeTrackingEntryCreateRequestBody,
    )
    from .time_tracking_entry_data import TimeTrackingEntryData
    from .time_tracking_entry_update_request import TimeTrackingEntryUpdateRequest
    from .time_tracking_entry_update_request_billable_status import (
        TimeTrackingEntryUpdateRequestBillableStatus,
    )
    from .time_tracking_entry_update_request_body import (
        TimeTrackingEntryUpdateRequestBody,
    )
    from .timesheet_approval_status import TimesheetApprovalStatus
    from .timesheet_approval_status_array import TimesheetApprovalStatusArray
    from .timesheet_approval_status_create_request import (
        TimesheetApprovalStatusCreateRequest,
    )
    from .timesheet_approval_status_create_request_body import (
        TimesheetApprovalStatusCreateRequestBody,
    )
    from .timesheet_approval_status_data import TimesheetApprovalStatusData
    from .timesheet_approval_status_update_request import (
        TimesheetApprovalStatusUpdateRequest,
    )
    from .timesheet_approval_status_update_request_approval_status import (
        TimesheetApprovalStatusUpdateRequestApprovalStatus,
    )
    from .timesheet_approval_status_update_request_body import (
        TimesheetApprovalStatusUpdateRequestBody,
    )
    from .typeahead_for_workspace_resource_type import TypeaheadForWorkspaceResourceType
    from .typeahead_for_workspace_type import TypeaheadForWorkspaceType
    from .user import User
    from .user_array import UserArray
    from .user_data import UserData
    from .user_photo import UserPhoto
    from .user_task_list import UserTaskList
    from .user_task_list_data import UserTaskListData
    from .user_update_request import UserUpdateRequest
    from .user_update_request_body import UserUpdateRequestBody
    from .user_update_request_custom_fields import UserUpdateRequestCustomFields
    from .webhook import Webhook
    from .webhook_array import WebhookArray
    from .webhook_data import WebhookData
    from .webhook_filter import WebhookFilter
    from .webhook_request import WebhookRequest
    from .webhook_request_body import WebhookRequestBody
    from .webhook_update_request import WebhookUpdateRequest
    from .webhook_update_request_body import WebhookUpdateRequestBody
    from .workspace import Workspace
    from .workspace_add_user_request import WorkspaceAddUserRequest
    from .workspace_add_user_request_body import WorkspaceAddUserRequestBody
    from .workspace_array import WorkspaceArray
    from .workspace_data import WorkspaceData
    from .workspace_membership import WorkspaceMembership
    from .workspace_membership_array import WorkspaceMembershipArray
    from .workspace_membership_data import WorkspaceMembershipData
    from .workspace_membership_vacation_dates import WorkspaceMembershipVacationDates
    from .workspace_remove_user_request import WorkspaceRemoveUserRequest
    from .workspace_remove_user_request_body import WorkspaceRemoveUserRequestBody
    from .workspace_request import WorkspaceRequest
    from .workspace_request_body import WorkspaceRequestBody

_MODULES = {
    "AccessRequest": ".access_request",
    "AccessRequestApprovalStatus": ".access_request_approval_status",
    "AccessRequestArray": ".access_request_array",
    "AccessRequestCreateRequest": ".access_request_create_request",
    "AccessRequestCreateRequestBody": ".access_request_create_request_body",
    "AccessRequestData": ".access_request_data",
    "AddCustomFieldSettingRequest": ".add_custom_field_setting_request",
    "AddCustomFieldSettingRequestBody": ".add_custom_field_setting_request_body",
    "AddFollowersRequest": ".add_followers_request",
    "AddFollowersRequestBody": ".add_followers_request_body",
    "AddMembersRequest": ".add_members_request",
    "AddMembersRequestBody": ".add_members_request_body",
    "Agent": ".agent",
    "AgentArray": ".agent_array",
    "AgentData": ".agent_data",
    "AgentPhoto": ".agent_photo",
    "Allocation": ".allocation",
    "AllocationArray": ".allocation_array",
    "AllocationCreateRequest": ".allocation_create_request",
    "AllocationCreateRequestBody": ".allocation_create_request_body",
    "AllocationData": ".allocation_data",
    "AllocationEffort": ".allocation_effort",
    "AllocationUpdateRequest": ".allocation_update_request",
    "AllocationUpdateRequestBody": ".allocation_update_request_body",
    "AsanaNamedResource": ".asana_named_resource",
    "AsanaNamedResourceArray": ".asana_named_resource_array",
    "AsanaResource": ".asana_resource",
    "Attachment": ".attachment",
    "AttachmentArray": ".attachment_array",
    "AttachmentData": ".attachment_data",
    "AttachmentRequest": ".attachment_request",
    "AttachmentRequestResourceSubtype": ".attachment_request_resource_subtype",
    "AuditLogEvent": ".audit_log_event",
    "AuditLogEventActor": ".audit_log_event_actor",
    "AuditLogEventArray": ".audit_log_event_array",
    "AuditLogEventContext": ".audit_log_event_context",
    "AuditLogEventDetails": ".audit_log_event_details",
    "AuditLogEventDetailsGroup": ".audit_log_event_details_group",
    "AuditLogEventResource": ".audit_log_event_resource",
    "BatchRequest": ".batch_request",
    "BatchRequestAction": ".batch_request_action",
    "BatchRequestActionData": ".batch_request_action_data",
    "BatchRequestBody": ".batch_request_body",
    "BatchRequestOptions": ".batch_request_options",
    "BatchResponse": ".batch_response",
    "BatchResponseArray": ".batch_response_array",
    "BatchResponseBody": ".batch_response_body",
    "BatchResponseHeaders": ".batch_response_headers",
    "Budget": ".budget",
    "BudgetActual": ".budget_actual",
    "BudgetActualRequest": ".budget_actual_request",
    "BudgetActualRequestBillableStatusFilter": ".budget_actual_request_billable_status_filter",
    "BudgetArray": ".budget_array",
    "BudgetCreateRequest": ".budget_create_request",
    "BudgetCreateRequestBody": ".budget_create_request_body",
    "BudgetCreateRequestBudgetType": ".budget_create_request_budget_type",
    "BudgetData": ".budget_data",
    "BudgetEstimate": ".budget_estimate",
    "BudgetEstimateRequest": ".budget_estimate_request",
    "BudgetEstimateRequestBillableStatusFilter": ".budget_estimate_request_billable_status_filter",
    "BudgetEstimateRequestSource": ".budget_estimate_request_source",
    "BudgetTotal": ".budget_total",
    "BudgetTotalRequest": ".budget_total_request",
    "BudgetUpdateRequest": ".budget_update_request",
    "BudgetUpdateRequestBody": ".budget_update_request_body",
    "BudgetUpdateRequestBudgetType": ".budget_update_request_budget_type",
    "CreatedWebhook": ".created_webhook",
    "CustomField": ".custom_field",
    "CustomFieldArray": ".custom_field_array",
    "CustomFieldCreateRequest": ".custom_field_create_request",
    "CustomFieldCreateRequestBody": ".custom_field_create_request_body",
    "CustomFieldCreateRequestCustomLabelPositionType1": ".custom_field_create_request_custom_label_position_type_1",
    "CustomFieldCreateRequestDefaultAccessLevel": ".custom_field_create_request_default_access_level",
    "CustomFieldCreateRequestFormat": ".custom_field_create_request_format",
    "CustomFieldCreateRequestInputRestrictionsItem": ".custom_field_create_request_input_restrictions_item",
    "CustomFieldCreateRequestPrivacySetting": ".custom_field_create_request_privacy_setting",
    "CustomFieldCreateRequestResourceSubtype": ".custom_field_create_request_resource_subtype",
    "CustomFieldData": ".custom_field_data",
    "CustomFieldDateValue": ".custom_field_date_value",
    "CustomFieldSetting": ".custom_field_setting",
    "CustomFieldSettingArray": ".custom_field_setting_array",
    "CustomFieldSettingData": ".custom_field_setting_data",
    "CustomFieldUpdateRequest": ".custom_field_update_request",
    "CustomFieldUpdateRequestBody": ".custom_field_update_request_body",
    "CustomFieldUpdateRequestCustomLabelPositionType1": ".custom_field_update_request_custom_label_position_type_1",
    "CustomFieldUpdateRequestDefaultAccessLevel": ".custom_field_update_request_default_access_level",
    "CustomFieldUpdateRequestFormat": ".custom_field_update_request_format",
    "CustomFieldUpdateRequestInputRestrictionsItem": ".custom_field_update_request_input_restrictions_item",
    "CustomFieldUpdateRequestPrivacySetting": ".custom_field_update_request_privacy_setting",
    "CustomType": ".custom_type",
    "CustomTypeArray": ".custom_type_array",
    "CustomTypeData": ".custom_type_data",
    "CustomTypeStatusOption": ".custom_type_status_option",
    "DateVariable": ".date_variable",
    "DateVariableRequest": ".date_variable_request",
    "EmptyResponse": ".empty_response",
    "EmptyResponseData": ".empty_response_data",
    "EnumOption": ".enum_option",
    "EnumOptionData": ".enum_option_data",
    "EnumOptionInsertRequest": ".enum_option_insert_request",
    "EnumOptionInsertRequestBody": ".enum_option_insert_request_body",
    "EnumOptionRequest": ".enum_option_request",
    "EnumOptionRequestBody": ".enum_option_request_body",
    "EnumOptionUpdateRequest": ".enum_option_update_request",
    "EnumOptionUpdateRequestBody": ".enum_option_update_request_body",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventArray": ".event_array",
    "EventChange": ".event_change",
    "EventsPage": ".events_page",
    "GetAuditLogEventsActorType": ".get_audit_log_events_actor_type",
    "GetFavoritesForUserResourceType": ".get_favorites_for_user_resource_type",
    "GetMembershipsResourceSubtype": ".get_memberships_resource_subtype",
    "Goal": ".goal",
    "GoalAddCustomFieldSettingRequest": ".goal_add_custom_field_setting_request",
    "GoalAddCustomFieldSettingRequestBody": ".goal_add_custom_field_setting_request_body",
    "GoalArray": ".goal_array",
    "GoalData": ".goal_data",
    "GoalMetric": ".goal_metric",
    "GoalMetricCurrentValueRequest": ".goal_metric_current_value_request",
    "GoalMetricCurrentValueRequestBody": ".goal_metric_current_value_request_body",
    "GoalMetricRequest": ".goal_metric_request",
    "GoalMetricRequestBody": ".goal_metric_request_body",
    "GoalMetricRequestProgressSource": ".goal_metric_request_progress_source",
    "GoalMetricRequestUnit": ".goal_metric_request_unit",
    "GoalRelationship": ".goal_relationship",
    "GoalRelationshipAddRequest": ".goal_relationship_add_request",
    "GoalRelationshipAddRequestBody": ".goal_relationship_add_request_body",
    "GoalRelationshipArray": ".goal_relationship_array",
    "GoalRelationshipData": ".goal_relationship_data",
    "GoalRelationshipRemoveRequest": ".goal_relationship_remove_request",
    "GoalRelationshipRemoveRequestBody": ".goal_relationship_remove_request_body",
    "GoalRelationshipRequest": ".goal_relationship_request",
    "GoalRelationshipRequestBody": ".goal_relationship_request_body",
    "GoalRemoveCustomFieldSettingRequest": ".goal_remove_custom_field_setting_request",
    "GoalRemoveCustomFieldSettingRequestBody": ".goal_remove_custom_field_setting_request_body",
    "GoalRequest": ".goal_request",
    "GoalRequestBody": ".goal_request_body",
    "GoalUpdateRequest": ".goal_update_request",
    "GoalUpdateRequestBody": ".goal_update_request_body",
    "GoalUpdateRequestCustomFields": ".goal_update_request_custom_fields",
    "GraphExport": ".graph_export",
    "GraphExportRequest": ".graph_export_request",
    "GraphExportRequestBody": ".graph_export_request_body",
    "Job": ".job",
    "JobData": ".job_data",
    "Like": ".like",
    "Membership": ".membership",
    "MembershipArray": ".membership_array",
    "MembershipCreateRequest": ".membership_create_request",
    "MembershipCreateRequestBody": ".membership_create_request_body",
    "MembershipData": ".membership_data",
    "MembershipUpdateRequest": ".membership_update_request",
    "MembershipUpdateRequestBody": ".membership_update_request_body",
    "ModifyDependenciesRequest": ".modify_dependencies_request",
    "ModifyDependenciesRequestBody": ".modify_dependencies_request_body",
    "ModifyDependentsRequest": ".modify_dependents_request",
    "ModifyDependentsRequestBody": ".modify_dependents_request_body",
    "NextPage": ".next_page",
    "OooEntry": ".ooo_entry",
    "OooEntryArray": ".ooo_entry_array",
    "OooEntryCreateRequest": ".ooo_entry_create_request",
    "OooEntryCreateRequestBody": ".ooo_entry_create_request_body",
    "OooEntryData": ".ooo_entry_data",
    "OooEntryUpdateRequest": ".ooo_entry_update_request",
    "OooEntryUpdateRequestBody": ".ooo_entry_update_request_body",
    "OrganizationExport": ".organization_export",
    "OrganizationExportData": ".organization_export_data",
    "OrganizationExportRequest": ".organization_export_request",
    "OrganizationExportRequestBody": ".organization_export_request_body",
    "Portfolio": ".portfolio",
    "PortfolioAddCustomFieldSettingRequest": ".portfolio_add_custom_field_setting_request",
    "PortfolioAddCustomFieldSettingRequestBody": ".portfolio_add_custom_field_setting_request_body",
    "PortfolioAddItemRequest": ".portfolio_add_item_request",
    "PortfolioAddItemRequestBody": ".portfolio_add_item_request_body",
    "PortfolioAddMembersRequest": ".portfolio_add_members_request",
    "PortfolioAddMembersRequestBody": ".portfolio_add_members_request_body",
    "PortfolioArray": ".portfolio_array",
    "PortfolioData": ".portfolio_data",
    "PortfolioDuplicateRequest": ".portfolio_duplicate_request",
    "PortfolioDuplicateRequestBody": ".portfolio_duplicate_request_body",
    "PortfolioMembership": ".portfolio_membership",
    "PortfolioMembershipArray": ".portfolio_membership_array",
    "PortfolioMembershipData": ".portfolio_membership_data",
    "PortfolioRemoveCustomFieldSettingRequest": ".portfolio_remove_custom_field_setting_request",
    "PortfolioRemoveCustomFieldSettingRequestBody": ".portfolio_remove_custom_field_setting_request_body",
    "PortfolioRemoveItemRequest": ".portfolio_remove_item_request",
    "PortfolioRemoveItemRequestBody": ".portfolio_remove_item_request_body",
    "PortfolioRemoveMembersRequest": ".portfolio_remove_members_request",
    "PortfolioRemoveMembersRequestBody": ".portfolio_remove_members_request_body",
    "PortfolioRequest": ".portfolio_request",
    "PortfolioRequestBody": ".portfolio_request_body",
    "PortfolioRequestColor": ".portfolio_request_color",
    "PortfolioRequestDefaultAccessLevel": ".portfolio_request_default_access_level",
    "PortfolioUpdateRequest": ".portfolio_update_request",
    "PortfolioUpdateRequestBody": ".portfolio_update_request_body",
    "PortfolioUpdateRequestColor": ".portfolio_update_request_color",
    "PortfolioUpdateRequestCustomFields": ".portfolio_update_request_custom_fields",
    "PortfolioUpdateRequestDefaultAccessLevel": ".portfolio_update_request_default_access_level",
    "Project": ".project",
    "ProjectArray": ".project_array",
    "ProjectBrief": ".project_brief",
    "ProjectBriefData": ".project_brief_data",
    "ProjectBriefRequest": ".project_brief_request",
    "ProjectBriefRequestBody": ".project_brief_request_body",
    "ProjectData": ".project_data",
    "ProjectDuplicateRequest": ".project_duplicate_request",
    "ProjectDuplicateRequestBody": ".project_duplicate_request_body",
    "ProjectDuplicateScheduleDates": ".project_duplicate_schedule_dates",
    "ProjectMembership": ".project_membership",
    "ProjectMembershipArray": ".project_membership_array",
    "ProjectMembershipData": ".project_membership_data",
    "ProjectPortfolioSetting": ".project_portfolio_setting",
    "ProjectPortfolioSettingArray": ".project_portfolio_setting_array",
    "ProjectPortfolioSettingData": ".project_portfolio_setting_data",
    "ProjectPortfolioSettingUpdateRequest": ".project_portfolio_setting_update_request",
    "ProjectPortfolioSettingUpdateRequestBody": ".project_portfolio_setting_update_request_body",
    "ProjectRequest": ".project_request",
    "ProjectRequestBody": ".project_request_body",
    "ProjectRequestColorType1": ".project_request_color_type_1",
    "ProjectRequestCustomFields": ".project_request_custom_fields",
    "ProjectRequestDefaultAccessLevel": ".project_request_default_access_level",
    "ProjectRequestDefaultView": ".project_request_default_view",
    "ProjectRequestIconType1": ".project_request_icon_type_1",
    "ProjectRequestMinimumAccessLevelForCustomization": ".project_request_minimum_access_level_for_customization",
    "ProjectRequestMinimumAccessLevelForSharing": ".project_request_minimum_access_level_for_sharing",
    "ProjectRequestPrivacySetting": ".project_request_privacy_setting",
    "ProjectSaveAsTemplateRequest": ".project_save_as_template_request",
    "ProjectSaveAsTemplateRequestBody": ".project_save_as_template_request_body",
    "ProjectSectionInsertRequest": ".project_section_insert_request",
    "ProjectSectionInsertRequestBody": ".project_section_insert_request_body",
    "ProjectStatus": ".project_status",
    "ProjectStatusArray": ".project_status_array",
    "ProjectStatusData": ".project_status_data",
    "ProjectStatusRequest": ".project_status_request",
    "ProjectStatusRequestBody": ".project_status_request_body",
    "ProjectStatusRequestColor": ".project_status_request_color",
    "ProjectTemplate": ".project_template",
    "ProjectTemplateArray": ".project_template_array",
    "ProjectTemplateData": ".project_template_data",
    "ProjectTemplateInstantiateProjectRequest": ".project_template_instantiate_project_request",
    "ProjectTemplateInstantiateProjectRequestBody": ".project_template_instantiate_project_request_body",
    "ProjectTemplateInstantiateProjectRequestPrivacySetting": ".project_template_instantiate_project_request_privacy_setting",
    "ProjectUpdateRequest": ".project_update_request",
    "ProjectUpdateRequestBody": ".project_update_request_body",
    "ProjectUpdateRequestColorType1": ".project_update_request_color_type_1",
    "ProjectUpdateRequestCustomFields": ".project_update_request_custom_fields",
    "ProjectUpdateRequestDefaultAccessLevel": ".project_update_request_default_access_level",
    "ProjectUpdateRequestDefaultView": ".project_update_request_default_view",
    "ProjectUpdateRequestIconType1": ".project_update_request_icon_type_1",
    "ProjectUpdateRequestMinimumAccessLevelForCustomization": ".project_update_request_minimum_access_level_for_customization",
    "ProjectUpdateRequestMinimumAccessLevelForSharing": ".project_update_request_minimum_access_level_for_sharing",
    "ProjectUpdateRequestPrivacySetting": ".project_update_request_privacy_setting",
    "Rate": ".rate",
    "RateArray": ".rate_array",
    "RateCreateRequest": ".rate_create_request",
    "RateCreateRequestBody": ".rate_create_request_body",
    "RateData": ".rate_data",
    "RateUpdateRequest": ".rate_update_request",
    "RateUpdateRequestBody": ".rate_update_request_body",
    "RbacRole": ".rbac_role",
    "RbacRoleArray": ".rbac_role_array",
    "RbacRoleCreateRequest": ".rbac_role_create_request",
    "RbacRoleCreateRequestBaseRoleType": ".rbac_role_create_request_base_role_type",
    "RbacRoleCreateRequestBody": ".rbac_role_create_request_body",
    "RbacRoleData": ".rbac_role_data",
    "RbacRolePermissions": ".rbac_role_permissions",
    "RbacRoleUpdateRequest": ".rbac_role_update_request",
    "RbacRoleUpdateRequestBaseRoleType": ".rbac_role_update_request_base_role_type",
    "RbacRoleUpdateRequestBody": ".rbac_role_update_request_body",
    "Reaction": ".reaction",
    "ReactionArray": ".reaction_array",
    "ReactionSummaryItem": ".reaction_summary_item",
    "RemoveCustomFieldSettingRequest": ".remove_custom_field_setting_request",
    "RemoveCustomFieldSettingRequestBody": ".remove_custom_field_setting_request_body",
    "RemoveFollowersRequest": ".remove_followers_request",
    "RemoveFollowersRequestBody": ".remove_followers_request_body",
    "RemoveMembersRequest": ".remove_members_request",
    "RemoveMembersRequestBody": ".remove_members_request_body",
    "RequestedRoleRequest": ".requested_role_request",
    "ResourceExport": ".resource_export",
    "ResourceExportFilters": ".resource_export_filters",
    "ResourceExportRequest": ".resource_export_request",
    "ResourceExportRequestBody": ".resource_export_request_body",
    "ResourceExportRequestParameter": ".resource_export_request_parameter",
    "RuleTriggerRequest": ".rule_trigger_request",
    "RuleTriggerRequestActionData": ".rule_trigger_request_action_data",
    "RuleTriggerRequestBody": ".rule_trigger_request_body",
    "RuleTriggerResult": ".rule_trigger_result",
    "RuleTriggerResultData": ".rule_trigger_result_data",
    "SearchProjectsForWorkspaceSortBy": ".search_projects_for_workspace_sort_by",
    "SearchTasksForWorkspaceSortBy": ".search_tasks_for_workspace_sort_by",
    "Section": ".section",
    "SectionArray": ".section_array",
    "SectionData": ".section_data",
    "SectionRequest": ".section_request",
    "SectionRequestBody": ".section_request_body",
    "SectionTaskInsertRequest": ".section_task_insert_request",
    "SectionTaskInsertRequestBody": ".section_task_insert_request_body",
    "StatusUpdate": ".status_update",
    "StatusUpdateArray": ".status_update_array",
    "StatusUpdateData": ".status_update_data",
    "StatusUpdateRequest": ".status_update_request",
    "StatusUpdateRequestBody": ".status_update_request_body",
    "StatusUpdateRequestStatusType": ".status_update_request_status_type",
    "Story": ".story",
    "StoryArray": ".story_array",
    "StoryData": ".story_data",
    "StoryRequest": ".story_request",
    "StoryRequestBody": ".story_request_body",
    "StoryRequestStickerName": ".story_request_sticker_name",
    "StoryResponseDates": ".story_response_dates",
    "SyncTokenError": ".sync_token_error",
    "Tag": ".tag",
    "TagArray": ".tag_array",
    "TagCreateRequest": ".tag_create_request",
    "TagCreateRequestBody": ".tag_create_request_body",
    "TagCreateRequestColorType1": ".tag_create_request_color_type_1",
    "TagCreateTagForWorkspaceRequest": ".tag_create_tag_for_workspace_request",
    "TagCreateTagForWorkspaceRequestBody": ".tag_create_tag_for_workspace_request_body",
    "TagCreateTagForWorkspaceRequestColorType1": ".tag_create_tag_for_workspace_request_color_type_1",
    "TagData": ".tag_data",
    "TagUpdateRequest": ".tag_update_request",
    "TagUpdateRequestBody": ".tag_update_request_body",
    "TagUpdateRequestColorType1": ".tag_update_request_color_type_1",
    "Task": ".task",
    "TaskAddFollowersRequest": ".task_add_followers_request",
    "TaskAddFollowersRequestBody": ".task_add_followers_request_body",
    "TaskAddProjectRequest": ".task_add_project_request",
    "TaskAddProjectRequestBody": ".task_add_project_request_body",
    "TaskAddTagRequest": ".task_add_tag_request",
    "TaskAddTagRequestBody": ".task_add_tag_request_body",
    "TaskArray": ".task_array",
    "TaskCount": ".task_count",
    "TaskCountData": ".task_count_data",
    "TaskCreateRequest": ".task_create_request",
    "TaskCreateRequestApprovalStatus": ".task_create_request_approval_status",
    "TaskCreateRequestAssigneeStatus": ".task_create_request_assignee_status",
    "TaskCreateRequestBody": ".task_create_request_body",
    "TaskCreateRequestCustomFields": ".task_create_request_custom_fields",
    "TaskCreateRequestResourceSubtype": ".task_create_request_resource_subtype",
    "TaskData": ".task_data",
    "TaskDuplicateRequest": ".task_duplicate_request",
    "TaskDuplicateRequestBody": ".task_duplicate_request_body",
    "TaskExternal": ".task_external",
    "TaskMembership": ".task_membership",
    "TaskMembershipRequest": ".task_membership_request",
    "TaskRemoveFollowersRequest": ".task_remove_followers_request",
    "TaskRemoveFollowersRequestBody": ".task_remove_followers_request_body",
    "TaskRemoveProjectRequest": ".task_remove_project_request",
    "TaskRemoveProjectRequestBody": ".task_remove_project_request_body",
    "TaskRemoveTagRequest": ".task_remove_tag_request",
    "TaskRemoveTagRequestBody": ".task_remove_tag_request_body",
    "TaskSetParentRequest": ".task_set_parent_request",
    "TaskSetParentRequestBody": ".task_set_parent_request_body",
    "TaskTemplate": ".task_template",
    "TaskTemplateArray": ".task_template_array",
    "TaskTemplateData": ".task_template_data",
    "TaskTemplateInstantiateTaskRequest": ".task_template_instantiate_task_request",
    "TaskTemplateInstantiateTaskRequestBody": ".task_template_instantiate_task_request_body",
    "TaskTemplateRecipe": ".task_template_recipe",
    "TaskTemplateRecipeSummary": ".task_template_recipe_summary",
    "TaskUpdateRequest": ".task_update_request",
    "TaskUpdateRequestApprovalStatus": ".task_update_request_approval_status",
    "TaskUpdateRequestAssigneeStatus": ".task_update_request_assignee_status",
    "TaskUpdateRequestBody": ".task_update_request_body",
    "TaskUpdateRequestCustomFields": ".task_update_request_custom_fields",
    "TaskUpdateRequestResourceSubtype": ".task_update_request_resource_subtype",
    "Team": ".team",
    "TeamAddUserRequest": ".team_add_user_request",
    "TeamAddUserRequestBody": ".team_add_user_request_body",
    "TeamArray": ".team_array",
    "TeamCreateRequest": ".team_create_request",
    "TeamCreateRequestBody": ".team_create_request_body",
    "TeamCreateRequestEditTeamNameOrDescriptionAccessLevel": ".team_create_request_edit_team_name_or_description_access_level",
    "TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel": ".team_create_request_edit_team_visibility_or_trash_team_access_level",
    "TeamCreateRequestGuestInviteManagementAccessLevel": ".team_create_request_guest_invite_management_access_level",
    "TeamCreateRequestJoinRequestManagementAccessLevel": ".team_create_request_join_request_management_access_level",
    "TeamCreateRequestMemberInviteManagementAccessLevel": ".team_create_request_member_invite_management_access_level",
    "TeamCreateRequestTeamContentManagementAccessLevel": ".team_create_request_team_content_management_access_level",
    "TeamCreateRequestTeamMemberRemovalAccessLevel": ".team_create_request_team_member_removal_access_level",
    "TeamCreateRequestVisibility": ".team_create_request_visibility",
    "TeamData": ".team_data",
    "TeamMembership": ".team_membership",
    "TeamMembershipArray": ".team_membership_array",
    "TeamMembershipData": ".team_membership_data",
    "TeamRemoveUserRequest": ".team_remove_user_request",
    "TeamRemoveUserRequestBody": ".team_remove_user_request_body",
    "TeamUpdateRequest": ".team_update_request",
    "TeamUpdateRequestBody": ".team_update_request_body",
    "TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel": ".team_update_request_edit_team_name_or_description_access_level",
    "TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel": ".team_update_request_edit_team_visibility_or_trash_team_access_level",
    "TeamUpdateRequestGuestInviteManagementAccessLevel": ".team_update_request_guest_invite_management_access_level",
    "TeamUpdateRequestJoinRequestManagementAccessLevel": ".team_update_request_join_request_management_access_level",
    "TeamUpdateRequestMemberInviteManagementAccessLevel": ".team_update_request_member_invite_management_access_level",
    "TeamUpdateRequestTeamContentManagementAccessLevel": ".team_update_request_team_content_management_access_level",
    "TeamUpdateRequestTeamMemberRemovalAccessLevel": ".team_update_request_team_member_removal_access_level",
    "TeamUpdateRequestVisibility": ".team_update_request_visibility",
    "TemplateRole": ".template_role",
    "TimePeriod": ".time_period",
    "TimePeriodArray": ".time_period_array",
    "TimePeriodData": ".time_period_data",
    "TimesheetApprovalStatus": ".timesheet_approval_status",
    "TimesheetApprovalStatusArray": ".timesheet_approval_status_array",
    "TimesheetApprovalStatusCreateRequest": ".timesheet_approval_status_create_request",
    "TimesheetApprovalStatusCreateRequestBody": ".timesheet_approval_status_create_request_body",
    "TimesheetApprovalStatusData": ".timesheet_approval_status_data",
    "TimesheetApprovalStatusUpdateRequest": ".timesheet_approval_status_update_request",
    "TimesheetApprovalStatusUpdateRequestApprovalStatus": ".timesheet_approval_status_update_request_approval_status",
    "TimesheetApprovalStatusUpdateRequestBody": ".timesheet_approval_status_update_request_body",
    "TimeTrackingCategory": ".time_tracking_category",
    "TimeTrackingCategoryArray": ".time_tracking_category_array",
    "TimeTrackingCategoryCreateRequest": ".time_tracking_category_create_request",
    "TimeTrackingCategoryCreateRequestBody": ".time_tracking_category_create_request_body",
    "TimeTrackingCategoryCreateRequestColor": ".time_tracking_category_create_request_color",
    "TimeTrackingCategoryData": ".time_tracking_category_data",
    "TimeTrackingCategoryUpdateRequest": ".time_tracking_category_update_request",
    "TimeTrackingCategoryUpdateRequestBody": ".time_tracking_category_update_request_body",
    "TimeTrackingCategoryUpdateRequestColor": ".time_tracking_category_update_request_color",
    "TimeTrackingEntry": ".time_tracking_entry",
    "TimeTrackingEntryArray": ".time_tracking_entry_array",
    "TimeTrackingEntryCreateRequest": ".time_tracking_entry_create_request",
    "TimeTrackingEntryCreateRequestBillableStatus": ".time_tracking_entry_create_request_billable_status",
    "TimeTrackingEntryCreateRequestBody": ".time_tracking_entry_create_request_body",
    "TimeTrackingEntryData": ".time_tracking_entry_data",
    "TimeTrackingEntryUpdateRequest": ".time_tracking_entry_update_request",
    "TimeTrackingEntryUpdateRequestBillableStatus": ".time_tracking_entry_update_request_billable_status",
    "TimeTrackingEntryUpdateRequestBody": ".time_tracking_entry_update_request_body",
    "TypeaheadForWorkspaceResourceType": ".typeahead_for_workspace_resource_type",
    "TypeaheadForWorkspaceType": ".typeahead_for_workspace_type",
    "User": ".user",
    "UserArray": ".user_array",
    "UserData": ".user_data",
    "UserPhoto": ".user_photo",
    "UserTaskList": ".user_task_list",
    "UserTaskListData": ".user_task_list_data",
    "UserUpdateRequest": ".user_update_request",
    "UserUpdateRequestBody": ".user_update_request_body",
    "UserUpdateRequestCustomFields": ".user_update_request_custom_fields",
    "Webhook": ".webhook",
    "WebhookArray": ".webhook_array",
    "WebhookData": ".webhook_data",
    "WebhookFilter": ".webhook_filter",
    "WebhookRequest": ".webhook_request",
    "WebhookRequestBody": ".webhook_request_body",
    "WebhookUpdateRequest": ".webhook_update_request",
    "WebhookUpdateRequestBody": ".webhook_update_request_body",
    "Workspace": ".workspace",
    "WorkspaceAddUserRequest": ".workspace_add_user_request",
    "WorkspaceAddUserRequestBody": ".workspace_add_user_request_body",
    "WorkspaceArray": ".workspace_array",
    "WorkspaceData": ".workspace_data",
    "WorkspaceMembership": ".workspace_membership",
    "WorkspaceMembershipArray": ".workspace_membership_array",
    "WorkspaceMembershipData": ".workspace_membership_data",
    "WorkspaceMembershipVacationDates": ".workspace_membership_vacation_dates",
    "WorkspaceRemoveUserRequest": ".workspace_remove_user_request",
    "WorkspaceRemoveUserRequestBody": ".workspace_remove_user_request_body",
    "WorkspaceRequest": ".workspace_request",
    "WorkspaceRequestBody": ".workspace_request_body",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessRequest",
    "AccessRequestApprovalStatus",
    "AccessRequestArray",
    "AccessRequestCreateRequest",
    "AccessRequestCreateRequestBody",
    "AccessRequestData",
    "AddCustomFieldSettingRequest",
    "AddCustomFieldSettingRequestBody",
    "AddFollowersRequest",
    "AddFollowersRequestBody",
    "AddMembersRequest",
    "AddMembersRequestBody",
    "Agent",
    "AgentArray",
    "AgentData",
    "AgentPhoto",
    "Allocation",
    "AllocationArray",
    "AllocationCreateRequest",
    "AllocationCreateRequestBody",
    "AllocationData",
    "AllocationEffort",
    "AllocationUpdateRequest",
    "AllocationUpdateRequestBody",
    "AsanaNamedResource",
    "AsanaNamedResourceArray",
    "AsanaResource",
    "Attachment",
    "AttachmentArray",
    "AttachmentData",
    "AttachmentRequest",
    "AttachmentRequestResourceSubtype",
    "AuditLogEvent",
    "AuditLogEventActor",
    "AuditLogEventArray",
    "AuditLogEventContext",
    "AuditLogEventDetails",
    "AuditLogEventDetailsGroup",
    "AuditLogEventResource",
    "BatchRequest",
    "BatchRequestAction",
    "BatchRequestActionData",
    "BatchRequestBody",
    "BatchRequestOptions",
    "BatchResponse",
    "BatchResponseArray",
    "BatchResponseBody",
    "BatchResponseHeaders",
    "Budget",
    "BudgetActual",
    "BudgetActualRequest",
    "BudgetActualRequestBillableStatusFilter",
    "BudgetArray",
    "BudgetCreateRequest",
    "BudgetCreateRequestBody",
    "BudgetCreateRequestBudgetType",
    "BudgetData",
    "BudgetEstimate",
    "BudgetEstimateRequest",
    "BudgetEstimateRequestBillableStatusFilter",
    "BudgetEstimateRequestSource",
    "BudgetTotal",
    "BudgetTotalRequest",
    "BudgetUpdateRequest",
    "BudgetUpdateRequestBody",
    "BudgetUpdateRequestBudgetType",
    "CreatedWebhook",
    "CustomField",
    "CustomFieldArray",
    "CustomFieldCreateRequest",
    "CustomFieldCreateRequestBody",
    "CustomFieldCreateRequestCustomLabelPositionType1",
    "CustomFieldCreateRequestDefaultAccessLevel",
    "CustomFieldCreateRequestFormat",
    "CustomFieldCreateRequestInputRestrictionsItem",
    "CustomFieldCreateRequestPrivacySetting",
    "CustomFieldCreateRequestResourceSubtype",
    "CustomFieldData",
    "CustomFieldDateValue",
    "CustomFieldSetting",
    "CustomFieldSettingArray",
    "CustomFieldSettingData",
    "CustomFieldUpdateRequest",
    "CustomFieldUpdateRequestBody",
    "CustomFieldUpdateRequestCustomLabelPositionType1",
    "CustomFieldUpdateRequestDefaultAccessLevel",
    "CustomFieldUpdateRequestFormat",
    "CustomFieldUpdateRequestInputRestrictionsItem",
    "CustomFieldUpdateRequestPrivacySetting",
    "CustomType",
    "CustomTypeArray",
    "CustomTypeData",
    "CustomTypeStatusOption",
    "DateVariable",
    "DateVariableRequest",
    "EmptyResponse",
    "EmptyResponseData",
    "EnumOption",
    "EnumOptionData",
    "EnumOptionInsertRequest",
    "EnumOptionInsertRequestBody",
    "EnumOptionRequest",
    "EnumOptionRequestBody",
    "EnumOptionUpdateRequest",
    "EnumOptionUpdateRequestBody",
    "Error",
    "ErrorResponse",
    "Event",
    "EventArray",
    "EventChange",
    "EventsPage",
    "GetAuditLogEventsActorType",
    "GetFavoritesForUserResourceType",
    "GetMembershipsResourceSubtype",
    "Goal",
    "GoalAddCustomFieldSettingRequest",
    "GoalAddCustomFieldSettingRequestBody",
    "GoalArray",
    "GoalData",
    "GoalMetric",
    "GoalMetricCurrentValueRequest",
    "GoalMetricCurrentValueRequestBody",
    "GoalMetricRequest",
    "GoalMetricRequestBody",
    "GoalMetricRequestProgressSource",
    "GoalMetricRequestUnit",
    "GoalRelationship",
    "GoalRelationshipAddRequest",
    "GoalRelationshipAddRequestBody",
    "GoalRelationshipArray",
    "GoalRelationshipData",
    "GoalRelationshipRemoveRequest",
    "GoalRelationshipRemoveRequestBody",
    "GoalRelationshipRequest",
    "GoalRelationshipRequestBody",
    "GoalRemoveCustomFieldSettingRequest",
    "GoalRemoveCustomFieldSettingRequestBody",
    "GoalRequest",
    "GoalRequestBody",
    "GoalUpdateRequest",
    "GoalUpdateRequestBody",
    "GoalUpdateRequestCustomFields",
    "GraphExport",
    "GraphExportRequest",
    "GraphExportRequestBody",
    "Job",
    "JobData",
    "Like",
    "Membership",
    "MembershipArray",
    "MembershipCreateRequest",
    "MembershipCreateRequestBody",
    "MembershipData",
    "MembershipUpdateRequest",
    "MembershipUpdateRequestBody",
    "ModifyDependenciesRequest",
    "ModifyDependenciesRequestBody",
    "ModifyDependentsRequest",
    "ModifyDependentsRequestBody",
    "NextPage",
    "OooEntry",
    "OooEntryArray",
    "OooEntryCreateRequest",
    "OooEntryCreateRequestBody",
    "OooEntryData",
    "OooEntryUpdateRequest",
    "OooEntryUpdateRequestBody",
    "OrganizationExport",
    "OrganizationExportData",
    "OrganizationExportRequest",
    "OrganizationExportRequestBody",
    "Portfolio",
    "PortfolioAddCustomFieldSettingRequest",
    "PortfolioAddCustomFieldSettingRequestBody",
    "PortfolioAddItemRequest",
    "PortfolioAddItemRequestBody",
    "PortfolioAddMembersRequest",
    "PortfolioAddMembersRequestBody",
    "PortfolioArray",
    "PortfolioData",
    "PortfolioDuplicateRequest",
    "PortfolioDuplicateRequestBody",
    "PortfolioMembership",
    "PortfolioMembershipArray",
    "PortfolioMembershipData",
    "PortfolioRemoveCustomFieldSettingRequest",
    "PortfolioRemoveCustomFieldSettingRequestBody",
    "PortfolioRemoveItemRequest",
    "PortfolioRemoveItemRequestBody",
    "PortfolioRemoveMembersRequest",
    "PortfolioRemoveMembersRequestBody",
    "PortfolioRequest",
    "PortfolioRequestBody",
    "PortfolioRequestColor",
    "PortfolioRequestDefaultAccessLevel",
    "PortfolioUpdateRequest",
    "PortfolioUpdateRequestBody",
    "PortfolioUpdateRequestColor",
    "PortfolioUpdateRequestCustomFields",
    "PortfolioUpdateRequestDefaultAccessLevel",
    "Project",
    "ProjectArray",
    "ProjectBrief",
    "ProjectBriefData",
    "ProjectBriefRequest",
    "ProjectBriefRequestBody",
    "ProjectData",
    "ProjectDuplicateRequest",
    "ProjectDuplicateRequestBody",
    "ProjectDuplicateScheduleDates",
    "ProjectMembership",
    "ProjectMembershipArray",
    "ProjectMembershipData",
    "ProjectPortfolioSetting",
    "ProjectPortfolioSettingArray",
    "ProjectPortfolioSettingData",
    "ProjectPortfolioSettingUpdateRequest",
    "ProjectPortfolioSettingUpdateRequestBody",
    "ProjectRequest",
    "ProjectRequestBody",
    "ProjectRequestColorType1",
    "ProjectRequestCustomFields",
    "ProjectRequestDefaultAccessLevel",
    "ProjectRequestDefaultView",
    "ProjectRequestIconType1",
    "ProjectRequestMinimumAccessLevelForCustomization",
    "ProjectRequestMinimumAccessLevelForSharing",
    "ProjectRequestPrivacySetting",
    "ProjectSaveAsTemplateRequest",
    "ProjectSaveAsTemplateRequestBody",
    "ProjectSectionInsertRequest",
    "ProjectSectionInsertRequestBody",
    "ProjectStatus",
    "ProjectStatusArray",
    "ProjectStatusData",
    "ProjectStatusRequest",
    "ProjectStatusRequestBody",
    "ProjectStatusRequestColor",
    "ProjectTemplate",
    "ProjectTemplateArray",
    "ProjectTemplateData",
    "ProjectTemplateInstantiateProjectRequest",
    "ProjectTemplateInstantiateProjectRequestBody",
    "ProjectTemplateInstantiateProjectRequestPrivacySetting",
    "ProjectUpdateRequest",
    "ProjectUpdateRequestBody",
    "ProjectUpdateRequestColorType1",
    "ProjectUpdateRequestCustomFields",
    "ProjectUpdateRequestDefaultAccessLevel",
    "ProjectUpdateRequestDefaultView",
    "ProjectUpdateRequestIconType1",
    "ProjectUpdateRequestMinimumAccessLevelForCustomization",
    "ProjectUpdateRequestMinimumAccessLevelForSharing",
    "ProjectUpdateRequestPrivacySetting",
    "Rate",
    "RateArray",
    "RateCreateRequest",
    "RateCreateRequestBody",
    "RateData",
    "RateUpdateRequest",
    "RateUpdateRequestBody",
    "RbacRole",
    "RbacRoleArray",
    "RbacRoleCreateRequest",
    "RbacRoleCreateRequestBaseRoleType",
    "RbacRoleCreateRequestBody",
    "RbacRoleData",
    "RbacRolePermissions",
    "RbacRoleUpdateRequest",
    "RbacRoleUpdateRequestBaseRoleType",
    "RbacRoleUpdateRequestBody",
    "Reaction",
    "ReactionArray",
    "ReactionSummaryItem",
    "RemoveCustomFieldSettingRequest",
    "RemoveCustomFieldSettingRequestBody",
    "RemoveFollowersRequest",
    "RemoveFollowersRequestBody",
    "RemoveMembersRequest",
    "RemoveMembersRequestBody",
    "RequestedRoleRequest",
    "ResourceExport",
    "ResourceExportFilters",
    "ResourceExportRequest",
    "ResourceExportRequestBody",
    "ResourceExportRequestParameter",
    "RuleTriggerRequest",
    "RuleTriggerRequestActionData",
    "RuleTriggerRequestBody",
    "RuleTriggerResult",
    "RuleTriggerResultData",
    "SearchProjectsForWorkspaceSortBy",
    "SearchTasksForWorkspaceSortBy",
    "Section",
    "SectionArray",
    "SectionData",
    "SectionRequest",
    "SectionRequestBody",
    "SectionTaskInsertRequest",
    "SectionTaskInsertRequestBody",
    "StatusUpdate",
    "StatusUpdateArray",
    "StatusUpdateData",
    "StatusUpdateRequest",
    "StatusUpdateRequestBody",
    "StatusUpdateRequestStatusType",
    "Story",
    "StoryArray",
    "StoryData",
    "StoryRequest",
    "StoryRequestBody",
    "StoryRequestStickerName",
    "StoryResponseDates",
    "SyncTokenError",
    "Tag",
    "TagArray",
    "TagCreateRequest",
    "TagCreateRequestBody",
    "TagCreateRequestColorType1",
    "TagCreateTagForWorkspaceRequest",
    "TagCreateTagForWorkspaceRequestBody",
    "TagCreateTagForWorkspaceRequestColorType1",
    "TagData",
    "TagUpdateRequest",
    "TagUpdateRequestBody",
    "TagUpdateRequestColorType1",
    "Task",
    "TaskAddFollowersRequest",
    "TaskAddFollowersRequestBody",
    "TaskAddProjectRequest",
    "TaskAddProjectRequestBody",
    "TaskAddTagRequest",
    "TaskAddTagRequestBody",
    "TaskArray",
    "TaskCount",
    "TaskCountData",
    "TaskCreateRequest",
    "TaskCreateRequestApprovalStatus",
    "TaskCreateRequestAssigneeStatus",
    "TaskCreateRequestBody",
    "TaskCreateRequestCustomFields",
    "TaskCreateRequestResourceSubtype",
    "TaskData",
    "TaskDuplicateRequest",
    "TaskDuplicateRequestBody",
    "TaskExternal",
    "TaskMembership",
    "TaskMembershipRequest",
    "TaskRemoveFollowersRequest",
    "TaskRemoveFollowersRequestBody",
    "TaskRemoveProjectRequest",
    "TaskRemoveProjectRequestBody",
    "TaskRemoveTagRequest",
    "TaskRemoveTagRequestBody",
    "TaskSetParentRequest",
    "TaskSetParentRequestBody",
    "TaskTemplate",
    "TaskTemplateArray",
    "TaskTemplateData",
    "TaskTemplateInstantiateTaskRequest",
    "TaskTemplateInstantiateTaskRequestBody",
    "TaskTemplateRecipe",
    "TaskTemplateRecipeSummary",
    "TaskUpdateRequest",
    "TaskUpdateRequestApprovalStatus",
    "TaskUpdateRequestAssigneeStatus",
    "TaskUpdateRequestBody",
    "TaskUpdateRequestCustomFields",
    "TaskUpdateRequestResourceSubtype",
    "Team",
    "TeamAddUserRequest",
    "TeamAddUserRequestBody",
    "TeamArray",
    "TeamCreateRequest",
    "TeamCreateRequestBody",
    "TeamCreateRequestEditTeamNameOrDescriptionAccessLevel",
    "TeamCreateRequestEditTeamVisibilityOrTrashTeamAccessLevel",
    "TeamCreateRequestGuestInviteManagementAccessLevel",
    "TeamCreateRequestJoinRequestManagementAccessLevel",
    "TeamCreateRequestMemberInviteManagementAccessLevel",
    "TeamCreateRequestTeamContentManagementAccessLevel",
    "TeamCreateRequestTeamMemberRemovalAccessLevel",
    "TeamCreateRequestVisibility",
    "TeamData",
    "TeamMembership",
    "TeamMembershipArray",
    "TeamMembershipData",
    "TeamRemoveUserRequest",
    "TeamRemoveUserRequestBody",
    "TeamUpdateRequest",
    "TeamUpdateRequestBody",
    "TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel",
    "TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel",
    "TeamUpdateRequestGuestInviteManagementAccessLevel",
    "TeamUpdateRequestJoinRequestManagementAccessLevel",
    "TeamUpdateRequestMemberInviteManagementAccessLevel",
    "TeamUpdateRequestTeamContentManagementAccessLevel",
    "TeamUpdateRequestTeamMemberRemovalAccessLevel",
    "TeamUpdateRequestVisibility",
    "TemplateRole",
    "TimePeriod",
    "TimePeriodArray",
    "TimePeriodData",
    "TimesheetApprovalStatus",
    "TimesheetApprovalStatusArray",
    "TimesheetApprovalStatusCreateRequest",
    "TimesheetApprovalStatusCreateRequestBody",
    "TimesheetApprovalStatusData",
    "TimesheetApprovalStatusUpdateRequest",
    "TimesheetApprovalStatusUpdateRequestApprovalStatus",
    "TimesheetApprovalStatusUpdateRequestBody",
    "TimeTrackingCategory",
    "TimeTrackingCategoryArray",
    "TimeTrackingCategoryCreateRequest",
    "TimeTrackingCategoryCreateRequestBody",
    "TimeTrackingCategoryCreateRequestColor",
    "TimeTrackingCategoryData",
    "TimeTrackingCategoryUpdateRequest",
    "TimeTrackingCategoryUpdateRequestBody",
    "TimeTrackingCategoryUpdateRequestColor",
    "TimeTrackingEntry",
    "TimeTrackingEntryArray",
    "TimeTrackingEntryCreateRequest",
    "TimeTrackingEntryCreateRequestBillableStatus",
    "TimeTrackingEntryCreateRequestBody",
    "TimeTrackingEntryData",
    "TimeTrackingEntryUpdateRequest",
    "TimeTrackingEntryUpdateRequestBillableStatus",
    "TimeTrackingEntryUpdateRequestBody",
    "TypeaheadForWorkspaceResourceType",
    "TypeaheadForWorkspaceType",
    "User",
    "UserArray",
    "UserData",
    "UserPhoto",
    "UserTaskList",
    "UserTaskListData",
    "UserUpdateRequest",
    "UserUpdateRequestBody",
    "UserUpdateRequestCustomFields",
    "Webhook",
    "WebhookArray",
    "WebhookData",
    "WebhookFilter",
    "WebhookRequest",
    "WebhookRequestBody",
    "WebhookUpdateRequest",
    "WebhookUpdateRequestBody",
    "Workspace",
    "WorkspaceAddUserRequest",
    "WorkspaceAddUserRequestBody",
    "WorkspaceArray",
    "WorkspaceData",
    "WorkspaceMembership",
    "WorkspaceMembershipArray",
    "WorkspaceMembershipData",
    "WorkspaceMembershipVacationDates",
    "WorkspaceRemoveUserRequest",
    "WorkspaceRemoveUserRequestBody",
    "WorkspaceRequest",
    "WorkspaceRequestBody",
)
