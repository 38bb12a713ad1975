"""Scenario 2: 300 create_task calls under the same fault mix.

Each create must either return a task that exists exactly once on the server, or raise an
AsanaError; no name may ever exist twice. A POST is replayed only after a 429 (Asana did not
process it); after a 5xx, a dropped connection or a read timeout it must not be re-sent.

FakeAsana's `fail_next` faults all fire *before* the request is processed, with one exception
that this scenario relies on: over `serve()`, a `delay` longer than the client's timeout makes
the client give up while the fake sleeps, and the fake then processes the request anyway. That
is the dangerous case (the task exists although the call failed), so a retried POST would
create a duplicate.
"""

from __future__ import annotations

import time
from collections import Counter

from asana_client import AsanaConnectionError, AsanaError, AsanaTimeoutError, ServerError
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, FaultPlan, Results, wait_for

WRITES = 300
TIMEOUT = 0.3
EXPECTED_ERROR = {
    "500": ServerError,
    "502": ServerError,
    "503": ServerError,
    "504": ServerError,
    "drop": AsanaConnectionError,
    "timeout": AsanaTimeoutError,
}


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
    client = make_client(fake, token, served_url, fake_time, max_retries=5, timeout=TIMEOUT)

    returned: dict[str, str] = {}  # name -> gid the call returned
    raised: dict[str, AsanaError] = {}
    fault_of: dict[str, str | None] = {}
    started = time.perf_counter()
    with client:
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
    elapsed = time.perf_counter() - started

    posts = lambda: sum(1 for r in fake.requests if r.method == "POST" and r.path == "/tasks")  # noqa: E731
    expected_posts = WRITES + plan.injected["429"]  # only a 429 earns a second attempt
    wait_for(lambda: posts() >= expected_posts, timeout=3)  # delayed ones finish late
    time.sleep(0.1)  # and anything that should not have happened gets a chance to show

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
    assert posts() == expected_posts  # no POST was re-sent after a 5xx, drop or timeout
    assert fake.tasks_created == len(returned) + len(ghosts) == sum(on_server.values())
