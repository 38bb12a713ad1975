"""Issue 11, items 1-12 and 14: no credential reachable from an error, no hang, no lost outcome.

Each test breaks the client the way it was broken when tried adversarially, and records one
row of the hardening table in RELIABILITY.md.
"""

from __future__ import annotations

import gzip
import http.server
import logging
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from asana_client import (
    Asana,
    AsanaConnectionError,
    AsanaError,
    AsanaTimeoutError,
    NoAuthorizationError,
    OAuthCredentials,
    _defaults,
)
from asana_client._deadline import PAST_DEADLINE, AttemptDeadlines
from asana_client.testing import FakeAsana
from tests.client.concurrency import fake_sleeps_through
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import Results
from tests.reliability.secrets import leaked

TOKEN = "1/1200000000000001:0123456789abcdefsecret"
SECRETS = (TOKEN, TOKEN.split(":")[-1])
CLIENT_SECRET = "client-secret-9f8e7d6c5b4a"
REFRESH_TOKEN = "2/1200000000000001/refresh-0a1b2c3d4e5f"
USER = {"data": {"gid": "1200000000000001", "resource_type": "user", "name": "Ada"}}


def row(
    results: Results,
    request: pytest.FixtureRequest,
    item: int,
    check: str,
    tried: int,
    failures: int,
) -> None:
    """One row of RELIABILITY.md's hardening table, named after the test that proves it."""
    test = request.node.name
    figures = {"item": item, "test": test, "check": check, "tried": tried, "failures": failures}
    results.append("hardening", "rows", figures)


def api(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Asana:
    """A client whose every request goes to `handler`, with instant retries."""
    http = httpx.Client(transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]
    return Asana(access_token=TOKEN, http_client=http, _sleep=lambda _: None)


def oauth(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Asana:
    http = httpx.Client(transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]
    credentials = OAuthCredentials(
        client_id="app", client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN
    )
    return Asana(oauth=credentials, http_client=http, _sleep=lambda _: None)


# --- 1. redirects ---------------------------------------------------------------------------


def test_token_request_never_follows_a_redirect_to_another_origin(
    results: Results, request: pytest.FixtureRequest
) -> None:
    elsewhere: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "collector.example":
            elsewhere.append(request.read())
            return httpx.Response(200, json={"access_token": "stolen", "expires_in": 3600})
        return httpx.Response(307, headers={"Location": "https://collector.example/take"})

    client = oauth(handler, follow_redirects=True)
    with pytest.raises(NoAuthorizationError) as raised:
        client.users.get_user("me")
    assert raised.value.status == 307
    assert elsewhere == []
    row(results, request, 1, "OAuth 307 with follow_redirects=True client", 1, len(elsewhere))


def test_api_requests_never_follow_a_redirect(
    results: Results, request: pytest.FixtureRequest
) -> None:
    elsewhere: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "collector.example":
            elsewhere.append(request)
            return httpx.Response(200, json=USER)
        return httpx.Response(302, headers={"Location": "https://collector.example/u"})

    with pytest.raises(AsanaError) as raised:
        api(handler, follow_redirects=True).users.get_user("me")
    assert raised.value.status == 302
    assert elsewhere == []
    row(results, request, 1, "API 302 with follow_redirects=True client", 1, len(elsewhere))


# --- 2, 3. errors that are not an HTTP error status ------------------------------------------


def answer(status: int, **kwargs: object) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **kwargs)  # type: ignore[arg-type]


def cut_mid_body(request: httpx.Request) -> httpx.Response:
    def body() -> Iterator[bytes]:
        yield b'{"data": {"gid": "1'
        raise httpx.ReadError("connection reset by peer")

    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=body())


def refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused")


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out")


