"""Deterministic concurrency for tests: virtual time for worker threads, simultaneous starts,
and a gate inside FakeAsana that holds admitted requests until the test says so.

None of these wait on the wall clock for something to happen: a thread that should overlap
with another is made to, and a bounded wait (`HOLD_LIMIT`) only turns a deadlock into a
failed assertion instead of a hung suite.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from asana_client import RateLimitEnforcedError
from asana_client.testing import FakeAsana

# Seconds a held thread waits before the test is declared deadlocked (never reached when
# the code under test is right; only a regression pays it).
HOLD_LIMIT = 20.0


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
            self._changed.notify_all()  # wait_for_sleepers() may be watching
            self._advance_if_all_asleep()
            woke = self._changed.wait_for(lambda: self.now >= wake, timeout=HOLD_LIMIT)
            self._wakes.remove(wake)
            assert woke, "virtual time stopped: a worker blocked without sleeping"

    def retire(self) -> None:
        """A worker finished: the others no longer wait for it to sleep."""
        with self._changed:
            self._live -= 1
            self._advance_if_all_asleep()

    def wait_for_sleepers(self, count: int) -> None:
        """Block the test until `count` workers are asleep (so whatever they did before
        sleeping, e.g. recording a 429 pause, has happened)."""
        with self._changed:
            asleep = self._changed.wait_for(lambda: len(self._wakes) >= count, HOLD_LIMIT)
        assert asleep, f"fewer than {count} workers ever went to sleep"

    def _advance_if_all_asleep(self) -> None:
        if self._wakes and len(self._wakes) >= self._live:
            self.now = max(self.now, min(self._wakes))
            self._changed.notify_all()


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


class ServerGate:
    """Stands in for FakeAsana's latency sleep: every request the fake has admitted (counted
    in its in-flight figures) waits here until `opens(gate)` is true, then the gate stays open.

    So "8 requests overlapped" is made true instead of hoped for, and "the 5th was refused
    while 4 were in flight" happens in that order every time. Callers that see a refusal
    report it with `refused()`, which is part of what `opens` can wait for.
    """

    def __init__(
        self, opens: Callable[[ServerGate], bool], *, recheck: float | None = None
    ) -> None:
        """`recheck`: seconds between looks at `opens` while nothing arrives, for conditions
        that change without telling the gate (threads parking, see `parked_at_limiter`)."""
        self.recheck = recheck
        self.arrived = 0  # requests that reached the latency sleep (admitted by the fake)
        self.refusals = 0
        self.slept: list[float] = []  # the latency the fake asked for, per request
        self._opens = opens
        self._open = False
        self._changed = threading.Condition()

    def sleep(self, seconds: float) -> None:
        with self._changed:
            self.arrived += 1
            self.slept.append(seconds)
            self._changed.notify_all()
            opened = self._wait_until_open()
        assert opened, f"gate never opened: {self.arrived} arrived, {self.refusals} refused"

    def refused(self) -> None:
        with self._changed:
            self.refusals += 1
            self._changed.notify_all()

    def _wait_until_open(self) -> bool:
        deadline = time.monotonic() + HOLD_LIMIT
        while time.monotonic() < deadline:
            if self._changed.wait_for(self._check, timeout=self.recheck or HOLD_LIMIT):
                return True
        return False

    def _check(self) -> bool:
        self._open = self._open or self._opens(self)
        return self._open


def parked_at_limiter(threads: Sequence[threading.Thread]) -> int:
    """How many of `threads` are blocked waiting for a slot of a client's RequestLimiter (their
    innermost frame a Condition.wait, called from the limiter's `slot`)."""
    frames = sys._current_frames()
    parked = 0
    for thread in threads:
        frame = frames.get(thread.ident) if thread.ident is not None else None
        if frame is None or frame.f_code.co_name != "wait":
            continue
        while frame is not None:
            code = frame.f_code
            if code.co_name == "slot" and code.co_filename.endswith("_limits.py"):
                parked += 1
                break
            frame = frame.f_back
    return parked


@contextmanager
def fake_sleeps_through(fake: FakeAsana, sleep: Callable[[float], None]) -> Iterator[None]:
    """Route `fake`'s server-side sleeps (latency, injected delays) through `sleep` for the
    block, in-process and served alike."""
    before, fake.sleep = fake.sleep, sleep
    try:
        yield
    finally:
        fake.sleep = before
