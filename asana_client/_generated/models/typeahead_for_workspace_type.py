from enum import StrEnum


class TypeaheadForWorkspaceType(StrEnum):
    CUSTOM_FIELD = "custom_field"
    PORTFOLIO = "portfolio"
    PROJECT = "project"
    TAG = "tag"
    TASK = "task"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