NOT_AN_ERROR_STATUS = {
    "200 captive portal HTML": answer(200, html="<html>Sign in to the Wi-Fi</html>"),
    "302 redirect": answer(302, headers={"Location": "https://example.com/"}),
    "200 gzip body that is not gzip": answer(
        200, headers={"Content-Encoding": "gzip"}, content=iter([b"plain"])
    ),
    "200 truncated JSON": answer(200, json=None, content=b'{"data": {'),
    "connection cut mid-body": cut_mid_body,
    "connection refused": refuse_connection,
    "read timeout": time_out,
}


@pytest.mark.parametrize("case", NOT_AN_ERROR_STATUS)
def test_no_error_path_carries_the_bearer_header(
    case: str, results: Results, request: pytest.FixtureRequest
) -> None:
    with pytest.raises(AsanaError) as raised:
        api(NOT_AN_ERROR_STATUS[case]).users.get_user("me")
    found = leaked(raised.value, SECRETS)
    assert found == []
    item = 3 if case in ("connection cut mid-body", "connection refused", "read timeout") else 2
    row(results, request, item, f"{case}: text, locals, response.request, causes", 1, len(found))


@pytest.mark.parametrize("fault", ["drop", "timeout"])
def test_no_error_over_loopback_carries_the_bearer_header(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    fault: str,
    results: Results,
    request: pytest.FixtureRequest,
) -> None:
    fake.fail_next(drop=True) if fault == "drop" else fake.fail_next(delay=0.5)
    client = make_client(fake, token, served_url, fake_time, max_retries=0, timeout=0.1)
    with client, pytest.raises(AsanaConnectionError) as raised:
        client.users.get_user("me")
    found = leaked(raised.value, [token, token.split(":")[-1]])
    assert found == []
    row(
        results,
        request,
        3,
        f"loopback {fault}: locals, chained httpx error's request",
        1,
        len(found),
    )


# --- 4. a failed refresh ----------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["connection refused", "read timeout", "400 invalid_grant"])
def test_a_failed_refresh_carries_neither_client_secret_nor_refresh_token(
    failure: str, results: Results, request: pytest.FixtureRequest
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if failure == "400 invalid_grant":
            return httpx.Response(400, json={"error": "invalid_grant"})
        return refuse_connection(request) if "refused" in failure else time_out(request)

    with pytest.raises(NoAuthorizationError) as raised:
        oauth(handler).users.get_user("me")
    found = leaked(raised.value, [CLIENT_SECRET, REFRESH_TOKEN])
    assert found == []
    assert "refresh" in str(raised.value)
    row(results, request, 4, f"refresh fails ({failure}) with http_client=", 1, len(found))


# --- 5. logs ----------------------------------------------------------------------------------


def link_signatures(fake: FakeAsana) -> set[str]:
    """The secret part of every download link the fake's hosts were asked for: storage paths
    are /blobs/<signature>/<name>, redirecting API links /-/download/<signature>."""
    found = set()
    for request in [*fake.storage_requests, *fake.requests]:
        segments = request.path.split("/")
        if request.path.startswith("/blobs/"):
            found.add(segments[2])
        elif request.path.startswith("/-/download/"):
            found.add(segments[3])
    return found


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@contextmanager
def every_log_line() -> Iterator[list[str]]:
    capture, root = Capture(), logging.getLogger()
    level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        yield capture.lines
    finally:
        root.removeHandler(capture)
        root.setLevel(level)


@pytest.mark.parametrize("redirect", [False, True], ids=["direct", "via-redirect"])
def test_no_log_line_holds_the_signed_download_link(
    fake: FakeAsana,
    token: str,
    fake_time: FakeTime,
    redirect: bool,
    results: Results,
    request: pytest.FixtureRequest,
) -> None:
    fake.storage_redirect = redirect
    attachment = fake.add_attachment(fake.add_task("with a file"), "report.bin", b"x" * 1000)
    fake.fail_next(503, path="/blobs/*")  # a retried storage failure is logged too
    with (
        every_log_line() as lines,
        make_client(fake, token, None, fake_time) as client,
        client.attachments.download(attachment) as chunks,
    ):
        assert b"".join(chunks) == b"x" * 1000
    signatures = link_signatures(fake)
    assert signatures  # the links the fake handed out and was asked for
    assert any("storage" in line for line in lines)  # the download was logged, and retried
    found = [line for line in lines if any(s in line for s in signatures)]
    assert found == []
    row(results, request, 5, "every log record at DEBUG of a download", len(lines), len(found))


def test_storage_errors_carry_no_signed_link(
    fake: FakeAsana,
    token: str,
    fake_time: FakeTime,
    results: Results,
    request: pytest.FixtureRequest,
) -> None:
    attachment = fake.add_attachment(fake.add_task("with a file"), "a.bin", b"abc")
    fake.fail_next(500, path="/blobs/*", times=10)
    with make_client(fake, token, None, fake_time) as client, pytest.raises(AsanaError) as raised:
        client.attachments.download_to(attachment, "/dev/null")
    assert raised.value.status == 500
    found = leaked(raised.value, link_signatures(fake))
    assert found == []
    row(results, request, 5, "storage 500: error, locals, response.request.url", 1, len(found))


# --- 6. lists that would never end --------------------------------------------------------


def pages(next_offset: Callable[[int], str], items: int) -> tuple[Asana, list[int]]:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) > 50:  # the client went round in circles; stop it here
            raise RuntimeError("50 pages of a list that never ends were requested")
        data = [{"gid": str(len(calls) * 100 + i), "resource_type": "task"} for i in range(items)]
        offset = next_offset(len(calls))
        return httpx.Response(200, json={"data": data, "next_page": {"offset": offset}})

    return api(handler), calls


