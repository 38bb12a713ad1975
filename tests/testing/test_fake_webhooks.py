"""FakeAsana's webhooks: the handshake, signed deliveries, retries on the fake's clock, filters."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx

from asana_client.testing import FakeAsana
from tests.conftest import FakeTime


class Receiver:
    """An in-process webhook target: answers the handshake, records deliveries, and can be
    told to fail the next `fail` deliveries."""

    def __init__(self, echo: bool = True) -> None:
        self.echo = echo
        self.secret: str | None = None
        self.fail = 0
        self.deliveries: list[tuple[bytes, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        secret = request.headers.get("X-Hook-Secret")
        if secret is not None:
            assert request.content == b""
            self.secret = secret
            return httpx.Response(200, headers={"X-Hook-Secret": secret} if self.echo else {})
        self.deliveries.append((request.content, request.headers["X-Hook-Signature"]))
        if self.fail:
            self.fail -= 1
            return httpx.Response(503)
        return httpx.Response(200)

    def events(self) -> list[dict[str, Any]]:
        return [e for body, _ in self.deliveries for e in json.loads(body)["events"]]


def create(api: httpx.Client, resource: str, target: str, **extra: Any) -> httpx.Response:
    return api.post("/webhooks", json={"data": {"resource": resource, "target": target, **extra}})


def test_handshake_echo_creates_an_active_webhook_and_returns_the_secret(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    receiver = Receiver()
    target = fake.webhook_target(receiver)
    resp = create(api, proj, target)
    assert resp.status_code == 201
    body = resp.json()
    assert body["X-Hook-Secret"] == receiver.secret and len(body["X-Hook-Secret"]) == 64
    hook = body["data"]
    assert hook["resource"] == {"gid": proj, "resource_type": "project", "name": "P"}
    assert hook["target"] == target and hook["active"] is True
    assert hook["resource_type"] == "webhook" and hook["last_success_at"] is None
    assert api.get(f"/webhooks/{hook['gid']}").json()["data"]["target"] == target


def test_target_that_does_not_echo_the_secret_fails_creation(
    fake: FakeAsana, api: httpx.Client
) -> None:
    proj = fake.add_project("P")
    resp = create(api, proj, fake.webhook_target(Receiver(echo=False)))
    assert resp.status_code == 400
    assert "X-Hook-Secret" in resp.json()["errors"][0]["message"]
    listed = api.get("/webhooks", params={"workspace": fake.workspace_gid}).json()["data"]
    assert listed == []


def test_unreachable_target_and_bad_input_fail_creation(fake: FakeAsana, api: httpx.Client) -> None:
    proj = fake.add_project("P")
    refused = httpx.MockTransport(lambda request: httpx.Response(500))
    assert create(api, proj, fake.webhook_target(refused)).status_code == 400
    assert create(api, proj, "ftp://example.com/x").status_code == 400
    assert create(api, "999999999", fake.webhook_target(Receiver())).status_code == 404
    bad_filter = create(api, proj, fake.webhook_target(Receiver()), filters=[{"colour": "x"}])
    assert bad_filter.status_code == 400


def test_deliveries_are_signed_over_the_exact_body(fake: FakeAsana, api: httpx.Client) -> None:
    proj = fake.add_project("P")
    receiver = Receiver()
    create(api, proj, fake.webhook_target(receiver))
    task = api.post("/tasks", json={"data": {"name": "T", "projects": [proj]}}).json()["data"]
    api.put(f"/tasks/{task['gid']}", json={"data": {"notes": "n"}})
    deliveries = fake.deliver_webhooks()
    assert [(d.events, d.status, d.ok) for d in deliveries] == [(3, 200, True)]
    ((body, signature),) = receiver.deliveries
    assert receiver.secret is not None
    expected = hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature, expected)
    wrong = hmac.new(b"other secret", body, hashlib.sha256).hexdigest()
    assert signature != wrong
    events = receiver.events()
    assert [(e["action"], e["resource"]["gid"]) for e in events] == [
        ("added", task["gid"]),
        ("added", task["gid"]),
        ("changed", task["gid"]),
    ]
    assert events[2]["change"] == {"field": "notes", "action": "changed"}
    assert "name" not in events[0]["resource"]  # webhook payloads carry gid and type only
    assert fake.deliver_webhooks() == []  # nothing is delivered twice
    hook = api.get(
        "/webhooks", params={"workspace": fake.workspace_gid, "opt_fields": "last_success_at"}
    )
    assert hook.json()["data"][0]["last_success_at"] is not None


def test_failed_delivery_is_retried_once_due_on_the_fakes_clock(fake_time: FakeTime) -> None:
    fake = FakeAsana(clock=fake_time.clock)
    token = fake.add_user()
    proj = fake.add_project("P")
    receiver = Receiver()
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as api:
        hook = create(api, proj, fake.webhook_target(receiver)).json()["data"]
        fake.add_task("T", projects=[proj])
        receiver.fail = 2
        assert [d.status for d in fake.deliver_webhooks()] == [503]
        assert fake.deliver_webhooks() == []  # not due yet: no retry without time passing
        record = api.get(f"/webhooks/{hook['gid']}").json()["data"]
        assert record["delivery_retry_count"] == 1 and record["last_failure_content"]
        assert record["next_attempt_after"] is not None
        fake_time.now += 30
        assert [d.status for d in fake.deliver_webhooks()] == [503]
        fake_time.now += 59  # the second wait is 60 s
        assert fake.deliver_webhooks() == []
        fake_time.now += 1
        assert [d.status for d in fake.deliver_webhooks()] == [200]
        record = api.get(f"/webhooks/{hook['gid']}").json()["data"]
        assert record["delivery_retry_count"] == 0
    bodies = [body for body, _ in receiver.deliveries]
    assert len(bodies) == 3 and len(set(bodies)) == 1  # the same batch each time


def test_a_webhook_failing_for_24_hours_is_deleted(fake_time: FakeTime) -> None:
    fake = FakeAsana(clock=fake_time.clock)
    token = fake.add_user()
    proj = fake.add_project("P")
    receiver = Receiver()
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as api:
        hook = create(api, proj, fake.webhook_target(receiver)).json()["data"]
        fake.add_task("T", projects=[proj])
        receiver.fail = 10_000
        attempts = 0
        while api.get(f"/webhooks/{hook['gid']}").status_code == 200:
            attempts += len(fake.deliver_webhooks())
            fake_time.now += 3600
        assert attempts == 25  # hourly attempts from hour 0 to hour 24, then it is gone


def test_filters_select_resource_type_action_and_fields(fake: FakeAsana, api: httpx.Client) -> None:
    proj = fake.add_project("P")
    task = fake.add_task("T", projects=[proj])
    receiver = Receiver()
    filters = [
        {"resource_type": "task", "action": "changed", "fields": ["completed"]},
        {"resource_type": "section", "action": "added"},
    ]
    hook = create(api, proj, fake.webhook_target(receiver), filters=filters).json()["data"]
    api.put(f"/tasks/{task}", json={"data": {"notes": "ignored", "completed": True}})
    sec = api.post(f"/projects/{proj}/sections", json={"data": {"name": "S"}}).json()["data"]
    api.post(f"/tasks/{task}/stories", json={"data": {"text": "ignored"}})
    fake.deliver_webhooks()
    got = [
        (e["resource"]["gid"], e["action"], (e.get("change") or {}).get("field"))
        for e in receiver.events()
    ]
    assert got == [(task, "changed", "completed"), (sec["gid"], "added", None)]
    # PUT replaces the filters wholesale
    update = api.put(
        f"/webhooks/{hook['gid']}", json={"data": {"filters": [{"action": "deleted"}]}}
    )
    assert update.json()["data"]["filters"] == [
        {"resource_type": "", "resource_subtype": "", "action": "deleted", "fields": []}
    ]
    api.put(f"/tasks/{task}", json={"data": {"name": "ignored now"}})
    api.delete(f"/tasks/{task}")
    fake.deliver_webhooks()
    assert [(e["resource"]["gid"], e["action"]) for e in receiver.events()[2:]] == [
        (task, "deleted")
    ]


def test_a_wsgi_receiver_plugs_in_as_an_httpx_transport(fake: FakeAsana, api: httpx.Client) -> None:
    seen: list[str] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        secret = environ.get("HTTP_X_HOOK_SECRET")
        seen.append("handshake" if secret else environ["HTTP_X_HOOK_SIGNATURE"])
        start_response("200 OK", [("X-Hook-Secret", secret)] if secret else [])
        return [b""]

    proj = fake.add_project("P")
    assert create(api, proj, fake.webhook_target(httpx.WSGITransport(app=app))).status_code == 201
    fake.add_section(proj, "S")
    assert [d.ok for d in fake.deliver_webhooks()] == [True]
    assert seen[0] == "handshake" and len(seen[1]) == 64


def test_list_get_and_delete(fake: FakeAsana, api: httpx.Client) -> None:
    p1, p2 = fake.add_project("P1"), fake.add_project("P2")
    target = fake.webhook_target(Receiver())
    h1 = create(api, p1, target).json()["data"]["gid"]
    h2 = create(api, p2, target).json()["data"]["gid"]
    everything = api.get("/webhooks", params={"workspace": fake.workspace_gid}).json()["data"]
    assert [h["gid"] for h in everything] == [h1, h2]
    assert set(everything[0]) == {"gid", "resource_type", "active", "resource", "target"}
    only_p2 = api.get("/webhooks", params={"workspace": fake.workspace_gid, "resource": p2})
    assert [h["gid"] for h in only_p2.json()["data"]] == [h2]
    assert api.get("/webhooks").status_code == 400
    assert api.delete(f"/webhooks/{h1}").json() == {"data": {}}
    assert api.get(f"/webhooks/{h1}").status_code == 404


class _LoopbackReceiver(BaseHTTPRequestHandler):
    """A standard-library receiver, as a user would write one."""

    secrets: ClassVar[list[str]] = []
    bodies: ClassVar[list[tuple[bytes, str]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        secret = self.headers.get("X-Hook-Secret")
        self.send_response(200 if secret else 204)
        if secret:
            self.secrets.append(secret)
            self.send_header("X-Hook-Secret", secret)
        else:
            self.bodies.append((body, self.headers["X-Hook-Signature"]))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_loopback_receiver_over_real_http_end_to_end(fake: FakeAsana, token: str) -> None:
    class Recording(_LoopbackReceiver):  # fresh recordings for this test
        secrets: ClassVar[list[str]] = []
        bodies: ClassVar[list[tuple[bytes, str]]] = []

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recording)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        proj = fake.add_project("P")
        target = f"http://127.0.0.1:{server.server_address[1]}/hooks?app=1"
        with (
            fake.serve() as base_url,
            httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}) as api,
        ):
            created = create(api, proj, target)
            assert created.status_code == 201
            api.post("/tasks", json={"data": {"name": "T", "projects": [proj]}})
        assert [d.status for d in fake.deliver_webhooks()] == [204]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    (secret,) = Recording.secrets
    assert created.json()["X-Hook-Secret"] == secret
    ((body, signature),) = Recording.bodies
    assert signature == hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert {e["action"] for e in json.loads(body)["events"]} == {"added"}
