"""The attempt's deadline under every TLS read and write of the client's own connections.

httpx bounds each read by `timeout=`, not a whole response. `_transport.read_body` bounds the body
chunk by chunk, but the status line and headers are read inside httpx, where a server (or a
middlebox) sending a byte now and then could hold an attempt for as long as it likes. Python lets
an `ssl.SSLContext` choose the class of the sockets it makes (`sslsocket_class`); ours clamps the
timeout httpx sets before each read or write to what is left of the attempt under way in that
thread, and barely waits at all once it is over (the read or write then times out like any
other, and the socket is closed by whoever owns it).

Only the client's own pool is covered (a caller's `http_client` keeps its own sockets), and only
TLS connections: every connection to Asana, and to the storage behind its download links.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

__all__ = ["AttemptDeadlines", "deadline_ssl_context"]


# The wait given to a read or write once the deadline has passed: data already received is
# still read, nothing more is waited for.
PAST_DEADLINE = 0.000_001


class AttemptDeadlines(threading.local):
    """When the attempt each thread is running must be over (None: no attempt under way)."""

    at: float | None = None

    @contextmanager
    def attempt(self, deadline: float | None) -> Iterator[None]:
        """Hold `deadline` for the reads and writes inside the block (this thread only)."""
        previous, self.at = self.at, deadline
        try:
            yield
        finally:
            self.at = previous

    def clamp(self, timeout: float | None) -> float | None:
        """`timeout`, or what is left until the deadline if that is sooner (never 0 or less,
        which a socket would take as "do not block" rather than "time out now")."""
        if self.at is None:
            return timeout
        left = max(self.at - time.monotonic(), PAST_DEADLINE)
        return left if timeout is None else min(timeout, left)


def deadline_ssl_context(deadlines: AttemptDeadlines) -> ssl.SSLContext:
    """httpx's default TLS context (certifi, or SSL_CERT_FILE/SSL_CERT_DIR), whose sockets wait
    no longer than `deadlines` allows."""

    class DeadlineSocket(ssl.SSLSocket):
        def settimeout(self, value: float | None) -> None:
            super().settimeout(deadlines.clamp(value))

    context = httpx.create_ssl_context()
    context.sslsocket_class = DeadlineSocket
    return context