@pytest.mark.parametrize(
    ("case", "next_offset", "items"),
    [
        ("the same offset every time", lambda n: "same", 2),
        ("a cycle of two offsets", lambda n: f"o{n % 2}", 2),
        ("empty pages with fresh offsets", lambda n: f"o{n}", 0),
    ],
    ids=["same offset", "two-offset cycle", "empty pages"],
)
def test_a_list_that_never_ends_is_an_error_not_a_loop(
    case: str,
    next_offset: Callable[[int], str],
    items: int,
    results: Results,
    request: pytest.FixtureRequest,
) -> None:
    client, calls = pages(next_offset, items)
    received = []
    with pytest.raises(AsanaError, match=r"offset|empty pages"):
        for task in client.tasks.get_tasks_for_project("1", max_items=1000):
            received.append(task.gid)
    assert len(calls) <= 12
    assert len(received) == len(set(received))  # nothing was yielded twice before stopping
    row(results, request, 6, case, 1, int(len(calls) > 12))


# --- 7. fan_out when the items fail ----------------------------------------------------------


def test_fan_out_reports_every_call_that_ran_before_the_items_error(
    fake: FakeAsana,
    token: str,
    fake_time: FakeTime,
    results: Results,
    request: pytest.FixtureRequest,
) -> None:
    def names() -> Iterator[str]:
        yield from ("first", "second", "third")
        raise AsanaError("the next page of names could not be read")

    outcomes = []
    with make_client(fake, token, None, fake_time) as client:

        def create(name: str) -> object:
            return client.tasks.create_task(name=name, workspace=fake.workspace_gid)

        with pytest.raises(AsanaError, match="next page of names"):
            for outcome in client.fan_out(create, names()):
                outcomes.append(outcome)
    assert [o.item for o in outcomes] == ["first", "second", "third"]
    assert sorted(o.unwrap().name for o in outcomes) == ["first", "second", "third"]  # type: ignore[attr-defined]
    assert fake.tasks_created == 3
    row(results, request, 7, "items iterable raises after 3 writes started", 3, 3 - len(outcomes))


# --- 8. a hanging token endpoint -----------------------------------------------------------


def parked(threads: list[threading.Thread]) -> bool:
    """Every thread is blocked waiting on a threading primitive (an Event or Condition)."""
    frames = sys._current_frames()
    for thread in threads:
        frame = frames.get(thread.ident or -1)
        if frame is None or frame.f_code.co_name != "wait":
            return False
        if not frame.f_code.co_filename.endswith("threading.py"):
            return False
    return True


