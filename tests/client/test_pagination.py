"""PageIterator against FakeAsana: lazy, complete, capped, resumable, prefetching."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from asana_client import Asana, InvalidRequestError, Page
from asana_client._pagination import PREFETCH_WHEN_CALLER_WORKS
from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT
from tests.conftest import FakeTime, make_client


@pytest.fixture
def project(fake: FakeAsana) -> tuple[str, list[str]]:
    gid = fake.add_project("Launch")
    tasks = [fake.add_task(f"task {i}", projects=[gid]) for i in range(250)]
    return gid, tasks


def list_requests(fake: FakeAsana, project_gid: str) -> list[dict[str, list[str]]]:
    path = f"/projects/{project_gid}/tasks"
    return [r.query for r in fake.requests if r.method == "GET" and r.path == path]


def test_250_tasks_arrive_once_each_in_three_pages(
    client: Asana, fake: FakeAsana, project: tuple[str, list[str]]
) -> None:
    gid, expected = project
    received = [t.gid for t in client.tasks.get_tasks_for_project(gid)]
    assert received == expected
    queries = list_requests(fake, gid)
    assert [q["limit"] for q in queries] == [["100"]] * 3


def test_nothing_is_sent_before_iteration_starts(
    client: Asana, fake: FakeAsana, project: tuple[str, list[str]]
) -> None:
    fake.clear_requests()
    iterator = client.tasks.get_tasks_for_project(project[0])
    assert fake.requests == []
    first = next(iter(iterator))
    assert first.gid == project[1][0]
    assert len(fake.requests) == 1  # prefetch starts only once the caller wants page 2


def test_max_items_caps_the_total_and_shrinks_the_last_page(
    client: Asana, fake: FakeAsana, project: tuple[str, list[str]]
) -> None:
    gid, expected = project
    received = [t.gid for t in client.tasks.get_tasks_for_project(gid, limit=50, max_items=120)]
    assert received == expected[:120]
    assert [q["limit"] for q in list_requests(fake, gid)] == [["50"], ["50"], ["20"]]


def test_pages_yield_items_and_the_next_offset(
    client: Asana, project: tuple[str, list[str]]
) -> None:
    pages = list(client.tasks.get_tasks_for_project(project[0], limit=100).pages())
    assert [len(p.items) for p in pages] == [100, 100, 50]
    assert all(isinstance(p, Page) for p in pages)
    assert pages[0].next_offset and pages[1].next_offset and pages[2].next_offset is None


def test_a_saved_offset_resumes_where_the_first_page_ended(
    client: Asana, project: tuple[str, list[str]]
) -> None:
    gid, expected = project
    first = next(client.tasks.get_tasks_for_project(gid).pages())
    rest = [t.gid for t in client.tasks.get_tasks_for_project(gid, offset=first.next_offset)]
    assert [t.gid for t in first.items] + rest == expected


@pytest.mark.parametrize("limit", [0, 101, -5])
def test_limit_outside_1_to_100_fails_before_sending(
    client: Asana, fake: FakeAsana, limit: int
) -> None:
    fake.clear_requests()
    with pytest.raises(ValueError, match="limit"):
        client.tasks.get_tasks_for_project("1", limit=limit)
    assert fake.requests == []


def test_expired_offset_raises_invalid_request_with_the_offset(
    fake: FakeAsana,
    token: str,
    base_url: str | None,
    fake_time: FakeTime,
    project: tuple[str, list[str]],
) -> None:
    client = make_client(fake, token, base_url, fake_time, prefetch=False)  # page 2 not yet asked
    pages = client.tasks.get_tasks_for_project(project[0], limit=100).pages()
    first = next(pages)
    fake.expire_offsets()
    with pytest.raises(InvalidRequestError, match="expired") as raised:
        next(pages)
    assert raised.value.offset == first.next_offset
    assert raised.value.status == 400


class ScriptedPages(httpx.BaseTransport):
    """FakeAsana in-process, numbering the requests: `arrived[n]` is set when request n is
    sent, `fail_at` answers 400 (never retried) instead of that request."""

    def __init__(self, fake: FakeAsana, *, fail_at: int | None = None, requests: int = 10) -> None:
        self.inner = fake.transport()
        self.fail_at = fail_at
        self.count = 0
        self.arrived = [threading.Event() for _ in range(requests + 1)]
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.count += 1
            number = self.count
        self.arrived[number].set()
        if number == self.fail_at:
            return httpx.Response(400, json={"errors": [{"message": "page three is broken"}]})
        return self.inner.handle_request(request)


def work_past_the_prefetch_threshold() -> None:
    """Busy for PREFETCH_WHEN_CALLER_WORKS on the clock the iterator reads: a caller that
    does this much work between pages gets the next page fetched in the background. (A
    sleep of that length could do, but spinning on the same clock leaves no doubt.)"""
    deadline = time.perf_counter() + PREFETCH_WHEN_CALLER_WORKS
    while time.perf_counter() < deadline:
        pass


@pytest.mark.parametrize("prefetch", [True, False])
def test_an_error_on_page_3_comes_after_every_item_of_page_2(
    fake: FakeAsana, token: str, project: tuple[str, list[str]], prefetch: bool
) -> None:
    """With prefetch, page 3 is requested (and fails) while the caller is still on page 2:
    the caller waits at the first item of page 2 until that request has gone out. The error
    is raised only where the caller reaches page 3, after all 200 items."""
    transport = ScriptedPages(fake, fail_at=3)
    client = Asana(
        access_token=token, http_client=httpx.Client(transport=transport), prefetch=prefetch
    )
    received: list[str] = []
    requests_at_page_2: list[int] = []
    with pytest.raises(InvalidRequestError, match="page three"):
        for task in client.tasks.get_tasks_for_project(project[0]):
            received.append(task.gid)
            if len(received) == 1:
                work_past_the_prefetch_threshold()
            elif len(received) == 101:
                if prefetch:
                    assert transport.arrived[3].wait(HOLD_LIMIT), "page 3 was not prefetched"
                requests_at_page_2.append(transport.count)
    assert received == project[1][:200]
    assert requests_at_page_2 == [3 if prefetch else 2]


def test_prefetch_gives_the_same_items_in_the_same_order(
    fake: FakeAsana, token: str, project: tuple[str, list[str]]
) -> None:
    with_prefetch = Asana(access_token=token, http_client=fake.http_client(), prefetch=True)
    without = Asana(access_token=token, http_client=fake.http_client(), prefetch=False)
    gid = project[0]
    assert [t.gid for t in with_prefetch.tasks.get_tasks_for_project(gid, limit=7)] == [
        t.gid for t in without.tasks.get_tasks_for_project(gid, limit=7)
    ]


def test_unpaginated_lists_yield_their_one_page(client: Asana, fake: FakeAsana) -> None:
    project = fake.add_project("Search me")
    wanted = fake.add_task("needle in a haystack", projects=[project])
    fake.add_task("hay", projects=[project])
    found = list(client.tasks.search_tasks_for_workspace(fake.workspace_gid, text="needle"))
    assert [t.gid for t in found] == [wanted]


def test_max_items_0_sends_nothing(client: Asana, fake: FakeAsana) -> None:
    fake.clear_requests()
    assert list(client.tasks.get_tasks_for_project("1", max_items=0)) == []
    assert fake.requests == []


def test_offset_on_a_list_asana_does_not_paginate_is_refused(
    client: Asana, fake: FakeAsana
) -> None:
    fake.clear_requests()
    with pytest.raises(TypeError, match="offset"):
        client.tasks.search_tasks_for_workspace(fake.workspace_gid, text="x", offset="abc")
    assert fake.requests == []


def test_stopping_after_two_pages_costs_at_most_one_page_more(
    client: Asana, fake: FakeAsana, project: tuple[str, list[str]]
) -> None:
    fake.clear_requests()
    pages = client.tasks.get_tasks_for_project(project[0], limit=50).pages()
    next(pages), next(pages)
    pages.close()
    assert len(list_requests(fake, project[0])) <= 3


@pytest.mark.parametrize(("prefetch", "requests_seen_during_page_2"), [(True, 3), (False, 2)])
def test_a_caller_that_works_between_pages_gets_the_next_page_fetched_meanwhile(
    fake: FakeAsana,
    token: str,
    project: tuple[str, list[str]],
    prefetch: bool,
    requests_seen_during_page_2: int,
) -> None:
    """A caller that works on each page: with prefetch, while it is on page n the request for
    page n+1 has gone out (waited for by event, not by time); without, it has not."""
    transport = ScriptedPages(fake)
    client = Asana(
        access_token=token, http_client=httpx.Client(transport=transport), prefetch=prefetch
    )
    seen: list[int] = []
    for number, _page in enumerate(
        client.tasks.get_tasks_for_project(project[0], limit=50).pages(), 1
    ):
        work_past_the_prefetch_threshold()  # the caller's own work on this page
        if prefetch and 2 <= number < 5:
            assert transport.arrived[number + 1].wait(HOLD_LIMIT), (
                f"page {number + 1} not prefetched"
            )
        seen.append(transport.count)
    assert seen[1] == requests_seen_during_page_2
    assert seen == ([1, 3, 4, 5, 5] if prefetch else [1, 2, 3, 4, 5])
    assert len(list_requests(fake, project[0])) == 5  # 250 tasks in pages of 50, each once
