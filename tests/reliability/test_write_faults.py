"""Scenario 2: 300 create_task calls under the same fault mix.

Each create must either return a task that exists exactly once on the server, or raise an
AsanaError; no name may ever exist twice. A POST is replayed only after a 429 (Asana did not
process it); after a 5xx, a dropped connection or a read timeout it must not be re-sent.

FakeAsana's `fail_next` faults all fire *before* the request is processed, with one exception
that this scenario relies on: over `serve()`, a `delay` longer than the client's timeout makes
the client give up while the fake sleeps, and the fake then processes the request anyway. That
is the dangerous case (the task exists although the call failed), so a retried POST would
create a duplicate. Here the fake's delay is held until the call has raised, so the answer is
always too late, and the POSTs are counted as the client sends them: the client retries only
inside a call, so that count is final when the last call returns, with nothing to wait for.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx

from asana_client import (
    Asana,
    AsanaConnectionError,
    AsanaError,
    AsanaTimeoutError,
    ServerError,
)
from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT, fake_sleeps_through
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, FaultPlan, Results

WRITES = 300
# Long enough that an answer the fake did not delay never misses it on a loaded machine (the
# delayed ones are held until their call raised, so they always do).
TIMEOUT = 1.0
EXPECTED_ERROR = {
    "500": ServerError,
    "502": ServerError,
    "503": ServerError,
    "504": ServerError,
    "drop": AsanaConnectionError,
    "timeout": AsanaTimeoutError,
}


class LateAnswers:
    """FakeAsana's delay sleeps, each held until the test releases one: a timed-out write is
    processed only after its call has raised."""

    def __init__(self) -> None:
        self._released = threading.Semaphore(0)

    def sleep(self, seconds: float) -> None:
        assert self._released.acquire(timeout=HOLD_LIMIT), "a delayed write was never released"

    def release_one(self) -> None:
        self._released.release()


class PostCounter:
    """Counts POST /tasks as the client puts them on the wire (an httpx request hook)."""

    def __init__(self) -> None:
        self.sent = 0

    def on_request(self, request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/tasks"):
            self.sent += 1


def test_creates_under_faults_never_duplicate(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    results: Results,
    watch: CredentialWatch,
) -> None:
    project = fake.add_project("Reliability: writes")
    plan = FaultPlan(fake, seed=2, probability=0.1, method="POST", path="/tasks")
    late, counter = LateAnswers(), PostCounter()
    http = httpx.Client(event_hooks={"request": [counter.on_request]})
    client = Asana(
        access_token=token,
        base_url=served_url,
        http_client=http,
        max_retries=5,
        timeout=TIMEOUT,
        _sleep=fake_time.sleep,
        _clock=fake_time.clock,
    )

    returned: dict[str, str] = {}  # name -> gid the call returned
    raised: dict[str, AsanaError] = {}
    fault_of: dict[str, str | None] = {}
    started = time.perf_counter()
    with http, client, fake_sleeps_through(fake, late.sleep):
        for i in range(WRITES):
            name = f"write {i:03d}"
            fault_of[name] = plan.maybe()
            try:
                task = client.tasks.create_task(name=name, projects=[project])
            except AsanaError as exc:
                raised[name] = exc
                watch.exception(exc)
            else:
                returned[name] = task.gid
            finally:
                if fault_of[name] == "timeout":
                    late.release_one()  # the call is over: now the fake may process it
        elapsed = time.perf_counter() - started
        posts = lambda: sum(1 for r in fake.requests if r.method == "POST" and r.path == "/tasks")  # noqa: E731
        # The fake records a write once it is done with it; released ones finish late. The
        # count waited for is exact (what the client sent), so this never cuts anything short.
        caught_up = fake.wait_until(lambda: posts() == counter.sent, timeout=HOLD_LIMIT)
    expected_posts = WRITES + plan.injected["429"]  # only a 429 earns a second attempt

    with make_client(fake, token, None, fake_time) as reader:  # in-process, no faults left
        on_server = Counter()
        gids_by_name: dict[str, list[str]] = {}
        for task in reader.tasks.get_tasks_for_project(project, opt_fields=["name"]):
            on_server[task.name] += 1
            gids_by_name.setdefault(str(task.name), []).append(task.gid)

    duplicated = sorted(name for name, count in on_server.items() if count > 1)
    ghosts = sorted(name for name in raised if on_server[name] == 1)
    wrong_errors = sorted(
        name
        for name, exc in raised.items()
        if fault_of[name] not in EXPECTED_ERROR
        or not isinstance(exc, EXPECTED_ERROR[fault_of[name]])  # type: ignore[index]
    )
    figures = {
        "writes_attempted": WRITES,
        "writes_returned": len(returned),
        "writes_raised": len(raised),
        "raised_by_type": dict(Counter(type(e).__name__ for e in raised.values())),
        "created_on_server": sum(on_server.values()),
        "fake_tasks_created": fake.tasks_created,
        "names_duplicated": len(duplicated),
        "ghost_writes": len(ghosts),
        "faults_injected": plan.total,
        "faults_by_kind": plan.injected,
        "post_requests": posts(),
        "post_requests_expected": expected_posts,
        "requests_total": len(fake.requests),
        "wall_s": round(elapsed, 2),
    }
    results.record("writes_300", **figures)

    results.append(
        "hardening",
        "rows",
        {
            "item": 26,
            "test": "test_creates_under_faults_never_duplicate",
            "check": "POSTs counted as sent, late answers held until the call raised",
            "tried": WRITES,
            "failures": len(duplicated) + abs(counter.sent - expected_posts),
        },
    )
    assert caught_up, f"the fake recorded {posts()} POSTs, the client sent {counter.sent}"
    assert plan.total >= 10
    assert duplicated == []
    # Every call that returned a task corresponds to exactly one server task, the same one.
    for name, gid in returned.items():
        assert gids_by_name.get(name) == [gid], name
    # Every call that raised was hit by a non-429 fault, and raised the matching error type.
    assert wrong_errors == []
    assert all(fault_of[name] != "429" for name in raised)
    # Faults before processing created nothing; only timed-out calls may have been processed
    # late (a ghost write: the call failed, the task exists once; retrying would duplicate it).
    for name in raised:
        expected = 1 if fault_of[name] == "timeout" else 0
        assert on_server[name] == expected, (name, fault_of[name])
    assert counter.sent == expected_posts  # no POST was re-sent after a 5xx, drop or timeout
    assert fake.tasks_created == len(returned) + len(ghosts) == sum(on_server.values())
