"""Ordinary user code: it must pass mypy --strict with no casts (tests/typing/test_typing.py).

Never run; only type-checked. `assert_type` pins what the client's signatures promise.
"""

from __future__ import annotations

import datetime
from typing import assert_type

from asana_client import Asana, Page, PageIterator
from asana_client.models import UNSET, Task, Unset, User


def ordinary_script(client: Asana) -> None:
    me = client.users.get_user("me")
    assert_type(me, User)
    assert_type(me.gid, str)

    tasks = client.tasks.get_tasks_for_project("1200", opt_fields=["name", "due_on", "assignee"])
    assert_type(tasks, PageIterator[Task])
    for task in tasks:
        assert_type(task, Task)
        client.tasks.update_task(task.gid, completed=True)  # a record's gid goes straight back
        if task.due_on is not UNSET and task.due_on is not None:
            assert_type(task.due_on, datetime.date)
        if task.assignee:
            assert_type(task.assignee.gid, str)
        if not isinstance(task.name, Unset):
            print(task.name.upper())

    for page in client.tasks.get_tasks_for_project("1200", limit=50, max_items=120).pages():
        assert_type(page, Page[Task])
        assert_type(page.next_offset, str | None)

    created = client.tasks.create_task(
        name="Write it", workspace=me.gid, due_on=datetime.date(2026, 12, 1), projects=["1", "2"]
    )
    assert_type(created, Task)
    assert_type(client.tasks.delete_task(created.gid), None)
    client.tasks.update_task(created.gid, due_on=None)  # None clears a nullable field
    client.tasks.get_tasks(completed_since="now", assignee="me", workspace=me.gid)
    client.tasks.search_tasks_for_workspace(
        me.gid, projects_any=["1", "2"], due_on_before=datetime.date(2027, 1, 1), sort_by="due_date"
    )
    client.typeahead.typeahead_for_workspace(me.gid, resource_type="user", query="ada")
