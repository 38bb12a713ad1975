from typing import Literal

TaskCreateRequestResourceSubtype = Literal["approval", "custom", "default_task", "milestone"]

TASK_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES: set[TaskCreateRequestResourceSubtype] = {
    "approval",
    "custom",
    "default_task",
    "milestone",
}


def check_task_create_request_resource_subtype(value: str) -> TaskCreateRequestResourceSubtype:
    if value in TASK_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_REQUEST_RESOURCE_SUBTYPE_VALUES!r}"
    )
