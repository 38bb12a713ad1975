"""Scenario 1: page through 10,000 tasks while ~10% of the page requests fail.

Faults (429 with Retry-After 0-1 s, 500, 502, 503, 504, dropped connections and a few read
timeouts) are injected on the page path only, right before the request they should hit. The
result must be every task exactly once, in the project's order.
"""

from __future__ import annotations

import time

import pytest

from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, FaultPlan, Results

TASKS = 10_000
PAGE = 100
# Seconds; the injected read timeouts cost this much real time each. Long enough that an answer
# the fake did not delay never misses it on a loaded machine.
TIMEOUT = 1.0
LATE = 1.5  # the fake's delay for an injected timeout: past TIMEOUT


@pytest.mark.parametrize("prefetch", [False, True], ids=["sequential", "prefetch"])
def test_paging_10k_tasks_under_faults(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    results: Results,
    watch: CredentialWatch,
    prefetch: bool,
) -> None:
    project = fake.add_project("Reliability: 10k")
    expected = [fake.add_task(f"task {i:05d}", projects=[project]) for i in range(TASKS)]
    path = f"/projects/{project}/tasks"
    seed = 8 if prefetch else 5  # seeds that inject all 7 kinds
    plan = FaultPlan(fake, seed=seed, method="GET", path=path, delay=LATE)
    client = make_client(
        fake, token, served_url, fake_time, max_retries=5, timeout=TIMEOUT, prefetch=prefetch
    )
    watch.text("client repr", repr(client))
    # With prefetch the next page is already requested while we look at this one, so a fault
    # injected now lands on the page after; only inject while such a request is still to come.
    ahead = 2 if prefetch else 1

    received: list[str] = []
    pages = 0
    started = time.perf_counter()
    with client:
        plan.maybe()
        for page in client.tasks.get_tasks_for_project(project, limit=PAGE).pages():
            pages += 1
            received.extend(task.gid for task in page.items)
            if len(received) + ahead * PAGE <= TASKS:
                plan.maybe()
    elapsed = time.perf_counter() - started

    page_requests = lambda: sum(1 for r in fake.requests if r.path == path)  # noqa: E731
    # A timed-out request is recorded when the fake finishes it, after the client gave up.
    assert fake.wait_until(lambda: page_requests() >= pages + plan.total, timeout=HOLD_LIMIT)
    unique = set(received)
    figures = {
        "items_expected": TASKS,
        "items_received": len(received),
        "items_unique": len(unique),
        "items_duplicated": len(received) - len(unique),
        "items_missing": len(set(expected) - unique),
        "in_project_order": received == expected,
        "pages": pages,
        "faults_injected": plan.total,
        "faults_by_kind": plan.injected,
        "page_requests": page_requests(),
        "requests_total": len(fake.requests),
        "client_sleeps": len(fake_time.sleeps),
        "client_sleep_total_s": round(sum(fake_time.sleeps), 2),
        "retry_afters_sent": plan.retry_afters,
        "wall_s": round(elapsed, 2),
        "max_retries": 5,
        "timeout_s": TIMEOUT,
    }
    results.record(f"paging_10k_{'prefetch' if prefetch else 'sequential'}", **figures)

    assert plan.total >= 5, "the seed must inject a meaningful number of faults"
    assert len(received) == TASKS
    assert figures["items_duplicated"] == 0
    assert figures["items_missing"] == 0
    assert received == expected
    # Each fault costs exactly one extra attempt: nothing gave up, nothing was re-sent twice.
    assert figures["page_requests"] == pages + plan.total
    # Every Retry-After the fake sent was waited (the limiter sleeps until the pause is over).
    assert sum(fake_time.sleeps) >= sum(plan.retry_afters) - 1e-6