def test_waiting_threads_share_one_refresh_and_its_failure(
    results: Results, request: pytest.FixtureRequest
) -> None:
    waiting = 15
    token_requests: list[int] = []
    leader_inside = threading.Event()
    others: list[threading.Thread] = []

    def token_endpoint(request: httpx.Request) -> httpx.Response:
        token_requests.append(1)
        if len(token_requests) == 1:  # the first refresh hangs until every other thread waits
            leader_inside.set()
            wait_until(lambda: len(others) == waiting and parked(others))
        raise httpx.ReadTimeout("the token endpoint never answered")

    client = oauth(token_endpoint)
    outcomes: list[BaseException | None] = []

    def call() -> None:
        try:
            client.users.get_user("me")
            outcomes.append(None)
        except BaseException as exc:
            outcomes.append(exc)

    leader = threading.Thread(target=call)
    leader.start()
    assert leader_inside.wait(10)
    for _ in range(waiting):
        others.append(threading.Thread(target=call))
        others[-1].start()
    for thread in [leader, *others]:
        thread.join(10)
    assert len(token_requests) == 1
    assert len(outcomes) == waiting + 1
    assert all(isinstance(o, NoAuthorizationError) for o in outcomes)
    row(
        results,
        request,
        8,
        "16 threads, token endpoint hangs",
        waiting + 1,
        len(token_requests) - 1,
    )


def wait_until(condition: Callable[[], bool], limit: float = 10.0) -> None:
    """Spin until `condition()` holds (the token endpoint holds its answer until every other
    thread waits). Bounded so that a client that never gets there fails instead of hanging."""
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.001)


# --- 9. a trickling server ----------------------------------------------------------------


LOOPBACK_CERT = Path(__file__).parents[1] / "data" / "loopback-tls-cert.pem"  # for 127.0.0.1
LOOPBACK_KEY = Path(__file__).parents[1] / "data" / "loopback-tls-key.pem"  # tests only
# Heads a trickle follows: a body of 100,000 bytes promised, or headers begun and never ended.
BODY_PROMISED = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
)
HEADERS_BEGUN = b"HTTP/1.1 200 OK\r\nX-Slow: "


class TricklingServer:
    """Answers one request with `head`, then sends one byte every `interval` seconds, at most
    `limit` of them; counts what it managed to send. With `tls`, over TLS (the test certificate)."""

    def __init__(
        self, head: bytes, *, tls: bool = False, interval: float = 0.02, limit: int = 400
    ) -> None:
        self.head, self.interval, self.limit, self.sent = head, interval, limit, 0
        self.received = b""  # the request, as it arrived
        self.tls: ssl.SSLContext | None = None
        if tls:
            self.tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.tls.load_cert_chain(LOOPBACK_CERT, LOOPBACK_KEY)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.listener.getsockname()[1]}/api/1.0"

    def serve(self) -> None:
        raw, _ = self.listener.accept()
        with raw if self.tls is None else self.tls.wrap_socket(raw, server_side=True) as connection:
            self.received = connection.recv(65536)
            connection.sendall(self.head)
            try:
                while self.sent < self.limit:
                    connection.sendall(b"a")
                    self.sent += 1
                    time.sleep(self.interval)
            except OSError:
                pass  # the client hung up: what these tests hope for

    def close(self) -> None:
        self.listener.close()
        self.thread.join(10)


def test_timeout_bounds_the_whole_response_not_each_read(
    results: Results, request: pytest.FixtureRequest
) -> None:
    server = TricklingServer(BODY_PROMISED)
    client = Asana(access_token=TOKEN, base_url=server.url, timeout=0.2, max_retries=0)
    try:
        with client, pytest.raises(AsanaTimeoutError):
            client.users.get_user("me")
    finally:
        server.close()
    # 0.2 s at one byte per 0.02 s is about 10 bytes; the client hung up long before 400.
    assert server.sent < server.limit
    row(results, request, 9, "byte every 20 ms, timeout=0.2", 1, int(server.sent >= server.limit))


