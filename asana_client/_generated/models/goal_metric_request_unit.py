from typing import Literal

GoalMetricRequestUnit = Literal["currency", "none", "percentage"]

GOAL_METRIC_REQUEST_UNIT_VALUES: set[GoalMetricRequestUnit] = {
    "currency",
    "none",
    "percentage",
}


def check_goal_metric_request_unit(value: str) -> GoalMetricRequestUnit:
    if value in GOAL_METRIC_REQUEST_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOAL_METRIC_REQUEST_UNIT_VALUES!r}"
    )
