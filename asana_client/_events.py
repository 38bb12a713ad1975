"""Events: what changed in a resource since a sync token, one call at a time or as a stream.

Asana's events endpoint is how a sync script learns about changes, deletions and removals
included. It answers a missing or expired token with 412 and a fresh token; a valid token with
up to 100 events, the next token and `has_more`.

`EventStream` follows that protocol and keeps a position that only moves past events the caller
has received: a token, plus how many events of that token's page were already handed out when
the caller stopped in the middle of one. Persist `stream.sync`, pass it back next run: nothing is
lost and nothing repeated.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._errors import InvalidTokenError, malformed_response
from ._params import check_gid, join_fields, visible_ascii

if TYPE_CHECKING:
    from ._client import Asana
    from ._generated.models import Event

__all__ = ["EventOperations", "EventPage", "EventStream", "WorkspaceEventOperations"]

DEFAULT_POLL_INTERVAL = 5.0  # seconds between polls of a followed stream that caught up
POSITION_MARK = "#"  # token#n: n events of the token's page were received already


@dataclass(frozen=True)
class EventPage:
    """One answer of get_events: the events, the token for the next call, and whether more
    events are already waiting (call again at once)."""

    data: list[Event]
    sync: str
    has_more: bool


class EventOperations:
    """`client.events`: one call (`get_events`) or a stream of every event (`stream`)."""

    _client: Asana

    def get_events(
        self,
        resource: str,
        /,
        *,
        sync: str | None = None,
        opt_fields: Sequence[str] | None = None,
        opt_pretty: bool | None = None,
    ) -> EventPage:
        """Get the events on a resource (task, project, goal...) since the sync token.

        Without a token, or with an expired one, Asana answers 412: this raises
        `InvalidTokenError` whose `.sync` is a fresh token to start from.

        Args:
            resource: The gid of the resource whose events are wanted.
            sync: The token the previous call returned.
            opt_fields: Extra fields of the events' records to include.
            opt_pretty: Ask for indented JSON (debugging).
        """
        params = {"resource": check_gid("resource", resource)}
        params.update(event_query(sync, opt_fields, opt_pretty))
        return parse_event_page(self._client._send("GET", "/events", params))

    def stream(
        self,
        resource: str,
        /,
        *,
        sync: str | None = None,
        follow: bool = False,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> EventStream:
        """Every event on `resource` since `sync` (a `stream.sync` saved earlier), following
        has_more; with `follow=True` it then waits `poll_interval` seconds between polls for
        new events instead of ending. Without `sync` it only fetches a first token (it yields
        nothing; with follow=True, what happens from then on)."""
        check_gid("resource", resource)
        if poll_interval < 0:
            raise ValueError("poll_interval must be 0 or more seconds")
        return EventStream(
            lambda token: self.get_events(resource, sync=token),
            sync=None if sync is None else check_position(sync),
            follow=follow,
            poll_interval=poll_interval,
            sleep=self._client._retries.sleep,
        )


class WorkspaceEventOperations:
    """`client.workspaces.get_workspace_events`: the events protocol for a whole workspace."""

    _client: Asana

    def get_workspace_events(
        self,
        workspace_gid: str,
        /,
        *,
        sync: str | None = None,
        opt_fields: Sequence[str] | None = None,
        opt_pretty: bool | None = None,
    ) -> EventPage:
        """Get the events of a whole workspace since the sync token (412 without one: this
        raises `InvalidTokenError` whose `.sync` is a fresh token).

        Args:
            workspace_gid: The gid of the workspace.
            sync: The token the previous call returned.
            opt_fields: Extra fields of the events' records to include.
            opt_pretty: Ask for indented JSON (debugging).
        """
        path = f"/workspaces/{check_gid('workspace_gid', workspace_gid)}/events"
        params = event_query(sync, opt_fields, opt_pretty)
        return parse_event_page(self._client._send("GET", path, params))


def event_query(
    sync: str | None, opt_fields: Sequence[str] | None, opt_pretty: bool | None
) -> dict[str, str]:
    params = {}
    if sync is not None:
        params["sync"] = check_token(sync)
    if opt_fields is not None:
        params["opt_fields"] = join_fields(opt_fields)
    if opt_pretty is not None:
        params["opt_pretty"] = "true" if opt_pretty else "false"
    return params


class EventStream:
    """Iterate the events since `sync`. `.sync` is where the next stream should start; it only
    moves past events this iterator has handed out."""

    def __init__(
        self,
        fetch: Callable[[str | None], EventPage],
        *,
        sync: str | None,
        follow: bool,
        poll_interval: float,
        sleep: Callable[[float], None],
    ) -> None:
        self._fetch = fetch
        self._token, self._received = split_position(sync)
        self._follow = follow
        self._poll_interval = poll_interval
        self._sleep = sleep

    @property
    def sync(self) -> str | None:
        """The position to persist (opaque: pass it back to `client.events.stream`)."""
        if self._token is None or self._received == 0:
            return self._token
        return f"{self._token}{POSITION_MARK}{self._received}"

    def __iter__(self) -> Iterator[Event]:
        if self._token is None:
            self._token = self._first_token()
            if not self._follow:
                return
        while True:
            page = self._fetch(self._token)
            for event in page.data[self._received :]:
                self._received += 1  # counted before handing it out: the caller has it
                yield event
            self._token, self._received = page.sync, 0
            if page.has_more:
                continue
            if not self._follow:
                return
            self._sleep(self._poll_interval)

    def _first_token(self) -> str:
        try:
            page = self._fetch(None)
        except InvalidTokenError as exc:  # what Asana answers to no token at all
            if exc.sync is None:
                raise
            return exc.sync
        return page.sync  # a server that answers 200 to no token: start from its token


def parse_event_page(response: Any) -> EventPage:
    """The 200 answer of /events: `{"data": [...], "sync": "...", "has_more": bool}`."""
    try:
        document = response.json()
    except (ValueError, RecursionError) as exc:
        raise malformed_response(response, "get_events") from exc
    data = document.get("data") if isinstance(document, dict) else None
    sync = document.get("sync") if isinstance(document, dict) else None
    if not isinstance(data, list) or not isinstance(sync, str) or not sync:
        raise malformed_response(response, "get_events")
    model = importlib.import_module("._generated.models", __package__).Event
    try:
        events = [model.from_dict(item) for item in data]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise malformed_response(response, "get_events") from exc
    return EventPage(events, sync, document.get("has_more") is True)


def check_token(token: object) -> str:
    if not isinstance(token, str):
        raise TypeError(f"sync must be a str, not {type(token).__name__}")
    if not visible_ascii(token):
        raise ValueError(f"sync must be a token Asana returned, not {token!r}")
    return token


def check_position(position: object) -> str:
    if not isinstance(position, str):
        raise TypeError(f"sync must be a str, not {type(position).__name__}")
    token, _ = split_position(position)
    check_token(token)
    return position


def split_position(position: str | None) -> tuple[str | None, int]:
    """`token#n` -> (token, n); a plain token -> (token, 0)."""
    if position is None:
        return None, 0
    token, mark, count = position.rpartition(POSITION_MARK)
    if mark and token and count.isdigit():
        return token, int(count)
    return position, 0
