"""Retries: 429 honours Retry-After for any method; 5xx and broken connections are retried
only for idempotent methods; a POST that may have reached Asana is never replayed."""

from __future__ import annotations

import httpx
import pytest

from asana_client import Asana, AsanaConnectionError, RateLimitEnforcedError, ServerError
from asana_client._retries import RetryPolicy
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client


def requests_to(fake: FakeAsana, method: str, path: str) -> int:
    return sum(1 for r in fake.requests if r.method == method and r.path == path)


def test_429_waits_retry_after_then_succeeds(
    client: Asana, fake: FakeAsana, fake_time: FakeTime
) -> None:
    fake.fail_next(status=429, retry_after=2)
    assert client.users.get_user("me").email == "ada@example.com"
    assert fake_time.sleeps == [2.0]
    assert requests_to(fake, "GET", "/users/me") == 2


def test_429_on_a_post_is_retried_because_asana_did_not_process_it(
    client: Asana, fake: FakeAsana, fake_time: FakeTime
) -> None:
    fake.fail_next(status=429, retry_after=1, method="POST")
    task = client.tasks.create_task(name="once", workspace=fake.workspace_gid)
    assert task.name == "once"
    assert fake.tasks_created == 1
    assert fake_time.sleeps == [1.0]


def test_retry_after_is_capped(client: Asana, fake: FakeAsana, fake_time: FakeTime) -> None:
    fake.fail_next(status=429, retry_after=3600)
    client.users.get_user("me")
    assert fake_time.sleeps == [60.0]


def test_503_on_get_is_retried_with_backoff(
    client: Asana, fake: FakeAsana, fake_time: FakeTime
) -> None:
    fake.fail_next(status=503, times=2)
    assert client.users.get_user("me").name == "Ada Lovelace"
    assert len(fake_time.sleeps) == 2
    assert 0.25 <= fake_time.sleeps[0] <= 0.5 and 0.5 <= fake_time.sleeps[1] <= 1.0


def test_500_on_create_task_is_not_retried(
    client: Asana, fake: FakeAsana, fake_time: FakeTime
) -> None:
    fake.fail_next(status=500, method="POST")
    with pytest.raises(ServerError):
        client.tasks.create_task(name="maybe", workspace=fake.workspace_gid)
    assert requests_to(fake, "POST", "/tasks") == 1
    assert fake_time.sleeps == []


def test_dropped_connection_on_post_is_not_retried(client: Asana, fake: FakeAsana) -> None:
    fake.fail_next(drop=True, method="POST")
    with pytest.raises(AsanaConnectionError):
        client.tasks.create_task(name="maybe", workspace=fake.workspace_gid)
    assert requests_to(fake, "POST", "/tasks") == 1
    assert fake.tasks_created == 0


def test_dropped_connection_on_get_is_retried(client: Asana, fake: FakeAsana) -> None:
    fake.fail_next(drop=True, method="GET")
    assert client.users.get_user("me").gid
    assert requests_to(fake, "GET", "/users/me") == 2


def test_retries_stop_at_max_retries(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime
) -> None:
    client = make_client(fake, token, base_url, fake_time, max_retries=2)
    fake.fail_next(status=502, times=10)
    with pytest.raises(ServerError) as raised:
        client.users.get_user("me")
    assert raised.value.status == 502
    assert requests_to(fake, "GET", "/users/me") == 3


def test_max_retries_0_disables_retrying(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime
) -> None:
    client = make_client(fake, token, base_url, fake_time, max_retries=0)
    fake.fail_next(status=429, retry_after=1)
    with pytest.raises(RateLimitEnforcedError) as raised:
        client.users.get_user("me")
    assert raised.value.retry_after == 1
    assert requests_to(fake, "GET", "/users/me") == 1
    assert fake_time.sleeps == []


def test_a_retry_is_logged_without_the_query(
    client: Asana, fake: FakeAsana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next(status=503)
    with caplog.at_level("WARNING", logger="asana_client"):
        client.users.get_user("me", opt_fields=["email"])
    retries = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
    assert retries == [retries[0]] and "503" in retries[0] and "/users/me" in retries[0]
    assert "opt_fields" not in retries[0]


CONNECT = httpx.ConnectError("refused")
READ = httpx.ReadTimeout("slow")


@pytest.mark.parametrize(
    ("method", "status", "error", "attempt", "retry_after", "replayable", "expected"),
    [
        ("GET", 429, None, 0, 5.0, True, 5.0),
        ("POST", 429, None, 0, 5.0, True, 5.0),
        ("POST", 429, None, 0, 500.0, True, 60.0),
        ("POST", 429, None, 0, 5.0, False, None),
        ("GET", 503, None, 0, None, True, (0.25, 0.5)),
        ("GET", 500, None, 2, None, True, (1.0, 2.0)),
        ("PUT", 502, None, 1, None, True, (0.5, 1.0)),
        ("DELETE", 504, None, 0, None, True, (0.25, 0.5)),
        ("POST", 500, None, 0, None, True, None),
        ("POST", 503, None, 0, None, True, None),
        ("GET", 501, None, 0, None, True, None),
        ("GET", 404, None, 0, None, True, None),
        ("POST", None, CONNECT, 0, None, True, (0.25, 0.5)),
        ("POST", None, READ, 0, None, True, None),
        ("GET", None, READ, 0, None, True, (0.25, 0.5)),
        ("GET", 503, None, 3, None, True, None),
    ],
)
def test_retry_decisions(
    method: str,
    status: int | None,
    error: httpx.TransportError | None,
    attempt: int,
    retry_after: float | None,
    replayable: bool,
    expected: float | tuple[float, float] | None,
) -> None:
    policy = RetryPolicy(max_retries=3)
    delay = policy.delay(
        method, attempt, status=status, error=error, retry_after=retry_after, replayable=replayable
    )
    if isinstance(expected, tuple):
        assert delay is not None and expected[0] <= delay <= expected[1]
    else:
        assert delay == expected
