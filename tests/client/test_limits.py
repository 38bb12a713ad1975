"""Client-side limits: a shared client keeps Asana's concurrency and per-minute limits, so a
fan-out against a server enforcing them sees no 429 at all."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from asana_client import Asana, ConfigurationError, RateLimitEnforcedError
from asana_client._limits import RequestLimiter
from asana_client.testing import FakeAsana


class LockstepTime:
    """Virtual time for a fixed set of worker threads: a sleep blocks until every live worker
    sleeps, then the clock jumps to the earliest wake-up. Time never moves while a request is
    on its way, as if requests took no time; with a plain shared clock, one thread's sleep
    could age a request another thread had just been admitted to send."""

    def __init__(self, workers: int) -> None:
        self.now = 0.0
        self._live = workers
        self._wakes: list[float] = []
        self._changed = threading.Condition()

    def clock(self) -> float:
        with self._changed:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._changed:
            wake = self.now + seconds
            self._wakes.append(wake)
            self._advance_if_all_asleep()
            woke = self._changed.wait_for(lambda: self.now >= wake, timeout=30)
            self._wakes.remove(wake)
            assert woke, "virtual time stopped: a worker blocked without sleeping"

    def retire(self) -> None:
        """A worker finished: the others no longer wait for it to sleep."""
        with self._changed:
            self._live -= 1
            self._advance_if_all_asleep()

    def _advance_if_all_asleep(self) -> None:
        if self._wakes and len(self._wakes) >= self._live:
            self.now = max(self.now, min(self._wakes))
            self._changed.notify_all()


def run_threads(
    client: Asana,
    project: str,
    threads: int,
    calls: int,
    on_exit: Callable[[], None] = lambda: None,
) -> list[int]:
    """Each thread lists the project `calls` times, then calls `on_exit`; returns every
    list's length."""
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

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sizes


def test_16_threads_stay_within_the_servers_concurrent_read_limit() -> None:
    fake = FakeAsana(latency=0.02, max_concurrent_reads=4, max_concurrent_writes=2)
    token = fake.add_user(name="Ada")
    project = fake.add_project("Busy")
    for i in range(10):
        fake.add_task(f"t{i}", projects=[project])
    with fake.serve() as url:
        client = Asana(
            access_token=token,
            base_url=url,
            max_concurrent_reads=4,
            max_retries=0,
            prefetch=False,
        )
        sizes = run_threads(client, project, threads=16, calls=3)
    assert sizes == [10] * 48
    assert fake.max_seen_concurrent_reads == 4
    assert fake.rate_limited_count == 0


def burst(threads: int, call: Callable[[int], object]) -> list[object]:
    """Run `call(i)` on `threads` threads released together; returns each result or the
    RateLimitEnforcedError it met."""
    start = threading.Barrier(threads)
    outcomes: list[object] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        start.wait()
        try:
            outcome = call(i)
        except RateLimitEnforcedError as exc:
            outcome = exc
        with lock:
            outcomes.append(outcome)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return outcomes


def create_tasks_at_once(client: Asana, fake: FakeAsana, threads: int) -> list[object]:
    """Each of `threads` threads creates one task, all at once; gids or 429 errors."""
    return burst(
        threads,
        lambda i: client.tasks.create_task(name=f"burst {i}", workspace=fake.workspace_gid).gid,
    )


def test_default_limits_match_asanas_15_concurrent_writes() -> None:
    """Asana's own limits (50 reads, 15 writes in flight) in the fake, the client's defaults,
    16 writers released at once: the 16th waits for a slot instead of meeting a 429."""
    fake = FakeAsana(latency=0.2, max_concurrent_reads=50, max_concurrent_writes=15)
    token = fake.add_user(name="Ada")
    with fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0)
        outcomes = create_tasks_at_once(client, fake, threads=16)
    assert len(set(outcomes)) == 16 and all(isinstance(o, str) for o in outcomes)
    assert fake.task_count() == 16
    assert fake.max_seen_concurrent_writes == 15
    assert fake.rate_limited_count == 0


def test_a_client_allowing_16_writes_meets_the_servers_429() -> None:
    fake = FakeAsana(latency=0.5, max_concurrent_reads=50, max_concurrent_writes=15)
    token = fake.add_user(name="Ada")
    with fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0, max_concurrent_writes=16)
        outcomes = create_tasks_at_once(client, fake, threads=16)
    refused = [o for o in outcomes if isinstance(o, RateLimitEnforcedError)]
    assert len(refused) == 1 and refused[0].retry_after == 1
    assert fake.task_count() == 15
    assert fake.max_seen_concurrent_writes == 15


def test_without_a_matching_limit_the_same_burst_meets_429s() -> None:
    """The control for the test above: the fake does enforce its limit, so the zero there is
    the client's doing. Every thread fires at once and the server holds each request 0.2 s."""
    fake = FakeAsana(latency=0.2, max_concurrent_reads=4)
    token = fake.add_user(name="Ada")
    project = fake.add_project("Busy")
    fake.add_task("only", projects=[project])
    with fake.serve() as url:
        client = Asana(access_token=token, base_url=url, max_retries=0, prefetch=False)
        outcomes = burst(16, lambda _: len(list(client.tasks.get_tasks_for_project(project))))
    refused = [o for o in outcomes if isinstance(o, RateLimitEnforcedError)]
    assert len(outcomes) == 16
    assert refused, "sixteen simultaneous reads against a limit of four were all admitted"
    assert all(o == 1 for o in outcomes if o not in refused)
    assert all(err.status == 429 and err.retry_after == 1 for err in refused)
    assert fake.max_seen_concurrent_reads <= 4
    assert fake.rate_limited_count == len(refused)


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
