from typing import Literal

TaskCreateRequestApprovalStatus = Literal["approved", "changes_requested", "pending", "rejected"]

TASK_CREATE_REQUEST_APPROVAL_STATUS_VALUES: set[TaskCreateRequestApprovalStatus] = {
    "approved",
    "changes_requested",
    "pending",
    "rejected",
}


def check_task_create_request_approval_status(value: str) -> TaskCreateRequestApprovalStatus:
    if value in TASK_CREATE_REQUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_REQUEST_APPROVAL_STATUS_VALUES!r}"
    )
