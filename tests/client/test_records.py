"""Records as users read them: typed attributes, opt_fields extras on compact list items."""

from __future__ import annotations

from asana_client import Asana
from asana_client.testing import FakeAsana


def test_opt_fields_extras_are_typed_attributes_of_list_items(
    client: Asana, fake: FakeAsana
) -> None:
    import datetime

    project = fake.add_project("Dated")
    gid = fake.add_task("Ship it", projects=[project], due_on="2026-12-24")
    (task,) = client.tasks.get_tasks_for_project(project, opt_fields=["name", "due_on", "notes"])
    assert task.gid == gid and task.name == "Ship it"
    assert task.due_on == datetime.date(2026, 12, 24) and "due_on" not in task
    assert task.to_dict()["due_on"] == "2026-12-24"


def test_full_records_have_typed_nested_records(client: Asana, fake: FakeAsana) -> None:
    project = fake.add_project("Typed")
    gid = fake.add_task("Nested", projects=[project])
    task = client.tasks.get_task(gid)
    assert [p.gid for p in task.projects] == [project]
    assert task.workspace is not None and task.workspace.gid == fake.workspace_gid
    assert task.created_at.year >= 2024


def test_dates_are_accepted_for_string_typed_date_parameters(
    client: Asana, fake: FakeAsana
) -> None:
    import datetime

    project = fake.add_project("Since")
    open_task = fake.add_task("still open", projects=[project])
    fake.add_task("done long ago", projects=[project], completed=True)
    since = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    fake.clear_requests()
    found = [t.gid for t in client.tasks.get_tasks_for_project(project, completed_since="now")]
    assert found == [open_task]
    list(client.tasks.get_tasks_for_project(project, completed_since=since))
    assert fake.requests[-1].query["completed_since"] == [since.isoformat()]
