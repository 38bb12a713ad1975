"""Webhooks end to end: create_webhook -> the handshake -> signed deliveries to the README's
receiver (executed as written), which verifies every one with asana_client.webhooks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from asana_client.testing import FakeAsana

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_receiver() -> dict[str, Any]:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    (block,) = [b for b in blocks if "def receiver(" in b]
    namespace: dict[str, Any] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    return namespace


def test_create_webhook_handshakes_and_deliveries_verify(
    capsys: pytest.CaptureFixture[str],
) -> None:
    receiver = readme_receiver()
    fake = FakeAsana()
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    target = fake.webhook_target(httpx.WSGITransport(app=receiver["receiver"]))

    created = client.webhooks.create_webhook(resource=project, target=target)

    assert list(receiver["secrets"].values()) == [created.x_hook_secret]
    assert created.data.gid and created.data.target == target  # type: ignore[union-attr]
    task = client.tasks.create_task(name="Ship it", projects=[project])
    deliveries = fake.deliver_webhooks()
    assert deliveries and all(d.ok and d.status == 200 for d in deliveries)
    assert f"added AsanaNamedResource(gid='{task.gid}'" in capsys.readouterr().out
    listed = client.webhooks.get_webhooks(workspace=fake.workspace_gid, resource=project)
    assert [w.gid for w in listed] == [created.data.gid]  # type: ignore[union-attr]


def test_a_delivery_the_receiver_cannot_verify_is_refused_and_retried() -> None:
    receiver = readme_receiver()
    fake = FakeAsana()
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    target = fake.webhook_target(httpx.WSGITransport(app=receiver["receiver"]))
    client.webhooks.create_webhook(resource=project, target=target)
    for path in receiver["secrets"]:
        receiver["secrets"][path] = "not-the-secret"  # the receiver kept the wrong secret
    client.tasks.create_task(name="Ship it", projects=[project])

    (refused,) = fake.deliver_webhooks()

    assert (refused.ok, refused.status) == (False, 401)
    assert fake.deliver_webhooks() == []  # not due yet: retried after 30 s on the fake's clock


def test_a_target_that_does_not_echo_the_secret_gets_no_webhook() -> None:
    fake = FakeAsana()
    client = fake.client(fake.add_user(name="Ada", email="ada@example.com"))
    project = fake.add_project("Launch")
    silent = fake.webhook_target(lambda request: httpx.Response(200))
    with pytest.raises(Exception, match=r"X-Hook-Secret|handshake") as refused:
        client.webhooks.create_webhook(resource=project, target=silent)
    assert getattr(refused.value, "status", None) == 400
    assert list(client.webhooks.get_webhooks(workspace=fake.workspace_gid)) == []
