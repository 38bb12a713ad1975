"""Users; a user is a gid, "me", or an email address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import UserCompact, UserResponse


class Users(Namespace):
    """`client.users`: users; a user is a gid, "me", or an email address."""

    get_user: RecordOperation[UserResponse] = RecordOperation("users.get_user")
    get_users: ListOperation[UserCompact] = ListOperation("users.get_users")
    get_users_for_team: ListOperation[UserCompact] = ListOperation("users.get_users_for_team")
    get_users_for_workspace: ListOperation[UserCompact] = ListOperation(
        "users.get_users_for_workspace"
    )
