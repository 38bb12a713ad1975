"""client.events against FakeAsana: get_events, get_workspace_events and the stream."""

from __future__ import annotations

from itertools import islice

import pytest

from asana_client import InvalidTokenError
from asana_client.testing import FakeAsana


@pytest.fixture
def fake() -> FakeAsana:
    return FakeAsana()


def test_get_events_starts_with_412_and_then_reads_changes(fake: FakeAsana) -> None:
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    with pytest.raises(InvalidTokenError) as first:
        client.events.get_events(project)
    assert first.value.sync
    task = client.tasks.create_task(name="Plan", projects=[project])
    client.tasks.update_task(task.gid, name="Plan it")
    page = client.events.get_events(project, sync=first.value.sync)
    assert page.sync and page.sync != first.value.sync and page.has_more is False
    touched = {(e.action, e.resource.gid) for e in page.data}  # type: ignore[union-attr]
    assert ("added", task.gid) in touched and ("changed", task.gid) in touched


def test_get_workspace_events_reads_the_whole_workspace(fake: FakeAsana) -> None:
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    workspace = fake.workspace_gid
    with pytest.raises(InvalidTokenError) as first:
        client.workspaces.get_workspace_events(workspace)
    project = client.projects.create_project_for_team(fake.default_team_gid, name="New")
    page = client.workspaces.get_workspace_events(workspace, sync=first.value.sync)
    assert ("added", project.gid) in {(e.action, e.resource.gid) for e in page.data}  # type: ignore[union-attr]


def test_a_stream_over_has_more_pages_stops_and_resumes_without_loss_or_repeats(
    fake: FakeAsana,
) -> None:
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    start = client.events.stream(project)
    assert list(start) == [] and start.sync
    made = [client.tasks.create_task(name=f"t{n}", projects=[project]).gid for n in range(150)]

    whole = [e.to_dict() for e in client.events.stream(project, sync=start.sync)]
    first = client.events.stream(project, sync=start.sync)
    split = [e.to_dict() for e in islice(first, 120)]
    second = client.events.stream(project, sync=first.sync)
    split += [e.to_dict() for e in second]

    assert len(whole) > 100 and split == whole  # stopped inside a page: nothing lost or repeated
    into_project = [
        e["resource"]["gid"]
        for e in whole
        if e["action"] == "added" and (e.get("parent") or {}).get("gid") == project
    ]
    assert into_project == made
    assert list(client.events.stream(project, sync=second.sync)) == []


def test_an_expired_token_raises_with_a_fresh_one(fake: FakeAsana) -> None:
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    stream = client.events.stream(project)
    list(stream)
    fake.expire_sync_tokens()
    with pytest.raises(InvalidTokenError) as expired:
        list(client.events.stream(project, sync=stream.sync))
    assert expired.value.sync and expired.value.sync != stream.sync
