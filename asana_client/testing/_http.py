"""Transport-neutral request/response types shared by MockTransport and the HTTP server."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import httpx

# How much of each request body the fake keeps for `RecordedRequest.body`: every JSON body a
# client sends, without keeping 100 MiB uploads in memory for the life of the fake.
BODY_KEEP_LIMIT = 1024 * 1024


class BodyReader:
    """File-like view of a request body delivered as chunks.

    Both transports hand the core an iterator of byte chunks, so a 100 MiB upload is never
    materialised as one bytes object; `consumed` feeds `RecordedRequest.body_size` and the
    first BODY_KEEP_LIMIT bytes (`kept`) feed `RecordedRequest.body`.
    """

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._pending = memoryview(b"")  # a view, so big chunks are not re-copied per read
        self._eof = False
        self.consumed = 0
        self._kept = bytearray()

    @property
    def kept(self) -> bytes:
        """The start of the body (all of it when under BODY_KEEP_LIMIT), as consumed so far."""
        return bytes(self._kept)

    def _took(self, chunk: bytes) -> None:
        self.consumed += len(chunk)
        room = BODY_KEEP_LIMIT - len(self._kept)
        if room > 0:
            self._kept += chunk[:room]

    def read(self, n: int = -1) -> bytes:
        """Read up to `n` bytes (all remaining when n < 0); b"" means end of body."""
        if n < 0:
            parts = [bytes(self._pending)]
            self._pending = memoryview(b"")
            for chunk in self._chunks:
                parts.append(chunk)
                self._took(chunk)
            self._eof = True
            return b"".join(parts)
        while not self._pending and not self._eof:
            try:
                chunk = next(self._chunks)
            except StopIteration:
                self._eof = True
                break
            self._took(chunk)
            self._pending = memoryview(chunk)
        out = bytes(self._pending[:n])
        self._pending = self._pending[n:]
        return out

    def drain(self) -> None:
        """Consume the rest so keep-alive connections stay in sync after early errors."""
        self._pending = memoryview(b"")
        for chunk in self._chunks:
            self._took(chunk)
        self._eof = True


@dataclass
class Request:
    """One incoming request after URL parsing, with origins resolved by the transport."""

    method: str
    host_kind: str  # "api", "oauth" or "storage"
    path: str  # for the API: without the /api/1.0 prefix
    query: dict[str, list[str]]
    headers: httpx.Headers
    body: BodyReader
    api_origin: str
    storage_origin: str
    timeout: float | None = None  # read timeout of the in-process client, if known

    def arg(self, name: str) -> str | None:
        """First value of a query parameter (Asana ignores repeats except opt_fields)."""
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Response:
    """What the core answers; `body` may be an iterator so downloads stream in chunks."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Iterable[bytes] = b""
    drop: bool = False  # close the connection without any response
    injected: bool = False  # made by `fail_next`, not by the API (conformance checks skip it)

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup (used by the transports)."""
        low = name.lower()
        for key, value in self.headers:
            if key.lower() == low:
                return value
        return None
