"""Workspaces and organizations, and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import UserBaseResponse, WorkspaceCompact, WorkspaceResponse


class Workspaces(Namespace):
    """`client.workspaces`: workspaces and organizations, and their members."""

    add_user_for_workspace: RecordOperation[UserBaseResponse] = RecordOperation(
        "workspaces.add_user_for_workspace"
    )
    get_workspace: RecordOperation[WorkspaceResponse] = RecordOperation("workspaces.get_workspace")
    get_workspaces: ListOperation[WorkspaceCompact] = ListOperation("workspaces.get_workspaces")
    remove_user_for_workspace: EmptyOperation = EmptyOperation(
        "workspaces.remove_user_for_workspace"
    )
    update_workspace: RecordOperation[WorkspaceResponse] = RecordOperation(
        "workspaces.update_workspace"
    )
