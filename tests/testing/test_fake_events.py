"""FakeAsana's GET /events: sync tokens, the events every kind of change emits, paging, expiry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from asana_client.testing import FakeAsana, _server
from tests.conftest import FakeTime
from tests.testing.spec_conformance import ResponseLog, conformance

# The merged spec's getWorkspaceEvents describes its 412 with a fresh token in words but
# declares no 412 answer, so the generic error body (without `sync`) is all it allows.
SPEC_GAP = "/events -> 412 "


@pytest.fixture(autouse=True)
def _answers_match_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Every answer is checked against the merged spec, except the one gap above."""
    log = ResponseLog()
    monkeypatch.setattr(_server.Core, "handle", log.wrap(_server.Core.handle))
    yield log
    problems = [
        p
        for p in log.report(conformance())
        if not (p.startswith("GET /workspaces/") and SPEC_GAP in p and "'sync'" in p)
    ]
    assert not problems, "FakeAsana answered off-spec:\n" + "\n".join(problems[:40])


def start(api: httpx.Client, resource: str) -> str:
    """The first call has no token: 412 and a fresh token, as Asana defines."""
    resp = api.get("/events", params={"resource": resource})
    assert resp.status_code == 412
    sync = resp.json()["sync"]
    assert isinstance(sync, str) and sync
    return sync


def since(api: httpx.Client, resource: str, sync: str) -> tuple[list[dict[str, Any]], str]:
    """Every event after `sync`, following has_more, and the token to resume from."""
    events: list[dict[str, Any]] = []
    while True:
        resp = api.get("/events", params={"resource": resource, "sync": sync})
        assert resp.status_code == 200, resp.text
        body = resp.json()
        events += body["data"]
        sync = body["sync"]
        if not body["has_more"]:
            return events, sync


def summary(events: list[dict[str, Any]]) -> list[tuple[str, str, str | None, str | None]]:
    """(resource gid, action, parent gid, changed field) per event, for compact asserts."""
    return [
        (
            e["resource"]["gid"],
            e["action"],
            (e["parent"] or {}).get("gid"),
            (e.get("change") or {}).get("field"),
        )
        for e in events
    ]


