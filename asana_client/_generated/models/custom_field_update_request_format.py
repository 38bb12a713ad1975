from typing import Literal

CustomFieldUpdateRequestFormat = Literal[
    "currency", "custom", "duration", "identifier", "none", "percentage"
]

CUSTOM_FIELD_UPDATE_REQUEST_FORMAT_VALUES: set[CustomFieldUpdateRequestFormat] = {
    "currency",
    "custom",
    "duration",
    "identifier",
    "none",
    "percentage",
}


def check_custom_field_update_request_format(value: str) -> CustomFieldUpdateRequestFormat:
    if value in CUSTOM_FIELD_UPDATE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_REQUEST_FORMAT_VALUES!r}"
    )
