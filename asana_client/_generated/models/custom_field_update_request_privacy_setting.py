from typing import Literal

CustomFieldUpdateRequestPrivacySetting = Literal["private", "public", "public_with_guests"]

CUSTOM_FIELD_UPDATE_REQUEST_PRIVACY_SETTING_VALUES: set[CustomFieldUpdateRequestPrivacySetting] = {
    "private",
    "public",
    "public_with_guests",
}


def check_custom_field_update_request_privacy_setting(
    value: str,
) -> CustomFieldUpdateRequestPrivacySetting:
    if value in CUSTOM_FIELD_UPDATE_REQUEST_PRIVACY_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_REQUEST_PRIVACY_SETTING_VALUES!r}"
    )
