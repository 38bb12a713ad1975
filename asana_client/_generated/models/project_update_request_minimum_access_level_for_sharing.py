from typing import Literal

ProjectUpdateRequestMinimumAccessLevelForSharing = Literal["admin", "editor"]

PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES: set[
    ProjectUpdateRequestMinimumAccessLevelForSharing
] = {
    "admin",
    "editor",
}


def check_project_update_request_minimum_access_level_for_sharing(
    value: str,
) -> ProjectUpdateRequestMinimumAccessLevelForSharing:
    if value in PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_SHARING_VALUES!r}"
    )
