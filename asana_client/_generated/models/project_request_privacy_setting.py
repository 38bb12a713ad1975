from typing import Literal

ProjectRequestPrivacySetting = Literal["private", "private_to_team", "public_to_workspace"]

PROJECT_REQUEST_PRIVACY_SETTING_VALUES: set[ProjectRequestPrivacySetting] = {
    "private",
    "private_to_team",
    "public_to_workspace",
}


def check_project_request_privacy_setting(value: str) -> ProjectRequestPrivacySetting:
    if value in PROJECT_REQUEST_PRIVACY_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_PRIVACY_SETTING_VALUES!r}"
    )
