from enum import StrEnum


class TaskCreateRequestAssigneeStatus(StrEnum):
    INBOX = "inbox"
    LATER = "later"
    NEW = "new"
    TODAY = "today"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)