def test_timeout_bounds_the_status_line_and_headers_too(
    monkeypatch: pytest.MonkeyPatch, results: Results, request: pytest.FixtureRequest
) -> None:
    """httpx bounds each read of the headers, not all of them: a server that keeps them coming a
    byte at a time must still meet the attempt's deadline."""
    monkeypatch.setenv("SSL_CERT_FILE", str(LOOPBACK_CERT))  # the client trusts the test cert
    server = TricklingServer(HEADERS_BEGUN, tls=True)
    client = Asana(access_token=TOKEN, base_url=server.url, timeout=0.2, max_retries=0)
    try:
        with client, pytest.raises(AsanaTimeoutError) as caught:
            client.users.get_user("me")
    finally:
        server.close()
    # The request got through TLS and the headers had begun: the read, not the handshake, ran out.
    assert server.received.startswith(b"GET /api/1.0/users/me ")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    # 0.2 s at one byte per 0.02 s is about 10 bytes; the client hung up long before 400.
    assert 1 <= server.sent < server.limit
    failed = int(server.sent >= server.limit)
    row(results, request, 9, "header byte every 20 ms over TLS", 1, failed)


class TlsApiServer:
    """A healthy Asana stand-in over TLS: answers GET /users/me, keeps connections alive and
    counts requests and connections."""

    def __init__(self) -> None:
        owner = self
        self.requests = 0
        self.connections = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                owner.connections += 1

            def do_GET(self) -> None:
                owner.requests += 1
                body = b'{"data": {"gid": "1", "resource_type": "user", "name": "Ada"}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(LOOPBACK_CERT, LOOPBACK_KEY)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler, False)
        self.server.request_queue_size = 64  # every connection of the pool at once
        self.server.server_bind()
        self.server.server_activate()
        # Handshakes happen in each connection's thread (at its first read), not one by one in
        # the thread accepting connections.
        self.server.socket = tls.wrap_socket(
            self.server.socket, server_side=True, do_handshake_on_connect=False
        )
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.server.server_address[1]}/api/1.0"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_the_attempt_deadline_stays_with_its_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Healthy TLS traffic under the deadline sockets: a connection reused after an idle spell
    longer than `timeout` (a deadline that outlived its attempt would cut it), and eight threads
    sharing the pool, each under its own deadline."""
    monkeypatch.setenv("SSL_CERT_FILE", str(LOOPBACK_CERT))
    server = TlsApiServer()
    try:
        with Asana(access_token=TOKEN, base_url=server.url, timeout=0.5, max_retries=0) as client:
            assert client.users.get_user("me").name == "Ada"
            time.sleep(0.6)  # longer than the timeout: the first attempt's deadline has passed
            assert client.users.get_user("me").name == "Ada"
            assert server.connections == 1  # the same TLS connection, read again
            outcomes = client.fan_out(
                lambda _: client.users.get_user("me").name, range(40), max_workers=8
            )
            assert [outcome.unwrap() for outcome in outcomes] == ["Ada"] * 40
    finally:
        server.close()
    assert server.requests == 42


def test_attempt_deadlines_belong_to_the_thread_that_set_them() -> None:
    """Each thread runs its own attempt: one thread's deadline must not cut another's reads."""
    deadlines = AttemptDeadlines()
    seen_elsewhere: list[float | None] = []
    with deadlines.attempt(time.monotonic() - 1):  # this thread's attempt is already over
        assert deadlines.clamp(30.0) == PAST_DEADLINE
        other = threading.Thread(target=lambda: seen_elsewhere.append(deadlines.clamp(30.0)))
        other.start()
        other.join()
    assert seen_elsewhere == [30.0]  # no attempt under way in that thread
    assert deadlines.clamp(None) is None  # the attempt is over: back to httpx's own timeout


def test_timeout_bounds_the_token_endpoints_headers_too(
    monkeypatch: pytest.MonkeyPatch, results: Results, request: pytest.FixtureRequest
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(LOOPBACK_CERT))
    server = TricklingServer(HEADERS_BEGUN, tls=True)
    credentials = OAuthCredentials(
        client_id="app", client_secret="app-secret", refresh_token="refresh-secret",
        token_url=server.url.replace("/api/1.0", "/-/oauth_token"),
    )  # fmt: skip
    client = Asana(oauth=credentials, base_url=server.url, timeout=0.2, max_retries=0)
    try:
        with client, pytest.raises(AsanaError) as caught:
            client.users.get_user("me")  # refreshes first: the token request meets the trickle
    finally:
        server.close()
    assert server.received.startswith(b"POST /-/oauth_token ")
    assert "ReadTimeout" in str(caught.value)  # the headers ran out of time, not the handshake
    assert 1 <= server.sent < server.limit
    failed = int(server.sent >= server.limit)
    row(results, request, 9, "token endpoint: header byte every 20 ms", 1, failed)


# --- 10. downloads and API calls ----------------------------------------------------------


def test_downloads_queue_without_starving_api_calls(
    fake: FakeAsana, token: str, served_url: str, results: Results, request: pytest.FixtureRequest
) -> None:
    content = bytes(range(256)) * 40
    attachment = fake.add_attachment(fake.add_task("with a file"), "a.bin", content)
    client = Asana(
        access_token=token,
        base_url=served_url,
        timeout=5,
        max_concurrent_reads=1,
        max_concurrent_writes=1,
    )
    open_now = threading.Semaphore(0)
    release = threading.Event()
    received: list[bytes | BaseException] = []

    def download() -> None:
        try:
            with client.attachments.download(attachment) as chunks:
                open_now.release()
                release.wait(30)
                received.append(b"".join(chunks))
        except BaseException as exc:
            received.append(exc)
            open_now.release()

    threads = [threading.Thread(target=download) for _ in range(16)]
    with client:
        for thread in threads:
            thread.start()
        for _ in range(_defaults.MAX_DOWNLOADS):  # as many as may stream at once are open
            assert open_now.acquire(timeout=30)
        me = client.users.get_user("me")  # still gets a connection
        release.set()
        for thread in threads:
            thread.join(30)
    assert me.gid == fake.user_gid(token)
    assert received == [content] * 16
    lost = sum(1 for body in received if body != content)
    row(results, request, 10, "16 downloads held open, then an API call", 17, lost)


# --- 11. close() while requests are under way ---------------------------------------------


def test_a_get_in_flight_during_close_is_not_retried(
    results: Results, request: pytest.FixtureRequest
) -> None:
    inside, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            inside.set()
            release.wait(10)
            raise httpx.ReadError("the pool was closed under this request")
        return httpx.Response(200, json=USER)

    client = api(handler)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(catch(client.users.get_user, "me")))
    worker.start()
    assert inside.wait(10)
    client.close()
    release.set()
    worker.join(10)
    (error,) = outcome
    assert isinstance(error, AsanaError) and "closed" in str(error)
    assert len(calls) == 1
    row(results, request, 11, "GET cut by close(): retried?", 1, len(calls) - 1)


def test_a_page_being_prefetched_during_close_raises_asana_error(
    results: Results, request: pytest.FixtureRequest
) -> None:
    prefetching, release = threading.Event(), threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("offset") or 0)
        if page == 2:  # the background fetch of the third page
            prefetching.set()
            release.wait(10)
        data = [{"gid": str(page * 10 + i), "resource_type": "task"} for i in range(2)]
        return httpx.Response(200, json={"data": data, "next_page": {"offset": str(page + 1)}})

    client = api(handler)
    pages = client.tasks.get_tasks_for_project("1", limit=2).pages()
    next(pages)
    time.sleep(0.002)  # the caller works on the page, so the next one is prefetched
    next(pages)
    assert prefetching.wait(10)
    closer = threading.Thread(target=client.close)
    closer.start()
    release.set()
    error = catch(next, pages)
    closer.join(10)
    assert isinstance(error, AsanaError) and "closed" in str(error)
    row(
        results,
        request,
        11,
        "prefetch under way during close()",
        1,
        int(not isinstance(error, AsanaError)),
    )


def test_a_request_answered_after_close_leaves_no_connection_open(
    fake: FakeAsana, token: str, served_url: str, results: Results, request: pytest.FixtureRequest
) -> None:
    arrived, closed = threading.Event(), threading.Event()

    def answer_after_close(seconds: float) -> None:
        arrived.set()
        closed.wait(10)

    fake.fail_next(delay=1.0)  # the fake's delay waits for close() instead of a second
    client = Asana(access_token=token, base_url=served_url, max_retries=0)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(catch(client.users.get_user, "me")))
    with fake_sleeps_through(fake, answer_after_close):
        worker.start()
        assert arrived.wait(10)
        client.close()
        closed.set()
        worker.join(10)
    assert isinstance(outcome[0], AsanaError) and "closed" in str(outcome[0])
    assert connections(client) == 0
    row(results, request, 11, "answer after close(): connection left open", 1, connections(client))


def connections(client: Asana) -> int:
    """Connections in the client's own pool (httpx keeps it on the transport, httpcore lists it)."""
    return len(client._sender._pool.connections)  # type: ignore[attr-defined]


