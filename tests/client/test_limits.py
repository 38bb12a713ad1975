"""Client-side limits: a shared client keeps Asana's concurrency and per-minute limits, so a
fan-out against a server enforcing them sees no 429 at all."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from asana_client import Asana, ConfigurationError, RateLimitEnforcedError
from asana_client._limits import RequestLimiter
from asana_client.testing import FakeAsana
from tests.client.concurrency import (
    LockstepTime,
    ServerGate,
    burst,
    fake_sleeps_through,
    parked_at_limiter,
)


def run_threads(
    client: Asana,
    project: str,
    threads: int,
    calls: int,
    on_exit: Callable[[], None] = lambda: None,
    workers: list[threading.Thread] | None = None,
) -> list[int]:
    """Each thread lists the project `calls` times, then calls `on_exit`; returns every
    list's length. `workers` (if given) receives the threads before they start."""
    sizes: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(calls):
                size = len(list(client.tasks.get_tasks_for_project(project, limit=5)))
                with lock:
                    sizes.append(size)
        finally:
            on_exit()

    if workers is None:
        workers = []
    workers.extend(threading.Thread(target=work) for _ in range(threads))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sizes


def test_16_threads_stay_within_the_servers_concurrent_read_limit() -> None:
    """The fake holds the first four requests until every other thread is parked at the
    client's limit, so four in flight is forced, not a matter of timing, and a client letting
    a fifth through sends it while the four are held (the fake refuses it with a 429)."""
    fake = FakeAsana(latency=1.0, max_concurrent_reads=4, max_concurrent_writes=2)
    token = fake.add_user(name="Ada")
    project = fake.add_project("Busy")
    for i in range(10):
        fake.add_task(f"t{i}", projects=[project])
    workers: list[threading.Thread] = []

    def others_parked(gate: ServerGate) -> bool:
        if gate.arrived < 4 or any(worker.ident is None for worker in workers):
            return False  # a thread not started yet could still overtake the limit
        waiting = sum(worker.is_alive() for worker in workers) - 4
        return parked_at_limiter(workers) >= waiting

    gate = ServerGate(opens=others_parked, recheck=0.001)
    with fake_sleeps_through(fake, gate.sleep), fake.serve() as url:
        client = Asana(
            access_token=token,
            base_url=url,
            max_concurrent_reads=4,
            max_retries=0,
            prefetch=False,
        )
        sizes = run_threads(client, project, threads=16, calls=3, workers=workers)
    assert sizes == [10] * 48
    assert gate.arrived == 96  # 48 lists of two pages, each admitted by the fake
    assert fake.max_seen_concurrent_reads == 4
    assert fake.rate_limited_count == 0


def create_tasks_at_once(
    client: Asana, fake: FakeAsana, threads: int, gate: ServerGate
) -> list[object]:
    """Each of `threads` threads creates one task, all at once; gids or 429 errors (each
    reported to the gate)."""

    def create(i: int) -> object:
        try:
            return client.tasks.create_task(name=f"burst {i}", workspace=fake.workspace_gid).gid
        except RateLimitEnforcedError:
            gate.refused()
            raise

    return burst(threads, create)


def test_default_limits_match_asanas_15_concurrent_writes() -> None:
    """Asana's own limits (50 reads, 15 writes in flight) in the fake, the client's defaults,
    16 writers released at once: the fake holds the first 15 until all 15 are in flight, and
    the 16th waits for a client slot instead of meeting a 429."""
    fake = FakeAsana(latency=1.0, max_concurrent_reads=50, max_concurrent_writes=15)
    token = fake.add_user(name="Ada")
    gate = ServerGate(opens=lambda g: g.arrived >= 15)
    with fake_sleeps_through(fake, gate.sleep), fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0)
        outcomes = create_tasks_at_once(client, fake, threads=16, gate=gate)
    assert len(set(outcomes)) == 16 and all(isinstance(o, str) for o in outcomes)
    assert fake.task_count() == 16
    assert fake.max_seen_concurrent_writes == 15
    assert fake.rate_limited_count == 0


def test_a_client_allowing_16_writes_meets_the_servers_429() -> None:
    """15 writes are held in flight until the 16th has been refused: exactly one 429."""
    fake = FakeAsana(latency=1.0, max_concurrent_reads=50, max_concurrent_writes=15)
    token = fake.add_user(name="Ada")
    gate = ServerGate(opens=lambda g: g.arrived >= 15 and g.refusals >= 1)
    with fake_sleeps_through(fake, gate.sleep), fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0, max_concurrent_writes=16)
        outcomes = create_tasks_at_once(client, fake, threads=16, gate=gate)
    refused = [o for o in outcomes if isinstance(o, RateLimitEnforcedError)]
    assert len(refused) == 1 and refused[0].retry_after == 1
    assert fake.task_count() == 15
    assert fake.max_seen_concurrent_writes == 15


def test_without_a_matching_limit_the_same_burst_meets_429s() -> None:
    """The control for the tests above: the fake does enforce its limit, so the zero there is
    the client's doing. Sixteen reads at once against a limit of four: the fake holds the four
    it admitted until the other twelve have been refused."""
    fake = FakeAsana(latency=1.0, max_concurrent_reads=4)
    token = fake.add_user(name="Ada")
    project = fake.add_project("Busy")
    fake.add_task("only", projects=[project])
    gate = ServerGate(opens=lambda g: g.arrived >= 4 and g.refusals >= 12)

    def read(_: int) -> int:
        try:
            return len(list(client.tasks.get_tasks_for_project(project)))
        except RateLimitEnforcedError:
            gate.refused()
            raise

    with fake_sleeps_through(fake, gate.sleep), fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0, prefetch=False)
        outcomes = burst(16, read)
    refused = [o for o in outcomes if isinstance(o, RateLimitEnforcedError)]
    assert len(outcomes) == 16 and len(refused) == 12
    assert sorted(o for o in outcomes if o not in refused) == [1, 1, 1, 1]  # type: ignore[type-var]
    assert all(err.status == 429 and err.retry_after == 1 for err in refused)
    assert fake.max_seen_concurrent_reads == 4
    assert fake.rate_limited_count == 12


def test_matching_the_per_minute_quota_means_no_429() -> None:
    time = LockstepTime(workers=16)
    fake = FakeAsana(requests_per_minute=20, clock=time.clock)
    token = fake.add_user(name="Ada")
    project = fake.add_project("Quota")
    fake.add_task("only", projects=[project])
    client = Asana(
        access_token=token,
        http_client=fake.http_client(),
        rate_limit=20,
        prefetch=False,
        _sleep=time.sleep,
        _clock=time.clock,
    )
    sizes = run_threads(client, project, threads=16, calls=3, on_exit=time.retire)
    assert sizes == [1] * 48
    assert fake.rate_limited_count == 0
    assert time.now == 120  # 20 requests at 0 s, 20 at 60 s, 8 at 120 s: no window wasted


def test_a_429_pause_holds_back_the_next_read_and_write_slot() -> None:
    time = LockstepTime(workers=1)
    limiter = RequestLimiter(max_reads=5, max_writes=5, clock=time.clock, sleep=time.sleep)
    limiter.pause(3.0)
    with limiter.slot("GET"):
        assert time.now == 3.0
    with limiter.slot("POST"):
        assert time.now == 3.0


def test_limiter_refuses_nonsense_settings() -> None:
    with pytest.raises(ConfigurationError):
        RequestLimiter(max_reads=0)
    with pytest.raises(ConfigurationError):
        RequestLimiter(requests_per_minute=0)
