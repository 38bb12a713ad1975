from typing import Literal

CustomFieldCreateRequestPrivacySetting = Literal["private", "public", "public_with_guests"]

CUSTOM_FIELD_CREATE_REQUEST_PRIVACY_SETTING_VALUES: set[CustomFieldCreateRequestPrivacySetting] = {
    "private",
    "public",
    "public_with_guests",
}


def check_custom_field_create_request_privacy_setting(
    value: str,
) -> CustomFieldCreateRequestPrivacySetting:
    if value in CUSTOM_FIELD_CREATE_REQUEST_PRIVACY_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_PRIVACY_SETTING_VALUES!r}"
    )
