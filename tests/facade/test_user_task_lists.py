"""The User task lists operations (issue 13) through the facade, against FakeAsana.

FakeAsana already serves both (getTasksForUserTaskList needed them); every answer is checked
against the merged spec by the autouse fixture of conftest.py, so these tests also prove that
specs/user_task_lists.yaml describes what the fake sends.
"""

from __future__ import annotations

import pytest

from asana_client import Asana, NotFoundError
from asana_client.models import UserTaskList
from asana_client.testing import FakeAsana


def test_get_user_task_list_for_user_finds_my_tasks_in_the_workspace(
    client: Asana, fake: FakeAsana, token: str, me: str, workspace: str
) -> None:
    found = client.user_task_lists.get_user_task_list_for_user("me", workspace=workspace)

    assert isinstance(found, UserTaskList)
    assert found.gid == fake.user_task_list_gid(token)
    assert (found.owner.gid, found.workspace.gid) == (me, workspace)
    request = fake.requests[-1]
    assert (request.path, request.query["workspace"]) == ("/users/me/user_task_list", [workspace])


def test_get_user_task_list_returns_the_list_that_feeds_get_tasks_for_user_task_list(
    client: Asana, fake: FakeAsana, token: str, me: str, task: str, workspace: str
) -> None:
    my_tasks = fake.user_task_list_gid(token)

    found = client.user_task_lists.get_user_task_list(my_tasks)

    assert (found.gid, found.owner.gid, found.workspace.gid) == (my_tasks, me, workspace)
    assert [t.gid for t in client.tasks.get_tasks_for_user_task_list(found.gid)] == [task]


def test_get_user_task_list_of_an_unknown_gid_is_not_found(client: Asana) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.user_task_lists.get_user_task_list("1999999999999999")

    assert raised.value.status == 404
