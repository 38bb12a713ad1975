from typing import Literal

TypeaheadForWorkspaceType = Literal["custom_field", "portfolio", "project", "tag", "task", "user"]

TYPEAHEAD_FOR_WORKSPACE_TYPE_VALUES: set[TypeaheadForWorkspaceType] = {
    "custom_field",
    "portfolio",
    "project",
    "tag",
    "task",
    "user",
}


def check_typeahead_for_workspace_type(value: str) -> TypeaheadForWorkspaceType:
    if value in TYPEAHEAD_FOR_WORKSPACE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TYPEAHEAD_FOR_WORKSPACE_TYPE_VALUES!r}"
    )
