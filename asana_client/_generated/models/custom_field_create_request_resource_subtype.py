from typing import Literal

CustomFieldCreateRequestResourceSubtype = Literal[
    "date", "enum", "multi_enum", "number", "people", "reference", "text"
]

CUSTOM_FIELD_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES: set[
    CustomFieldCreateRequestResourceSubtype
] = {
    "date",
    "enum",
    "multi_enum",
    "number",
    "people",
    "reference",
    "text",
}


def check_custom_field_create_request_resource_subtype(
    value: str,
) -> CustomFieldCreateRequestResourceSubtype:
    if value in CUSTOM_FIELD_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES!r}"
    )
