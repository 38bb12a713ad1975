from enum import StrEnum


class TypeaheadForWorkspaceResourceType(StrEnum):
    CUSTOM_FIELD = "custom_field"
    GOAL = "goal"
    PORTFOLIO = "portfolio"
    PROJECT = "project"
    PROJECT_TEMPLATE = "project_template"
    TAG = "tag"
    TASK = "task"
    TEAM = "team"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
