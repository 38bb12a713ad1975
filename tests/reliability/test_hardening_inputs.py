"""Issue 11, items 13 and 15: bad input is refused with a typed error before anything is sent, and
an HTTP-date `Retry-After` is waited for exactly.

Every input that ends up in a header, the URL or a multipart part is tried with the values that
would corrupt it (CR/LF, other control characters, non-ASCII, separators, absurd lengths). The
figure that matters is the number of requests that reached the fake: `failures` in each row.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

import httpx
import httpx._urlparse as httpx_urlparse
import pytest

from asana_client import Asana, ConfigurationError, OAuthCredentials, RateLimitEnforcedError
from asana_client._client import MAX_URL_LENGTH
from asana_client._defaults import RETRY_AFTER_MAX
from asana_client._errors import parse_retry_after
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime
from tests.reliability.conftest import Results

TASK_GID = "1200000000000999"  # well-formed; never reached by a refused call


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

    def expect(
        self,
        label: str,
        expected: type[Exception] | tuple[type[Exception], ...],
        call: Callable[..., object],
        /,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """Call `call(*args, **kwargs)`; it must raise `expected`, with a message, unsent."""
        sent_before = len(self.fake.requests)
        self.tried += 1
        problems = []
        try:
            call(*args, **kwargs)
        except expected as exc:
            if not str(exc):
                problems.append(f"{type(exc).__name__} without a message")
        except Exception as exc:  # any other error is the finding itself
            problems.append(f"{type(exc).__name__}: {exc}")
        else:
            problems.append("accepted")
        if len(self.fake.requests) != sent_before:
            problems.append(f"{len(self.fake.requests) - sent_before} request(s) sent")
        if problems:
            self.failures.append(f"{label}: {'; '.join(problems)}")

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


# --- item 13: inputs that end up in a header, the URL or a multipart part ----------------------


def test_upload_content_types_that_could_forge_part_headers_are_refused(
    api: Asana, fake: FakeAsana, refusals: Refusals, results: Results
) -> None:
    """content_type becomes the file part's `Content-Type:` line: a CR/LF would add headers
    (or a whole part) of the caller's choosing to the multipart body."""
    bad = [
        "text/plain\r\nContent-Disposition: form-data; name=parent",
        "text/plain\r\n\r\n--boundary",
        "text/plain\n",
        "text/plain\r",
        "text/plain\x00",
        "text/plain\x7f",
        'text/plain; charset="utf-8\r\n"',
        "tëxt/plain",
        "text/plain\u2028",
        "text",
        "text/pl ain",
        "/plain",
        "",
    ]
    upload = api.attachments.create_attachment_for_object
    for content_type in bad:
        refusals.expect(
            f"content_type={content_type!r}",
            ValueError,
            upload,
            parent=TASK_GID,
            file=b"x",
            name="a.txt",
            content_type=content_type,
        )
        refusals.expect(
            f"tuple content type {content_type!r}",
            ValueError,
            upload,
            parent=TASK_GID,
            file=("a.txt", io.BytesIO(b"x"), content_type),
        )
    refusals.expect(
        "content_type=b'text/plain'",
        TypeError,
        upload,
        parent=TASK_GID,
        file=b"x",
        name="a.txt",
        content_type=b"text/plain",
    )
    refusals.finish(
        results,
        13,
        "test_upload_content_types_that_could_forge_part_headers_are_refused",
        "upload content_type with CR/LF, control or non-ASCII characters",
    )
    task = fake.add_task("Has a file")
    good = api.attachments.create_attachment_for_object(
        parent=task, file=b"a,b\n", name="t.csv", content_type='text/csv; charset="utf-8"'
    )
    assert fake.attachment_content(good.gid) == b"a,b\n"


