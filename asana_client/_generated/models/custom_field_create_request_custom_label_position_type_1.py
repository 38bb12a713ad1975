from typing import Literal

CustomFieldCreateRequestCustomLabelPositionType1 = Literal["prefix", "suffix"]

CUSTOM_FIELD_CREATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES: set[
    CustomFieldCreateRequestCustomLabelPositionType1
] = {
    "prefix",
    "suffix",
}


def check_custom_field_create_request_custom_label_position_type_1(
    value: str,
) -> CustomFieldCreateRequestCustomLabelPositionType1:
    if value in CUSTOM_FIELD_CREATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES!r}"
    )
