from typing import Literal

ProjectUpdateRequestPrivacySetting = Literal["private", "private_to_team", "public_to_workspace"]

PROJECT_UPDATE_REQUEST_PRIVACY_SETTING_VALUES: set[ProjectUpdateRequestPrivacySetting] = {
    "private",
    "private_to_team",
    "public_to_workspace",
}


def check_project_update_request_privacy_setting(value: str) -> ProjectUpdateRequestPrivacySetting:
    if value in PROJECT_UPDATE_REQUEST_PRIVACY_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_PRIVACY_SETTING_VALUES!r}"
    )
