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
    from .attachment_compact import AttachmentCompact
    from .attachment_request import AttachmentRequest
    from .attachment_request_resource_subtype import AttachmentRequestResourceSubtype
    from .attachment_response import AttachmentResponse
    from .attachment_response_array import AttachmentResponseArray
    from .attachment_response_data import AttachmentResponseData
    from .custom_field_compact import CustomFieldCompact
    from .custom_field_date_value import CustomFieldDateValue
    from .custom_field_response import CustomFieldResponse
    from .custom_field_setting_response import CustomFieldSettingResponse
    from .custom_type_compact import CustomTypeCompact
    from .custom_type_status_option_compact import CustomTypeStatusOptionCompact
    from .empty_response import EmptyResponse
    from .empty_response_data import EmptyResponseData
    from .enum_option import EnumOption
    from .error import Error
    from .error_response import ErrorResponse
    from .like import Like
    from .modify_dependencies_request import ModifyDependenciesRequest
    from .modify_dependencies_request_body import ModifyDependenciesRequestBody
    from .modify_dependents_request import ModifyDependentsRequest
    from .modify_dependents_request_body import ModifyDependentsRequestBody
    from .next_page import NextPage
    from .project_brief_compact import ProjectBriefCompact
    from .project_compact import ProjectCompact
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
    from .project_response import ProjectResponse
    from .project_response_array import ProjectResponseArray
    from .project_response_data import ProjectResponseData
    from .project_status_response import ProjectStatusResponse
    from .project_template_compact import ProjectTemplateCompact
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
    from .search_tasks_for_workspace_sort_by import SearchTasksForWorkspaceSortBy
    from .section_compact import SectionCompact
    from .section_request import SectionRequest
    from .section_request_body import SectionRequestBody
    from .section_response import SectionResponse
    from .section_response_array import SectionResponseArray
    from .section_response_data import SectionResponseData
    from .section_task_insert_request import SectionTaskInsertRequest
    from .section_task_insert_request_body import SectionTaskInsertRequestBody
    from .status_update_compact import StatusUpdateCompact
    from .story_compact import StoryCompact
    from .story_request import StoryRequest
    from .story_request_body import StoryRequestBody
    from .story_request_sticker_name import StoryRequestStickerName
    from .story_response import StoryResponse
    from .story_response_array import StoryResponseArray
    from .story_response_data import StoryResponseData
    from .story_response_dates import StoryResponseDates
    from .tag_compact import TagCompact
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
    from .tag_response import TagResponse
    from .tag_response_array import TagResponseArray
    from .tag_response_data import TagResponseData
    from .tag_update_request import TagUpdateRequest
    from .tag_update_request_body import TagUpdateRequestBody
    from .tag_update_request_color_type_1 import TagUpdateRequestColorType1
    from .task_add_followers_request import TaskAddFollowersRequest
    from .task_add_followers_request_body import TaskAddFollowersRequestBody
    from .task_add_project_request import TaskAddProjectRequest
    from .task_add_project_request_body import TaskAddProjectRequestBody
    from .task_add_tag_request import TaskAddTagRequest
    from .task_add_tag_request_body import TaskAddTagRequestBody
    from .task_compact import TaskCompact
    from .task_create_request import TaskCreateRequest
    from .task_create_request_approval_status import TaskCreateRequestApprovalStatus
    from .task_create_request_assignee_status import TaskCreateRequestAssigneeStatus
    from .task_create_request_body import TaskCreateRequestBody
    from .task_create_request_custom_fields import TaskCreateRequestCustomFields
    from .task_create_request_resource_subtype import TaskCreateRequestResourceSubtype
    from .task_external import TaskExternal
    from .task_membership import TaskMembership
    from .task_remove_followers_request import TaskRemoveFollowersRequest
    from .task_remove_followers_request_body import TaskRemoveFollowersRequestBody
    from .task_remove_project_request import TaskRemoveProjectRequest
    from .task_remove_project_request_body import TaskRemoveProjectRequestBody
    from .task_remove_tag_request import TaskRemoveTagRequest
    from .task_remove_tag_request_body import TaskRemoveTagRequestBody
    from .task_response import TaskResponse
    from .task_response_array import TaskResponseArray
    from .task_response_data import TaskResponseData
    from .task_set_parent_request import TaskSetParentRequest
    from .task_set_parent_request_body import TaskSetParentRequestBody
    from .task_update_request import TaskUpdateRequest
    from .task_update_request_approval_status import TaskUpdateRequestApprovalStatus
    from .task_update_request_assignee_status import TaskUpdateRequestAssigneeStatus
    from .task_update_request_body import TaskUpdateRequestBody
    from .task_update_request_custom_fields import TaskUpdateRequestCustomFields
    from .task_update_request_resource_subtype import TaskUpdateRequestResourceSubtype
    from .team_compact import TeamCompact
    from .team_response import TeamResponse
    from .team_response_array import TeamResponseArray
    from .team_response_data import TeamResponseData
    from .typeahead_for_workspace_resource_type import TypeaheadForWorkspaceResourceType
    from .typeahead_for_workspace_type import TypeaheadForWorkspaceType
    from .user_base_response import UserBaseResponse
    from .user_base_response_data import UserBaseResponseData
    from .user_compact import UserCompact
    from .user_photo import UserPhoto
    from .user_response import UserResponse
    from .user_response_array import UserResponseArray
    from .user_response_data import UserResponseData
    from .workspace_add_user_request import WorkspaceAddUserRequest
    from .workspace_add_user_request_body import WorkspaceAddUserRequestBody
    from .workspace_compact import WorkspaceCompact
    from .workspace_remove_user_request import WorkspaceRemoveUserRequest
    from .workspace_remove_user_request_body import WorkspaceRemoveUserRequestBody
    from .workspace_request import WorkspaceRequest
    from .workspace_request_body import WorkspaceRequestBody
    from .workspace_response import WorkspaceResponse
    from .workspace_response_array import WorkspaceResponseArray
    from .workspace_response_data import WorkspaceResponseData

