from enum import StrEnum


class ProjectUpdateRequestPrivacySetting(StrEnum):
    PRIVATE = "private"
    PRIVATE_TO_TEAM = "private_to_team"
    PUBLIC_TO_WORKSPACE = "public_to_workspace"

    def __str__(self) -> str:
        return str(self.value)
