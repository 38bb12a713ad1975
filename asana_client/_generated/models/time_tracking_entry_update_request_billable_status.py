from typing import Literal

TimeTrackingEntryUpdateRequestBillableStatus = Literal["billable", "nonBillable", "notApplicable"]

TIME_TRACKING_ENTRY_UPDATE_REQUEST_BILLABLE_STATUS_VALUES: set[
    TimeTrackingEntryUpdateRequestBillableStatus
] = {
    "billable",
    "nonBillable",
    "notApplicable",
}


def check_time_tracking_entry_update_request_billable_status(
    value: str,
) -> TimeTrackingEntryUpdateRequestBillableStatus:
    if value in TIME_TRACKING_ENTRY_UPDATE_REQUEST_BILLABLE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIME_TRACKING_ENTRY_UPDATE_REQUEST_BILLABLE_STATUS_VALUES!r}"
    )
