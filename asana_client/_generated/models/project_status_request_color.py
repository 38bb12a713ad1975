from typing import Literal

ProjectStatusRequestColor = Literal["blue", "complete", "green", "red", "yellow"]

PROJECT_STATUS_REQUEST_COLOR_VALUES: set[ProjectStatusRequestColor] = {
    "blue",
    "complete",
    "green",
    "red",
    "yellow",
}


def check_project_status_request_color(value: str) -> ProjectStatusRequestColor:
    if value in PROJECT_STATUS_REQUEST_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_STATUS_REQUEST_COLOR_VALUES!r}"
    )