_MODULES = {
    "AsanaNamedResource": ".asana_named_resource",
    "AsanaNamedResourceArray": ".asana_named_resource_array",
    "AsanaResource": ".asana_resource",
    "AttachmentCompact": ".attachment_compact",
    "AttachmentRequest": ".attachment_request",
    "AttachmentRequestResourceSubtype": ".attachment_request_resource_subtype",
    "AttachmentResponse": ".attachment_response",
    "AttachmentResponseArray": ".attachment_response_array",
    "AttachmentResponseData": ".attachment_response_data",
    "CustomFieldCompact": ".custom_field_compact",
    "CustomFieldDateValue": ".custom_field_date_value",
    "CustomFieldResponse": ".custom_field_response",
    "CustomFieldSettingResponse": ".custom_field_setting_response",
    "CustomTypeCompact": ".custom_type_compact",
    "CustomTypeStatusOptionCompact": ".custom_type_status_option_compact",
    "EmptyResponse": ".empty_response",
    "EmptyResponseData": ".empty_response_data",
    "EnumOption": ".enum_option",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "Like": ".like",
    "ModifyDependenciesRequest": ".modify_dependencies_request",
    "ModifyDependenciesRequestBody": ".modify_dependencies_request_body",
    "ModifyDependentsRequest": ".modify_dependents_request",
    "ModifyDependentsRequestBody": ".modify_dependents_request_body",
    "NextPage": ".next_page",
    "ProjectBriefCompact": ".project_brief_compact",
    "ProjectCompact": ".project_compact",
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
    "ProjectResponse": ".project_response",
    "ProjectResponseArray": ".project_response_array",
    "ProjectResponseData": ".project_response_data",
    "ProjectStatusResponse": ".project_status_response",
    "ProjectTemplateCompact": ".project_template_compact",
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
    "SearchTasksForWorkspaceSortBy": ".search_tasks_for_workspace_sort_by",
    "SectionCompact": ".section_compact",
    "SectionRequest": ".section_request",
    "SectionRequestBody": ".section_request_body",
    "SectionResponse": ".section_response",
    "SectionResponseArray": ".section_response_array",
    "SectionResponseData": ".section_response_data",
    "SectionTaskInsertRequest": ".section_task_insert_request",
    "SectionTaskInsertRequestBody": ".section_task_insert_request_body",
    "StatusUpdateCompact": ".status_update_compact",
    "StoryCompact": ".story_compact",
    "StoryRequest": ".story_request",
    "StoryRequestBody": ".story_request_body",
    "StoryRequestStickerName": ".story_request_sticker_name",
    "StoryResponse": ".story_response",
    "StoryResponseArray": ".story_response_array",
    "StoryResponseData": ".story_response_data",
    "StoryResponseDates": ".story_response_dates",
    "TagCompact": ".tag_compact",
    "TagCreateRequest": ".tag_create_request",
    "TagCreateRequestBody": ".tag_create_request_body",
    "TagCreateRequestColorType1": ".tag_create_request_color_type_1",
    "TagCreateTagForWorkspaceRequest": ".tag_create_tag_for_workspace_request",
    "TagCreateTagForWorkspaceRequestBody": ".tag_create_tag_for_workspace_request_body",
    "TagCreateTagForWorkspaceRequestColorType1": ".tag_create_tag_for_workspace_request_color_type_1",
    "TagResponse": ".tag_response",
    "TagResponseArray": ".tag_response_array",
    "TagResponseData": ".tag_response_data",
    "TagUpdateRequest": ".tag_update_request",
    "TagUpdateRequestBody": ".tag_update_request_body",
    "TagUpdateRequestColorType1": ".tag_update_request_color_type_1",
    "TaskAddFollowersRequest": ".task_add_followers_request",
    "TaskAddFollowersRequestBody": ".task_add_followers_request_body",
    "TaskAddProjectRequest": ".task_add_project_request",
    "TaskAddProjectRequestBody": ".task_add_project_request_body",
    "TaskAddTagRequest": ".task_add_tag_request",
    "TaskAddTagRequestBody": ".task_add_tag_request_body",
    "TaskCompact": ".task_compact",
    "TaskCreateRequest": ".task_create_request",
    "TaskCreateRequestApprovalStatus": ".task_create_request_approval_status",
    "TaskCreateRequestAssigneeStatus": ".task_create_request_assignee_status",
    "TaskCreateRequestBody": ".task_create_request_body",
    "TaskCreateRequestCustomFields": ".task_create_request_custom_fields",
    "TaskCreateRequestResourceSubtype": ".task_create_request_resource_subtype",
    "TaskExternal": ".task_external",
    "TaskMembership": ".task_membership",
    "TaskRemoveFollowersRequest": ".task_remove_followers_request",
    "TaskRemoveFollowersRequestBody": ".task_remove_followers_request_body",
    "TaskRemoveProjectRequest": ".task_remove_project_request",
    "TaskRemoveProjectRequestBody": ".task_remove_project_request_body",
    "TaskRemoveTagRequest": ".task_remove_tag_request",
    "TaskRemoveTagRequestBody": ".task_remove_tag_request_body",
    "TaskResponse": ".task_response",
    "TaskResponseArray": ".task_response_array",
    "TaskResponseData": ".task_response_data",
    "TaskSetParentRequest": ".task_set_parent_request",
    "TaskSetParentRequestBody": ".task_set_parent_request_body",
    "TaskUpdateRequest": ".task_update_request",
    "TaskUpdateRequestApprovalStatus": ".task_update_request_approval_status",
    "TaskUpdateRequestAssigneeStatus": ".task_update_request_assignee_status",
    "TaskUpdateRequestBody": ".task_update_request_body",
    "TaskUpdateRequestCustomFields": ".task_update_request_custom_fields",
    "TaskUpdateRequestResourceSubtype": ".task_update_request_resource_subtype",
    "TeamCompact": ".team_compact",
    "TeamResponse": ".team_response",
    "TeamResponseArray": ".team_response_array",
    "TeamResponseData": ".team_response_data",
    "TypeaheadForWorkspaceResourceType": ".typeahead_for_workspace_resource_type",
    "TypeaheadForWorkspaceType": ".typeahead_for_workspace_type",
    "UserBaseResponse": ".user_base_response",
    "UserBaseResponseData": ".user_base_response_data",
    "UserCompact": ".user_compact",
    "UserPhoto": ".user_photo",
    "UserResponse": ".user_response",
    "UserResponseArray": ".user_response_array",
    "UserResponseData": ".user_response_data",
    "WorkspaceAddUserRequest": ".workspace_add_user_request",
    "WorkspaceAddUserRequestBody": ".workspace_add_user_request_body",
    "WorkspaceCompact": ".workspace_compact",
    "WorkspaceRemoveUserRequest": ".workspace_remove_user_request",
    "WorkspaceRemoveUserRequestBody": ".workspace_remove_user_request_body",
    "WorkspaceRequest": ".workspace_request",
    "WorkspaceRequestBody": ".workspace_request_body",
    "WorkspaceResponse": ".workspace_response",
    "WorkspaceResponseArray": ".workspace_response_array",
    "WorkspaceResponseData": ".workspace_response_data",
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
    "AttachmentCompact",
    "AttachmentRequest",
    "AttachmentRequestResourceSubtype",
    "AttachmentResponse",
    "AttachmentResponseArray",
    "AttachmentResponseData",
    "CustomFieldCompact",
    "CustomFieldDateValue",
    "CustomFieldResponse",
    "CustomFieldSettingResponse",
    "CustomTypeCompact",
    "CustomTypeStatusOptionCompact",
    "EmptyResponse",
    "EmptyResponseData",
    "EnumOption",
    "Error",
    "ErrorResponse",
    "Like",
    "ModifyDependenciesRequest",
    "ModifyDependenciesRequestBody",
    "ModifyDependentsRequest",
    "ModifyDependentsRequestBody",
    "NextPage",
    "ProjectBriefCompact",
    "ProjectCompact",
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
    "ProjectResponse",
    "ProjectResponseArray",
    "ProjectResponseData",
    "ProjectStatusResponse",
    "ProjectTemplateCompact",
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
    "SearchTasksForWorkspaceSortBy",
    "SectionCompact",
    "SectionRequest",
    "SectionRequestBody",
    "SectionResponse",
    "SectionResponseArray",
    "SectionResponseData",
    "SectionTaskInsertRequest",
    "SectionTaskInsertRequestBody",
    "StatusUpdateCompact",
    "StoryCompact",
    "StoryRequest",
    "StoryRequestBody",
    "StoryRequestStickerName",
    "StoryResponse",
    "StoryResponseArray",
    "StoryResponseData",
    "StoryResponseDates",
    "TagCompact",
    "TagCreateRequest",
    "TagCreateRequestBody",
    "TagCreateRequestColorType1",
    "TagCreateTagForWorkspaceRequest",
    "TagCreateTagForWorkspaceRequestBody",
    "TagCreateTagForWorkspaceRequestColorType1",
    "TagResponse",
    "TagResponseArray",
    "TagResponseData",
    "TagUpdateRequest",
    "TagUpdateRequestBody",
    "TagUpdateRequestColorType1",
    "TaskAddFollowersRequest",
    "TaskAddFollowersRequestBody",
    "TaskAddProjectRequest",
    "TaskAddProjectRequestBody",
    "TaskAddTagRequest",
    "TaskAddTagRequestBody",
    "TaskCompact",
    "TaskCreateRequest",
    "TaskCreateRequestApprovalStatus",
    "TaskCreateRequestAssigneeStatus",
    "TaskCreateRequestBody",
    "TaskCreateRequestCustomFields",
    "TaskCreateRequestResourceSubtype",
    "TaskExternal",
    "TaskMembership",
    "TaskRemoveFollowersRequest",
    "TaskRemoveFollowersRequestBody",
    "TaskRemoveProjectRequest",
    "TaskRemoveProjectRequestBody",
    "TaskRemoveTagRequest",
    "TaskRemoveTagRequestBody",
    "TaskResponse",
    "TaskResponseArray",
    "TaskResponseData",
    "TaskSetParentRequest",
    "TaskSetParentRequestBody",
    "TaskUpdateRequest",
    "TaskUpdateRequestApprovalStatus",
    "TaskUpdateRequestAssigneeStatus",
    "TaskUpdateRequestBody",
    "TaskUpdateRequestCustomFields",
    "TaskUpdateRequestResourceSubtype",
    "TeamCompact",
    "TeamResponse",
    "TeamResponseArray",
    "TeamResponseData",
    "TypeaheadForWorkspaceResourceType",
    "TypeaheadForWorkspaceType",
    "UserBaseResponse",
    "UserBaseResponseData",
    "UserCompact",
    "UserPhoto",
    "UserResponse",
    "UserResponseArray",
    "UserResponseData",
    "WorkspaceAddUserRequest",
    "WorkspaceAddUserRequestBody",
    "WorkspaceCompact",
    "WorkspaceRemoveUserRequest",
    "WorkspaceRemoveUserRequestBody",
    "WorkspaceRequest",
    "WorkspaceRequestBody",
    "WorkspaceResponse",
    "WorkspaceResponseArray",
    "WorkspaceResponseData",
)
