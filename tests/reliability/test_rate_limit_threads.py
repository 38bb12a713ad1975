"""Scenario 4: eight threads share one client against a rate-limited fake.

The fake and the client share one virtual clock (`LockedTime`): the client's sleeps advance it
instantly and the fake's sliding window reads it, so a long stretch of rate limiting runs in a
fraction of a second. An httpx event hook on the underlying client timestamps every attempt.
Checked: every call completes, no call meets more 429s than the retry cap, and after each
429 the next attempt of that call starts no earlier than Retry-After later.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from asana_client import Asana
from asana_client.testing import FakeAsana
from tests.reliability.conftest import CredentialWatch, LockedTime, Results

THREADS = 8
CALLS_PER_THREAD = 25
MAX_RETRIES = 5


@pytest.mark.parametrize(
    ("allowed", "window", "retry_after"),
    [(20, 1.0, None), (10, 2.0, 1.0)],
    ids=["window-computed-retry-after", "fixed-retry-after"],
)
def test_eight_threads_share_a_rate_limited_client(
    locked_time: LockedTime,
    results: Results,
    watch: CredentialWatch,
    allowed: int,
    window: float,
    retry_after: float | None,
) -> None:
    fake = FakeAsana(clock=locked_time.clock)
    token = fake.add_user("Ada", "ada@example.com")
    watch.add_secret(token)
    project = fake.add_project("Reliability: rate limit")
    gids = [fake.add_task(f"r{i:03d}", projects=[project]) for i in range(THREADS * 25)]
    fake.rate_limit(allowed, window, retry_after)

    attempts: dict[str, list[tuple[str, float, int, float | None]]] = defaultdict(list)
    lock = threading.Lock()

    def on_request(request: httpx.Request) -> None:
        with lock:
            attempts[request.url.path].append(("send", locked_time.clock(), 0, None))

    def on_response(response: httpx.Response) -> None:
        value = response.headers.get("Retry-After")
        with lock:
            attempts[response.request.url.path].append(
                ("recv", locked_time.clock(), response.status_code, float(value) if value else None)
            )

    chunks = [gids[i::THREADS] for i in range(THREADS)]
    started = time.perf_counter()
    with fake.serve() as url:
        hooks = {"request": [on_request], "response": [on_response]}
        with (
            httpx.Client(event_hooks=hooks) as http,
            Asana(
                access_token=token,
                base_url=url,
                http_client=http,
                max_retries=MAX_RETRIES,
                _sleep=locked_time.sleep,
                _clock=locked_time.clock,
            ) as client,
        ):

            def work(chunk: list[str]) -> list[str]:
                return [client.tasks.get_task(gid).gid for gid in chunk]

            with ThreadPoolExecutor(THREADS) as pool:
                done = list(pool.map(work, chunks))
    elapsed = time.perf_counter() - started
    watch.fake_requests(fake)
    fake.close()

    late_retries = []
    per_call_429 = []
    per_call_attempts = []
    for path, events in attempts.items():
        per_call_429.append(sum(1 for e in events if e[0] == "recv" and e[2] == 429))
        per_call_attempts.append(sum(1 for e in events if e[0] == "send"))
        for i, (kind, at, status, wait) in enumerate(events):
            if kind == "recv" and status == 429 and wait is not None:
                following = [e for e in events[i + 1 :] if e[0] == "send"]
                if following and following[0][1] < at + wait - 1e-9:
                    late_retries.append((path, at, wait, following[0][1]))

    completed = sum(len(c) for c in done)
    total_429 = fake.rate_limited_count
    scenario = "rate_limit_8_threads_" + ("computed" if retry_after is None else "fixed")
    results.record(
        scenario,
        threads=THREADS,
        calls=len(gids),
        completed=completed,
        rate_limit=f"{allowed} requests / {window:g} s"
        + (f", Retry-After {retry_after:g} s" if retry_after else ""),
        responses_429=total_429,
        max_429_per_call=max(per_call_429),
        max_attempts_per_call=max(per_call_attempts),
        retry_cap=MAX_RETRIES,
        retries_started_before_retry_after=len(late_retries),
        requests_total=len(fake.requests),
        virtual_seconds=round(locked_time.now - 1000.0, 2),
        virtual_wait_total_s=round(sum(locked_time.sleeps), 2),
        min_virtual_seconds=round((len(gids) / allowed - 1) * window, 2),
        wall_s=round(elapsed, 2),
    )

    assert completed == len(gids) and [g for c in done for g in c] != []
    assert sorted(g for c in done for g in c) == sorted(gids)
    assert total_429 > 0, "the limit must actually bite"
    assert max(per_call_429) <= MAX_RETRIES
    assert max(per_call_attempts) <= MAX_RETRIES + 1
    assert late_retries == []
    # The fake let `allowed` requests through per window: the whole run must have taken at
    # least that much (virtual) time, i.e. the waits were real waits, not skipped.
    assert locked_time.now - 1000.0 >= (len(gids) / allowed - 1) * window
