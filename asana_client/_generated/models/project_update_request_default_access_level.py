from typing import Literal

ProjectUpdateRequestDefaultAccessLevel = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[ProjectUpdateRequestDefaultAccessLevel] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_update_request_default_access_level(
    value: str,
) -> ProjectUpdateRequestDefaultAccessLevel:
    if value in PROJECT_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
