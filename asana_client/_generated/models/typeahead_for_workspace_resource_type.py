from typing import Literal

TypeaheadForWorkspaceResourceType = Literal[
    "actor",
    "agent",
    "custom_field",
    "goal",
    "portfolio",
    "project",
    "project_template",
    "tag",
    "task",
    "team",
    "user",
]

TYPEAHEAD_FOR_WORKSPACE_RESOURCE_TYPE_VALUES: set[TypeaheadForWorkspaceResourceType] = {
    "actor",
    "agent",
    "custom_field",
    "goal",
    "portfolio",
    "project",
    "project_template",
    "tag",
    "task",
    "team",
    "user",
}


def check_typeahead_for_workspace_resource_type(value: str) -> TypeaheadForWorkspaceResourceType:
    if value in TYPEAHEAD_FOR_WORKSPACE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TYPEAHEAD_FOR_WORKSPACE_RESOURCE_TYPE_VALUES!r}"
    )
