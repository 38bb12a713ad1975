from typing import Literal

BudgetActualRequestBillableStatusFilter = Literal["any", "billable", "non_billable"]

BUDGET_ACTUAL_REQUEST_BILLABLE_STATUS_FILTER_VALUES: set[
    BudgetActualRequestBillableStatusFilter
] = {
    "any",
    "billable",
    "non_billable",
}


def check_budget_actual_request_billable_status_filter(
    value: str,
) -> BudgetActualRequestBillableStatusFilter:
    if value in BUDGET_ACTUAL_REQUEST_BILLABLE_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_ACTUAL_REQUEST_BILLABLE_STATUS_FILTER_VALUES!r}"
    )
