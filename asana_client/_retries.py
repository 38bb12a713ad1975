"""When to retry a request, and how long to wait first.

The decision lives in one function, `RetryPolicy.delay`, so the rules can be read (and tested) in
one place. The rule that matters most: a POST is replayed only when Asana provably did not act on
it (429, or the connection never opened); replaying a POST that timed out mid-flight could create
a second task.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from . import _defaults

__all__ = ["RetryPolicy"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
# Failures that happen before a request leaves this machine: safe to repeat for any method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that would happen again identically: the request itself cannot be sent.
HOPELESS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


@dataclass
class RetryPolicy:
    """Retry settings of one client. `sleep` and `random` are replaceable for tests."""

    max_retries: int = _defaults.MAX_RETRIES
    backoff_initial: float = _defaults.BACKOFF_INITIAL
    backoff_max: float = _defaults.BACKOFF_MAX
    retry_after_max: float = _defaults.RETRY_AFTER_MAX
    sleep: Callable[[float], None] = time.sleep
    random: Callable[[], float] = field(default_factory=lambda: random.Random().random)

    def delay(
        self,
        method: str,
        attempt: int,
        *,
        status: int | None = None,
        error: httpx.TransportError | None = None,
        retry_after: float | None = None,
        replayable: bool = True,
    ) -> float | None:
        """Seconds to wait before retry number `attempt + 1`, or None to give up now."""
        if attempt >= self.max_retries or not replayable or isinstance(error, HOPELESS):
            return None
        if status == 429:
            if retry_after is None:
                return self.backoff(attempt)
            return min(retry_after, self.retry_after_max)
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if status is not None:
            return self.backoff(attempt) if idempotent and status in RETRYABLE_STATUSES else None
        if error is not None and (idempotent or isinstance(error, NEVER_SENT)):
            return self.backoff(attempt)
        return None

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: half the step fixed, half random, capped."""
        step = min(self.backoff_initial * (2**attempt), self.backoff_max)
        return float(step / 2 + step / 2 * self.random())