class CapturedUpload:
    """A MockTransport that keeps each upload's multipart body and answers like Asana."""

    def __init__(self) -> None:
        self.bodies: list[tuple[bytes, bytes]] = []  # (boundary, body)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        boundary = request.headers["Content-Type"].split("boundary=", 1)[1].encode()
        self.bodies.append((boundary, request.read()))
        record = {"gid": "1", "resource_type": "attachment", "name": "x"}
        return httpx.Response(200, json={"data": record})

    def file_part_headers(self) -> list[bytes]:
        """The header lines of the last upload's file part."""
        boundary, body = self.bodies[-1]
        parts = body.split(b"--" + boundary)
        (file_part,) = [p for p in parts if b'name="file"' in p.split(b"\r\n\r\n", 1)[0]]
        return file_part.strip(b"\r\n").split(b"\r\n\r\n", 1)[0].split(b"\r\n")


@pytest.fixture
def captured(token: str) -> Iterator[tuple[Asana, CapturedUpload]]:
    capture = CapturedUpload()
    http = httpx.Client(transport=httpx.MockTransport(capture))
    with http, Asana(access_token=token, http_client=http) as client:
        yield client, capture


FILENAME = re.compile(rb'^Content-Disposition: form-data; name="file"; filename="([^"]*)"$')


def test_upload_file_names_reach_the_wire_as_one_percent_encoded_header(
    captured: tuple[Asana, CapturedUpload], results: Results
) -> None:
    """Whatever a file name holds (CR/LF, NUL, quotes, '%', non-ASCII, bytes that are not
    UTF-8), the part has exactly two header lines and the filename decodes to the name's bytes."""
    client, capture = captured
    names = [
        "a\r\nContent-Type: text/html\r\n\r\nforged.txt",
        "nul\x00.txt",
        "tab\t.txt",
        "del\x7f.txt",
        'quote".txt',
        "back\\slash.txt",
        "100%41.txt",
        "Résumé ✓.txt",
        os.fsdecode(b"\xff\xfe-not-utf8.txt"),
    ]
    wrong = []
    for name in names:
        client.attachments.create_attachment_for_object(parent=TASK_GID, file=b"x", name=name)
        lines = capture.file_part_headers()
        match = FILENAME.fullmatch(lines[0])
        sent = unquote_to_bytes(match.group(1)) if match else None
        if len(lines) != 2 or sent != name.encode("utf-8", "surrogateescape"):
            wrong.append(f"{name!r}: {lines}")
    record(
        results,
        13,
        "test_upload_file_names_reach_the_wire_as_one_percent_encoded_header",
        "upload file names with control, quote, '%', non-ASCII and non-UTF-8 characters",
        len(names),
        len(wrong),
    )
    assert wrong == []


def test_a_file_whose_path_is_not_utf8_uploads_intact(
    api: Asana, fake: FakeAsana, tmp_path: Path, results: Results
) -> None:
    """os.fsdecode keeps a non-UTF-8 file name as lone surrogates; the upload sends its bytes."""
    raw_name = b"\xff\xfe-report \xe9t\xe9.txt"  # Latin-1, as an old archive would hold it
    path = tmp_path / os.fsdecode(raw_name)
    path.write_bytes(b"every byte \x00\xff")
    task = fake.add_task("Has a Latin-1 file")
    uploaded = [
        api.attachments.create_attachment_for_object(parent=task, file=given)
        for given in (path, str(path))
    ]
    intact = [
        fake.attachment_content(a.gid) == b"every byte \x00\xff"
        and unquote_to_bytes(a.name or "") == raw_name
        for a in uploaded
    ]
    record(
        results,
        13,
        "test_a_file_whose_path_is_not_utf8_uploads_intact",
        "upload from a non-UTF-8 path (Path and str)",
        len(uploaded),
        intact.count(False),
    )
    assert intact == [True, True]


