"""Contains all the data models used in inputs/outputs"""

from .asana_named_resource import AsanaNamedResource
from .asana_named_resource_array import AsanaNamedResourceArray
from .asana_resource import AsanaResource
from .attachment import Attachment
from .attachment_array import AttachmentArray
from .attachment_data import AttachmentData
from .attachment_request import AttachmentRequest
from .attachment_request_resource_subtype import AttachmentRequestResourceSubtype
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
from .like import Like
from .modify_dependencies_request import ModifyDependenciesRequest
from .modify_dependencies_request_body import ModifyDependenciesRequestBody
from .modify_dependents_request import ModifyDependentsRequest
from .modify_dependents_request_body import ModifyDependentsRequestBody
from .next_page import NextPage
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
from .project_update_request_privacy_setting import ProjectUpdateRequestPrivacySetting
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
from .workspace import Workspace
from .workspace_add_user_request import WorkspaceAddUserRequest
from .workspace_add_user_request_body import WorkspaceAddUserRequestBody
from .workspace_array import WorkspaceArray
from .workspace_data import WorkspaceData
from .workspace_remove_user_request import WorkspaceRemoveUserRequest
from .workspace_remove_user_request_body import WorkspaceRemoveUserRequestBody
from .workspace_request import WorkspaceRequest
from .workspace_request_body import WorkspaceRequestBody

__all__ = (
    "AsanaNamedResource",
    "AsanaNamedResourceArray",
    "AsanaResource",
    "Attachment",
    "AttachmentArray",
    "AttachmentData",
    "AttachmentRequest",
    "AttachmentRequestResourceSubtype",
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
    "Like",
    "ModifyDependenciesRequest",
    "ModifyDependenciesRequestBody",
    "ModifyDependentsRequest",
    "ModifyDependentsRequestBody",
    "NextPage",
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
