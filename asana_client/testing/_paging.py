"""Offset-token pagination over snapshots.

The first page of a listing computes the full ordered list of matching gids once; the
offset token remembers that snapshot and a position, so each later page costs O(limit).
Tokens are bound to the path and filters that issued them and can expire.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from ._util import ApiError

EXPIRED = "offset: Your pagination token has expired."
TOO_LARGE = (
    "The result is too large. You should use pagination (may require specifying a workspace)!"
)
UNPAGED_MAX = 1000
_NOT_FILTERS = frozenset({"limit", "offset", "opt_fields", "opt_pretty", "opt_expand"})
MAX_CURSORS = 20_000


@dataclass
class Cursor:
    key: str
    items: list[str]
    pos: int
    issued: float
    serial: int


def query_key(path: str, query: dict[str, list[str]]) -> str:
    """Identity of a listing: path plus its filters (paging/output options excluded)."""
    filters = sorted((k, tuple(v)) for k, v in query.items() if k not in _NOT_FILTERS)
    return f"{path}?{filters!r}"


def parse_limit(raw: str | None) -> int | None:
    """`limit` must be an integer in 1..100 like the real API."""
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"limit: Not a valid integer: {raw}") from None
    if not 1 <= value <= 100:
        raise ApiError(400, "limit: Must be between 1 and 100")
    return value


class Pager:
    """Issues and validates offset tokens; guarded by the state lock of the caller."""

    def __init__(self, clock: Callable[[], float], ttl: float | None) -> None:
        self.clock = clock
        self.ttl = ttl
        self.cursors: dict[str, Cursor] = {}
        self.serial = 0
        self.expired_upto = 0

    def expire_all(self) -> None:
        self.expired_upto = self.serial

    def _issue(self, key: str, items: list[str], pos: int) -> str:
        self.serial += 1
        raw = f'{{"serial":{self.serial},"n":"{secrets.token_hex(8)}"}}'.encode()
        token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        self.cursors[token] = Cursor(key, items, pos, self.clock(), self.serial)
        if len(self.cursors) > MAX_CURSORS:
            self.cursors.pop(next(iter(self.cursors)))
        return token

    def _resume(self, key: str, token: str) -> Cursor:
        cur = self.cursors.get(token)
        if cur is None:
            if token.startswith("eyJ"):
                raise ApiError(400, EXPIRED)  # looks like ours: issued then evicted
            raise ApiError(400, "offset: Invalid offset token.")
        if cur.serial <= self.expired_upto or (
            self.ttl is not None and self.clock() - cur.issued > self.ttl
        ):
            raise ApiError(400, EXPIRED)
        if cur.key != key:
            raise ApiError(400, "offset: This offset token was issued for a different request.")
        return cur

    def page(
        self,
        *,
        path: str,
        query: dict[str, list[str]],
        api_base: str,
        produce: Callable[[], list[str]],
        render: Callable[[str], dict[str, Any] | None],
        unpaged_max: int = UNPAGED_MAX,
    ) -> dict[str, Any]:
        """Build the `{"data": [...], "next_page": ...}` envelope for one request."""
        limit = parse_limit(query.get("limit", [None])[0])
        offset = query.get("offset", [None])[0]
        key = query_key(path, query)
        if offset:
            cur = self._resume(key, offset)
            items, pos = cur.items, cur.pos
            limit = limit or 100
        else:
            items, pos = produce(), 0
        if limit is None:
            if len(items) > unpaged_max:
                raise ApiError(400, TOO_LARGE)
            return {"data": [r for g in items if (r := render(g)) is not None]}
        data: list[dict[str, Any]] = []
        while pos < len(items) and len(data) < limit:
            rec = render(items[pos])
            pos += 1
            if rec is not None:
                data.append(rec)
        next_page = None
        if pos < len(items):
            token = self._issue(key, items, pos)
            params = [(k, v) for k, vs in query.items() if k != "offset" for v in vs]
            rel = f"{path}?{urlencode([*params, ('offset', token)])}"
            next_page = {"offset": token, "path": rel, "uri": f"{api_base}{rel}"}
        return {"data": data, "next_page": next_page}
