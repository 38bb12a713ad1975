from typing import Literal

TaskUpdateRequestAssigneeStatus = Literal["inbox", "later", "new", "today", "upcoming"]

TASK_UPDATE_REQUEST_ASSIGNEE_STATUS_VALUES: set[TaskUpdateRequestAssigneeStatus] = {
    "inbox",
    "later",
    "new",
    "today",
    "upcoming",
}


def check_task_update_request_assignee_status(value: str) -> TaskUpdateRequestAssigneeStatus:
    if value in TASK_UPDATE_REQUEST_ASSIGNEE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_UPDATE_REQUEST_ASSIGNEE_STATUS_VALUES!r}"
    )