def test_an_attachment_parent_that_is_not_a_gid_is_refused(
    api: Asana, refusals: Refusals, results: Results
) -> None:
    upload = api.attachments.create_attachment_for_object
    for parent in ["not a gid", "", "12/34", "1\r\n", "١٢٣", "1 2", "../1", "me"]:
        refusals.expect(
            f"parent={parent!r}", ValueError, upload, parent=parent, file=b"x", name="a"
        )
    for not_str in [123, None, b"123"]:
        refusals.expect(
            f"parent={not_str!r}", TypeError, upload, parent=not_str, file=b"x", name="a"
        )
    refusals.finish(
        results,
        13,
        "test_an_attachment_parent_that_is_not_a_gid_is_refused",
        "attachment parent that is not ASCII digits",
    )


def test_feature_names_that_cannot_travel_in_a_header_are_refused_at_construction(
    fake: FakeAsana, token: str, refusals: Refusals, results: Results
) -> None:
    """Asana-Enable/-Disable: a CR/LF would smuggle a header, non-ASCII fails at the first
    request, a comma or space inside one name silently names two features."""
    bad: list[object] = [
        ["new_goal_memberships\r\nX-Forged: 1"],
        ["a\nb"],
        ["résumé"],
        ["a,b"],
        ["a b"],
        [""],
        ["ok", "tab\t"],
        "a\r\nb",
        [1],
        5,
    ]
    for option in ("enable", "disable"):
        for names in bad:
            refusals.expect(
                f"{option}={names!r}",
                ConfigurationError,
                Asana,
                access_token=token,
                http_client=fake.http_client(),
                **{option: names},
            )
    refusals.finish(
        results,
        13,
        "test_feature_names_that_cannot_travel_in_a_header_are_refused_at_construction",
        "enable=/disable= names with CR/LF, non-ASCII, commas, spaces or non-str",
    )
    good = Asana(
        access_token=token,
        http_client=fake.http_client(),
        enable=["new_goal_memberships", "new_user_task_lists"],
        disable="new_project_templates",
    )
    with good:
        good.users.get_user("me")
    sent = fake.requests[-1].headers
    assert sent["Asana-Enable"] == "new_goal_memberships,new_user_task_lists"
    assert sent["Asana-Disable"] == "new_project_templates"


def oauth(**fields: Any) -> OAuthCredentials:
    return OAuthCredentials(client_id="app", client_secret="shh", refresh_token="r", **fields)


BAD_SETTINGS: list[tuple[str, dict[str, Any]]] = [
    ("max_concurrent_reads=0", {"max_concurrent_reads": 0}),
    ("max_concurrent_writes=0", {"max_concurrent_writes": 0}),
    ("max_concurrent_reads=-3", {"max_concurrent_reads": -3}),
    ("max_concurrent_reads=2.5", {"max_concurrent_reads": 2.5}),
    ("max_concurrent_writes=True", {"max_concurrent_writes": True}),
    ("rate_limit=0", {"rate_limit": 0}),
    ("rate_limit=-1", {"rate_limit": -1}),
    ("rate_limit=1.5", {"rate_limit": 1.5}),
    ("max_retries=-1", {"max_retries": -1}),
    ("max_retries=1.5", {"max_retries": 1.5}),
    ("max_retries='3'", {"max_retries": "3"}),
    ("timeout=-1", {"timeout": -1}),
    ("timeout=0", {"timeout": 0}),
    ("timeout=nan", {"timeout": float("nan")}),
    ("timeout=inf", {"timeout": float("inf")}),
    ("timeout='5'", {"timeout": "5"}),
    ("timeout=True", {"timeout": True}),
    ("httpx.Timeout(read=-1)", {"timeout": httpx.Timeout(5.0, read=-1.0)}),
    ("httpx.Timeout(pool=0)", {"timeout": httpx.Timeout(5.0, pool=0.0)}),
    ("base_url with CR/LF", {"base_url": "https://app.asana.com/api/1.0\r\nX-Forged: 1"}),
    ("base_url with DEL", {"base_url": "https://app.asana.com/api/1.0\x7f"}),
    ("base_url with a space in the host", {"base_url": "https://app.asana .com/api/1.0"}),
    ("base_url without a host", {"base_url": "https:///api/1.0"}),
    ("base_url with port 99999", {"base_url": "https://app.asana.com:99999/api/1.0"}),
    ("base_url not a str", {"base_url": 123}),
    ("token_url with CR/LF", {"oauth": oauth(token_url="https://app.asana.com/-/oauth\r\n")}),
    ("token_url without a host", {"oauth": oauth(token_url="https:///-/oauth_token")}),
    ("token_url over http", {"oauth": oauth(token_url="http://example.com/-/oauth_token")}),
]


