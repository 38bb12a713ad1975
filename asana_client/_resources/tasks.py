"""Tasks, subtasks and the relations between them (dependencies, projects, tags, followers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import TaskCompact, TaskResponse


class Tasks(Namespace):
    """`client.tasks`: tasks, subtasks, and their dependencies, projects, tags and followers."""

    add_dependencies_for_task: EmptyOperation = EmptyOperation("tasks.add_dependencies_for_task")
    add_dependents_for_task: EmptyOperation = EmptyOperation("tasks.add_dependents_for_task")
    add_followers_for_task: RecordOperation[TaskResponse] = RecordOperation(
        "tasks.add_followers_for_task"
    )
    add_project_for_task: EmptyOperation = EmptyOperation("tasks.add_project_for_task")
    add_tag_for_task: EmptyOperation = EmptyOperation("tasks.add_tag_for_task")
    create_subtask_for_task: RecordOperation[TaskResponse] = RecordOperation(
        "tasks.create_subtask_for_task"
    )
    create_task: RecordOperation[TaskResponse] = RecordOperation("tasks.create_task")
    delete_task: EmptyOperation = EmptyOperation("tasks.delete_task")
    get_dependencies_for_task: ListOperation[TaskCompact] = ListOperation(
        "tasks.get_dependencies_for_task"
    )
    get_dependents_for_task: ListOperation[TaskCompact] = ListOperation(
        "tasks.get_dependents_for_task"
    )
    get_subtasks_for_task: ListOperation[TaskCompact] = ListOperation("tasks.get_subtasks_for_task")
    get_task: RecordOperation[TaskResponse] = RecordOperation("tasks.get_task")
    get_tasks: ListOperation[TaskCompact] = ListOperation("tasks.get_tasks")
    get_tasks_for_project: ListOperation[TaskCompact] = ListOperation("tasks.get_tasks_for_project")
    get_tasks_for_section: ListOperation[TaskCompact] = ListOperation("tasks.get_tasks_for_section")
    get_tasks_for_tag: ListOperation[TaskCompact] = ListOperation("tasks.get_tasks_for_tag")
    get_tasks_for_user_task_list: ListOperation[TaskCompact] = ListOperation(
        "tasks.get_tasks_for_user_task_list"
    )
    remove_dependencies_for_task: EmptyOperation = EmptyOperation(
        "tasks.remove_dependencies_for_task"
    )
    remove_dependents_for_task: EmptyOperation = EmptyOperation("tasks.remove_dependents_for_task")
    remove_follower_for_task: RecordOperation[TaskResponse] = RecordOperation(
        "tasks.remove_follower_for_task"
    )
    remove_project_for_task: EmptyOperation = EmptyOperation("tasks.remove_project_for_task")
    remove_tag_for_task: EmptyOperation = EmptyOperation("tasks.remove_tag_for_task")
    search_tasks_for_workspace: ListOperation[TaskCompact] = ListOperation(
        "tasks.search_tasks_for_workspace"
    )
    set_parent_for_task: RecordOperation[TaskResponse] = RecordOperation(
        "tasks.set_parent_for_task"
    )
    update_task: RecordOperation[TaskResponse] = RecordOperation("tasks.update_task")
