from enum import StrEnum


class SearchTasksForWorkspaceSortBy(StrEnum):
    COMPLETED_AT = "completed_at"
    CREATED_AT = "created_at"
    DUE_DATE = "due_date"
    LIKES = "likes"
    MODIFIED_AT = "modified_at"
    RELEVANCE = "relevance"

    def __str__(self) -> str:
        return str(self.value)
