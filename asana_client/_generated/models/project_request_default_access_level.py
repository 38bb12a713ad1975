from enum import StrEnum


class ProjectRequestDefaultAccessLevel(StrEnum):
    ADMIN = "admin"
    COMMENTER = "commenter"
    EDITOR = "editor"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
