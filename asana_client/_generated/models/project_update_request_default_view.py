from enum import StrEnum


class ProjectUpdateRequestDefaultView(StrEnum):
    BOARD = "board"
    CALENDAR = "calendar"
    LIST = "list"
    TIMELINE = "timeline"

    def __str__(self) -> str:
        return str(self.value)
