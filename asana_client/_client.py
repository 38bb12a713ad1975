"""`Asana`: configuration, the httpx client, and the resource namespaces.

Construction checks everything it can (exactly one credential, an HTTPS base URL) and sends
nothing. Namespaces and the generated layer are imported on first use, which keeps
`import asana_client` close to the cost of importing httpx alone.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from . import _defaults
from ._auth import ApiKey, BearerToken, Credential, OAuth, OAuthCredentials
from ._deadline import AttemptDeadlines, deadline_ssl_context
from ._errors import AsanaError, ConfigurationError
from ._fanout import DEFAULT_WORKERS, ItemT, Outcome, ResultT, fan_out
from ._limits import RequestLimiter, check_count
from ._params import visible_ascii
from ._resources import Namespaces
from ._retries import RetryPolicy
from ._transport import (
    REPLAYABLE,
    STREAM,
    AsanaTransport,
    ClientSender,
    attempt_deadline,
    read_body,
)
from ._urls import secure_url
from ._version import __version__

if TYPE_CHECKING:
    from concurrent.futures import Executor, ThreadPoolExecutor

    from ._generated.client import AuthenticatedClient

__all__ = ["Asana", "Clock"]

# httpx refuses longer URLs (httpx._urlparse.MAX_URL_LENGTH) with a bare InvalidURL.
MAX_URL_LENGTH = 65_536


def check_timeout(timeout: object) -> None:
    """Seconds > 0 (finite), None for no limit, or an httpx.Timeout made of those. A negative,
    zero, NaN or infinite timeout would fail every request, or hang it, only once sent."""
    timeouts = timeout.as_dict() if isinstance(timeout, httpx.Timeout) else {"timeout": timeout}
    values: list[object] = list(timeouts.values())
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(
                f"timeout must be seconds (a number), None or httpx.Timeout, not {value!r}"
            )
        if not 0 < value < float("inf"):
            raise ConfigurationError(
                f"timeout must be a positive, finite number of seconds (None: no limit), "
                f"not {value!r}"
            )


def check_feature_names(header: str, names: object) -> list[str]:
    """Asana-Enable/-Disable carry a comma-separated list of feature names: each one visible
    ASCII with no comma and no space, or the header would break (or smuggle another header)
    at the first request instead of here."""
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, Iterable):
        raise ConfigurationError(f"{header} feature names must be a list of str")
    checked = []
    for name in names:
        if not isinstance(name, str):
            raise ConfigurationError(f"{header} feature names must be str, not {name!r}")
        if not visible_ascii(name) or "," in name:
            raise ConfigurationError(
                f"{header} feature names are visible ASCII without commas or spaces, not {name!r}"
            )
        checked.append(name)
    return checked


class Clock(Protocol):
    """What the client waits with: retry backoff, Retry-After pauses, rate_limit pacing."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class Asana(Namespaces):
    """A synchronous Asana API client, safe to share between threads.

    Exactly one credential: `access_token` (default: $ASANA_ACCESS_TOKEN), `oauth`, or `api_key`.
    `clock` (default: real time) is what retries and rate limits wait on; in tests,
    `asana_client.testing.VirtualClock()` makes every such wait instant and records it. One
    object for both reading and waiting, because the limiter re-reads the clock after a wait.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        oauth: OAuthCredentials | None = None,
        api_key: str | None = None,
        base_url: str = _defaults.BASE_URL,
        timeout: float | httpx.Timeout | None = _defaults.TIMEOUT,
        max_retries: int = _defaults.MAX_RETRIES,
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
        http_client: httpx.Client | None = None,
        max_concurrent_reads: int = _defaults.MAX_CONCURRENT_READS,
        max_concurrent_writes: int = _defaults.MAX_CONCURRENT_WRITES,
        rate_limit: int | None = None,
        prefetch: bool = True,
        clock: Clock | None = None,
        _sleep: Callable[[float], None] = time.sleep,
        _clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if clock is not None:
            _sleep, _clock = clock.sleep, clock.monotonic
        check_count("max_retries", max_retries, minimum=0)
        check_timeout(timeout)
        self._base_url = secure_url(base_url, "base_url")
        self._retries = RetryPolicy(max_retries=max_retries, sleep=_sleep)
        self._limiter = RequestLimiter(
            max_reads=max_concurrent_reads,
            max_writes=max_concurrent_writes,
            requests_per_minute=rate_limit,
            clock=_clock,
            sleep=_sleep,
        )
        self._timeout = httpx.Timeout(timeout)
        self._timeout_extension = self._timeout.as_dict()
        self._api_root = str(self._base_url).rstrip("/") + "/"
        self._credential_kind, credential = self._credential(access_token, oauth, api_key)
        self._owns_http_client = http_client is None
        # Enough pooled connections for every request the limiter lets through at once, so a
        # fan-out reuses connections instead of opening and dropping them.
        connections = max_concurrent_reads + max_concurrent_writes + _defaults.MAX_DOWNLOADS
        pool = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        # Every attempt's deadline also bounds the reads of its status line and headers
        # (_deadline.py); a caller's client keeps its own sockets.
        self._deadlines = deadlines = AttemptDeadlines()
        self._sender: httpx.BaseTransport = (
            httpx.HTTPTransport(limits=pool, verify=deadline_ssl_context(deadlines))
            if http_client is None
            else ClientSender(http_client)
        )
        self._transport = AsanaTransport(
            self._sender,
            policy=self._retries,
            limiter=self._limiter,
            credential=credential,
            api_origin=self._base_url,
            owns_sender=self._owns_http_client,
            deadlines=deadlines,
        )
        self._http = httpx.Client(
            base_url=self._base_url,
            timeout=self._timeout,
            headers=self._default_headers(enable, disable),
            transport=self._transport,
        )
        # Attachment storage: the same sender, limits and retries, but no credential at all.
        self._storage = AsanaTransport(
            self._sender if http_client is None else ClientSender(http_client, direct=True),
            policy=self._retries,
            limiter=self._limiter,
            owns_sender=False,
            deadlines=deadlines,
        )
        # A download keeps its connection while the body streams, so downloads queue for
        # connections of their own and never take the ones API calls need.
        self._download_slots = threading.BoundedSemaphore(_defaults.MAX_DOWNLOADS)
        self._prefetch = prefetch
        self._prefetch_threads = max_concurrent_reads
        # Made on first use, closed by close(); guarded by _lazy_lock.
        self._closed = False
        self._executor: ThreadPoolExecutor | None = None
        self._lazy_lock = threading.Lock()

    # --- construction helpers ---------------------------------------------------------------

    def _credential(
        self,
        access_token: str | None,
        oauth: OAuthCredentials | None,
        api_key: str | None,
    ) -> tuple[str, Credential]:
        given = {
            name: value
            for name, value in (
                ("access_token", access_token),
                ("oauth", oauth),
                ("api_key", api_key),
            )
            if value
        }
        if len(given) > 1:
            raise ConfigurationError(f"give exactly one credential, not {sorted(given)}")
        if not given:
            token = os.environ.get(_defaults.TOKEN_ENV_VAR, "")
            if not token:
                raise ConfigurationError(
                    f"no credential: pass access_token=, oauth= or api_key=, "
                    f"or set {_defaults.TOKEN_ENV_VAR}"
                )
            given = {"access_token": token}
        ((kind, value),) = given.items()
        if kind == "oauth":
            assert isinstance(value, OAuthCredentials)
            token_url = f"{self._base_url.scheme}://{self._base_url.netloc.decode()}/-/oauth_token"
            return kind, OAuth(value, token_url=token_url, send=self._send_token_request)
        if not isinstance(value, str):
            raise ConfigurationError(f"{kind} must be a str")
        return kind, (ApiKey(value) if kind == "api_key" else BearerToken(value))

    def _send_token_request(self, request: httpx.Request) -> httpx.Response:
        """OAuth token requests bypass the API transport (no bearer header, no 401 loop, no
        retries) and never follow a redirect: the form carries the client secret."""
        request.extensions["timeout"] = self._timeout_extension
        deadline = attempt_deadline(request)
        with self._deadlines.attempt(deadline):
            response = self._sender.handle_request(request)
            read_body(response, deadline=deadline)
        return response

    @staticmethod
    def _default_headers(enable: Iterable[str], disable: Iterable[str]) -> dict[str, str]:
        headers = {"User-Agent": f"asana-client-python/{__version__}", "Accept": "application/json"}
        for header, names in (("Asana-Enable", enable), ("Asana-Disable", disable)):
            joined = ",".join(check_feature_names(header, names))
            if joined:
                headers[header] = joined
        return headers

    # --- public surface -----------------------------------------------------------------------

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated client, for calls the facade does not cover. It shares this client's
        connection pool, credential, retries and error mapping."""
        from ._generated.client import AuthenticatedClient

        raw = AuthenticatedClient(base_url=str(self._base_url), token="")
        return raw.set_httpx_client(self._http)

    def close(self) -> None:
        """Close the connection pool this client created (a passed-in http_client stays open)
        and stop its prefetch threads. A closed client refuses further requests."""
        with self._lazy_lock:
            self._closed = True
            executor = self._executor
        self._storage.close()
        self._http.close()  # first, so requests under way fail fast instead of retrying
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def _check_open(self) -> None:
        if self._closed:
            raise AsanaError("this Asana client is closed; create a new one")

    def __enter__(self) -> Asana:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Asana(base_url={str(self._base_url)!r}, credential={self._credential_kind})"

    def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        json: object = None,
        *,
        files: Mapping[str, Any] | None = None,
        replayable: bool = True,
    ) -> httpx.Response:
        """Send one API request straight to the transport (credential, limits, retries, error
        mapping), skipping what httpx.Client.send adds and Asana's API never uses: cookies,
        redirects, auth flows. `replayable=False`: the body is a one-shot stream, never retry."""
        self._check_open()
        request = self._build_request(method, path, params, json, files)
        if not replayable:
            request.extensions[REPLAYABLE] = False
        return self._transport.handle_request(request)

    def _build_request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        json: object,
        files: Mapping[str, Any] | None,
    ) -> httpx.Request:
        """A request for `path` under base_url, parsing the URL once (httpx.Client.build_request
        parses it three times: about 50 µs more per request, a tenth of the client's own work
        per page of a listing)."""
        target = self._api_root + path.lstrip("/")
        if params:
            target = f"{target}?{httpx.QueryParams(params)}"
        if len(target) > MAX_URL_LENGTH:
            raise ValueError(
                f"{method} {path}: the URL would be {len(target):,} characters, over the "
                f"{MAX_URL_LENGTH:,} a URL may have; ask for fewer opt_fields or shorter "
                f"query values"
            )
        body: dict[str, Any] = {}
        if files is not None:
            body["files"] = files
        elif json is not None:
            body["json"] = json
        return httpx.Request(
            method,
            target,
            headers=self._http.headers,
            extensions={"timeout": self._timeout_extension},
            **body,
        )

    def fan_out(
        self,
        call: Callable[[ItemT], ResultT],
        items: Iterable[ItemT],
        *,
        max_workers: int = DEFAULT_WORKERS,
    ) -> Iterator[Outcome[ItemT, ResultT]]:
        """Run `call(item)` for each item on a thread pool sharing this client; yield an
        `Outcome` per item, in order, holding its value or its exception. The client's limits
        keep the requests within Asana's concurrency and rate limits."""
        return fan_out(call, items, max_workers=max_workers)

    # --- shared machinery for namespaces ------------------------------------------------------

    def _send_stored(self, request: httpx.Request) -> httpx.Response:
        """One request to an attachment storage host, its body left to stream."""
        self._check_open()
        request.extensions = {"timeout": self._timeout_extension, STREAM: True}
        return self._storage.handle_request(request)

    def _prefetch_executor(self) -> Executor | None:
        """One background thread pool per client for page prefetch (created on first use)."""
        if not self._prefetch:
            return None
        from concurrent.futures import ThreadPoolExecutor  # threads only for those who page

        with self._lazy_lock:
            self._check_open()
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=self._prefetch_threads, thread_name_prefix="asana-prefetch"
                )
            return self._executor
