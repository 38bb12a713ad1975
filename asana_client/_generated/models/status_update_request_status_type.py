from typing import Literal

StatusUpdateRequestStatusType = Literal[
    "achieved",
    "at_risk",
    "complete",
    "dropped",
    "missed",
    "off_track",
    "on_hold",
    "on_track",
    "partial",
]

STATUS_UPDATE_REQUEST_STATUS_TYPE_VALUES: set[StatusUpdateRequestStatusType] = {
    "achieved",
    "at_risk",
    "complete",
    "dropped",
    "missed",
    "off_track",
    "on_hold",
    "on_track",
    "partial",
}


def check_status_update_request_status_type(value: str) -> StatusUpdateRequestStatusType:
    if value in STATUS_UPDATE_REQUEST_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATUS_UPDATE_REQUEST_STATUS_TYPE_VALUES!r}"
    )
