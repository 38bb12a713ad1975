from typing import Literal

AccessRequestApprovalStatus = Literal["approved", "denied", "pending"]

ACCESS_REQUEST_APPROVAL_STATUS_VALUES: set[AccessRequestApprovalStatus] = {
    "approved",
    "denied",
    "pending",
}


def check_access_request_approval_status(value: str) -> AccessRequestApprovalStatus:
    if value in ACCESS_REQUEST_APPROVAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCESS_REQUEST_APPROVAL_STATUS_VALUES!r}"
    )
