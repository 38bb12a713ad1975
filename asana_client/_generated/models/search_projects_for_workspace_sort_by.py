from typing import Literal

SearchProjectsForWorkspaceSortBy = Literal[
    "completed_at", "created_at", "due_date", "modified_at", "relevance"
]

SEARCH_PROJECTS_FOR_WORKSPACE_SORT_BY_VALUES: set[SearchProjectsForWorkspaceSortBy] = {
    "completed_at",
    "created_at",
    "due_date",
    "modified_at",
    "relevance",
}


def check_search_projects_for_workspace_sort_by(value: str) -> SearchProjectsForWorkspaceSortBy:
    if value in SEARCH_PROJECTS_FOR_WORKSPACE_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_PROJECTS_FOR_WORKSPACE_SORT_BY_VALUES!r}"
    )
