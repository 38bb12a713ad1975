"""The request-handling core shared by the in-process transport and the HTTP server.

`Core.handle(method, url, headers, chunks)` does, in order: host routing, injected faults,
the concurrency limit and latency, authentication, per-token and global rate limits, route
lookup, then the handler under the state lock. Sleeps happen outside every lock so
concurrent requests overlap like they would against the real service.
"""

from __future__ import annotations

import base64
import json
import math
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

from . import _handlers_files as files
from ._context import Ctx, Route
from ._events import EventLog
from ._events import routes as event_routes
from ._generic import GenericRoute, GenericStore
from ._handlers_batch import routes as batch_routes
from ._handlers_org import routes as org_routes
from ._handlers_projects import routes as project_routes
from ._handlers_search import routes as search_routes
from ._handlers_tasks import routes as task_routes
from ._http import BodyReader, Request, Response
from ._model import Attachment, Entity, State, TokenInfo, User
from ._paging import Pager
from ._util import RATE_LIMIT_MESSAGE, ApiError, dumps, error_body
from ._webhooks import WebhookHub
from ._webhooks import routes as webhook_routes

API_PREFIX = "/api/1.0"
LINK_TTL = 120.0  # Asana: download_url "may only be valid for two minutes"
MAX_LINKS = 50_000
PREREAD_LIMIT = 16 * 1024 * 1024 + 1
ALL_ROUTES: list[Route] = [
    *event_routes.items,
    *webhook_routes.items,
    *task_routes.items,
    *search_routes.items,
    *project_routes.items,
    *org_routes.items,
    *files.routes.items,
    *batch_routes.items,
]
STATUS_MESSAGES = {
    400: "Bad Request",
    401: "Not Authorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    429: RATE_LIMIT_MESSAGE,
    500: "Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class RecordedRequest:
    """One request as the fake saw it (API requests: path without the /api/1.0 prefix).

    `body` is what the client sent, for a test to check (`json()` parses it), but only its
    first 1 MiB (BODY_KEEP_LIMIT): a test that uploads 100 MiB files keeps 1 MiB per upload
    in `fake.requests`, not 100. `body_size` is always the true size in bytes, so
    `body_truncated` tells a cut body from a whole one. Multipart uploads stay raw bytes.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: httpx.Headers
    body_size: int
    status: int  # 0 when the connection was dropped without a response
    body: bytes = b""

    @property
    def body_truncated(self) -> bool:
        """True when the body was longer than BODY_KEEP_LIMIT and `body` holds its start."""
        return len(self.body) < self.body_size

    def json(self) -> Any:
        """The body parsed as JSON, e.g. `{"data": {"name": ...}}` for a create_task.

        Raises ValueError when the body is not JSON (a GET's empty body, a multipart upload)
        or was cut at BODY_KEEP_LIMIT."""
        if self.body_truncated:
            raise ValueError(
                f"only the first {len(self.body):,} of {self.body_size:,} body bytes were kept"
            )
        return json.loads(self.body)


@dataclass
class Fault:
    status: int | None
    retry_after: float | None
    times: int
    method: str | None
    path: str | None
    body: bytes | None
    content_type: str | None
    drop: bool
    delay: float | None
    headers: dict[str, str] | None

    def matches(self, req: Request) -> bool:
        if self.method is not None and self.method.upper() != req.method:
            return False
        if self.path is None:
            return req.host_kind != "storage"
        want = self.path.split("?")[0]
        if want.startswith(API_PREFIX + "/"):
            want = want[len(API_PREFIX) :]
        if any(ch in want for ch in "*?["):
            return fnmatchcase(req.path, want)
        return req.path == want or req.path.startswith(want.rstrip("/") + "/")


class _Window:
    """Sliding-window request counter (timestamps from the injectable clock)."""

    def __init__(self, limit: int, window: float, retry_after: float | None = None) -> None:
        self.limit, self.window, self.retry_after = limit, window, retry_after
        self.hits: deque[float] = deque()

    def admit(self, now: float) -> float | None:
        """Record a hit and return None, or return seconds to wait when over the limit."""
        while self.hits and now - self.hits[0] >= self.window:
            self.hits.popleft()
        if len(self.hits) >= self.limit:
            if self.retry_after is not None:
                return self.retry_after
            return max(self.window - (now - self.hits[0]), 0.0)
        self.hits.append(now)
        return None


def _fmt_seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class Core:
    """Shared state plus the knobs FakeAsana exposes (faults, limits, recordings)."""

    def __init__(
        self,
        *,
        latency: float,
        max_reads: int | None,
        max_writes: int | None,
        rpm: int | None,
        offset_ttl: float | None,
        clock: Callable[[], float],
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.state = State(wall_clock)
        self.generic = GenericStore(self.state)
        self.clock = clock
        self.sleep = sleep  # latency and injected delays
        self.pager = Pager(clock, offset_ttl)
        self.events = EventLog(self.state, clock)
        self.webhooks = WebhookHub(self.state, self.events, clock)
        self.latency = latency
        self.max_reads, self.max_writes, self.rpm = max_reads, max_writes, rpm
        self.tasks_created = 0
        self.storage_redirect = False
        self.requests: list[RecordedRequest] = []
        self.storage_requests: list[RecordedRequest] = []
        self.faults: list[Fault] = []
        self.oauth_clients: dict[str, str] = {}
        self.refresh_tokens: dict[str, tuple[str, str]] = {}
        self.links: dict[str, tuple[str, float, int]] = {}
        self.link_serial = 0
        self.links_expired_upto = 0
        self.origins: dict[str, tuple[str, str, str]] = {}  # netloc -> (kind, api, storage)
        self.in_flight = {"read": 0, "write": 0}
        self.max_seen = {"read": 0, "write": 0}
        self.rate_limited_count = 0
        self.errors: list[Exception] = []
        self.token_windows: dict[str, _Window] = {}
        self.global_window: _Window | None = None
        self._meta = threading.Lock()  # faults, limits, recordings (never held while sleeping)
        # Notified at every recorded request; a lock of its own, so that what a waiter checks
        # may read any of the fake's state (taking _meta too).
        self.recorded = threading.Condition()
        self.register_origins("https://app.asana.com", "http://storage.fake-asana.test")

    # ---- origins, tokens, links ----------------------------------------------------------
    def register_origins(self, api: str, storage: str) -> None:
        """Map the hosts of one transport (in-process or a served pair) to their roles."""
        self.origins[urlsplit(api).netloc] = ("api", api, storage)
        self.origins[urlsplit(storage).netloc] = ("storage", api, storage)

    def unregister_origins(self, api: str, storage: str) -> None:
        self.origins.pop(urlsplit(api).netloc, None)
        self.origins.pop(urlsplit(storage).netloc, None)

    def new_token(self, user: str, expires_in: float | None = None) -> str:
        token = f"1/{user}:{secrets.token_hex(16)}"
        expires = None if expires_in is None else self.clock() + expires_in
        self.state.tokens[token] = TokenInfo(user, expires)
        return token

    def issue_access_token(self, user_gid: str) -> tuple[str, User]:
        return self.new_token(user_gid, 3600.0), self.state.get(user_gid, User)

    def users_by_email(self, email: str) -> list[User]:
        return [
            e
            for e in self.state.objects.values()
            if isinstance(e, User) and e.email.lower() == email
        ]

    def issue_link(self, att_gid: str) -> str:
        self.link_serial += 1
        token = secrets.token_urlsafe(18)
        self.links[token] = (att_gid, self.clock(), self.link_serial)
        if len(self.links) > MAX_LINKS:
            self.links.pop(next(iter(self.links)))
        return token

    def resolve_link(self, token: str) -> Attachment | None:
        entry = self.links.get(token)
        if entry is None:
            return None
        att_gid, issued, serial = entry
        if serial <= self.links_expired_upto or self.clock() - issued > LINK_TTL:
            return None
        return self.state.find(att_gid, Attachment)

    def extra_fields(self, req: Request) -> Callable[[Entity], dict[str, Callable[[], Any]]]:
        def extra(ent: Entity) -> dict[str, Callable[[], Any]]:
            if isinstance(ent, Attachment):
                return files.attachment_urls(self, req, ent)
            return {}

        return extra

    # ---- the entry point -------------------------------------------------------------------
    def handle(
        self,
        method: str,
        url: str,
        headers: httpx.Headers,
        chunks: Iterable[bytes],
        *,
        timeout: float | None = None,
    ) -> Response:
        """Answer one HTTP request; `Response.drop` asks the transport to hang up."""
        req = self._parse(method, url, headers, chunks, timeout)
        try:
            resp = self._dispatch(req)
        except ApiError as err:
            resp = self._error(err.status, err.message, err.headers, err.phrase)
        except TimeoutError:
            self._record(req, 0)
            raise
        except Exception as exc:  # a bug in the fake: answer like Asana's 500, keep it
            self.errors.append(exc)
            resp = self._error(500, "Server Error")
        self._record(req, 0 if resp.drop else resp.status)
        return resp

    def _record(self, req: Request, status: int) -> None:
        """Drain the unread body (keeps keep-alive in sync) and log the request."""
        req.body.drain()
        record = RecordedRequest(
            req.method, req.path, req.query, req.headers, req.body.consumed, status, req.body.kept
        )
        with self._meta:
            target = self.requests if req.host_kind != "storage" else self.storage_requests
            target.append(record)
        with self.recorded:
            self.recorded.notify_all()

    def _parse(
        self,
        method: str,
        url: str,
        headers: httpx.Headers,
        chunks: Iterable[bytes],
        timeout: float | None,
    ) -> Request:
        parts = urlsplit(url)
        kind, api, storage = self.origins.get(
            parts.netloc, ("api", f"{parts.scheme}://{parts.netloc}", "")
        )
        path = parts.path or "/"
        if kind == "api":
            if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
                path = path[len(API_PREFIX) :] or "/"
            elif path.startswith("/-/download/"):
                kind = "storage"
            else:
                kind = "oauth"
        query = parse_qs(parts.query, keep_blank_values=True)
        return Request(
            method.upper(), kind, path, query, headers, BodyReader(chunks), api, storage, timeout
        )

    def _error(
        self,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        phrase: str | None = None,
    ) -> Response:
        hdrs = [("Content-Type", "application/json; charset=UTF-8"), *(headers or {}).items()]
        return Response(status, list(hdrs), dumps(error_body(status, message, phrase)))

    def _dispatch(self, req: Request) -> Response:
        fault = self._take_fault(req)
        if fault is not None:
            resp = self._apply_fault(fault, req)
            if resp is not None:
                return resp
        if req.host_kind == "storage":
            token_path = req.path.startswith("/-/download/")
            if token_path:
                return files.redirect_download(self, req, req.path.rsplit("/", 1)[-1])
            return files.serve_storage(self, req)
        if req.host_kind == "oauth":
            if req.path.rstrip("/") == "/-/oauth_token":
                return files.oauth_token(self, req)
            return self._error(404, "Not Found")
        return self._api(req)

    # ---- faults ----------------------------------------------------------------------------
    def _take_fault(self, req: Request) -> Fault | None:
        with self._meta:
            for fault in self.faults:
                if fault.matches(req):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def _apply_fault(self, fault: Fault, req: Request) -> Response | None:
        """Delay, drop or fail before any processing; None means "carry on normally"."""
        if fault.delay:
            if req.timeout is not None and fault.delay > req.timeout:
                self.sleep(req.timeout)
                raise TimeoutError("read timed out (injected delay)")
            self.sleep(fault.delay)
        if fault.drop:
            req.body.drain()
            return Response(0, drop=True)
        if fault.status is None:
            return None
        req.body.drain()
        headers = dict(fault.headers or {})
        if fault.retry_after is not None:
            headers["Retry-After"] = _fmt_seconds(fault.retry_after)
        if fault.body is not None:
            ctype = fault.content_type or "text/html; charset=utf-8"
            hdrs = [("Content-Type", ctype), *headers.items()]
            return Response(fault.status, hdrs, fault.body, injected=True)
        message = STATUS_MESSAGES.get(fault.status, "Error")
        resp = self._error(fault.status, message, headers)
        if fault.content_type:
            resp.headers[0] = ("Content-Type", fault.content_type)
        resp.injected = True
        return resp

    # ---- limits ----------------------------------------------------------------------------
    def _too_many(self, retry_after: float) -> ApiError:
        self.rate_limited_count += 1
        seconds = _fmt_seconds(
            max(1.0, math.ceil(retry_after)) if retry_after >= 1 else retry_after
        )
        return ApiError(429, RATE_LIMIT_MESSAGE, headers={"Retry-After": seconds})

    def _acquire(self, kind: str) -> None:
        limit = self.max_reads if kind == "read" else self.max_writes
        with self._meta:
            if limit is not None and self.in_flight[kind] >= limit:
                raise self._too_many(1)
            self.in_flight[kind] += 1
            self.max_seen[kind] = max(self.max_seen[kind], self.in_flight[kind])

    def _release(self, kind: str) -> None:
        with self._meta:
            self.in_flight[kind] -= 1

    def _check_quota(self, token: str) -> None:
        now = self.clock()
        with self._meta:
            if self.global_window is not None:
                wait = self.global_window.admit(now)
                if wait is not None:
                    raise self._too_many(wait)
            if self.rpm is not None:
                window = self.token_windows.setdefault(token, _Window(self.rpm, 60.0))
                wait = window.admit(now)
                if wait is not None:
                    raise self._too_many(wait)

    # ---- API requests ----------------------------------------------------------------------
    def _authenticate(self, req: Request) -> tuple[str, User]:
        header = req.headers.get("authorization") or ""
        scheme, _, value = header.partition(" ")
        token = ""
        if scheme.lower() == "bearer":
            token = value.strip()
        elif scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(value.strip()).decode()
            except (ValueError, UnicodeDecodeError):
                decoded = ""
            # legacy API key: the key is the user name, the password is empty; PATs
            # themselves contain ":" so split at the last one.
            token = decoded.rsplit(":", 1)[0] if ":" in decoded else decoded
        with self.state.lock:
            info = self.state.tokens.get(token)
            user = self.state.find(info.user, User) if info else None
            expired = info is not None and (
                info.revoked or (info.expires_at is not None and self.clock() > info.expires_at)
            )
        if info is None or user is None or expired:
            raise ApiError(401, "Not Authorized")
        return token, user

    def _route(self, req: Request) -> tuple[Route, dict[str, str]]:
        path_matched = False
        for route in ALL_ROUTES:
            match = route.pattern.match(req.path)
            if match is None:
                continue
            if route.method == req.method:  # path segments arrive percent-encoded
                return route, {k: unquote(v) for k, v in match.groupdict().items()}
            path_matched = True
        generic = self.generic.match(req.method, req.path)
        if generic is not None:
            return self._generic_route(*generic)
        if path_matched or self.generic.knows_path(req.path):
            raise ApiError(405, f"Method {req.method} is not allowed on {req.path}")
        raise ApiError(404, "No matching route for request")

    def _generic_route(
        self, route: GenericRoute, params: dict[str, str]
    ) -> tuple[Route, dict[str, str]]:
        """An operation no hand-made handler answers: the generic store does."""

        def handler(ctx: Ctx, **path: str) -> Response:
            return self.generic.handle(ctx, route, path)

        method = route.spec["method"]
        fallback = Route(method, route.pattern, handler, method != "GET")
        return fallback, {k: unquote(v) for k, v in params.items()}

    def _api(self, req: Request) -> Response:
        kind = "read" if req.method in ("GET", "HEAD") else "write"
        self._acquire(kind)
        try:
            if self.latency:
                self.sleep(self.latency)
            token, user = self._authenticate(req)
            self._check_quota(token)
            route, params = self._route(req)
            if not route.locked:
                return route.handler(Ctx(self, req, user), **params)
            body = req.body.read(PREREAD_LIMIT) if req.method != "GET" else b""
            if len(body) >= PREREAD_LIMIT:
                raise ApiError(413, "Request body is too large.")
            req.body = _Preread(body, req.body)
            with self.state.lock:
                if not route.write:
                    return route.handler(Ctx(self, req, user), **params)
                with self.events.recording(params, body, user):
                    return route.handler(Ctx(self, req, user), **params)
        finally:
            self._release(kind)


class _Preread(BodyReader):
    """Body already read before taking the lock; keeps the original byte count."""

    def __init__(self, data: bytes, original: BodyReader) -> None:
        super().__init__([data] if data else [])
        self._original = original
        self.consumed = 0

    def drain(self) -> None:
        super().drain()
        self._original.drain()
        self.consumed = self._original.consumed

    def _took(self, chunk: bytes) -> None:
        self.consumed += len(chunk)  # the original reader keeps the body's start already

    @property
    def kept(self) -> bytes:
        return self._original.kept
