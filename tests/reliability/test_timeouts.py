"""Scenario 5: a server that never answers yields AsanaTimeoutError within the timeout.

These measure real wall time of single calls against the fake over loopback; the fake holds
the request for 5 s, far past the client's 0.5 s timeout.
"""

from __future__ import annotations

import time

import httpx
import pytest

from asana_client import AsanaTimeoutError
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results

TIMEOUT = 0.5
MARGIN = 1.0
HANG = 5.0


@pytest.mark.parametrize(
    ("method", "max_retries", "attempts"),
    [("GET", 0, 1), ("POST", 3, 1), ("GET", 2, 3)],
    ids=["get-no-retries", "post-never-retried", "get-two-retries"],
)
def test_server_that_never_answers_times_out(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    results: Results,
    watch: CredentialWatch,
    method: str,
    max_retries: int,
    attempts: int,
) -> None:
    fake.fail_next(delay=HANG, method=method, times=attempts)
    client = make_client(
        fake, token, served_url, fake_time, timeout=TIMEOUT, max_retries=max_retries
    )
    with client:
        started = time.perf_counter()
        with pytest.raises(AsanaTimeoutError) as caught:
            if method == "GET":
                client.users.get_user("me")
            else:
                client.tasks.create_task(name="hung", workspace=fake.workspace_gid)
        elapsed = time.perf_counter() - started
    watch.exception(caught.value)
    results.append(
        "timeouts",
        "cases",
        {
            "case": f"{method}, max_retries={max_retries}",
            "attempts": attempts,
            "timeout_s": TIMEOUT,
            "elapsed_s": round(elapsed, 3),
            "bound_s": attempts * TIMEOUT + MARGIN,
            "error": type(caught.value).__name__,
        },
    )
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert caught.value.status is None
    assert elapsed < attempts * TIMEOUT + MARGIN
    assert elapsed >= attempts * TIMEOUT * 0.9
    assert len(fake_time.sleeps) == attempts - 1  # backoff between GET attempts only
