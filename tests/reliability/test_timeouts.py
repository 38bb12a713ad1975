"""Scenario 5: a server that never answers yields AsanaTimeoutError, one per attempt.

The fake holds each request (its injected delay is routed through `HeldDelays`) until the
test lets it go, which it does only after the call has raised: the call can only have ended
through the client's own timeout, whatever the machine's load. The elapsed wall time is
recorded for the report and checked from below only (a timeout never fires early).
"""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from asana_client import AsanaTimeoutError
from asana_client.testing import FakeAsana
from tests.client.concurrency import HOLD_LIMIT, fake_sleeps_through
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results

TIMEOUT = 0.25
MARGIN = 1.0
HANG = 5.0  # what the fake is asked to sleep; it is held until released instead


class HeldDelays:
    """FakeAsana's delay sleeps, held until `release()`: until then, nothing is answered."""

    def __init__(self) -> None:
        self._released = threading.Event()

    def sleep(self, seconds: float) -> None:
        assert self._released.wait(HOLD_LIMIT), "the client never gave up"

    def release(self) -> None:
        self._released.set()


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
    request: pytest.FixtureRequest,
    method: str,
    max_retries: int,
    attempts: int,
) -> None:
    fake.fail_next(delay=HANG, method=method, times=attempts)
    delays = HeldDelays()
    client = make_client(
        fake, token, served_url, fake_time, timeout=TIMEOUT, max_retries=max_retries
    )
    with client, fake_sleeps_through(fake, delays.sleep):
        started = time.perf_counter()
        try:
            with pytest.raises(AsanaTimeoutError) as caught:
                if method == "GET":
                    client.users.get_user("me")
                else:
                    client.tasks.create_task(name="hung", workspace=fake.workspace_gid)
            elapsed = time.perf_counter() - started
        finally:
            delays.release()
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
    results.append(
        "hardening",
        "rows",
        {
            "item": 26,
            "test": request.node.name,
            "check": "server held until the client gave up, no wall-clock upper bound",
            "tried": attempts,
            "failures": int(not isinstance(caught.value.__cause__, httpx.TimeoutException)),
        },
    )
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert caught.value.status is None
    assert elapsed >= attempts * TIMEOUT * 0.9  # each attempt waited its full timeout
    assert len(fake_time.sleeps) == attempts - 1  # backoff between GET attempts only
