"""Small shared helpers: the API error type, time formatting and JSON encoding."""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

HELP = (
    "For more information on API status codes and how to handle them, "
    "read the docs on errors: https://developers.asana.com/docs/errors"
)
SERVER_ERROR_PHRASE = "6 sad squid snuggle softly"
RATE_LIMIT_MESSAGE = (
    "You've made too many requests and hit a rate limit. "
    "Please retry after the given amount of time."
)
_GID_RE = re.compile(r"^[0-9]+$")


class ApiError(Exception):
    """Raised by handlers; turned into an Asana error envelope by the core."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        phrase: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})
        self.phrase = phrase


def error_body(status: int, message: str, phrase: str | None = None) -> dict[str, Any]:
    """Build the `{"errors": [...]}` body; `phrase` only appears on 5xx like Asana."""
    err: dict[str, Any] = {"message": message, "help": HELP}
    if status >= 500:
        err["phrase"] = phrase or SERVER_ERROR_PHRASE
    return {"errors": [err]}


def dumps(obj: Any, pretty: bool = False) -> bytes:
    """Encode JSON the way Asana does: compact by default, indented for opt_pretty."""
    if pretty:
        return json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def iso(ts: float | None) -> str | None:
    """Format an epoch timestamp as Asana does (`2024-01-02T03:04:05.678Z`)."""
    if ts is None:
        return None
    d = _dt.datetime.fromtimestamp(ts, tz=_dt.UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def parse_datetime(value: str, param: str) -> float:
    """Parse an ISO 8601 date or date-time into epoch seconds (400 on garbage)."""
    text = value.strip()
    try:
        if len(text) == 10:
            d = _dt.datetime.fromisoformat(text).replace(tzinfo=_dt.UTC)
        else:
            d = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if d.tzinfo is None:
                d = d.replace(tzinfo=_dt.UTC)
    except ValueError:
        raise ApiError(400, f"{param}: Invalid date-time: {value}") from None
    return d.timestamp()


def parse_date(value: str, param: str) -> str:
    """Validate a `YYYY-MM-DD` date and return it unchanged (dates compare as strings)."""
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{param}: Invalid date: {value}") from None
    return value


def parse_bool(value: str | bool | None, param: str) -> bool | None:
    """Accept JSON booleans and the query-string spellings Asana accepts."""
    if value is None or isinstance(value, bool):
        return value
    low = str(value).lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise ApiError(400, f"{param}: Invalid boolean: {value}")


def is_gid(value: object) -> bool:
    """True for numeric-string gids like the ones Asana hands out."""
    return isinstance(value, str) and bool(_GID_RE.match(value))
