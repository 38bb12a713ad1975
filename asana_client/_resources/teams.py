"""Teams of an organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import TeamCompact, TeamResponse


class Teams(Namespace):
    """`client.teams`: teams of an organization."""

    get_team: RecordOperation[TeamResponse] = RecordOperation("teams.get_team")
    get_teams_for_user: ListOperation[TeamCompact] = ListOperation("teams.get_teams_for_user")
    get_teams_for_workspace: ListOperation[TeamCompact] = ListOperation(
        "teams.get_teams_for_workspace"
    )
