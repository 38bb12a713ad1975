"""Credentials: personal access token, OAuth with refresh, legacy API key.

A credential only produces an `Authorization` header value; the transport decides where it may
go (only to the configured API origin). Secrets are kept out of every repr.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import httpx

from . import _defaults
from ._errors import AsanaError, ConfigurationError, NoAuthorizationError
from ._params import visible_ascii
from ._urls import secure_url

__all__ = ["ApiKey", "BearerToken", "Credential", "OAuth", "OAuthCredentials"]


class Credential(Protocol):
    def authorize(self, request: httpx.Request) -> int:
        """Set the Authorization header; return the generation of the credential it used.

        A generation number, not the header, is what callers keep: a local variable holding
        the secret would show up in tracebacks captured with their locals (Sentry, pytest -l).
        """
        ...

    def refresh(self, rejected: int) -> bool:
        """Called after a 401 for generation `rejected`; True when a new credential is ready."""
        ...


def header_safe(secret: str, what: str) -> str:
    """A credential goes into a header: visible ASCII only. Anything else would make the HTTP
    library fail on every attempt, quoting the header (the secret) in its error."""
    if not visible_ascii(secret):
        raise ConfigurationError(f"{what} contains characters an HTTP header cannot carry")
    return secret


class BearerToken:
    """A personal access token (or an OAuth access token managed elsewhere)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {header_safe(token, 'access_token')}"

    def authorize(self, request: httpx.Request) -> int:
        request.headers["Authorization"] = self._header
        return 0

    def refresh(self, rejected: int) -> bool:
        return False

    def __repr__(self) -> str:
        return "BearerToken(***)"


class ApiKey:
    """Asana's legacy API key, sent as the HTTP Basic user name with an empty password."""

    def __init__(self, key: str) -> None:
        key = header_safe(key, "api_key")
        self._header = "Basic " + base64.b64encode(f"{key}:".encode()).decode("ascii")

    def authorize(self, request: httpx.Request) -> int:
        request.headers["Authorization"] = self._header
        return 0

    def refresh(self, rejected: int) -> bool:
        return False

    def __repr__(self) -> str:
        return "ApiKey(***)"


@dataclass(frozen=True)
class OAuthCredentials:
    """An OAuth app's credentials and the user's tokens. Pass `on_refresh` to persist the new
    tokens after each refresh (Asana's refresh tokens are long-lived; access tokens last 1 h)."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    access_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None  # seconds since the epoch; None: unknown
    token_url: str | None = None
    on_refresh: Callable[[OAuthCredentials], None] | None = field(default=None, repr=False)


class _Refresh:
    """One token request in flight. Every thread that needs a fresh token waits for it and
    shares its outcome, so a hanging token endpoint costs one timeout, not one per thread."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.failure: NoAuthorizationError | None = None

    def wait(self) -> None:
        self.done.wait()
        if self.failure is not None:  # a copy per waiter: one exception raised in many threads
            raise NoAuthorizationError(self.failure.message, status=self.failure.status)


