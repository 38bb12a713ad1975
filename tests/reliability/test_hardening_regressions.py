"""Hardening (issue 11, items 20-24): promises that a deliberate regression used to slip past.

Each test here was first run against the mutated library code it guards against (a 429 pause
kept to one thread, a shorter pause overwriting a longer one, a second OAuth refresh for the
same rejected token, an unlocked refresh, an untrimmed unpaginated list, an eager `fan_out`,
unencoded upload names) and failed there. Concurrency is forced with events and virtual time,
never waited for on the wall clock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from asana_client import Asana, OAuthCredentials
from asana_client._auth import OAuth
from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT, LockstepTime
from tests.reliability.conftest import Results

ITEM = "hardening"


def row(results: Results, item: int, test: str, check: str, tried: int, failures: int) -> None:
    results.append(
        ITEM,
        "rows",
        {"item": item, "test": test, "check": check, "tried": tried, "failures": failures},
    )


class SendLog:
    """Virtual send time of every request the client put on the wire, by path."""

    def __init__(self, time: LockstepTime) -> None:
        self.time = time
        self.sends: list[tuple[str, float]] = []
        self._lock = threading.Lock()

    def on_request(self, request: httpx.Request) -> None:
        with self._lock:
            self.sends.append((request.url.path, self.time.clock()))


def virtual_client(fake: FakeAsana, token: str, time: LockstepTime, **hooks: object) -> Asana:
    http = fake.http_client(event_hooks=hooks)
    return Asana(
        access_token=token, http_client=http, prefetch=False, _sleep=time.sleep, _clock=time.clock
    )


# --- item 20: a 429 pauses every thread sharing the client -----------------------------------

THREADS = 8
RETRY_AFTER = 5.0


def test_a_429_pauses_every_thread_sharing_the_client(
    fake: FakeAsana, token: str, results: Results
) -> None:
    """One thread meets a 429 (Retry-After 5 s); the seven threads that start after it must
    not send anything before those 5 s are over, although none of them met the 429."""
    time = LockstepTime(workers=THREADS)
    log = SendLog(time)
    client = virtual_client(fake, token, time, request=[log.on_request])
    fake.fail_next(429, retry_after=RETRY_AFTER, times=1)

    def get_me() -> str:
        try:
            return str(client.users.get_user("me").gid)
        finally:
            time.retire()

    with ThreadPoolExecutor(THREADS) as pool:
        first = pool.submit(get_me)
        time.wait_for_sleepers(1)  # its 429 is in and the pause recorded
        others = [pool.submit(get_me) for _ in range(THREADS - 1)]
        gids = {future.result() for future in [first, *others]}

    early = [at for _, at in log.sends[1:] if at < RETRY_AFTER]
    row(
        results,
        20,
        "test_a_429_pauses_every_thread_sharing_the_client",
        f"429 pause shared by {THREADS} threads",
        THREADS,
        len(early),
    )
    assert gids == {fake.user_gid(token)}
    assert [at for _, at in log.sends] == [0.0] + [RETRY_AFTER] * THREADS
    assert early == []


def test_a_shorter_429_pause_never_cuts_a_longer_one_short(
    fake: FakeAsana, token: str, results: Results
) -> None:
    """Two requests in flight together: the first answer is a 429 with Retry-After 10 s, the
    second a 429 with Retry-After 2 s. Neither thread may retry before 10 s."""
    time = LockstepTime(workers=2)
    long_wait, short_wait = fake.add_task("long"), fake.add_task("short")
    fake.fail_next(429, retry_after=10, path=f"/tasks/{long_wait}")
    fake.fail_next(429, retry_after=2, path=f"/tasks/{short_wait}")
    short_in_flight, release_short = threading.Event(), threading.Event()
    log = SendLog(time)

    def hold_the_short_one(request: httpx.Request) -> None:
        log.on_request(request)
        if request.url.path.endswith(short_wait) and not short_in_flight.is_set():
            short_in_flight.set()
            assert release_short.wait(HOLD_LIMIT)

    client = virtual_client(fake, token, time, request=[hold_the_short_one])

    def get(gid: str) -> str:
        try:
            return str(client.tasks.get_task(gid).gid)
        finally:
            time.retire()

    with ThreadPoolExecutor(2) as pool:
        short = pool.submit(get, short_wait)
        assert short_in_flight.wait(HOLD_LIMIT)  # admitted before any pause existed
        long = pool.submit(get, long_wait)
        time.wait_for_sleepers(1)  # the 10 s pause is recorded
        release_short.set()  # only now does the 2 s answer arrive
        assert {short.result(), long.result()} == {short_wait, long_wait}

    retries = [at for _, at in log.sends[2:]]
    row(
        results,
        20,
        "test_a_shorter_429_pause_never_cuts_a_longer_one_short",
        "Retry-After 2 s after 10 s, 2 threads",
        2,
        sum(at < 10 for at in retries),
    )
    assert [at for _, at in log.sends[:2]] == [0.0, 0.0]
    assert retries == [10.0, 10.0]


# --- item 21: one OAuth refresh for one rejected token ---------------------------------------

REFRESHERS = 8


def oauth_client(fake: FakeAsana, token: str, **hooks: object) -> tuple[Asana, OAuth]:
    """A client on OAuth whose access token (`token`) the server has just revoked, and its
    credential (reached through private attributes: there is no public handle on it)."""
    fake.add_oauth_client("cid", "app-secret")
    refresh_token = fake.issue_refresh_token(token, "cid")
    fake.expire_token(token)
    creds = OAuthCredentials("cid", "app-secret", refresh_token, access_token=token)
    client = Asana(oauth=creds, http_client=fake.http_client(event_hooks=hooks))
    credential = client._transport._credential
    assert isinstance(credential, OAuth)
    return client, credential


def token_requests(fake: FakeAsana) -> int:
    return sum(1 for r in fake.requests if r.path == "/-/oauth_token")


class RefreshCrowd:
    """Every 401 waits until all `threads` have one (so all reject the same token), and the
    first token request waits until every thread has asked the credential for a refresh."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self.asked = 0
        self.token_requests = 0
        self._changed = threading.Condition()
        self._all_rejected = threading.Barrier(threads, timeout=HOLD_LIMIT)

    def counting(self, refresh: Callable[[int], bool]) -> Callable[[int], bool]:
        def asked_to_refresh(rejected: int) -> bool:
            with self._changed:
                self.asked += 1
                self._changed.notify_all()
            return refresh(rejected)

        return asked_to_refresh

    def on_request(self, request: httpx.Request) -> None:
        if request.url.path != "/-/oauth_token":
            return
        with self._changed:
            self.token_requests += 1
            everyone = self._changed.wait_for(lambda: self.asked >= self.threads, HOLD_LIMIT)
        assert everyone, f"only {self.asked} of {self.threads} threads asked for a refresh"

    def on_response(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            self._all_rejected.wait()


def test_threads_rejected_with_the_same_token_share_one_refresh(
    fake: FakeAsana, token: str, results: Results
) -> None:
    """Eight threads get a 401 for the same revoked token and all ask for a refresh while
    the token endpoint holds its answer: one token request must serve all eight."""
    crowd = RefreshCrowd(REFRESHERS)
    client, credential = oauth_client(
        fake, token, request=[crowd.on_request], response=[crowd.on_response]
    )
    credential.refresh = crowd.counting(credential.refresh)  # type: ignore[method-assign,assignment]
    with ThreadPoolExecutor(REFRESHERS) as pool:
        names = list(pool.map(lambda _: client.users.get_user("me").name, range(REFRESHERS)))

    statuses = [r.status for r in fake.requests if r.path == "/users/me"]
    row(
        results,
        21,
        "test_threads_rejected_with_the_same_token_share_one_refresh",
        f"{REFRESHERS} threads 401 on one token, refreshing at once",
        REFRESHERS,
        token_requests(fake) - 1,
    )
    assert names == ["Ada Lovelace"] * REFRESHERS
    assert crowd.asked == REFRESHERS and token_requests(fake) == crowd.token_requests == 1
    assert sorted(statuses) == [200] * REFRESHERS + [401] * REFRESHERS


def test_a_401_for_a_token_already_replaced_does_not_refresh_again(
    fake: FakeAsana, token: str, results: Results
) -> None:
    """A request sent with the old token gets its 401 only after another thread has
    refreshed: it must retry with the new token, not refresh a second time."""
    task = fake.add_task("late")
    late_401_in, release_late_401 = threading.Event(), threading.Event()

    def hold_the_late_401(response: httpx.Response) -> None:
        if response.status_code == 401 and response.request.url.path.endswith(task):
            late_401_in.set()
            assert release_late_401.wait(HOLD_LIMIT)

    client, _ = oauth_client(fake, token, response=[hold_the_late_401])
    with ThreadPoolExecutor(1) as pool:
        late = pool.submit(lambda: client.tasks.get_task(task).name)
        assert late_401_in.wait(HOLD_LIMIT)  # sent with the old token, rejected, held
        assert client.users.get_user("me").name == "Ada Lovelace"  # 401, refresh, retry
        refreshed_once = token_requests(fake)
        release_late_401.set()
        assert late.result() == "late"

    row(
        results,
        21,
        "test_a_401_for_a_token_already_replaced_does_not_refresh_again",
        "401 for the old token after the refresh",
        1,
        token_requests(fake) - 1,
    )
    assert refreshed_once == 1
    assert token_requests(fake) == 1
    statuses = [r.status for r in fake.requests if r.path.endswith(task)]
    assert statuses == [401, 200]


# --- item 22: max_items holds on lists Asana does not paginate -------------------------------


def test_max_items_trims_lists_asana_does_not_paginate(
    fake: FakeAsana, token: str, results: Results
) -> None:
    """Search and typeahead come back as one page however long; `max_items=2` must still
    yield two items, the first two the server sent."""
    project = fake.add_project("needle project")
    needles = [fake.add_task(f"needle {i}", projects=[project]) for i in range(3)]
    client = Asana(access_token=token, http_client=fake.http_client())
    workspace = fake.workspace_gid
    searched = [
        str(t.gid) for t in client.tasks.search_tasks_for_workspace(workspace, text="needle")
    ]
    typed = [
        str(t.gid)
        for t in client.typeahead.typeahead_for_workspace(
            workspace, resource_type="task", query="needle"
        )
    ]
    capped = {
        "search": [
            str(t.gid)
            for t in client.tasks.search_tasks_for_workspace(workspace, text="needle", max_items=2)
        ],
        "typeahead": [
            str(t.gid)
            for t in client.typeahead.typeahead_for_workspace(
                workspace, resource_type="task", query="needle", max_items=2
            )
        ],
    }
    over = sum(len(items) > 2 for items in capped.values())
    row(
        results,
        22,
        "test_max_items_trims_lists_asana_does_not_paginate",
        "max_items=2 on search, typeahead (3 hits)",
        2,
        over,
    )
    assert sorted(searched) == sorted(typed) == sorted(needles)  # three hits each, uncapped
    assert capped == {"search": searched[:2], "typeahead": typed[:2]}


# --- item 23: fan_out reads its items lazily --------------------------------------------------


class CountingItems:
    """An items iterable that counts how many items were pulled from it."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.pulled = 0

    def __iter__(self) -> Iterator[int]:
        for item in range(self.total):
            self.pulled += 1
            yield item


@pytest.mark.parametrize("max_workers", [1, 4])
def test_fan_out_reads_items_a_bounded_window_ahead(
    fake: FakeAsana, token: str, results: Results, max_workers: int
) -> None:
    """1,000 items, `max_workers` workers: nothing is read before the first Outcome is asked
    for, and never more than 2 x max_workers items ahead of the Outcomes handed out."""
    client = Asana(access_token=token, http_client=fake.http_client())
    items = CountingItems(1000)
    ahead: list[int] = []
    outcomes = client.fan_out(lambda i: i * 2, items, max_workers=max_workers)
    pulled_before_start = items.pulled
    values = []
    for consumed, outcome in enumerate(outcomes, start=1):
        ahead.append(items.pulled - consumed)
        values.append(outcome.unwrap())
    window = 2 * max_workers
    too_far = sum(lead > window for lead in ahead)
    row(
        results,
        23,
        f"test_fan_out_reads_items_a_bounded_window_ahead[{max_workers}]",
        f"1000 items, {max_workers} workers: read-ahead <= {window}",
        items.total,
        too_far + pulled_before_start,
    )
    assert pulled_before_start == 0
    assert ahead[0] == window - 1  # the first window was read, one Outcome handed out
    assert max(ahead) == window - 1 and too_far == 0
    assert values == [i * 2 for i in range(1000)]


# --- item 24: upload names as bytes on the wire ----------------------------------------------

NAMES = {
    "100%41.txt": b'filename="100%2541.txt"',
    'quote".txt': b'filename="quote%22.txt"',
    "back\\slash.txt": b'filename="back%5Cslash.txt"',
    "Résumé ✓.txt": b'filename="R%C3%A9sum%C3%A9 %E2%9C%93.txt"',
}


def capture_uploads(bodies: list[bytes]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        data = {"gid": "1", "resource_type": "attachment", "name": "stored"}
        return httpx.Response(200, json={"data": data})

    return handler


def test_upload_file_names_are_percent_encoded_on_the_wire(results: Results) -> None:
    """The multipart body itself, as the server receives it: a name with '%', '"', '\\' or
    non-ASCII characters arrives percent-encoded in Content-Disposition, so `100%41.txt` can
    never be read back as `100A.txt`."""
    bodies: list[bytes] = []
    http = httpx.Client(transport=httpx.MockTransport(capture_uploads(bodies)))
    client = Asana(access_token="1/1:secret", http_client=http)
    for name in NAMES:
        client.attachments.create_attachment_for_object(parent="12345", file=b"x", name=name)
    file_parts = [
        next(line for line in body.split(b"\r\n") if b'name="file"' in line) for body in bodies
    ]
    wrong = sum(
        expected not in part for expected, part in zip(NAMES.values(), file_parts, strict=True)
    )
    row(
        results,
        24,
        "test_upload_file_names_are_percent_encoded_on_the_wire",
        'upload names with % " \\ and non-ASCII, raw multipart',
        len(NAMES),
        wrong,
    )
    assert len(bodies) == len(NAMES)
    for expected, part in zip(NAMES.values(), file_parts, strict=True):
        assert expected in part, part
