from enum import StrEnum


class TaskUpdateRequestResourceSubtype(StrEnum):
    APPROVAL = "approval"
    CUSTOM = "custom"
    DEFAULT_TASK = "default_task"
    MILESTONE = "milestone"

    def __str__(self) -> str:
        return str(self.value)
