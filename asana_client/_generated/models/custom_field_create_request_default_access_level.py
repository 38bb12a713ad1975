from typing import Literal

CustomFieldCreateRequestDefaultAccessLevel = Literal["admin", "editor", "user"]

CUSTOM_FIELD_CREATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[
    CustomFieldCreateRequestDefaultAccessLevel
] = {
    "admin",
    "editor",
    "user",
}


def check_custom_field_create_request_default_access_level(
    value: str,
) -> CustomFieldCreateRequestDefaultAccessLevel:
    if value in CUSTOM_FIELD_CREATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
