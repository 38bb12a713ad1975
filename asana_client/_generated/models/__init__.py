"""Contains all the data models used in inputs/outputs

Each model loads on first use (PEP 562 `__getattr__`); type checkers see ordinary imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .created_webhook import CreatedWebhook
    from .custom_field import CustomField
    from .custom_field_date_value import CustomFieldDateValue
    from .custom_field_setting import CustomFieldSetting
    from .custom_type import CustomType
    from .custom_type_status_option import CustomTypeStatusOption
    from .empty_response import EmptyResponse
    from .empty_response_data import EmptyResponseData
    from .enum_option import EnumOption
    from .error import Error
    from .error_response import ErrorResponse
    from .event import Event
    from .event_change import EventChange
    from .events_page import EventsPage
    from .get_audit_log_events_actor_type import GetAuditLogEventsActorType
    from .graph_export import GraphExport
    from .graph_export_request import GraphExportRequest
    from .graph_export_request_body import GraphExportRequestBody
    from .job import Job
    from .job_data import JobData
    from .like import Like
    from .modify_dependencies_request import ModifyDependenciesRequest
    from .modify_dependencies_request_body import ModifyDependenciesRequestBody
    from .modify_dependents_request import ModifyDependentsRequest
    from .modify_dependents_request_body import ModifyDependentsRequestBody
    from .next_page import NextPage
    from .organization_export import OrganizationExport
    from .organization_export_data import OrganizationExportData
    from .organization_export_request import OrganizationExportRequest
    from .organization_export_request_body import OrganizationExportRequestBody
    from .project import Project
    from .project_array import ProjectArray
    from .project_brief import ProjectBrief
    from .project_data import ProjectData
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
    from .project_status import ProjectStatus
    from .project_template import ProjectTemplate
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
    from .resource_export import ResourceExport
    from .resource_export_filters import ResourceExportFilters
    from .resource_export_request import ResourceExportRequest
    from .resource_export_request_body import ResourceExportRequestBody
    from .resource_export_request_parameter import ResourceExportRequestParameter
    from .search_tasks_for_workspace_sort_by import SearchTasksForWorkspaceSortBy
    from .section import Section
    from .section_array import SectionArray
    from .section_data import SectionData
    from .section_request import SectionRequest
    from .section_request_body import SectionRequestBody
    from .section_task_insert_request import SectionTaskInsertRequest
    from .section_task_insert_request_body import SectionTaskInsertRequestBody
    from .status_update import StatusUpdate
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
    from .task_create_request import TaskCreateRequest
    from .task_create_request_approval_status import TaskCreateRequestApprovalStatus
    from .task_create_request_assignee_status import TaskCreateRequestAssigneeStatus
    from .task_create_request_body import TaskCreateRequestBody
    from .task_create_request_custom_fields import TaskCreateRequestCustomFields
    from .task_create_request_resource_subtype import TaskCreateRequestResourceSubtype
    from .task_data import TaskData
    from .task_external import TaskExternal
    from .task_membership import TaskMembership
    from .task_remove_followers_request import TaskRemoveFollowersRequest
    from .task_remove_followers_request_body import TaskRemoveFollowersRequestBody
    from .task_remove_project_request import TaskRemoveProjectRequest
    from .task_remove_project_request_body import TaskRemoveProjectRequestBody
    from .task_remove_tag_request import TaskRemoveTagRequest
    from .task_remove_tag_request_body import TaskRemoveTagRequestBody
    from .task_set_parent_request import TaskSetParentRequest
    from .task_set_parent_request_body import TaskSetParentRequestBody
    from .task_update_request import TaskUpdateRequest
    from .task_update_request_approval_status import TaskUpdateRequestApprovalStatus
    from .task_update_request_assignee_status import TaskUpdateRequestAssigneeStatus
    from .task_update_request_body import TaskUpdateRequestBody
    from .task_update_request_custom_fields import TaskUpdateRequestCustomFields
    from .task_update_request_resource_subtype import TaskUpdateRequestResourceSubtype
    from .team import Team
    from .team_array import TeamArray
    from .team_data import TeamData
    from .typeahead_for_workspace_resource_type import TypeaheadForWorkspaceResourceType
    from .typeahead_for_workspace_type import TypeaheadForWorkspaceType
    from .user import User
    from .user_array import UserArray
    from .user_data import UserData
    from .user_photo import UserPhoto
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
    from .workspace_remove_user_request import WorkspaceRemoveUserRequest
    from .workspace_remove_user_request_body import WorkspaceRemoveUserRequestBody
    from .workspace_request import WorkspaceRequest
    from .workspace_request_body import WorkspaceRequestBody

_MODULES = {
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
    "CreatedWebhook": ".created_webhook",
    "CustomField": ".custom_field",
    "CustomFieldDateValue": ".custom_field_date_value",
    "CustomFieldSetting": ".custom_field_setting",
    "CustomType": ".custom_type",
    "CustomTypeStatusOption": ".custom_type_status_option",
    "EmptyResponse": ".empty_response",
    "EmptyResponseData": ".empty_response_data",
    "EnumOption": ".enum_option",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventChange": ".event_change",
    "EventsPage": ".events_page",
    "GetAuditLogEventsActorType": ".get_audit_log_events_actor_type",
    "GraphExport": ".graph_export",
    "GraphExportRequest": ".graph_export_request",
    "GraphExportRequestBody": ".graph_export_request_body",
    "Job": ".job",
    "JobData": ".job_data",
    "Like": ".like",
    "ModifyDependenciesRequest": ".modify_dependencies_request",
    "ModifyDependenciesRequestBody": ".modify_dependencies_request_body",
    "ModifyDependentsRequest": ".modify_dependents_request",
    "ModifyDependentsRequestBody": ".modify_dependents_request_body",
    "NextPage": ".next_page",
    "OrganizationExport": ".organization_export",
    "OrganizationExportData": ".organization_export_data",
    "OrganizationExportRequest": ".organization_export_request",
    "OrganizationExportRequestBody": ".organization_export_request_body",
    "Project": ".project",
    "ProjectArray": ".project_array",
    "ProjectBrief": ".project_brief",
    "ProjectData": ".project_data",
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
    "ProjectStatus": ".project_status",
    "ProjectTemplate": ".project_template",
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
    "ResourceExport": ".resource_export",
    "ResourceExportFilters": ".resource_export_filters",
    "ResourceExportRequest": ".resource_export_request",
    "ResourceExportRequestBody": ".resource_export_request_body",
    "ResourceExportRequestParameter": ".resource_export_request_parameter",
    "SearchTasksForWorkspaceSortBy": ".search_tasks_for_workspace_sort_by",
    "Section": ".section",
    "SectionArray": ".section_array",
    "SectionData": ".section_data",
    "SectionRequest": ".section_request",
    "SectionRequestBody": ".section_request_body",
    "SectionTaskInsertRequest": ".section_task_insert_request",
    "SectionTaskInsertRequestBody": ".section_task_insert_request_body",
    "StatusUpdate": ".status_update",
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
    "TaskCreateRequest": ".task_create_request",
    "TaskCreateRequestApprovalStatus": ".task_create_request_approval_status",
    "TaskCreateRequestAssigneeStatus": ".task_create_request_assignee_status",
    "TaskCreateRequestBody": ".task_create_request_body",
    "TaskCreateRequestCustomFields": ".task_create_request_custom_fields",
    "TaskCreateRequestResourceSubtype": ".task_create_request_resource_subtype",
    "TaskData": ".task_data",
    "TaskExternal": ".task_external",
    "TaskMembership": ".task_membership",
    "TaskRemoveFollowersRequest": ".task_remove_followers_request",
    "TaskRemoveFollowersRequestBody": ".task_remove_followers_request_body",
    "TaskRemoveProjectRequest": ".task_remove_project_request",
    "TaskRemoveProjectRequestBody": ".task_remove_project_request_body",
    "TaskRemoveTagRequest": ".task_remove_tag_request",
    "TaskRemoveTagRequestBody": ".task_remove_tag_request_body",
    "TaskSetParentRequest": ".task_set_parent_request",
    "TaskSetParentRequestBody": ".task_set_parent_request_body",
    "TaskUpdateRequest": ".task_update_request",
    "TaskUpdateRequestApprovalStatus": ".task_update_request_approval_status",
    "TaskUpdateRequestAssigneeStatus": ".task_update_request_assignee_status",
    "TaskUpdateRequestBody": ".task_update_request_body",
    "TaskUpdateRequestCustomFields": ".task_update_request_custom_fields",
    "TaskUpdateRequestResourceSubtype": ".task_update_request_resource_subtype",
    "Team": ".team",
    "TeamArray": ".team_array",
    "TeamData": ".team_data",
    "TypeaheadForWorkspaceResourceType": ".typeahead_for_workspace_resource_type",
    "TypeaheadForWorkspaceType": ".typeahead_for_workspace_type",
    "User": ".user",
    "UserArray": ".user_array",
    "UserData": ".user_data",
    "UserPhoto": ".user_photo",
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
    "CreatedWebhook",
    "CustomField",
    "CustomFieldDateValue",
    "CustomFieldSetting",
    "CustomType",
    "CustomTypeStatusOption",
    "EmptyResponse",
    "EmptyResponseData",
    "EnumOption",
    "Error",
    "ErrorResponse",
    "Event",
    "EventChange",
    "EventsPage",
    "GetAuditLogEventsActorType",
    "GraphExport",
    "GraphExportRequest",
    "GraphExportRequestBody",
    "Job",
    "JobData",
    "Like",
    "ModifyDependenciesRequest",
    "ModifyDependenciesRequestBody",
    "ModifyDependentsRequest",
    "ModifyDependentsRequestBody",
    "NextPage",
    "OrganizationExport",
    "OrganizationExportData",
    "OrganizationExportRequest",
    "OrganizationExportRequestBody",
    "Project",
    "ProjectArray",
    "ProjectBrief",
    "ProjectData",
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
    "ProjectStatus",
    "ProjectTemplate",
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
    "ResourceExport",
    "ResourceExportFilters",
    "ResourceExportRequest",
    "ResourceExportRequestBody",
    "ResourceExportRequestParameter",
    "SearchTasksForWorkspaceSortBy",
    "Section",
    "SectionArray",
    "SectionData",
    "SectionRequest",
    "SectionRequestBody",
    "SectionTaskInsertRequest",
    "SectionTaskInsertRequestBody",
    "StatusUpdate",
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
    "TaskCreateRequest",
    "TaskCreateRequestApprovalStatus",
    "TaskCreateRequestAssigneeStatus",
    "TaskCreateRequestBody",
    "TaskCreateRequestCustomFields",
    "TaskCreateRequestResourceSubtype",
    "TaskData",
    "TaskExternal",
    "TaskMembership",
    "TaskRemoveFollowersRequest",
    "TaskRemoveFollowersRequestBody",
    "TaskRemoveProjectRequest",
    "TaskRemoveProjectRequestBody",
    "TaskRemoveTagRequest",
    "TaskRemoveTagRequestBody",
    "TaskSetParentRequest",
    "TaskSetParentRequestBody",
    "TaskUpdateRequest",
    "TaskUpdateRequestApprovalStatus",
    "TaskUpdateRequestAssigneeStatus",
    "TaskUpdateRequestBody",
    "TaskUpdateRequestCustomFields",
    "TaskUpdateRequestResourceSubtype",
    "Team",
    "TeamArray",
    "TeamData",
    "TypeaheadForWorkspaceResourceType",
    "TypeaheadForWorkspaceType",
    "User",
    "UserArray",
    "UserData",
    "UserPhoto",
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
    "WorkspaceRemoveUserRequest",
    "WorkspaceRemoveUserRequestBody",
    "WorkspaceRequest",
    "WorkspaceRequestBody",
)
