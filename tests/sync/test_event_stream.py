"""client.events.stream: every event since a token, nothing lost or repeated across stops."""

from __future__ import annotations

import json
from itertools import islice

import httpx
import pytest

from asana_client import Asana, InvalidTokenError
from asana_client.testing import VirtualClock


class EventLog:
    """Asana's events protocol over MockTransport: a token is a position in the log; no token
    or an expired one is 412 with a fresh token; at most `page` events per answer."""

    def __init__(self, page: int = 100) -> None:
        self.events: list[dict[str, object]] = []
        self.page = page
        self.expired: set[str] = set()
        self.calls: list[str | None] = []

    def add(self, count: int) -> None:
        for _ in range(count):
            n = len(self.events)
            resource = {"gid": str(1000 + n), "resource_type": "task", "name": f"task {n}"}
            self.events.append({"action": "changed", "resource": resource, "type": "task"})

    def handle(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("sync")
        self.calls.append(token)
        fresh = f"t{len(self.events)}"
        if token is None or token in self.expired or not token.startswith("t"):
            body = {"errors": [{"message": "Sync token invalid or too old."}], "sync": fresh}
            return httpx.Response(412, content=json.dumps(body).encode())
        start = int(token[1:])
        batch = self.events[start : start + self.page]
        end = start + len(batch)
        more = end < len(self.events)
        return httpx.Response(200, json={"data": batch, "sync": f"t{end}", "has_more": more})


def client_for(log: EventLog, clock: VirtualClock | None = None) -> Asana:
    http = httpx.Client(transport=httpx.MockTransport(log.handle))
    return Asana(access_token="1/2:3", http_client=http, clock=clock or VirtualClock())


def names(events: object) -> list[str]:
    return [str(event.resource.name) for event in events]  # type: ignore[attr-defined]


def test_without_a_token_the_stream_fetches_one_and_yields_nothing() -> None:
    log = EventLog()
    log.add(5)  # before the first token: not this client's business
    stream = client_for(log).events.stream("42")
    assert list(stream) == []
    assert stream.sync == "t5"
    log.add(2)
    assert names(client_for(log).events.stream("42", sync=stream.sync)) == ["task 5", "task 6"]


def test_a_stream_follows_has_more_across_pages() -> None:
    log = EventLog(page=100)
    log.add(250)
    stream = client_for(log).events.stream("42", sync="t0")
    assert names(stream) == [f"task {n}" for n in range(250)]
    assert stream.sync == "t250"
    assert log.calls == ["t0", "t100", "t200"]


@pytest.mark.parametrize("stop_after", [1, 99, 100, 101, 130, 249])
def test_stopping_and_resuming_loses_and_repeats_nothing(stop_after: int) -> None:
    log = EventLog(page=100)
    log.add(250)
    first = client_for(log).events.stream("42", sync="t0")
    received = names(islice(first, stop_after))
    saved = first.sync
    log.add(10)  # more changes while this script was not running
    second = client_for(log).events.stream("42", sync=saved)
    received += names(second)
    assert received == [f"task {n}" for n in range(260)]
    assert second.sync == "t260"


def test_an_expired_token_raises_invalid_token_error_with_a_fresh_token() -> None:
    log = EventLog()
    log.add(3)
    log.expired.add("t1")
    with pytest.raises(InvalidTokenError) as raised:
        list(client_for(log).events.stream("42", sync="t1"))
    assert raised.value.sync == "t3" and raised.value.status == 412


def test_follow_polls_for_new_events_on_the_clock() -> None:
    log = EventLog()
    clock = VirtualClock()
    polls = []

    class Polling(VirtualClock):
        def sleep(self, seconds: float) -> None:
            polls.append(seconds)
            log.add(2)  # while the stream waits, two more changes happen
            clock.sleep(seconds)

    client = client_for(log, Polling())
    stream = client.events.stream("42", follow=True, poll_interval=7.5)
    assert names(islice(stream, 5)) == ["task 0", "task 1", "task 2", "task 3", "task 4"]
    assert polls == [7.5, 7.5, 7.5]
    assert stream.sync == "t4#1"  # the fifth event of a page of two: resumes after it


def test_sync_tokens_and_resources_are_checked_before_anything_is_sent() -> None:
    log = EventLog()
    client = client_for(log)
    with pytest.raises(ValueError):
        client.events.stream("not-a-gid")
    with pytest.raises(ValueError):
        client.events.stream("42", sync="tok\r\nen")
    with pytest.raises(TypeError):
        client.events.stream("42", sync=5)  # type: ignore[arg-type]
    assert log.calls == []
