from typing import Literal

CustomFieldUpdateRequestDefaultAccessLevel = Literal["admin", "editor", "user"]

CUSTOM_FIELD_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[
    CustomFieldUpdateRequestDefaultAccessLevel
] = {
    "admin",
    "editor",
    "user",
}


def check_custom_field_update_request_default_access_level(
    value: str,
) -> CustomFieldUpdateRequestDefaultAccessLevel:
    if value in CUSTOM_FIELD_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
