from typing import Literal

CustomFieldCreateRequestFormat = Literal[
    "currency", "custom", "duration", "identifier", "none", "percentage"
]

CUSTOM_FIELD_CREATE_REQUEST_FORMAT_VALUES: set[CustomFieldCreateRequestFormat] = {
    "currency",
    "custom",
    "duration",
    "identifier",
    "none",
    "percentage",
}


def check_custom_field_create_request_format(value: str) -> CustomFieldCreateRequestFormat:
    if value in CUSTOM_FIELD_CREATE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_FORMAT_VALUES!r}"
    )
