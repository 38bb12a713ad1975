from typing import Literal

ProjectRequestDefaultAccessLevel = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[ProjectRequestDefaultAccessLevel] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_request_default_access_level(value: str) -> ProjectRequestDefaultAccessLevel:
    if value in PROJECT_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
