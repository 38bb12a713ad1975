"""Injected faults, rate limits, latency, concurrency limits and the OAuth refresh flow."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx
import pytest

from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT, ServerGate, fake_sleeps_through

ClientFor = Callable[..., httpx.Client]


def test_fail_next_status_retry_after_and_filters(api: httpx.Client, fake: FakeAsana) -> None:
    task = fake.add_task("t")
    fake.fail_next(503, retry_after=2, times=2, method="GET", path=f"/tasks/{task}")
    assert api.get("/users/me").status_code == 200  # path filter: not matched
    for _ in range(2):
        resp = api.get(f"/tasks/{task}")
        assert resp.status_code == 503 and resp.headers["Retry-After"] == "2"
        assert resp.json()["errors"][0]["message"]
    assert api.get(f"/tasks/{task}").status_code == 200


def test_fail_next_raw_body_and_no_state_change(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("P")
    fake.fail_next(502, body=b"<html>Bad Gateway</html>", content_type="text/html")
    resp = api.post("/tasks", json={"data": {"name": "x", "projects": [project]}})
    assert resp.status_code == 502 and resp.text == "<html>Bad Gateway</html>"
    assert resp.headers["Content-Type"].startswith("text/html")
    assert fake.task_count() == 0 and fake.tasks_created == 0


def test_fail_next_drop_closes_without_response(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("P")
    fake.fail_next(drop=True, method="POST")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("/tasks", json={"data": {"name": "x", "projects": [project]}})
    assert fake.task_count() == 0
    assert fake.requests[-1].status == 0
    assert (
        api.post("/tasks", json={"data": {"name": "x", "projects": [project]}}).status_code == 201
    )


def test_fail_next_delay_causes_read_timeout(client_for: ClientFor, mode: str) -> None:
    """A delay longer than the read timeout times the client out; a short one only delays.
    The fake's sleeps are virtual except the long one when served, which is held until the
    client has given up: the answer provably comes too late, whatever the machine's load."""
    gave_up = threading.Event()
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        if mode == "served" and seconds > 0.2:  # in-process, the fake times out by itself
            assert gave_up.wait(timeout=HOLD_LIMIT), "the client never timed out"

    fake = FakeAsana()
    token = fake.add_user()
    client = client_for(fake, token, timeout=httpx.Timeout(5.0, read=0.2))
    with fake_sleeps_through(fake, sleep):
        fake.fail_next(delay=0.6)
        try:
            with pytest.raises(httpx.ReadTimeout):
                client.get("/users/me")
        finally:
            gave_up.set()
        fake.fail_next(delay=0.05)
        assert client.get("/users/me").status_code == 200  # short delay: answered normally
    # served: the fake slept the whole delay; in-process: it slept the client's read timeout
    assert slept == [0.6 if mode == "served" else 0.2, 0.05]


def test_rate_limit_window(api: httpx.Client, fake: FakeAsana) -> None:
    fake.rate_limit(2, window=60, retry_after=0.5)
    assert [api.get("/users/me").status_code for _ in range(2)] == [200, 200]
    resp = api.get("/users/me")
    assert resp.status_code == 429 and resp.headers["Retry-After"] == "0.5"
    assert "rate limit" in resp.json()["errors"][0]["message"]
    assert fake.rate_limited_count == 1


def test_requests_per_minute_is_per_token(client_for: ClientFor) -> None:
    now = [0.0]
    fake = FakeAsana(requests_per_minute=3, clock=lambda: now[0])
    first = client_for(fake, fake.add_user("A", "a@example.com"))
    second = client_for(fake, fake.add_user("B", "b@example.com"))
    assert [first.get("/users/me").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert int(first.get("/users/me").headers["Retry-After"]) == 60
    assert second.get("/users/me").status_code == 200
    now[0] += 61
    assert first.get("/users/me").status_code == 200


def _burst(client: httpx.Client, n: int, gate: ServerGate) -> list[httpx.Response]:
    """`n` threads GET /users/me at once; each 429 is reported to the gate."""
    barrier = threading.Barrier(n)
    results: list[httpx.Response] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        resp = client.get("/users/me")
        if resp.status_code == 429:
            gate.refused()
        with lock:
            results.append(resp)

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_latency_is_added_and_overlaps(client_for: ClientFor) -> None:
    """The fake sleeps its latency for each request, outside any lock: eight requests can all
    be inside their latency at once (the gate lets none finish until all eight are)."""
    slept: list[float] = []
    fake = FakeAsana(latency=0.25)
    client = client_for(fake, fake.add_user())
    with fake_sleeps_through(fake, slept.append):
        assert client.get("/users/me").status_code == 200
    assert slept == [0.25]
    gate = ServerGate(opens=lambda g: g.arrived >= 8)
    with fake_sleeps_through(fake, gate.sleep):
        assert all(r.status_code == 200 for r in _burst(client, 8, gate))
    assert gate.slept == [0.25] * 8
    assert fake.max_seen_concurrent_reads == 8


def test_concurrent_read_limit(client_for: ClientFor) -> None:
    """51 reads at once against Asana's 50: the fake holds the 50 it admitted until the 51st
    has been refused, so exactly one 429, every time."""
    fake = FakeAsana(latency=0.5, max_concurrent_reads=50)
    client = client_for(fake, fake.add_user(), limits=httpx.Limits(max_connections=100))
    gate = ServerGate(opens=lambda g: g.arrived >= 50 and g.refusals >= 1)
    with fake_sleeps_through(fake, gate.sleep):
        results = _burst(client, 51, gate)
    limited = [r for r in results if r.status_code == 429]
    assert len(limited) == 1 and limited[0].headers["Retry-After"] == "1"
    assert fake.max_seen_concurrent_reads == 50
    assert fake.rate_limited_count == 1


def test_oauth_refresh(fake: FakeAsana, token: str, base_url: str, make_client: ClientFor) -> None:
    fake.add_oauth_client("cid", "secret")
    refresh = fake.issue_refresh_token(token, "cid")
    client = make_client(None)
    url = base_url.removesuffix("/api/1.0") + "/-/oauth_token"
    form = {
        "grant_type": "refresh_token",
        "refresh_token": refresh,
        "client_id": "cid",
        "client_secret": "secret",
    }
    resp = client.post(url, data=form)
    assert resp.status_code == 200
    body = resp.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    assert (
        body["data"]["gid"] == fake.user_gid(token) and body["data"]["email"] == "ada@example.com"
    )
    me = client.get("/users/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["data"]["gid"] == fake.user_gid(token)
    bad = client.post(url, data={**form, "refresh_token": "nope"})
    assert bad.status_code == 400 and bad.json()["error"] == "invalid_grant"
    wrong_secret = client.post(url, data={**form, "client_secret": "x"})
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] == "invalid_client"
