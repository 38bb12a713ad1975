"""Scenario 8: an events stream read in several runs while its requests fail.

A project's event log holds 400+ events (creations, renames, completions, removals and
deletions), so a stream crosses several `has_more` pages of 100. The consumer stops after
uneven counts (inside a page, on a page boundary, one event in), saves `stream.sync` and a
new client resumes from it; meanwhile about a fifth of the `GET /events` attempts fail with
429 + Retry-After, 500, 502, 503, 504, a dropped connection or a read timeout.

The fault is queued by an httpx request hook right before the attempt it should hit, so
each fault lands on exactly one attempt, retries included. Waits run on a `VirtualClock`;
only the few read timeouts cost real time (TIMEOUT each).

What the consumer received, run after run, must equal what one unbroken, fault-free stream
from the same token reads: nothing lost, nothing repeated, same order.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import Any

import httpx

from asana_client import Asana
from asana_client.testing import FakeAsana, VirtualClock
from tests.reliability.conftest import FAULT_KINDS, CredentialWatch, FaultPlan, Results

TASKS = 360
RENAMED = 40
COMPLETED = 30
REMOVED = 10
DELETED = 15
# Events per run before the consumer stops: inside a page, one event, exactly a page, a
# stop that lands on a page boundary; the last run reads to the end.
RUNS = (37, 1, 100, 62, 133, 3)
# Seconds; each injected read timeout costs this much real time. Long enough that an answer
# the fake did not delay never misses it on a loaded machine.
TIMEOUT = 1.0
LATE = 1.5  # the fake's delay for an injected timeout: past TIMEOUT
MAX_RETRIES = 5
# Every kind of fault twice; read timeouts cost real time, so only two of them.
SCHEDULE = [kind for kind in FAULT_KINDS for _ in range(2)]
EVENTS_PATH = "/events"


class Attempts:
    """An httpx request/response hook pair that faults `GET /events` attempts on a schedule.

    `schedule` is the faults to inject, in a seeded random order; before each attempt one is
    queued with probability `probability`, but never more than `streak` in a row (fewer
    than the client's retries, so no call gives up). Counts attempts and 200 answers."""

    def __init__(
        self, plan: FaultPlan, schedule: list[str], probability: float, streak: int
    ) -> None:
        self.plan = plan
        self.schedule = list(schedule)
        plan.rng.shuffle(self.schedule)
        self.probability = probability
        self.streak = streak
        self.in_a_row = 0
        self.sent = 0
        self.pages = 0

    def before(self, request: httpx.Request) -> None:
        if not request.url.path.endswith(EVENTS_PATH):
            return
        self.sent += 1
        may_fault = self.schedule and self.in_a_row < self.streak
        if may_fault and self.plan.rng.random() < self.probability:
            self.plan.inject(self.schedule.pop())
            self.in_a_row += 1
        else:
            self.in_a_row = 0

    def after(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith(EVENTS_PATH) and response.status_code == 200:
            self.pages += 1

    def http_client(self, base_url: str) -> httpx.Client:
        hooks: dict[str, list[Any]] = {"request": [self.before], "response": [self.after]}
        return httpx.Client(base_url=base_url, event_hooks=hooks)


def make_changes(fake: FakeAsana, token: str, project: str) -> None:
    """Fill the project's log: TASKS creations (seeded), then renames, completions,
    removals from the project and deletions through the API, in-process and fault-free."""
    tasks = [fake.add_task(f"event task {n:03d}", projects=[project]) for n in range(TASKS)]
    with fake.client(token) as api:
        for gid in tasks[:RENAMED]:
            api.tasks.update_task(gid, name=f"renamed {gid}")
        for gid in tasks[RENAMED : RENAMED + COMPLETED]:
            api.tasks.update_task(gid, completed=True)
        for gid in tasks[-REMOVED:]:
            api.tasks.remove_project_for_task(gid, project=project)
        for gid in tasks[-REMOVED - DELETED : -REMOVED]:
            api.tasks.delete_task(gid)


def unbroken(fake: FakeAsana, token: str, project: str, sync: str) -> list[dict[str, Any]]:
    """Every event since `sync`, read in one stream with no faults (the reference)."""
    with fake.client(token) as api:
        return [event.to_dict() for event in api.events.stream(project, sync=sync)]


def read_in_runs(
    make_client: Any, project: str, sync: str, runs: tuple[int, ...]
) -> Iterator[list[dict[str, Any]]]:
    """Each run a new client resuming from the saved position, stopping after `runs[i]`
    events (the last run reads to the end); yields what each run received."""
    for limit in (*runs, None):
        with make_client() as api:
            stream = api.events.stream(project, sync=sync)
            received = [event.to_dict() for event in islice(stream, limit)]
            assert stream.sync is not None
            sync = stream.sync
        yield received


def as_texts(events: list[dict[str, Any]]) -> Counter[str]:
    return Counter(json.dumps(event, sort_keys=True) for event in events)


def multiset_difference(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> int:
    """How many events of `left` are not matched by one of `right` (duplicates counted)."""
    return sum((as_texts(left) - as_texts(right)).values())


def test_events_streamed_in_runs_under_faults_lose_and_repeat_nothing(
    fake: FakeAsana,
    token: str,
    served_url: str,
    results: Results,
    watch: CredentialWatch,
) -> None:
    project = fake.add_project("Reliability: events")
    with fake.client(token) as api:
        start = api.events.stream(project)
        assert list(start) == [] and start.sync
    make_changes(fake, token, project)
    expected = unbroken(fake, token, project, start.sync)

    plan = FaultPlan(fake, seed=3, method="GET", path=EVENTS_PATH, delay=LATE)
    attempts = Attempts(plan, SCHEDULE, probability=0.6, streak=MAX_RETRIES - 2)
    clock = VirtualClock()
    http = attempts.http_client(served_url)

    def client() -> Asana:
        api = Asana(
            access_token=token,
            base_url=served_url,
            http_client=http,
            timeout=TIMEOUT,
            max_retries=MAX_RETRIES,
            clock=clock,
        )
        watch.text("client repr", repr(api))
        return api

    already = len(fake.requests)  # the reference reads and the first token's 412
    received: list[dict[str, Any]] = []
    per_run: list[int] = []
    started = time.perf_counter()
    with http:
        for events in read_in_runs(client, project, start.sync, RUNS):
            per_run.append(len(events))
            received.extend(events)
    elapsed = time.perf_counter() - started

    actions = Counter(str(event.get("action")) for event in expected)
    faulted = list(fake.requests)[already:]
    answered = Counter(r.status for r in faulted if r.path == EVENTS_PATH and r.status != 200)
    figures = {
        "events_expected": len(expected),
        "events_received": len(received),
        "events_missing": multiset_difference(expected, received),
        "events_repeated": multiset_difference(received, expected),
        "equal_to_unbroken": received == expected,
        "events_by_action": dict(actions),
        "runs": len(per_run),
        "events_per_run": per_run,
        "pages_read": attempts.pages,
        "faults_injected": plan.total,
        "faults_by_kind": plan.injected,
        "events_requests": attempts.sent,
        "client_sleeps": len(clock.sleeps),
        "client_sleep_total_s": round(clock.slept, 2),
        "retry_afters_sent": plan.retry_afters,
        "wall_s": round(elapsed, 2),
        "max_retries": MAX_RETRIES,
        "timeout_s": TIMEOUT,
    }
    results.record("events_under_faults", **figures)

    assert len(expected) > 4 * 100, "the stream must cross several has_more pages"
    assert {"added", "changed", "removed", "deleted"} <= set(actions)
    assert per_run[: len(RUNS)] == list(RUNS), "every run but the last stopped early"
    assert received == expected, "what the runs received differs from one unbroken stream"
    assert figures["events_missing"] == 0 and figures["events_repeated"] == 0
    # The whole schedule was injected, and every fault cost exactly one more attempt.
    assert attempts.schedule == [] and plan.injected == Counter(SCHEDULE), plan.injected
    assert attempts.sent == attempts.pages + plan.total
    # The fake really answered those faults. A timed-out request is recorded only when the
    # fake wakes up, after the client gave up: it is left out rather than waited for.
    assert answered == {
        429: plan.injected["429"],
        **{int(k): plan.injected[k] for k in ("500", "502", "503", "504")},
        0: plan.injected["drop"],
    }
    assert clock.slept >= sum(plan.retry_afters) - 1e-6  # every Retry-After was waited
