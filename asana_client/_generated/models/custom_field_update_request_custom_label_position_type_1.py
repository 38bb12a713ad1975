from typing import Literal

CustomFieldUpdateRequestCustomLabelPositionType1 = Literal["prefix", "suffix"]

CUSTOM_FIELD_UPDATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES: set[
    CustomFieldUpdateRequestCustomLabelPositionType1
] = {
    "prefix",
    "suffix",
}


def check_custom_field_update_request_custom_label_position_type_1(
    value: str,
) -> CustomFieldUpdateRequestCustomLabelPositionType1:
    if value in CUSTOM_FIELD_UPDATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_REQUEST_CUSTOM_LABEL_POSITION_TYPE_1_VALUES!r}"
    )
