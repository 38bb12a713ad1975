from typing import Literal

ProjectUpdateRequestDefaultView = Literal["board", "calendar", "list", "timeline"]

PROJECT_UPDATE_REQUEST_DEFAULT_VIEW_VALUES: set[ProjectUpdateRequestDefaultView] = {
    "board",
    "calendar",
    "list",
    "timeline",
}


def check_project_update_request_default_view(value: str) -> ProjectUpdateRequestDefaultView:
    if value in PROJECT_UPDATE_REQUEST_DEFAULT_VIEW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_DEFAULT_VIEW_VALUES!r}"
    )
