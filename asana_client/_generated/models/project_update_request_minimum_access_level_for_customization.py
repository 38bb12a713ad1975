from typing import Literal

ProjectUpdateRequestMinimumAccessLevelForCustomization = Literal["admin", "editor"]

PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES: set[
    ProjectUpdateRequestMinimumAccessLevelForCustomization
] = {
    "admin",
    "editor",
}


def check_project_update_request_minimum_access_level_for_customization(
    value: str,
) -> ProjectUpdateRequestMinimumAccessLevelForCustomization:
    if value in PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_MINIMUM_ACCESS_LEVEL_FOR_CUSTOMIZATION_VALUES!r}"
    )
