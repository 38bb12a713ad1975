"""Receive Asana webhooks with nothing but the standard library's http.server.

    python examples/webhook_receiver.py     # a FakeAsana demo, printing what it receives

How a webhook works, and what this receiver does at each step:

1. `client.webhooks.create_webhook(resource=..., target=url)` makes Asana POST a handshake to
   `url` WHILE that call waits: an empty body with an `X-Hook-Secret` header. The receiver
   answers 204 echoing the header (`handshake()` builds the reply) and keeps the secret for
   that path. Keep it somewhere that survives a restart in a real service: every later
   delivery must verify against it.
2. Every delivery carries `X-Hook-Signature`, the HMAC-SHA256 of the exact body bytes keyed by
   that secret. `verify_signature()` checks it over the raw bytes, BEFORE any JSON parsing, in
   constant time. Anything that does not verify (tampered, unknown path, no header) gets 401
   and is not looked at; Asana retries refused deliveries, so nothing genuine is lost.
3. `parse_events()` turns a verified body into typed events, and the receiver answers 200.

Real Asana only posts to public HTTPS URLs; FakeAsana posts to this loopback server, so the
whole round trip runs on one machine (and in the tests: tests/examples/test_webhook_receiver.py).
FakeAsana queues deliveries until `fake.deliver_webhooks()` posts them, where Asana would push
them on its own within about a minute.
"""

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

from asana_client import Asana
from asana_client.models import Webhook
from asana_client.webhooks import handshake, parse_events, verify_signature

if TYPE_CHECKING:
    from asana_client._generated.models import Event

OnEvents = Callable[[str, list["Event"]], None]  # (target path, the verified events)


class WebhookReceiver(ThreadingHTTPServer):
    """An HTTP server for webhook targets: one secret per path, learned at its handshake;
    verified events go to `on_events`, everything else is refused and counted."""

    def __init__(self, address: tuple[str, int], on_events: OnEvents) -> None:
        super().__init__(address, DeliveryHandler)
        self.on_events = on_events
        self.secrets: dict[str, str] = {}  # target path -> secret (persist it in a service)
        self.refused = 0
        self._lock = threading.Lock()  # requests are handled in threads of their own

    def learn(self, path: str, secret: str) -> None:
        with self._lock:
            self.secrets[path] = secret

    def refuse(self) -> None:
        with self._lock:
            self.refused += 1


class DeliveryHandler(BaseHTTPRequestHandler):
    server: WebhookReceiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            reply = handshake(dict(self.headers.items()))
        except ValueError:  # a secret that cannot be echoed safely
            return self.answer(400)
        if reply is not None:
            self.server.learn(self.path, reply["X-Hook-Secret"])
            return self.answer(204, reply)
        secret = self.server.secrets.get(self.path)
        if secret is None or not verify_signature(
            secret, body, self.headers.get("X-Hook-Signature")
        ):
            self.server.refuse()
            return self.answer(401)
        try:
            events = parse_events(body)
        except ValueError:  # signed by Asana yet malformed: say so rather than retry forever
            return self.answer(400)
        self.server.on_events(self.path, events)
        return self.answer(200)

    def answer(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the demo prints the events, not an access log."""


@contextlib.contextmanager
def serve(on_events: OnEvents, host: str = "127.0.0.1", port: int = 0) -> Iterator[WebhookReceiver]:
    """The receiver, serving in a background thread until the block ends (port 0: any free
    one; `receiver.server_address` says which)."""
    receiver = WebhookReceiver((host, port), on_events)
    # A short poll interval: shutdown() waits for the serving loop to look up (0.5 s by default).
    poll = {"poll_interval": 0.05}
    thread = threading.Thread(target=receiver.serve_forever, kwargs=poll, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.shutdown()
        receiver.server_close()
        thread.join()


def base_url(receiver: WebhookReceiver) -> str:
    host, port = receiver.server_address[:2]
    return f"http://{host!s}:{port}"


def describe(event: "Event") -> str:
    """One line per event: `changed task 12345 (completed)`."""
    record = event.to_dict()
    resource, parent = record.get("resource") or {}, record.get("parent") or {}
    line = f"{record.get('action')} {resource.get('resource_type')} {resource.get('gid')}"
    if parent:
        preposition = "from" if record.get("action") == "removed" else "to"
        line += f" {preposition} {parent.get('resource_type')} {parent.get('gid')}"
    field = (record.get("change") or {}).get("field")
    return f"{line} ({field})" if field else line


def main() -> int:
    from asana_client.testing import FakeAsana

    fake = FakeAsana()
    project = fake.add_project("Launch")
    received: list[Event] = []
    with (
        contextlib.closing(fake),
        serve(lambda path, events: received.extend(events)) as receiver,
        Asana(access_token=fake.add_user(), http_client=fake.http_client()) as client,
    ):
        target = f"{base_url(receiver)}/asana/launch"
        webhook = client.webhooks.create_webhook(resource=project, target=target)
        print(f"webhook created for project {project}, target {target}")
        print(f"handshake done: the receiver keeps the secret for {list(receiver.secrets)}")
        task = client.tasks.create_task(name="Write the launch post", projects=[project])
        client.tasks.update_task(task.gid, completed=True)
        deliveries = fake.deliver_webhooks()  # Asana would push these by itself
        print(f"{len(deliveries)} deliveries, answered {[d.status for d in deliveries]}")
        for event in received:
            print("  verified:", describe(event))
        if isinstance(webhook.data, Webhook):  # done: stop the deliveries
            client.webhooks.delete_webhook(webhook.data.gid)
    return 0 if received and receiver.refused == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
