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

from ._auth import Credential
from ._errors import AsanaError, error_for_response, error_for_transport, parse_retry_after
from ._limits import RequestLimiter
from ._retries import RetryPolicy

__all__ = ["REPLAYABLE", "STREAM", "AsanaTransport", "ClientSender"]

logger = logging.getLogger("asana_client")

# Request extensions set by the facade (httpx passes them through to the transport untouched).
STREAM = "asana_client.stream"  # do not read the body here: the caller streams it
REPLAYABLE = "asana_client.replayable"  # False: the body is a one-shot stream, never retry


def read_body(response: httpx.Response) -> None:
    """Read the body; one that cannot be decoded (a gzip header on plain bytes) is the server's
    fault, reported like any other malformed answer, with its status."""
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        raise AsanaError(
            f"the response body could not be decoded "
            f"(Content-Encoding: {response.headers.get('Content-Encoding', 'none')})",
            status=response.status_code,
            response=response,
        ) from exc


class ClientSender(httpx.BaseTransport):
    """Sends through a caller's httpx.Client, so its proxies, certificates and pool apply."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)


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
    ) -> None:
        self._sender = sender
        self._policy = policy
        self._limiter = limiter
        self._credential = credential
        self._api_origin = api_origin
        self._owns_sender = owns_sender
        self._announced_changes: set[str] = set()
        self._changes_lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        header = self._authorize(request)
        response = self._send_with_retries(request)
        if response.status_code == 401 and header and self._refresh(header):
            response.close()
            if request.extensions.get(REPLAYABLE, True):
                self._authorize(request)
                response = self._send_with_retries(request)
        if response.status_code >= 400:  # the body was read while the slot was held
            response.close()
            request.headers.pop("Authorization", None)  # errors travel far: keep the token home
            raise error_for_response(response)
        return response

    def close(self) -> None:
        if self._owns_sender:
            self._sender.close()

    def _authorize(self, request: httpx.Request) -> str | None:
        """Set the credential, but only for the configured API origin: never for storage hosts
        or anything a redirect points at."""
        if self._credential is None or not self._is_api_origin(request.url):
            request.headers.pop("Authorization", None)
            return None
        header = self._credential.authorization()
        request.headers["Authorization"] = header
        return header

    def _refresh(self, rejected: str) -> bool:
        assert self._credential is not None
        return self._credential.refresh(rejected)

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
                    raise error_for_transport(exc, request) from exc
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
                request.url.path,
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
            try:
                response = self._sender.handle_request(request)
                response.request = request  # errors raised below httpx.Client still have it
                if not request.extensions.get(STREAM) or response.status_code >= 400:
                    read_body(response)  # hold the slot until the whole answer is here
            except httpx.TransportError as exc:
                logger.debug(
                    "%s %s failed: %s", request.method, request.url.path, type(exc).__name__
                )
                raise
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug(
            "%s %s -> %d in %.1f ms",
            request.method,
            request.url.path,
            response.status_code,
            elapsed_ms,
        )
        self._announce_changes(response)
        return response

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
