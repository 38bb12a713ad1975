from typing import Literal

TimesheetApprovalStatusUpdateRequestApprovalStatus = Literal[
    "approved", "draft", "rejected", "submitted"
]

TIMESHEET_APPROVAL_STATUS_UPDATE_REQUEST_APPROVAL_STATUS_VALUES: set[
    TimesheetApprovalStatusUpdateRequestApprovalStatus
] = {
    "approved",
    "draft",
    "rejected",
    "submitted",
}


def check_timesheet_approval_status_update_request_approval_status(
    value: str,
) -> TimesheetApprovalStatusUpdateRequestApprovalStatus:
    if value in TIMESHEET_APPROVAL_STATUS_UPDATE_REQUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIMESHEET_APPROVAL_STATUS_UPDATE_REQUEST_APPROVAL_STATUS_VALUES!r}"
    )
