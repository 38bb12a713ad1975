"""The exception hierarchy and the one function that maps a response to it.

    AsanaError
    ├── ConfigurationError          bad client settings, found before any request
    ├── FileTooLargeError           an upload over Asana's 100 MiB limit, found before sending
    ├── AsanaConnectionError        the request did not complete (httpx error chained)
    │   └── AsanaTimeoutError
    ├── InvalidRequestError         400 (also an expired pagination offset)
    ├── NoAuthorizationError        401
    ├── PaymentRequiredError        402
    ├── ForbiddenError              403
    ├── NotFoundError               404
    ├── InvalidTokenError           412
    ├── RateLimitEnforcedError      429 (.retry_after)
    └── ServerError                 5xx

Other 4xx statuses raise plain `AsanaError`. Messages quote the server's error text; they never
contain a credential because neither request headers nor the URL's query go into them.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import time
from collections.abc import Callable
from typing import Any

import httpx

__all__ = [
    "AsanaConnectionError",
    "AsanaError",
    "AsanaTimeoutError",
    "ConfigurationError",
    "FileTooLargeError",
    "ForbiddenError",
    "InvalidRequestError",
    "InvalidTokenError",
    "NoAuthorizationError",
    "NotFoundError",
    "PaymentRequiredError",
    "RateLimitEnforcedError",
    "ServerError",
    "error_for_response",
]


class AsanaError(Exception):
    """Base of every error this package raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        errors: list[dict[str, Any]] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.errors: list[dict[str, Any]] = errors or []
        self.response = response

    @property
    def phrase(self) -> str | None:
        """The memorable phrase Asana sends with a 500, to quote to Asana support."""
        phrase = self.errors[0].get("phrase") if self.errors else None
        return phrase if isinstance(phrase, str) else None

    def __str__(self) -> str:
        prefix = f"{self.status} " if self.status is not None else ""
        suffix = f" (phrase: {self.phrase})" if self.phrase else ""
        return f"{prefix}{self.message}{suffix}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"


class ConfigurationError(AsanaError):
    """The client was configured wrongly (no credential, two credentials, http:// base URL)."""


class FileTooLargeError(AsanaError):
    """The file exceeds Asana's attachment limit; nothing was sent."""


class AsanaConnectionError(AsanaError):
    """The request did not complete: DNS, refused or dropped connection, protocol error."""


class AsanaTimeoutError(AsanaConnectionError):
    """The request timed out (connect, read, write or pool)."""


class InvalidRequestError(AsanaError):
    """400: malformed or missing input, or an expired pagination offset."""

    offset: str | None = None  # the pagination offset Asana rejected, when that was the cause


class NoAuthorizationError(AsanaError):
    """401: the credential is missing, invalid or expired (and could not be refreshed)."""


class PaymentRequiredError(AsanaError):
    """402: the operation needs a paid workspace."""


class ForbiddenError(AsanaError):
    """403: the credential may not access this object."""


class NotFoundError(AsanaError):
    """404: unknown path or object."""


class InvalidTokenError(AsanaError):
    """412: an events sync token is invalid or expired. `.sync` is the fresh token Asana sends
    with it: reading events from there on is possible, what happened before is lost."""

    @property
    def sync(self) -> str | None:
        document = json_object(self.response.content) if self.response is not None else {}
        token = document.get("sync")
        return token if isinstance(token, str) and token else None


class RateLimitEnforcedError(AsanaError):
    """429: too many requests; `.retry_after` says how long to wait (seconds)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(AsanaError):
    """5xx: Asana (or a proxy in front of it) failed."""


_BY_STATUS: dict[int, type[AsanaError]] = {
    400: InvalidRequestError,
    401: NoAuthorizationError,
    402: PaymentRequiredError,
    403: ForbiddenError,
    404: NotFoundError,
    412: InvalidTokenError,
    429: RateLimitEnforcedError,
}


def exception_class(status: int) -> type[AsanaError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return ServerError if status >= 500 else AsanaError  # other 4xx, and any odd status


def parse_retry_after(
    response: httpx.Response, now: Callable[[], float] = time.time
) -> float | None:
    """Retry-After in seconds, never negative; None when absent or unreadable.

    Asana sends a number of seconds; HTTP (RFC 9110, section 10.2.3) also allows an HTTP-date.
    A date is counted from the response's own `Date` header when it has a readable one (both
    stamps come from the server's clock, so a skewed local clock does not matter), else from
    `now()`, seconds since the epoch."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return seconds_until(value, response.headers.get("Date"), now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def seconds_until(date: str, server_date: str | None, now: Callable[[], float]) -> float | None:
    until = http_date(date)
    if until is None:
        return None
    since = http_date(server_date) if server_date is not None else None
    return max(0.0, until - (now() if since is None else since))


def http_date(text: str) -> float | None:
    """An HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms) as seconds since
    the epoch; None for anything else."""
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # asctime and "-0000" carry no zone; HTTP dates are GMT
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def json_object(body: bytes) -> dict[str, Any]:
    """An error body as a JSON object, or {} for anything else (HTML, truncated...)."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return {}
    return document if isinstance(document, dict) else {}


def error_objects(body: bytes) -> list[dict[str, Any]]:
    """The `errors` list of an Asana error body, or [] for anything else (HTML, truncated...)."""
    errors = json_object(body).get("errors")
    if not isinstance(errors, list):
        return []
    return [e for e in errors if isinstance(e, dict)]


def first_message(errors: list[dict[str, Any]]) -> str | None:
    message = errors[0].get("message") if errors else None
    return message if isinstance(message, str) and message else None


def error_for_response(response: httpx.Response) -> AsanaError:
    """Build (not raise) the exception for a failed response; its body must have been read."""
    errors = error_objects(response.content)
    content_type = response.headers.get("Content-Type", "no content type")
    message = first_message(errors) or (
        f"{response.reason_phrase or 'non-standard status'}; "
        f"the response is not an Asana error document ({content_type})"
    )
    status = response.status_code
    cls = exception_class(status)
    if cls is RateLimitEnforcedError:
        return RateLimitEnforcedError(
            message,
            retry_after=parse_retry_after(response),
            status=status,
            errors=errors,
            response=response,
        )
    return cls(message, status=status, errors=errors, response=response)


def malformed_response(response: httpx.Response, operation: str) -> AsanaError:
    """For a successful status whose body is not the expected document: a proxy's HTML page,
    cut JSON, or a 200 carrying only `errors`. Never a KeyError or JSONDecodeError."""
    errors = error_objects(response.content)
    content_type = response.headers.get("Content-Type", "no content type")
    message = first_message(errors) or (
        f"{operation}: the response is not the expected Asana document ({content_type})"
    )
    return AsanaError(message, status=response.status_code, errors=errors, response=response)


def error_for_transport(exc: httpx.TransportError, target: str) -> AsanaConnectionError:
    """Wrap an httpx transport failure of the request to `target` (what may be said of it,
    e.g. "GET /tasks/1"); the caller chains it (`raise ... from exc`)."""
    cls = AsanaTimeoutError if isinstance(exc, httpx.TimeoutException) else AsanaConnectionError
    return cls(f"{type(exc).__name__}: {target} did not complete")
