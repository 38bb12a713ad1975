from typing import Literal

ProjectRequestDefaultView = Literal["board", "calendar", "list", "timeline"]

PROJECT_REQUEST_DEFAULT_VIEW_VALUES: set[ProjectRequestDefaultView] = {
    "board",
    "calendar",
    "list",
    "timeline",
}


def check_project_request_default_view(value: str) -> ProjectRequestDefaultView:
    if value in PROJECT_REQUEST_DEFAULT_VIEW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_DEFAULT_VIEW_VALUES!r}"
    )
