"""Projects: the lists and boards that hold tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import ProjectCompact, ProjectResponse


class Projects(Namespace):
    """`client.projects`: projects: the lists and boards that hold tasks."""

    create_project: RecordOperation[ProjectResponse] = RecordOperation("projects.create_project")
    create_project_for_team: RecordOperation[ProjectResponse] = RecordOperation(
        "projects.create_project_for_team"
    )
    create_project_for_workspace: RecordOperation[ProjectResponse] = RecordOperation(
        "projects.create_project_for_workspace"
    )
    delete_project: EmptyOperation = EmptyOperation("projects.delete_project")
    get_project: RecordOperation[ProjectResponse] = RecordOperation("projects.get_project")
    get_projects: ListOperation[ProjectCompact] = ListOperation("projects.get_projects")
    get_projects_for_task: ListOperation[ProjectCompact] = ListOperation(
        "projects.get_projects_for_task"
    )
    get_projects_for_team: ListOperation[ProjectCompact] = ListOperation(
        "projects.get_projects_for_team"
    )
    get_projects_for_workspace: ListOperation[ProjectCompact] = ListOperation(
        "projects.get_projects_for_workspace"
    )
    update_project: RecordOperation[ProjectResponse] = RecordOperation("projects.update_project")