def catch(call: Callable[..., object], *args: object) -> object:
    try:
        return call(*args)
    except BaseException as exc:
        return exc


# --- 12. token endpoint answers -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b'{"access_token": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"],
    ids=["nested array", "nested token"],
)
def test_absurd_token_answers_are_refused_refreshes(
    body: bytes, results: Results, request: pytest.FixtureRequest
) -> None:
    client = oauth(lambda request: httpx.Response(200, content=body))
    error = catch(client.users.get_user, "me")
    assert isinstance(error, NoAuthorizationError), error
    row(results, request, 12, "deeply nested JSON from the token endpoint", 1, 0)


def test_short_lived_tokens_are_not_refreshed_before_every_request(
    results: Results, request: pytest.FixtureRequest
) -> None:
    refreshes: list[int] = []
    clock = FakeTime()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth_token"):
            refreshes.append(1)
            return httpx.Response(
                200, json={"access_token": f"t{len(refreshes)}", "expires_in": 40}
            )
        return httpx.Response(200, json=USER)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    credentials = OAuthCredentials(
        client_id="app", client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN
    )
    client = Asana(oauth=credentials, http_client=http)
    client._transport._credential._clock = clock.clock  # type: ignore[union-attr]
    for _ in range(5):
        client.users.get_user("me")
        clock.sleep(3)  # 15 s in all: well inside a 40 s token's first half
    assert len(refreshes) == 1
    clock.sleep(10)  # 25 s: past half of its lifetime
    client.users.get_user("me")
    assert len(refreshes) == 2
    row(results, request, 12, "expires_in=40: refreshes over 6 calls", 6, len(refreshes) - 2)


# --- 14. decompression bombs --------------------------------------------------------------


def test_a_decompression_bomb_is_refused_not_decoded(
    results: Results, request: pytest.FixtureRequest
) -> None:
    bomb = gzip.compress(b"\0" * (_defaults.MAX_RESPONSE_BYTES + 1024 * 1024), compresslevel=9)

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return httpx.Response(200, headers=headers, content=iter([bomb]))

    error = catch(api(handler).users.get_user, "me")
    assert len(bomb) < 200_000
    assert isinstance(error, AsanaError) and "larger than" in str(error)
    row(
        results,
        request,
        14,
        f"{len(bomb) // 1024} KiB gzip of 65 MiB",
        1,
        int("larger" not in str(error)),
    )
