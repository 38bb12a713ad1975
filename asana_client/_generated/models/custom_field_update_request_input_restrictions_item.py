from typing import Literal

CustomFieldUpdateRequestInputRestrictionsItem = Literal["goal", "portfolio", "project", "task"]

CUSTOM_FIELD_UPDATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES: set[
    CustomFieldUpdateRequestInputRestrictionsItem
] = {
    "goal",
    "portfolio",
    "project",
    "task",
}


def check_custom_field_update_request_input_restrictions_item(
    value: str,
) -> CustomFieldUpdateRequestInputRestrictionsItem:
    if value in CUSTOM_FIELD_UPDATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_UPDATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES!r}"
    )
