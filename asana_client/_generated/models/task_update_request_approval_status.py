from typing import Literal

TaskUpdateRequestApprovalStatus = Literal["approved", "changes_requested", "pending", "rejected"]

TASK_UPDATE_REQUEST_APPROVAL_STATUS_VALUES: set[TaskUpdateRequestApprovalStatus] = {
    "approved",
    "changes_requested",
    "pending",
    "rejected",
}


def check_task_update_request_approval_status(value: str) -> TaskUpdateRequestApprovalStatus:
    if value in TASK_UPDATE_REQUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_UPDATE_REQUEST_APPROVAL_STATUS_VALUES!r}"
    )
