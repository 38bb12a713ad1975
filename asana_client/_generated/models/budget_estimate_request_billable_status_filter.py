from typing import Literal

BudgetEstimateRequestBillableStatusFilter = Literal["any", "billable", "non_billable"]

BUDGET_ESTIMATE_REQUEST_BILLABLE_STATUS_FILTER_VALUES: set[
    BudgetEstimateRequestBillableStatusFilter
] = {
    "any",
    "billable",
    "non_billable",
}


def check_budget_estimate_request_billable_status_filter(
    value: str,
) -> BudgetEstimateRequestBillableStatusFilter:
    if value in BUDGET_ESTIMATE_REQUEST_BILLABLE_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_ESTIMATE_REQUEST_BILLABLE_STATUS_FILTER_VALUES!r}"
    )
