from enum import StrEnum


class ProjectUpdateRequestDefaultAccessLevel(StrEnum):
    ADMIN = "admin"
    COMMENTER = "commenter"
    EDITOR = "editor"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
