from typing import Literal

ProjectRequestMinimumAccessLevelForSharing = Literal["admin", "editor"]

PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES: set[
    ProjectRequestMinimumAccessLevelForSharing
] = {
    "admin",
    "editor",
}


def check_project_request_minimum_access_level_for_sharing(
    value: str,
) -> ProjectRequestMinimumAccessLevelForSharing:
    if value in PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES!r}"
    )
