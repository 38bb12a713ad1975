from typing import Literal

BudgetUpdateRequestBudgetType = Literal["cost", "time"]

BUDGET_UPDATE_REQUEST_BUDGET_TYPE_VALUES: set[BudgetUpdateRequestBudgetType] = {
    "cost",
    "time",
}


def check_budget_update_request_budget_type(value: str) -> BudgetUpdateRequestBudgetType:
    if value in BUDGET_UPDATE_REQUEST_BUDGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_UPDATE_REQUEST_BUDGET_TYPE_VALUES!r}"
    )
