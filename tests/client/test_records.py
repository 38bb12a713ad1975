"""Records as users read them: typed attributes, opt_fields extras on compact list items."""

from __future__ import annotations

from asana_client import Asana
from asana_client.testing import FakeAsana


def test_opt_fields_extras_are_reachable_on_compact_list_items(
    client: Asana, fake: FakeAsana
) -> None:
    project = fake.add_project("Dated")
    gid = fake.add_task("Ship it", projects=[project], due_on="2026-12-24")
    (task,) = client.tasks.get_tasks_for_project(project, opt_fields=["name", "due_on", "notes"])
    assert task.gid == gid and task.name == "Ship it"
    assert "due_on" in task and task["due_on"] == "2026-12-24"
    assert task.to_dict()["due_on"] == "2026-12-24"


def test_full_records_have_typed_nested_records(client: Asana, fake: FakeAsana) -> None:
    project = fake.add_project("Typed")
    gid = fake.add_task("Nested", projects=[project])
    task = client.tasks.get_task(gid)
    assert [p.gid for p in task.projects] == [project]
    assert task.workspace is not None and task.workspace.gid == fake.workspace_gid
    assert task.created_at.year >= 2024
