"""Scenario 6b: malformed and unusual responses become AsanaError subclasses.

Never a raw KeyError, JSONDecodeError, RecursionError or httpx error: each case must raise an
AsanaError subclass carrying the HTTP status and a message that says what went wrong.
Table-driven over loopback, then property-based over random bodies in-process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asana_client import (
    Asana,
    AsanaConnectionError,
    AsanaError,
    InvalidRequestError,
    RateLimitEnforcedError,
    ServerError,
)
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
JSON = "application/json; charset=UTF-8"
DEEP = b"[" * 100_000 + b"]" * 100_000


@dataclass
class Case:
    label: str
    status: int
    body: bytes | None
    content_type: str | None
    expected: type[AsanaError]
    message_has: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    list_call: bool = False
    bug: str = ""


CASES = [
    Case("200, not JSON (text/plain)", 200, b"hello", "text/plain", AsanaError, "not"),
    Case("200, truncated JSON", 200, b'{"data": {"gid": "12', JSON, AsanaError, "not"),
    Case("200, empty body", 200, b"", JSON, AsanaError, "not"),
    Case("200, invalid UTF-8", 200, b"\xff\xfe{\x00", JSON, AsanaError),
    Case("200, HTML captive portal", 200, HTML, "text/html", AsanaError, "text/html"),
    Case("200, JSON array", 200, b"[1, 2]", JSON, AsanaError),
    Case(
        "200, errors body, no data",
        200,
        b'{"errors": [{"message": "boom"}]}',
        JSON,
        AsanaError,
        "boom",
    ),
    Case("200, data is null", 200, b'{"data": null}', JSON, AsanaError),
    Case("200, list page not JSON", 200, b"<html>", "text/html", AsanaError, list_call=True),
    Case("200, list data is a string", 200, b'{"data": "x"}', JSON, AsanaError, list_call=True),
    Case("502, HTML proxy page", 502, HTML, "text/html", ServerError, "Bad Gateway"),
    Case("504, empty body", 504, b"", "text/plain", ServerError, "Gateway Timeout"),
    Case("520, Cloudflare unknown error", 520, b"<html>520</html>", "text/html", ServerError),
    Case(
        "500, phrase",
        500,
        b'{"errors": [{"message": "Server Error", "phrase": "6 sad squid snuggle softly"}]}',
        JSON,
        ServerError,
        "squid",
    ),
    Case("500, truncated JSON", 500, b'{"errors": [{"mess', JSON, ServerError),
    Case("400, truncated JSON", 400, b'{"errors": [', JSON, InvalidRequestError),
    Case("400, errors not a list", 400, b'{"errors": "nope"}', JSON, InvalidRequestError),
    Case(
        "400, message not a string", 400, b'{"errors": [{"message": 5}]}', JSON, InvalidRequestError
    ),
    Case("418, teapot", 418, None, None, AsanaError),
    Case("429, HTML, no Retry-After", 429, HTML, "text/html", RateLimitEnforcedError),
    Case(
        "429, Retry-After as HTTP date",
        429,
        None,
        None,
        RateLimitEnforcedError,
        headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
    ),
    Case("299, non-standard success", 299, None, None, AsanaError),
    Case("302, redirect without Location", 302, b"", "text/plain", AsanaError),
    Case(
        "200, data is a string (record call)",
        200,
        b'{"data": "x"}',
        JSON,
        AsanaError,
    ),
    Case(
        "200, data is a list (record call)",
        200,
        b'{"data": []}',
        JSON,
        AsanaError,
    ),
    Case(
        "200, deeply nested JSON",
        200,
        DEEP,
        JSON,
        AsanaError,
    ),
    Case(
        "500, deeply nested JSON",
        500,
        DEEP,
        JSON,
        ServerError,
    ),
    Case(
        "200, Content-Encoding gzip but plain body",
        200,
        b'{"data": {}}',
        JSON,
        AsanaError,
        headers={"Content-Encoding": "gzip"},
    ),
]


def params() -> list[object]:
    marks = []
    for case in CASES:
        extra = [pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else []
        marks.append(pytest.param(case, id=case.label, marks=extra))
    return marks


@pytest.fixture
def served_client(
    fake: FakeAsana, token: str, served_url: str, fake_time: FakeTime
) -> Iterator[Asana]:
    with make_client(fake, token, served_url, fake_time, max_retries=0, timeout=2.0) as client:
        yield client


@pytest.mark.parametrize("case", params())
def test_bad_response_becomes_a_typed_error(
    case: Case,
    fake: FakeAsana,
    served_client: Asana,
    results: Results,
    watch: CredentialWatch,
) -> None:
    project = fake.add_project("p")
    task = fake.add_task("t", projects=[project])
    fake.fail_next(
        case.status,
        method="GET",
        body=case.body,
        content_type=case.content_type,
        headers=case.headers or None,
    )
    outcome: dict[str, object] = {"case": case.label, "status_sent": case.status}
    try:
        if case.list_call:
            value: object = list(served_client.tasks.get_tasks_for_project(project))
        else:
            value = served_client.tasks.get_task(task)
    except AsanaError as exc:
        watch.exception(exc)
        outcome.update(raised=type(exc).__name__, status=exc.status, message=exc.message[:100])
        results.append("bad_responses", "cases", outcome)
        assert isinstance(exc, case.expected)
        assert exc.status == case.status
        assert exc.message and case.message_has in str(exc)
        assert str(case.status) in str(exc)
        for raw in ("Traceback", "JSONDecodeError", "KeyError", "Expecting value"):
            assert raw not in exc.message
        if isinstance(exc, RateLimitEnforcedError):  # the 2015 date is past: retry at once
            assert exc.retry_after == (0.0 if "Retry-After" in (case.headers or {}) else None)
    except BaseException as exc:
        watch.exception(exc)
        outcome.update(raised=type(exc).__name__, status=None, message=str(exc)[:100])
        results.append("bad_responses", "cases", outcome)
        raise AssertionError(f"{case.label}: raw {type(exc).__name__}: {exc!s:.100}") from exc
    else:
        outcome.update(raised="nothing", status=None, message=f"returned {value!r:.60}")
        results.append("bad_responses", "cases", outcome)
        raise AssertionError(f"{case.label}: returned {value!r:.60} instead of raising")


def test_500_phrase_is_exposed(fake: FakeAsana, served_client: Asana) -> None:
    body = b'{"errors": [{"message": "Server Error", "phrase": "6 sad squid snuggle softly"}]}'
    fake.fail_next(500, body=body, content_type=JSON)
    with pytest.raises(ServerError) as caught:
        served_client.users.get_user("me")
    assert caught.value.phrase == "6 sad squid snuggle softly"


def test_truncated_content_length_is_a_connection_error(
    fake: FakeAsana, token: str, served_url: str, fake_time: FakeTime, watch: CredentialWatch
) -> None:
    """The server promises 1000 bytes and sends 12: a timeout/connection error, not a hang."""
    fake.fail_next(200, body=b'{"data": {}}', content_type=JSON, headers={"Content-Length": "1000"})
    client = make_client(fake, token, served_url, fake_time, max_retries=0, timeout=0.5)
    with client, pytest.raises(AsanaConnectionError) as caught:
        client.users.get_user("me")
    watch.exception(caught.value)


# --- property-based: random bodies and statuses, in-process ------------------------------------

FUZZ_EXAMPLES = 200

json_ish = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["data", "errors", "message", "gid", "x"]), children, max_size=3
        )
    ),
    max_leaves=8,
)
statuses = st.sampled_from(
    [200, 201, 203, 299, 400, 401, 403, 404, 409, 429, 500, 502, 503, 520, 599]
)
bodies = st.one_of(
    st.binary(max_size=64),
    json_ish.map(lambda v: json.dumps(v).encode()),
    json_ish.map(lambda v: json.dumps({"data": v}).encode()),
    json_ish.map(lambda v: json.dumps(v).encode()[:-1]),  # truncated
)
content_types = st.sampled_from([JSON, "text/html", "text/plain", None])


def test_any_body_any_status_is_an_asana_error_or_a_result(
    fake: FakeAsana, token: str, results: Results, watch: CredentialWatch
) -> None:
    """200 random (body, status, content type) answers to get_task: each one either returns a
    result (2xx only) or raises an AsanaError carrying the status; one request per example."""
    task = fake.add_task("fuzz")
    outcomes = {"results": 0, "errors": 0}

    @settings(
        max_examples=FUZZ_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(status=statuses, body=bodies, content_type=content_types)
    def example(status: int, body: bytes, content_type: str | None) -> None:
        fake.fail_next(status, body=body, content_type=content_type)
        with Asana(access_token=token, http_client=fake.http_client(), max_retries=0) as client:
            try:
                client.tasks.get_task(task)
            except AsanaError as exc:
                watch.exception(exc)
                assert exc.status == status
                assert exc.message
                outcomes["errors"] += 1
            else:
                assert status < 300, f"a {status} came back as a result"
                outcomes["results"] += 1

    example()
    examples = outcomes["results"] + outcomes["errors"]
    requests = len(fake.requests)
    results.record("bad_responses_fuzz", examples=examples, requests=requests, **outcomes)
    results.append(
        "hardening",
        "rows",
        {
            "item": 26,
            "test": "test_any_body_any_status_is_an_asana_error_or_a_result",
            "check": "random body x status x content type, figures from this test alone",
            "tried": examples,
            "failures": abs(requests - examples),
        },
    )
    assert examples == requests == FUZZ_EXAMPLES
    assert outcomes["errors"] > outcomes["results"] > 0  # both branches were exercised
