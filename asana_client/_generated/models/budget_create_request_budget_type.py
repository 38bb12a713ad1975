from typing import Literal

BudgetCreateRequestBudgetType = Literal["cost", "time"]

BUDGET_CREATE_REQUEST_BUDGET_TYPE_VALUES: set[BudgetCreateRequestBudgetType] = {
    "cost",
    "time",
}


def check_budget_create_request_budget_type(value: str) -> BudgetCreateRequestBudgetType:
    if value in BUDGET_CREATE_REQUEST_BUDGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUDGET_CREATE_REQUEST_BUDGET_TYPE_VALUES!r}"
    )
