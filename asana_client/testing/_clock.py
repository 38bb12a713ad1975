"""`VirtualClock`: time that passes only when the client waits, so retries cost no real time."""

from __future__ import annotations

import threading

__all__ = ["VirtualClock"]


class VirtualClock:
    """A monotonic clock whose `sleep` returns at once and moves the clock forward instead.

    Pass it as `Asana(clock=...)` (`FakeAsana.client()` does by default): 5xx backoff and
    429 Retry-After pauses then take no real time, and the client's rate limiter, which reads
    the same clock, sees the pause as over and does not spin. Every wait is recorded in
    `sleeps`, so a test asserts on what the client waited rather than on wall time.
    Safe to share between threads: each sleep moves the clock by its own length.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        """The current virtual time, in seconds."""
        with self._lock:
            return self._now

    def sleep(self, seconds: float) -> None:
        """Record the wait and advance the clock by it (negative waits count as zero)."""
        with self._lock:
            self._sleeps.append(seconds)
            self._now += max(seconds, 0.0)

    @property
    def sleeps(self) -> list[float]:
        """Every wait asked for so far, in order."""
        with self._lock:
            return list(self._sleeps)

    @property
    def slept(self) -> float:
        """Total virtual seconds waited."""
        with self._lock:
            return sum(max(s, 0.0) for s in self._sleeps)

    def __repr__(self) -> str:
        return f"VirtualClock(now={self.monotonic():g}, sleeps={len(self.sleeps)})"
