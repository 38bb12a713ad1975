"""Deliberate mistakes: mypy --strict must flag every line marked `# error` (and only those).

Never run; only type-checked by tests/typing/test_typing.py.
"""

from __future__ import annotations

from asana_client import Asana


def mistakes(client: Asana) -> None:
    client.tasks.create_task(nmae="misspelled keyword")  # error
    client.tasks.get_task(1200)  # error
    client.tasks.update_task("1", completed="yes")  # error
    client.tasks.search_tasks_for_workspace("1", sort_by="bogus")  # error
    client.tasks.get_tasks_for_project("1", limit="50")  # error
    client.tasks.get_task()  # error
    client.tasks.create_task(resource_subtype="milestones")  # error
    client.projects.get_project("1").gid.decode()  # error
    client.tasks.get_task("1", opt_fields=[1, 2])  # error
    client.tasks.get_tasks_for_project("1", offset=5)  # error
