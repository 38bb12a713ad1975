"""The one path every request takes: credential, limits, retries, logging, error mapping.

It is an httpx transport, so the generated `sync_detailed` functions, uploads and downloads all go
through it without knowing it exists. Under it sits the real sender: httpx's own HTTP transport,
or the user's `httpx.Client` (their proxies and certificates), or FakeAsana's in-process transport.
"""

from __future__ import annotations

import logging
import threading
import time

import httpx

from . import _defaults
from ._auth import Credential
from ._deadline import AttemptDeadlines
from ._errors import AsanaError, error_for_response, error_for_transport, parse_retry_after
from ._limits import RequestLimiter
from ._retries import RetryPolicy

__all__ = ["REPLAYABLE", "STREAM", "AsanaTransport", "ClientSender"]

logger = logging.getLogger("asana_client")

# Request extensions set by the facade (httpx passes them through to the transport untouched).
STREAM = "asana_client.stream"  # do not read the body here: the caller streams it
REPLAYABLE = "asana_client.replayable"  # False: the body is a one-shot stream, never retry


def read_body(response: httpx.Response, *, deadline: float | None = None) -> None:
    """Read the whole body, decoded, within the attempt's deadline and under a size ceiling
    (a small gzip body can decode to gigabytes). A body that cannot be decoded or is too large
    is the server's fault, reported like any other malformed answer, with its status."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > _defaults.MAX_RESPONSE_BYTES:
                raise AsanaError(
                    f"the response body is larger than {_defaults.MAX_RESPONSE_BYTES:,} bytes "
                    "once decoded; refusing to read the rest",
                    status=response.status_code,
                    response=response,
                )
            chunks.append(chunk)
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout(
                    "the response did not arrive within the timeout", request=response.request
                )
    except httpx.DecodingError as exc:
        response.close()
        raise AsanaError(
            f"the response body could not be decoded "
            f"(Content-Encoding: {response.headers.get('Content-Encoding', 'none')})",
            status=response.status_code,
            response=response,
        ) from exc
    except BaseException:
        response.close()  # drops the connection: the rest of the body is never read
        raise
    response._content = b"".join(chunks)  # what Response.read() itself stores


def attempt_deadline(request: httpx.Request) -> float | None:
    """When this attempt must be over: `timeout=` bounds connect, send and the whole response
    together (httpx only bounds each read, so a trickling server could hold a call forever)."""
    limits = [v for v in request.extensions.get("timeout", {}).values() if v is not None]
    return time.monotonic() + max(limits) if limits else None


def forget_secrets(request: httpx.Request, *, api_origin: bool) -> None:
    """Errors travel far (logs, Sentry, chained causes all reach this request): once its
    attempts are over, an API request loses its Authorization header, and a request to any
    other host (a signed storage link is a credential for minutes) keeps only its host."""
    request.headers.pop("Authorization", None)
    if not api_origin:
        request.url = request.url.copy_with(path="/", query=None, fragment=None)


class ClientSender(httpx.BaseTransport):
    """Sends through a caller's httpx.Client, so its proxies, certificates and pool apply.

    Redirects are never followed here (a client built with follow_redirects=True would re-post
    an OAuth form, client secret included, to wherever a 307 points); the facade decides about
    redirects hop by hop. With `direct=True` (attachment storage) the request goes to the
    client's transport for its URL, skipping `Client.send`, whose event hooks and INFO log
    would see the signed download link, a credential for as long as it is valid.
    """

    def __init__(self, client: httpx.Client, *, direct: bool = False) -> None:
        self._client = client
        self._direct = direct

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._direct:
            return self._client.send(request, stream=True, follow_redirects=False)
        if self._client.is_closed:
            raise AsanaError("the http_client given to Asana() has been closed")
        return self._client._transport_for_url(request.url).handle_request(request)


class AsanaTransport(httpx.BaseTransport):
    """Authorize (API origin only), then send with limits and retries, then map errors."""

    def __init__(
        self,
        sender: httpx.BaseTransport,
        *,
        policy: RetryPolicy,
        limiter: RequestLimiter,
        credential: Credential | None = None,
        api_origin: httpx.URL | None = None,
        owns_sender: bool = True,
        deadlines: AttemptDeadlines | None = None,
    ) -> None:
        self._sender = sender
        # Read by the sender's TLS sockets (see _deadline.py); unused with a caller's client.
        self._deadlines = deadlines or AttemptDeadlines()
        self._policy = policy
        self._limiter = limiter
        self._credential = credential
        self._api_origin = api_origin
        self._owns_sender = owns_sender
        self._closed = False
        self._announced_changes: set[str] = set()
        self._changes_lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        api_origin = self._is_api_origin(request.url)
        try:
            return self._send_authorized(request, api_origin)
        finally:
            forget_secrets(request, api_origin=api_origin)

    def close(self) -> None:
        """Refuse further attempts (also retries already under way), then close the pool."""
        self._closed = True
        if self._owns_sender:
            self._sender.close()

    def _send_authorized(self, request: httpx.Request, api_origin: bool) -> httpx.Response:
        generation = self._authorize(request, api_origin)
        response = self._send_with_retries(request)
        if response.status_code == 401 and generation is not None:
            assert self._credential is not None
            if self._credential.refresh(generation) and request.extensions.get(REPLAYABLE, True):
                response.close()
                self._authorize(request, api_origin)
                response = self._send_with_retries(request)
        if response.status_code >= 400:  # the body was read while the slot was held
            response.close()
            raise error_for_response(response)
        return response

    def _authorize(self, request: httpx.Request, api_origin: bool) -> int | None:
        """Set the credential, but only for the configured API origin: never for storage hosts
        or anything a redirect points at."""
        if self._credential is None or not api_origin:
            request.headers.pop("Authorization", None)
            return None
        return self._credential.authorize(request)

    def _is_api_origin(self, url: httpx.URL) -> bool:
        origin = self._api_origin
        return origin is not None and (url.scheme, url.host, url.port) == (
            origin.scheme,
            origin.host,
            origin.port,
        )

    def _send_with_retries(self, request: httpx.Request) -> httpx.Response:
        method = request.method
        replayable = request.extensions.get(REPLAYABLE, True)
        attempt = 0
        while True:
            try:
                response = self._send_once(request)
            except httpx.TransportError as exc:
                delay = self._policy.delay(method, attempt, error=exc, replayable=replayable)
                if delay is None:
                    raise error_for_transport(exc, f"{method} {self._where(request)}") from exc
                reason = type(exc).__name__
            else:
                status = response.status_code
                retry_after = parse_retry_after(response) if status == 429 else None
                delay = self._policy.delay(
                    method, attempt, status=status, retry_after=retry_after, replayable=replayable
                )
                if delay is None:
                    return response
                response.close()
                reason = str(status)
            attempt += 1
            logger.warning(
                "retry %d/%d of %s %s after %s, waiting %.2f s",
                attempt,
                self._policy.max_retries,
                method,
                self._where(request),
                reason,
                delay,
            )
            if reason == "429":
                self._limiter.pause(delay)  # every thread waits, this one in its next slot
            elif delay > 0:
                self._policy.sleep(delay)

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        with self._limiter.slot(request.method):
            self._check_open()
            deadline = attempt_deadline(request)
            try:
                with self._deadlines.attempt(deadline):
                    response = self._sender.handle_request(request)
                    response.request = request  # errors raised below httpx.Client still have it
                    if not request.extensions.get(STREAM) or response.status_code >= 400:
                        read_body(response, deadline=deadline)  # the slot is held until here
            except httpx.TransportError as exc:
                self._check_open()  # the pool was closed under this request: not a retry case
                failure = type(exc).__name__
                logger.debug("%s %s failed: %s", request.method, self._where(request), failure)
                raise
            if self._closed:  # close() came while this attempt ran: close what it reopened
                response.close()
                self.close()
                self._check_open()
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug(
            "%s %s -> %d in %.1f ms",
            request.method,
            self._where(request),
            response.status_code,
            elapsed_ms,
        )
        self._announce_changes(response)
        return response

    def _where(self, request: httpx.Request) -> str:
        """What logs and messages may say about a request's target: the path on the API host,
        only the host elsewhere (a storage link's path and query can be its signature)."""
        url = request.url
        return url.path if self._is_api_origin(url) else url.host

    def _check_open(self) -> None:
        if self._closed:
            raise AsanaError("the Asana client was closed while this request was under way")

    def _announce_changes(self, response: httpx.Response) -> None:
        """Log each Asana-Change (an upcoming breaking change that affects us) once."""
        for value in response.headers.get_list("Asana-Change"):
            fields = dict(part.strip().split("=", 1) for part in value.split(";") if "=" in part)
            name = fields.get("name", value)
            with self._changes_lock:
                if name in self._announced_changes:
                    continue
                self._announced_changes.add(name)
            logger.warning(
                "Asana-Change %r affects this client (see %s); opt in or out with enable=/disable=",
                name,
                fields.get("info", "https://developers.asana.com/docs/deprecations"),
            )
