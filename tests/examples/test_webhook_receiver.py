"""examples/webhook_receiver.py against FakeAsana over loopback: the demo's verified events, and
deliveries the receiver must refuse (tampered on the way, unknown target, no signature)."""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from asana_client import Asana
from asana_client.testing import FakeAsana

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "webhook_receiver.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


example = load_example()


class Inbox:
    """What the receiver handed on: (target path, events) per verified delivery."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[str, list[Any]]] = []

    def __call__(self, path: str, events: list[Any]) -> None:
        self.deliveries.append((path, events))

    def events(self, path: str) -> list[tuple[str | None, str | None, str | None]]:
        """(action, resource gid, changed field) of every event delivered to `path`."""
        out = []
        for delivered_to, events in self.deliveries:
            for event in events if delivered_to == path else []:
                record = event.to_dict()
                field = (record.get("change") or {}).get("field")
                out.append((record["action"], record["resource"]["gid"], field))
        return out


@pytest.fixture
def fake() -> Iterator[FakeAsana]:
    server = FakeAsana()
    yield server
    server.close()


@pytest.fixture
def client(fake: FakeAsana) -> Iterator[Asana]:
    with Asana(access_token=fake.add_user(), http_client=fake.http_client()) as api:
        yield api


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def receiver(inbox: Inbox) -> Iterator[Any]:
    with example.serve(inbox) as running:
        yield running


def test_main_prints_the_events_it_verified(capsys: pytest.CaptureFixture[str]) -> None:
    assert example.main() == 0
    out = capsys.readouterr().out
    assert "1 deliveries, answered [200]" in out
    verified = [line.split("verified: ")[1] for line in out.splitlines() if "verified:" in line]
    assert len(verified) == 3
    assert verified[0].startswith("added task ") and " to project " in verified[0]
    assert verified[2].startswith("changed task ") and verified[2].endswith("(completed)")


def tampering(forward_to: str) -> httpx.MockTransport:
    """A target that relays every request to the receiver, changing delivery bodies on the way
    (one byte of the JSON) but keeping Asana's signature: what a man in the middle would do."""

    def relay(request: httpx.Request) -> httpx.Response:
        body = request.content.replace(b'"changed"', b'"deleted"')
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith("x-hook-")}
        answer = httpx.post(forward_to, content=body, headers=headers)
        return httpx.Response(answer.status_code, headers=answer.headers)

    return httpx.MockTransport(relay)


def test_verified_deliveries_arrive_and_a_tampered_one_is_refused(
    fake: FakeAsana, client: Asana, receiver: Any, inbox: Inbox
) -> None:
    project = fake.add_project("Launch")
    direct = example.base_url(receiver) + "/direct"
    relayed = fake.webhook_target(tampering(example.base_url(receiver) + "/relayed"))
    client.webhooks.create_webhook(resource=project, target=direct)
    client.webhooks.create_webhook(resource=project, target=relayed)  # handshake relayed as is
    assert sorted(receiver.secrets) == ["/direct", "/relayed"]
    task = client.tasks.create_task(name="Ship it", projects=[project]).gid
    client.tasks.update_task(task, completed=True)

    deliveries = {d.target: d for d in fake.deliver_webhooks()}

    assert (deliveries[direct].ok, deliveries[direct].status) == (True, 200)
    assert ("changed", task, "completed") in inbox.events("/direct")
    assert ("added", task, None) in inbox.events("/direct")
    assert (deliveries[relayed].ok, deliveries[relayed].status) == (False, 401)
    assert inbox.events("/relayed") == [] and receiver.refused == 1


def signed(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_unsigned_misaddressed_and_wrongly_signed_posts_are_refused(
    fake: FakeAsana, client: Asana, receiver: Any, inbox: Inbox
) -> None:
    url = example.base_url(receiver)
    client.webhooks.create_webhook(resource=fake.add_project("Launch"), target=url + "/hook")
    secret = receiver.secrets["/hook"]
    body = json.dumps({"events": [{"action": "changed", "resource": {"gid": "1"}}]}).encode()
    attempts = [
        ("/hook", {}),  # no signature at all
        ("/hook", {"X-Hook-Signature": signed("guessed-secret", body)}),
        ("/elsewhere", {"X-Hook-Signature": signed(secret, body)}),  # no handshake there
    ]
    statuses = [httpx.post(url + path, content=body, headers=h).status_code for path, h in attempts]
    accepted = httpx.post(
        url + "/hook", content=body, headers={"X-Hook-Signature": signed(secret, body)}
    )

    assert statuses == [401, 401, 401] and receiver.refused == 3
    assert accepted.status_code == 200
    assert inbox.events("/hook") == [("changed", "1", None)]
