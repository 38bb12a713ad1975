from typing import Literal

SearchTasksForWorkspaceSortBy = Literal[
    "completed_at", "created_at", "due_date", "likes", "modified_at", "relevance"
]

SEARCH_TASKS_FOR_WORKSPACE_SORT_BY_VALUES: set[SearchTasksForWorkspaceSortBy] = {
    "completed_at",
    "created_at",
    "due_date",
    "likes",
    "modified_at",
    "relevance",
}


def check_search_tasks_for_workspace_sort_by(value: str) -> SearchTasksForWorkspaceSortBy:
    if value in SEARCH_TASKS_FOR_WORKSPACE_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TASKS_FOR_WORKSPACE_SORT_BY_VALUES!r}"
    )
