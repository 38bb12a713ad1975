from typing import Literal

TaskUpdateRequestResourceSubtype = Literal["approval", "custom", "default_task", "milestone"]

TASK_UPDATE_REQUEST_RESOURCE_SUBTYPE_VALUES: set[TaskUpdateRequestResourceSubtype] = {
    "approval",
    "custom",
    "default_task",
    "milestone",
}


def check_task_update_request_resource_subtype(value: str) -> TaskUpdateRequestResourceSubtype:
    if value in TASK_UPDATE_REQUEST_RESOURCE_SUBTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_UPDATE_REQUEST_RESOURCE_SUBTYPE_VALUES!r}"
    )
