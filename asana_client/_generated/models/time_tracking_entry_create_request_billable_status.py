from typing import Literal

TimeTrackingEntryCreateRequestBillableStatus = Literal["billable", "nonBillable", "notApplicable"]

TIME_TRACKING_ENTRY_CREATE_REQUEST_BILLABLE_STATUS_VALUES: set[
    TimeTrackingEntryCreateRequestBillableStatus
] = {
    "billable",
    "nonBillable",
    "notApplicable",
}


def check_time_tracking_entry_create_request_billable_status(
    value: str,
) -> TimeTrackingEntryCreateRequestBillableStatus:
    if value in TIME_TRACKING_ENTRY_CREATE_REQUEST_BILLABLE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIME_TRACKING_ENTRY_CREATE_REQUEST_BILLABLE_STATUS_VALUES!r}"
    )
