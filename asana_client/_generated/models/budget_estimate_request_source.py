from typing import Literal

BudgetEstimateRequestSource = Literal["capacity_plans", "none", "tasks"]

BUDGET_ESTIMATE_REQUEST_SOURCE_VALUES: set[BudgetEstimateRequestSource] = {
    "capacity_plans",
    "none",
    "tasks",
}


def check_budget_estimate_request_source(value: str) -> BudgetEstimateRequestSource:
    if value in BUDGET_ESTIMATE_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_ESTIMATE_REQUEST_SOURCE_VALUES!r}"
    )
