from typing import Literal

GoalMetricRequestProgressSource = Literal[
    "external",
    "manual",
    "project_milestone_completion",
    "project_task_completion",
    "subgoal_progress",
    "task_completion",
]

GOAL_METRIC_REQUEST_PROGRESS_SOURCE_VALUES: set[GoalMetricRequestProgressSource] = {
    "external",
    "manual",
    "project_milestone_completion",
    "project_task_completion",
    "subgoal_progress",
    "task_completion",
}


def check_goal_metric_request_progress_source(value: str) -> GoalMetricRequestProgressSource:
    if value in GOAL_METRIC_REQUEST_PROGRESS_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOAL_METRIC_REQUEST_PROGRESS_SOURCE_VALUES!r}"
    )