def test_client_settings_that_cannot_work_are_configuration_errors(
    fake: FakeAsana, token: str, refusals: Refusals, results: Results
) -> None:
    """Counts, timeouts and URLs a request could never be made with: ConfigurationError (an
    AsanaError) from Asana(...), not ValueError, not an httpx error at the first request."""
    for label, options in BAD_SETTINGS:
        credential = {} if "oauth" in options else {"access_token": token}
        refusals.expect(label, ConfigurationError, Asana, **credential, **options)
    refusals.finish(
        results,
        13,
        "test_client_settings_that_cannot_work_are_configuration_errors",
        "zero/negative/non-int limits, bad timeouts, unparseable base_url/token_url",
    )
    for timeout in (None, 0.5, 30, httpx.Timeout(5.0, connect=2.0)):
        with Asana(access_token=token, http_client=fake.http_client(), timeout=timeout) as ok:
            assert ok.users.get_user("me").email == "ada@example.com"


def test_a_query_too_long_for_a_url_is_refused_naming_the_limit(
    api: Asana, fake: FakeAsana, refusals: Refusals, results: Results
) -> None:
    """httpx refuses URLs over 65,536 characters with a bare InvalidURL; the client refuses them
    first, for any query (opt_fields, search text, ...), saying what the limit is."""
    assert MAX_URL_LENGTH == httpx_urlparse.MAX_URL_LENGTH
    task = fake.add_task("Long URLs")
    prefix = len(f"https://app.asana.com/api/1.0/tasks/{task}?opt_fields=")
    exactly = ["x" * (MAX_URL_LENGTH - prefix)]
    api.tasks.get_task(task, opt_fields=exactly)  # the longest URL there is still goes
    assert fake.requests[-1].query["opt_fields"] == exactly
    long_fields = [f"custom_fields.field_{n}" for n in range(4_000)]  # ~100 KB
    calls: list[tuple[str, Callable[..., object], dict[str, Any]]] = [
        ("one character over", api.tasks.get_task, {"opt_fields": ["x" * (len(exactly[0]) + 1)]}),
        ("70 KB opt_fields", api.tasks.get_task, {"opt_fields": ["x" * 70_000]}),
        ("4,000 opt_fields", api.tasks.get_task, {"opt_fields": long_fields}),
        (
            "listing",
            lambda *a, **k: list(api.tasks.get_tasks_for_project(*a, **k)),
            {"opt_fields": long_fields},
        ),
        (
            "search text",
            lambda *a, **k: list(api.tasks.search_tasks_for_workspace(*a, **k)),
            {"text": "ä" * 30_000},
        ),  # 60,000 characters after percent-encoding
        (
            "upload",
            api.attachments.create_attachment_for_object,
            {"parent": task, "file": b"x", "name": "a.txt", "opt_fields": long_fields},
        ),
    ]
    for label, call, options in calls:
        args = () if "parent" in options else (task,)
        refusals.expect(label, ValueError, call, *args, **options)
    with pytest.raises(ValueError, match="65,536"):
        api.tasks.get_task(task, opt_fields=["x" * 70_000])
    refusals.finish(
        results,
        13,
        "test_a_query_too_long_for_a_url_is_refused_naming_the_limit",
        "URLs over httpx's 65,536 characters (opt_fields, search text, listing, upload)",
    )


