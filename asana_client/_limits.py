"""Client-side limits that keep a shared client inside Asana's per-token limits.

Asana allows 50 concurrent reads and 15 concurrent writes per token, and a per-minute request
quota (150 free, 1,500 paid). Threads sharing one client take a slot before each request, so a
fan-out never trips the concurrency limit; an optional sliding-window limiter spaces requests so
a long sync never runs into the quota; and a 429 pauses every thread until Retry-After has passed,
instead of each thread discovering the limit on its own.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from . import _defaults
from ._errors import ConfigurationError

__all__ = ["RequestLimiter", "check_count"]

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
WINDOW_SECONDS = 60.0


def check_count(name: str, value: object, *, minimum: int) -> int:
    """A whole-number setting: an int (not a bool, not 2.5) of at least `minimum`. A client
    setting, so a ConfigurationError raised while the client is built, before any request."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an int, not {value!r}")
    if value < minimum:
        raise ConfigurationError(f"{name} must be at least {minimum}, not {value}")
    return value


class RequestLimiter:
    """Concurrency slots, a per-minute window, and a shared pause after a 429."""

    def __init__(
        self,
        *,
        max_reads: int = _defaults.MAX_CONCURRENT_READS,
        max_writes: int = _defaults.MAX_CONCURRENT_WRITES,
        requests_per_minute: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        check_count("max_concurrent_reads", max_reads, minimum=1)
        check_count("max_concurrent_writes", max_writes, minimum=1)
        if requests_per_minute is not None:
            check_count("rate_limit (requests per minute)", requests_per_minute, minimum=1)
        self._reads = threading.BoundedSemaphore(max_reads)
        self._writes = threading.BoundedSemaphore(max_writes)
        self._per_minute = requests_per_minute
        self._starts: deque[float] = deque()
        self._resume_at = 0.0
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    @contextmanager
    def slot(self, method: str) -> Iterator[None]:
        """Hold a read or write slot for the duration of one request."""
        semaphore = self._reads if method.upper() in READ_METHODS else self._writes
        with semaphore:
            self._wait_for_turn()
            yield

    def pause(self, seconds: float) -> None:
        """Make every thread wait `seconds` from now before its next request (after a 429)."""
        with self._lock:
            self._resume_at = max(self._resume_at, self._clock() + seconds)

    def _wait_for_turn(self) -> None:
        while True:
            with self._lock:
                now = self._clock()
                wait = max(self._resume_at - now, self._quota_wait(now))
                if wait <= 0:
                    if self._per_minute is not None:
                        self._starts.append(now)
                    return
            self._sleep(wait)

    def _quota_wait(self, now: float) -> float:
        """How long until one more request fits in the last 60 s (0 when it fits now)."""
        if self._per_minute is None:
            return 0.0
        while self._starts and self._starts[0] <= now - WINDOW_SECONDS:
            self._starts.popleft()
        if len(self._starts) < self._per_minute:
            return 0.0
        return self._starts[0] + WINDOW_SECONDS - now
