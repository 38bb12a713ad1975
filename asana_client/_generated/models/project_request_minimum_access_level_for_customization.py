from typing import Literal

ProjectRequestMinimumAccessLevelForCustomization = Literal["admin", "editor"]

PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES: set[
    ProjectRequestMinimumAccessLevelForCustomization
] = {
    "admin",
    "editor",
}


def check_project_request_minimum_access_level_for_customization(
    value: str,
) -> ProjectRequestMinimumAccessLevelForCustomization:
    if value in PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES!r}"
    )