class OAuth:
    """Keeps an OAuth access token fresh: before it expires, and once after a 401."""

    def __init__(
        self,
        credentials: OAuthCredentials,
        *,
        token_url: str,
        send: Callable[[httpx.Request], httpx.Response],
        clock: Callable[[], float] = time.time,
    ) -> None:
        if credentials.access_token is not None:
            header_safe(credentials.access_token, "access_token")
        self._credentials = credentials
        self._token_url = str(secure_url(credentials.token_url or token_url, "token_url"))
        self._send = send
        self._clock = clock
        self._lock = threading.Lock()
        self._generation = 0
        self._in_flight: _Refresh | None = None
        expires_at, margin = credentials.expires_at, _defaults.OAUTH_REFRESH_MARGIN
        self._refresh_at = None if expires_at is None else expires_at - margin

    def authorize(self, request: httpx.Request) -> int:
        with self._lock:
            stale, generation = self._needs_refresh(), self._generation
        if stale:
            self._refresh(generation)
        with self._lock:
            request.headers["Authorization"] = f"Bearer {self._credentials.access_token}"
            return self._generation

    def refresh(self, rejected: int) -> bool:
        self._refresh(rejected)
        return True

    def _needs_refresh(self) -> bool:
        if self._credentials.access_token is None:
            return True
        return self._refresh_at is not None and self._refresh_at <= self._clock()

    def _refresh(self, stale: int) -> None:
        """Move past credential generation `stale`: nothing to do when another thread already
        has, join the refresh in flight, or lead one (the token request runs outside the lock)."""
        with self._lock:
            if self._generation != stale:
                return
            flight, leading = self._in_flight, self._in_flight is None
            if flight is None:
                flight = self._in_flight = _Refresh()
        if not leading:
            flight.wait()
            return
        refreshed = None
        try:
            refreshed = self._request_tokens()
        except NoAuthorizationError as exc:
            flight.failure = exc
            raise
        finally:
            self._finish(flight, refreshed)
        if refreshed.on_refresh is not None:  # outside the lock: it may use the client itself
            refreshed.on_refresh(refreshed)

    def _finish(self, flight: _Refresh, refreshed: OAuthCredentials | None) -> None:
        with self._lock:
            if refreshed is not None:
                self._credentials = refreshed
                self._generation += 1
            self._in_flight = None
        if refreshed is None and flight.failure is None:
            flight.failure = NoAuthorizationError("OAuth token refresh was interrupted")
        flight.done.set()

    def _request_tokens(self) -> OAuthCredentials:
        """POST the refresh token and read the answer. A failure is reported by name only: the
        httpx error's request carries the form (client secret, refresh token), so it is neither
        chained nor kept as a cause or context."""
        failure = None
        try:
            response = self._send(self._token_request())
        except (httpx.TransportError, AsanaError) as exc:
            failure = exc.message if isinstance(exc, AsanaError) else type(exc).__name__
        if failure is not None:
            raise NoAuthorizationError(f"OAuth token refresh did not complete: {failure}")
        return self._refreshed(response.status_code, json_object(response.content))

    def _token_request(self) -> httpx.Request:
        creds = self._credentials
        form = {
            "grant_type": "refresh_token",
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "refresh_token": creds.refresh_token,
        }
        return httpx.Request("POST", self._token_url, data=form)

    def _refreshed(self, status: int, body: dict[str, object]) -> OAuthCredentials:
        """New credentials from a token response, and when to refresh them next: at most half
        the token's lifetime early, so a short-lived token is not refreshed before every call."""
        token = body.get("access_token")
        if status != 200 or not isinstance(token, str) or not visible_ascii(token):
            reason = body.get("error_description") or body.get("error") or "no access_token"
            message = f"OAuth token refresh failed: {reason!s:.200}"
            raise NoAuthorizationError(message, status=status)
        rotated = body.get("refresh_token")
        refresh_token = rotated if isinstance(rotated, str) and rotated else None
        now, lifetime = self._clock(), seconds(body.get("expires_in"))
        if lifetime is None:
            self._refresh_at = None
        else:
            self._refresh_at = now + lifetime - min(_defaults.OAUTH_REFRESH_MARGIN, lifetime / 2)
        return replace(
            self._credentials,
            access_token=token,
            refresh_token=refresh_token or self._credentials.refresh_token,
            expires_at=None if lifetime is None else now + lifetime,
        )

    def __repr__(self) -> str:
        return f"OAuth(client_id={self._credentials.client_id!r}, tokens=***)"


def seconds(value: object) -> float | None:
    """A positive, finite number of seconds, or None for anything else (bool, NaN, "3600")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 < value < float("inf") else None


def json_object(content: bytes) -> dict[str, object]:
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return {}
    return body if isinstance(body, dict) else {}