def test_first_call_without_a_token_is_412_with_error_and_fresh_token(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    resp = api.get("/events", params={"resource": proj})
    assert resp.status_code == 412
    assert "Sync token invalid or too old" in resp.json()["errors"][0]["message"]
    again = api.get("/events", params={"resource": proj, "sync": resp.json()["sync"]})
    assert again.status_code == 200
    assert again.json()["data"] == [] and again.json()["has_more"] is False


def test_task_created_in_project_is_added_event_on_the_project(
    fake: FakeAsana, api: httpx.Client, token: str
) -> None:
    proj = fake.add_project("P")
    sync = start(api, proj)
    resp = api.post("/tasks", json={"data": {"name": "T", "projects": [proj]}})
    task = resp.json()["data"]["gid"]
    events, _ = since(api, proj, sync)
    section = fake_first_section(api, proj)
    assert summary(events) == [(task, "added", proj, None), (task, "added", section, None)]
    event = events[0]
    assert event["user"]["gid"] == fake.user_gid(token)
    assert event["resource"] == {"gid": task, "resource_type": "task", "name": "T"}
    assert event["parent"]["resource_type"] == "project" and event["type"] == "task"
    assert event["created_at"].endswith("Z")


def fake_first_section(api: httpx.Client, proj: str) -> str:
    gid = api.get(f"/projects/{proj}/sections").json()["data"][0]["gid"]
    assert isinstance(gid, str)
    return gid


def test_updates_emit_changed_events_with_the_field_on_task_and_project(
    fake: FakeAsana, api: httpx.Client, token: str
) -> None:
    proj = fake.add_project("P")
    task = fake.add_task("T", projects=[proj])
    task_sync, proj_sync = start(api, task), start(api, proj)
    me = fake.user_gid(token)
    api.put(f"/tasks/{task}", json={"data": {"name": "T2", "assignee": me, "completed": True}})
    for resource, sync in ((task, task_sync), (proj, proj_sync)):
        events, _ = since(api, resource, sync)
        on_task = [e for e in events if e["resource"]["gid"] == task]
        changes = {e["change"]["field"]: e["change"] for e in on_task}
        assert set(changes) == {"name", "assignee", "completed"}
        assert all(e["action"] == "changed" and e["parent"] is None for e in on_task)
        # the rename also adds a system story to the task, which is an event of its own
        stories = [e for e in events if e["resource"]["resource_type"] == "story"]
        assert [(s["action"], s["parent"]["gid"]) for s in stories] == [("added", task)]
        assert changes["assignee"] == {
            "field": "assignee",
            "action": "changed",
            "new_value": {"gid": me, "resource_type": "user"},
        }
        assert changes["name"] == {"field": "name", "action": "changed"}


def test_moves_between_sections_and_projects_and_deletes(
    fake: FakeAsana, api: httpx.Client
) -> None:
    p1, p2 = fake.add_project("P1"), fake.add_project("P2")
    done = fake.add_section(p1, "Done")
    task = fake.add_task("T", projects=[p1])
    s1, s2 = start(api, p1), start(api, p2)
    assert api.post(f"/sections/{done}/addTask", json={"data": {"task": task}}).status_code == 200
    api.post(f"/tasks/{task}/addProject", json={"data": {"project": p2}})
    api.post(f"/tasks/{task}/removeProject", json={"data": {"project": p1}})
    api.delete(f"/tasks/{task}")
    p1_events, _ = since(api, p1, s1)
    p2_events, _ = since(api, p2, s2)
    assert summary(p1_events) == [(task, "added", done, None), (task, "removed", p1, None)]
    second_section = fake_first_section(api, p2)
    assert summary(p2_events) == [
        (task, "added", p2, None),
        (task, "added", second_section, None),
        (task, "deleted", None, None),
    ]


def test_subtasks_tags_stories_and_sections_reach_their_logs(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    tag = fake.add_tag("urgent")
    task = fake.add_task("T", projects=[proj])
    t_sync, tag_sync, p_sync = start(api, task), start(api, tag), start(api, proj)
    sub = api.post(f"/tasks/{task}/subtasks", json={"data": {"name": "S"}}).json()["data"]["gid"]
    api.post(f"/tasks/{task}/addTag", json={"data": {"tag": tag}})
    story = fake.add_story(task, "hello")  # a seeding helper is a change like any other
    sec = api.post(f"/projects/{proj}/sections", json={"data": {"name": "New"}}).json()["data"]
    api.put(f"/sections/{sec['gid']}", json={"data": {"name": "Renamed"}})
    task_events, _ = since(api, task, t_sync)
    assert summary(task_events) == [
        (sub, "added", task, None),
        (task, "changed", None, "tags"),
        (story, "added", task, None),
    ]
    assert task_events[1]["change"]["added_value"] == {"gid": tag, "resource_type": "tag"}
    tag_events, _ = since(api, tag, tag_sync)
    assert summary(tag_events) == [(task, "changed", None, "tags")]
    proj_events, _ = since(api, proj, p_sync)
    assert (sec["gid"], "added", proj, None) in summary(proj_events)
    assert (sec["gid"], "changed", None, "name") in summary(proj_events)


def test_has_more_pages_past_100_events_without_loss_or_repeat(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    sync = start(api, proj)
    created = [fake.add_task(f"T{i}", projects=[proj]) for i in range(230)]
    pages: list[int] = []
    gids: list[str] = []
    while True:
        body = api.get("/events", params={"resource": proj, "sync": sync}).json()
        pages.append(len(body["data"]))
        gids += [e["resource"]["gid"] for e in body["data"] if e["parent"]["gid"] == proj]
        sync = body["sync"]
        if not body["has_more"]:
            break
    assert pages == [100, 100, 100, 100, 60]  # each task: added to project and to its section
    assert gids == created
    later = fake.add_task("late", projects=[proj])
    events, _ = since(api, proj, sync)
    assert [e["resource"]["gid"] for e in events] == [later, later]


def test_a_token_can_be_reused_and_reads_the_same_events(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    sync = start(api, proj)
    fake.add_task("T", projects=[proj])
    first, _ = since(api, proj, sync)
    second, _ = since(api, proj, sync)
    assert first == second and len(first) == 2


def test_expired_tokens_answer_412_with_a_fresh_token(fake: FakeAsana, api: httpx.Client) -> None:
    proj = fake.add_project("P")
    sync = start(api, proj)
    fake.expire_sync_tokens()
    resp = api.get("/events", params={"resource": proj, "sync": sync})
    assert resp.status_code == 412
    fresh = resp.json()["sync"]
    assert fresh != sync
    task = fake.add_task("T", projects=[proj])
    events, _ = since(api, proj, fresh)
    assert {e["resource"]["gid"] for e in events} == {task}


def test_tokens_expire_after_24_hours_on_the_fakes_clock(fake_time: FakeTime) -> None:
    fake = FakeAsana(clock=fake_time.clock)
    token = fake.add_user()
    proj = fake.add_project("P")
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as api:
        sync = start(api, proj)
        fake_time.now += 24 * 3600 - 1
        assert api.get("/events", params={"resource": proj, "sync": sync}).status_code == 200
        fake_time.now += 2
        assert api.get("/events", params={"resource": proj, "sync": sync}).status_code == 412


def test_unknown_garbage_and_missing_resource(fake: FakeAsana, api: httpx.Client) -> None:
    proj = fake.add_project("P")
    assert api.get("/events", params={"resource": "999999999"}).status_code == 404
    assert api.get("/events").status_code == 400
    resp = api.get("/events", params={"resource": proj, "sync": "not-a-token"})
    assert resp.status_code == 412 and resp.json()["sync"]
    other = fake.add_project("Q")
    token_for_p = start(api, proj)
    # a token is bound to the resource it was issued for
    assert api.get("/events", params={"resource": other, "sync": token_for_p}).status_code == 412


def test_workspace_events_see_every_change_in_the_workspace(
    fake: FakeAsana, api: httpx.Client
) -> None:
    ws = fake.workspace_gid
    first = api.get(f"/workspaces/{ws}/events")
    assert first.status_code == 412
    proj = api.post(
        "/projects", json={"data": {"name": "P", "workspace": ws, "team": fake.default_team_gid}}
    )
    proj_gid = proj.json()["data"]["gid"]
    tasks = [fake.add_task(f"T{i}", projects=[proj_gid]) for i in range(600)]
    body = api.get(f"/workspaces/{ws}/events", params={"sync": first.json()["sync"]}).json()
    assert len(body["data"]) == 1000 and body["has_more"] is True  # 1000 a call here, not 100
    rest = api.get(f"/workspaces/{ws}/events", params={"sync": body["sync"]}).json()
    events = body["data"] + rest["data"]
    assert rest["has_more"] is False
    assert events[0]["resource"]["gid"] == proj_gid and events[0]["action"] == "added"
    added_tasks = [
        e["resource"]["gid"]
        for e in events
        if e["parent"]["gid"] == proj_gid and e["resource"]["resource_type"] == "task"
    ]
    assert added_tasks == tasks
    assert api.get("/events", params={"resource": ws}).status_code == 400
