"""Credentials: personal access token, OAuth with refresh, legacy API key.

A credential only produces an `Authorization` header value; the transport decides where it may
go (only to the configured API origin). Secrets are kept out of every repr.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import httpx

from . import _defaults
from ._errors import ConfigurationError, NoAuthorizationError
from ._urls import secure_url

__all__ = ["ApiKey", "BearerToken", "Credential", "OAuth", "OAuthCredentials"]


class Credential(Protocol):
    def authorization(self) -> str:
        """The value of the Authorization header for the next request."""
        ...

    def refresh(self, rejected: str) -> bool:
        """Called after a 401 for header `rejected`; True when a new credential is ready."""
        ...


def header_safe(secret: str, what: str) -> str:
    """A credential goes into a header: visible ASCII only. Anything else would make the HTTP
    library fail on every attempt, quoting the header (the secret) in its error."""
    if not secret.isascii() or not secret.isprintable() or " " in secret:
        raise ConfigurationError(f"{what} contains characters an HTTP header cannot carry")
    return secret


class BearerToken:
    """A personal access token (or an OAuth access token managed elsewhere)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {header_safe(token, 'access_token')}"

    def authorization(self) -> str:
        return self._header

    def refresh(self, rejected: str) -> bool:
        return False

    def __repr__(self) -> str:
        return "BearerToken(***)"


class ApiKey:
    """Asana's legacy API key, sent as the HTTP Basic user name with an empty password."""

    def __init__(self, key: str) -> None:
        key = header_safe(key, "api_key")
        self._header = "Basic " + base64.b64encode(f"{key}:".encode()).decode("ascii")

    def authorization(self) -> str:
        return self._header

    def refresh(self, rejected: str) -> bool:
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

    def authorization(self) -> str:
        with self._lock:
            refreshed = self._refresh_locked() if self._needs_refresh() else None
            header = f"Bearer {self._credentials.access_token}"
        self._announce(refreshed)
        return header

    def refresh(self, rejected: str) -> bool:
        with self._lock:
            if rejected != f"Bearer {self._credentials.access_token}":
                return True  # another thread refreshed while this request was in flight
            refreshed = self._refresh_locked()
        self._announce(refreshed)
        return True

    def _announce(self, refreshed: OAuthCredentials | None) -> None:
        """Run on_refresh outside the lock: the callback may well use the client itself."""
        if refreshed is not None and refreshed.on_refresh is not None:
            refreshed.on_refresh(refreshed)

    def _needs_refresh(self) -> bool:
        creds = self._credentials
        if creds.access_token is None:
            return True
        return creds.expires_at is not None and (
            creds.expires_at - _defaults.OAUTH_REFRESH_MARGIN <= self._clock()
        )

    def _refresh_locked(self) -> OAuthCredentials:
        creds = self._credentials
        form = {
            "grant_type": "refresh_token",
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "refresh_token": creds.refresh_token,
        }
        try:
            response = self._send(httpx.Request("POST", self._token_url, data=form))
            response.read()
        except httpx.TransportError as exc:
            raise NoAuthorizationError("OAuth token refresh did not complete") from exc
        body = _json_object(response)
        token = body.get("access_token")
        if isinstance(token, str) and not (token.isascii() and token.isprintable()):
            token = None
        if response.status_code != 200 or not isinstance(token, str) or not token:
            reason = body.get("error_description") or body.get("error") or "no access_token"
            raise NoAuthorizationError(
                f"OAuth token refresh failed: {reason}", status=response.status_code
            )
        expires_in = body.get("expires_in")
        self._credentials = replace(
            creds,
            access_token=token,
            refresh_token=str(body.get("refresh_token") or creds.refresh_token),
            expires_at=self._clock() + float(expires_in)
            if isinstance(expires_in, int | float)
            else None,
        )
        return self._credentials

    def __repr__(self) -> str:
        return f"OAuth(client_id={self._credentials.client_id!r}, tokens=***)"


def _json_object(response: httpx.Response) -> dict[str, object]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
