"""Pagination: 10,000-task paging, limit bounds, offsets bound to their query and expiry."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx
import pytest

from asana_client.testing import FakeAsana


def test_pages_through_10000_tasks_without_gaps(
    fake: FakeAsana, make_client: Callable[..., httpx.Client]
) -> None:
    demo = fake.seed_demo(projects=1, tasks=10_000, subtasks_per_task=0, stories_per_task=0)
    client = make_client(demo.token)
    project = demo.project_gids[0]
    seen: list[str] = []
    pages = 0
    params: dict[str, str | int] = {"limit": 100}
    while True:
        body = client.get(f"/projects/{project}/tasks", params=params).json()
        pages += 1
        seen.extend(t["gid"] for t in body["data"])
        if body["next_page"] is None:
            break
        assert body["next_page"]["path"].startswith(f"/projects/{project}/tasks?")
        assert body["next_page"]["uri"].endswith(body["next_page"]["path"])
        params = {"limit": 100, "offset": body["next_page"]["offset"]}
    assert pages == 100
    assert seen == demo.task_gids  # project order, no duplicates, no gaps


@pytest.mark.parametrize("limit", ["0", "101", "abc", "-1"])
def test_limit_out_of_bounds_is_400(api: httpx.Client, fake: FakeAsana, limit: str) -> None:
    project = fake.add_project("P")
    resp = api.get(f"/projects/{project}/tasks", params={"limit": limit})
    assert resp.status_code == 400
    assert resp.json()["errors"][0]["message"].startswith("limit:")


def test_limit_bounds_accepted_and_next_page_only_with_limit(
    api: httpx.Client, fake: FakeAsana
) -> None:
    project = fake.add_project("P")
    for i in range(3):
        fake.add_task(f"t{i}", projects=[project])
    assert len(api.get(f"/projects/{project}/tasks", params={"limit": 1}).json()["data"]) == 1
    body = api.get(f"/projects/{project}/tasks", params={"limit": 100}).json()
    assert len(body["data"]) == 3 and body["next_page"] is None
    assert "next_page" not in api.get(f"/projects/{project}/tasks").json()


def _first_offset(api: httpx.Client, path: str, **params: str) -> str:
    body = api.get(path, params={"limit": "2", **params}).json()
    return str(body["next_page"]["offset"])


def test_offset_is_bound_to_path_and_filters(api: httpx.Client, fake: FakeAsana) -> None:
    p1, p2 = fake.add_project("P1"), fake.add_project("P2")
    for i in range(5):
        fake.add_task(f"a{i}", projects=[p1])
        fake.add_task(f"b{i}", projects=[p2])
    offset = _first_offset(api, f"/projects/{p1}/tasks")
    other_path = api.get(f"/projects/{p2}/tasks", params={"limit": 2, "offset": offset})
    assert other_path.status_code == 400
    other_filter = api.get(
        f"/projects/{p1}/tasks", params={"limit": 2, "offset": offset, "completed_since": "now"}
    )
    assert other_filter.status_code == 400
    same = api.get(f"/projects/{p1}/tasks", params={"limit": 2, "offset": offset})
    assert same.status_code == 200 and [t["name"] for t in same.json()["data"]] == ["a2", "a3"]
    assert (
        api.get(f"/projects/{p1}/tasks", params={"limit": 2, "offset": "bogus"}).status_code == 400
    )


def test_expire_offsets(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("P")
    for i in range(5):
        fake.add_task(f"t{i}", projects=[project])
    offset = _first_offset(api, f"/projects/{project}/tasks")
    fake.expire_offsets()
    resp = api.get(f"/projects/{project}/tasks", params={"limit": 2, "offset": offset})
    assert resp.status_code == 400
    assert resp.json()["errors"][0]["message"] == "offset: Your pagination token has expired."
    fresh = _first_offset(api, f"/projects/{project}/tasks")  # new tokens work again
    assert (
        api.get(f"/projects/{project}/tasks", params={"limit": 2, "offset": fresh}).status_code
        == 200
    )


def test_offset_ttl_uses_injected_clock() -> None:
    now = [1000.0]
    fake = FakeAsana(offset_ttl=30, clock=lambda: now[0])
    token = fake.add_user()
    project = fake.add_project("P")
    for i in range(5):
        fake.add_task(f"t{i}", projects=[project])
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as api:
        offset = _first_offset(api, f"/projects/{project}/tasks")
        now[0] += 29
        assert (
            api.get(f"/projects/{project}/tasks", params={"limit": 2, "offset": offset}).status_code
            == 200
        )
        now[0] += 2
        resp = api.get(f"/projects/{project}/tasks", params={"limit": 2, "offset": offset})
    assert resp.status_code == 400 and "expired" in resp.text


def test_unpaginated_list_over_1000_is_400(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("Big")
    for i in range(1001):
        fake.add_task(f"t{i}", projects=[project])
    resp = api.get(f"/projects/{project}/tasks")
    assert resp.status_code == 400
    assert resp.json()["errors"][0]["message"].startswith("The result is too large.")
    assert len(api.get(f"/projects/{project}/tasks", params={"limit": 100}).json()["data"]) == 100


def test_completed_since_and_modified_since(
    client_for: Callable[..., httpx.Client],
) -> None:
    ticks = itertools.count()
    fake = FakeAsana(wall_clock=lambda: 1_700_000_000.0 + next(ticks))  # a second per change
    api = client_for(fake, fake.add_user())
    project = fake.add_project("P")
    fake.add_task("done", projects=[project], completed=True)
    open_task = fake.add_task("open", projects=[project])
    names = [
        t["name"]
        for t in api.get(f"/projects/{project}/tasks", params={"completed_since": "now"}).json()[
            "data"
        ]
    ]
    assert names == ["open"]
    stamp = api.get(f"/tasks/{open_task}").json()["data"]["modified_at"]
    api.put(f"/tasks/{open_task}", json={"data": {"notes": "changed"}})
    later = api.get("/tasks", params={"project": project, "modified_since": stamp}).json()["data"]
    assert [t["gid"] for t in later] == [open_task]