def test_query_values_offsets_and_opt_fields_that_would_be_garbled_are_refused(
    api: Asana, refusals: Refusals, results: Results
) -> None:
    """A comma or space inside one opt_fields name asks for other fields than written; a
    control character in an offset or a query value is never meaningful to Asana."""
    get_task = api.tasks.get_task
    for fields in (
        ["name,notes"],
        "name,notes",
        ["name notes"],
        [""],
        ["name", ""],
        ["na\nme"],
        ["nämé"],
        ["name\x00"],
    ):
        refusals.expect(f"opt_fields={fields!r}", ValueError, get_task, TASK_GID, opt_fields=fields)
    refusals.expect(
        "upload opt_fields=['a,b']",
        ValueError,
        api.attachments.create_attachment_for_object,
        parent=TASK_GID,
        file=b"x",
        name="a.txt",
        opt_fields=["a,b"],
    )
    for offset in ("a\nb", "a b", "", "é", "eyJ0\x00", "\r\n"):
        refusals.expect(
            f"offset={offset!r}",
            ValueError,
            api.tasks.get_tasks_for_project,
            TASK_GID,
            offset=offset,
        )
    refusals.expect("offset=5", TypeError, api.tasks.get_tasks_for_project, TASK_GID, offset=5)
    search = api.tasks.search_tasks_for_workspace
    for text in ("a\x00b", "a\r\nb", "tab\tseparated", "\x7f", "\x85"):
        refusals.expect(f"text={text!r}", ValueError, search, TASK_GID, text=text)
    refusals.expect(
        "typeahead query with CR/LF",
        ValueError,
        api.typeahead.typeahead_for_workspace,
        TASK_GID,
        resource_type="task",
        query="x\r\ny",
    )
    refusals.expect(
        "completed_since with LF",
        ValueError,
        api.tasks.get_tasks_for_project,
        TASK_GID,
        completed_since="now\n",
    )
    refusals.finish(
        results,
        13,
        "test_query_values_offsets_and_opt_fields_that_would_be_garbled_are_refused",
        "opt_fields names with commas/spaces/controls, offsets and query values with controls",
    )


def test_download_ranges_and_external_links_are_checked_before_sending(
    api: Asana, refusals: Refusals, results: Results
) -> None:
    """`range=` becomes a Range header to the storage host; an external attachment's `url=` is
    a link Asana will show: both are refused unless well-formed, before even the record is
    fetched."""
    for value in (
        "bytes=١-٢",
        "bytes=0-1\r\nX-Forged: 1",
        "bytes=0-99\n",
        " bytes=0-1",
        "bytes=0-1,5-6",
        "bytes=-",
        "items=0-1",
    ):
        refusals.expect(
            f"range={value!r}",
            ValueError,
            api.attachments.download_to,
            TASK_GID,
            io.BytesIO(),
            range=value,
        )
    refusals.expect(
        "range=5", TypeError, api.attachments.download_to, TASK_GID, io.BytesIO(), range=5
    )
    create = api.attachments.create_attachment_for_object
    for url in (
        "javascript:alert(1)",
        "https://exa mple.com/",
        "https://example.com/\r\nX: 1",
        "ftp://example.com/spec",
        "//example.com/spec",
        "https://",
        "example.com/spec",
        "https://example.com/\x00",
    ):
        refusals.expect(
            f"url={url!r}",
            ValueError,
            create,
            parent=TASK_GID,
            resource_subtype="external",
            url=url,
            name="Spec",
        )
    refusals.expect(
        "url=b'https://x'",
        TypeError,
        create,
        parent=TASK_GID,
        resource_subtype="external",
        url=b"https://example.com",
        name="Spec",
    )
    refusals.expect(
        "name=['Spec']",
        TypeError,
        create,
        parent=TASK_GID,
        resource_subtype="external",
        url="https://example.com",
        name=["Spec"],
    )
    refusals.expect("name=123 for a file", TypeError, create, parent=TASK_GID, file=b"x", name=123)
    refusals.expect(
        "lone surrogate name", ValueError, create, parent=TASK_GID, file=b"x", name="a\ud800.txt"
    )
    refusals.finish(
        results,
        13,
        "test_download_ranges_and_external_links_are_checked_before_sending",
        "download range= and external url=/name=, upload name= types",
    )
