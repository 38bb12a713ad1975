from typing import Literal

CustomFieldCreateRequestInputRestrictionsItem = Literal["goal", "portfolio", "project", "task"]

CUSTOM_FIELD_CREATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES: set[
    CustomFieldCreateRequestInputRestrictionsItem
] = {
    "goal",
    "portfolio",
    "project",
    "task",
}


def check_custom_field_create_request_input_restrictions_item(
    value: str,
) -> CustomFieldCreateRequestInputRestrictionsItem:
    if value in CUSTOM_FIELD_CREATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_CREATE_REQUEST_INPUT_RESTRICTIONS_ITEM_VALUES!r}"
    )
