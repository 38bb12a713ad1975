from typing import Literal

TaskCreateRequestAssigneeStatus = Literal["inbox", "later", "new", "today", "upcoming"]

TASK_CREATE_REQUEST_ASSIGNEE_STATUS_VALUES: set[TaskCreateRequestAssigneeStatus] = {
    "inbox",
    "later",
    "new",
    "today",
    "upcoming",
}


def check_task_create_request_assignee_status(value: str) -> TaskCreateRequestAssigneeStatus:
    if value in TASK_CREATE_REQUEST_ASSIGNEE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_REQUEST_ASSIGNEE_STATUS_VALUES!r}"
    )
