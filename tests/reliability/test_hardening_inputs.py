"""Issue 11, items 13 and 15: bad input is refused with a typed error before anything is sent, and
an HTTP-date `Retry-After` is waited for exactly.

Every input that ends up in a header, the URL or a multipart part is tried with the values that
would corrupt it (CR/LF, other control characters, non-ASCII, separators, absurd lengths). The
figure that matters is the number of requests that reached the fake: `failures` in each row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from asana_client import Asana, ConfigurationError, RateLimitEnforcedError
from asana_client._defaults import RETRY_AFTER_MAX
from asana_client._errors import parse_retry_after
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime
from tests.reliability.conftest import Results

TASK_GID = "1200000000000999"  # well-formed; never reached by a refused call
TYPED = (ValueError, TypeError, ConfigurationError)


def record(results: Results, item: int, test: str, check: str, tried: int, failures: int) -> None:
    results.append(
        "hardening",
        "rows",
        {"item": item, "test": test, "check": check, "tried": tried, "failures": failures},
    )


class Refusals:
    """Tries bad inputs against one client on the fake; a failure is a bad input that was
    accepted, raised something untyped, or let a request through."""

    def __init__(self, fake: FakeAsana) -> None:
        self.fake = fake
        self.tried = 0
        self.failures: list[str] = []

    def expect(self, label: str, call: Callable[[], Any], *kinds: type[Exception]) -> None:
        expected = kinds or TYPED
        sent_before = len(self.fake.requests)
        self.tried += 1
        try:
            call()
        except expected as exc:
            if not str(exc):
                self.failures.append(f"{label}: {type(exc).__name__} without a message")
        except Exception as exc:  # any other error is the finding itself
            self.failures.append(f"{label}: {type(exc).__name__}: {exc}")
        else:
            self.failures.append(f"{label}: accepted")
        if len(self.fake.requests) != sent_before:
            self.failures.append(f"{label}: {len(self.fake.requests) - sent_before} sent")

    def finish(self, results: Results, item: int, test: str, check: str) -> None:
        """Record the row, then fail the test with every finding at once."""
        record(results, item, test, check, self.tried, len(self.failures))
        assert self.failures == []


@pytest.fixture
def refusals(fake: FakeAsana) -> Refusals:
    return Refusals(fake)


@pytest.fixture
def api(fake: FakeAsana, token: str, fake_time: FakeTime) -> Iterator[Asana]:
    with Asana(
        access_token=token,
        http_client=fake.http_client(),
        _sleep=fake_time.sleep,
        _clock=fake_time.clock,
    ) as client:
        yield client


# --- item 15: Retry-After as an HTTP-date ------------------------------------------------------

SERVER_NOW = "Wed, 21 Oct 2015 07:27:23 GMT"
SERVER_NOW_EPOCH = 1445412443.0


RETRY_AFTER_WAITS: list[tuple[str, list[float]]] = [
    ("Wed, 21 Oct 2015 07:28:00 GMT", [37.0]),  # IMF-fixdate
    ("Wednesday, 21-Oct-15 07:28:00 GMT", [37.0]),  # obsolete RFC 850 form
    ("Wed Oct 21 07:28:00 2015", [37.0]),  # obsolete asctime form, GMT
    ("Wed, 21 Oct 2015 09:28:00 +0200", [37.0]),  # a zone other than GMT, same instant
    ("Wed, 21 Oct 2015 07:27:23 GMT", []),  # now: retry at once
    ("Wed, 21 Oct 2015 07:00:00 GMT", []),  # past: retry at once, never a negative wait
    ("Wed, 21 Oct 2015 09:00:00 GMT", [RETRY_AFTER_MAX]),  # far ahead: the client's cap
    ("37", [37.0]),  # seconds, as Asana sends them, still work
]


def test_an_http_date_retry_after_is_waited_for_exactly(
    api: Asana, fake: FakeAsana, fake_time: FakeTime, results: Results
) -> None:
    """The wait runs from the response's own Date header to the Retry-After date."""
    wrong = []
    for retry_after, expected in RETRY_AFTER_WAITS:
        fake.clear_requests()
        fake_time.sleeps.clear()
        fake.fail_next(
            429, path="/users/me", headers={"Retry-After": retry_after, "Date": SERVER_NOW}
        )
        assert api.users.get_user("me").email == "ada@example.com"
        assert [r.status for r in fake.requests] == [429, 200]
        if fake_time.sleeps != expected:
            wrong.append(f"{retry_after!r}: waited {fake_time.sleeps}, not {expected}")
    record(
        results,
        15,
        "test_an_http_date_retry_after_is_waited_for_exactly",
        "429 with an HTTP-date Retry-After and a Date header",
        len(RETRY_AFTER_WAITS),
        len(wrong),
    )
    assert wrong == []


def test_retry_after_date_without_a_date_header_counts_from_the_local_clock(
    results: Results,
) -> None:
    """No `Date` header: the wait runs from the injected wall clock, clamped at zero."""
    cases = [
        ("Wed, 21 Oct 2015 07:28:00 GMT", SERVER_NOW_EPOCH, 37.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", SERVER_NOW_EPOCH + 100, 0.0),
        ("Wed, 21 Oct 2015 07:28:00 +0200", SERVER_NOW_EPOCH - 7200, 37.0),
        ("soon", SERVER_NOW_EPOCH, None),
        ("Wed, 32 Oct 2015 07:28:00 GMT", SERVER_NOW_EPOCH, None),
        ("Wed, 21 Oct 99999 07:28:00 GMT", SERVER_NOW_EPOCH, None),
        ("nan", SERVER_NOW_EPOCH, None),
        ("-5", SERVER_NOW_EPOCH, 0.0),
    ]
    wrong = []
    for retry_after, now, expected in cases:
        answer = httpx.Response(429, headers={"Retry-After": retry_after})
        transport = httpx.MockTransport(lambda request, answer=answer: answer)
        with httpx.Client(transport=transport) as http:
            response = http.get("https://app.asana.com/api/1.0/users/me")
        assert "Date" not in response.headers
        if parse_retry_after(response, now=lambda now=now: now) != expected:
            wrong.append(retry_after)
    record(
        results,
        15,
        "test_retry_after_date_without_a_date_header_counts_from_the_local_clock",
        "HTTP-date Retry-After, local clock",
        len(cases),
        len(wrong),
    )
    assert wrong == []


def test_a_rate_limit_error_reports_the_http_date_wait_in_seconds(
    fake: FakeAsana, token: str, fake_time: FakeTime, results: Results
) -> None:
    fake.fail_next(
        429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT", "Date": SERVER_NOW}
    )
    client = Asana(access_token=token, http_client=fake.http_client(), max_retries=0)
    with client, pytest.raises(RateLimitEnforcedError) as caught:
        client.users.get_user("me")
    record(
        results,
        15,
        "test_a_rate_limit_error_reports_the_http_date_wait_in_seconds",
        "RateLimitEnforcedError.retry_after from an HTTP-date",
        1,
        int(caught.value.retry_after != 37.0),
    )
    assert caught.value.retry_after == 37.0
