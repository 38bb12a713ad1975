"""asana_client.webhooks over raw bytes: handshake, signature check, events."""

from __future__ import annotations

import datetime
import hashlib
import hmac

import pytest

from asana_client.webhooks import handshake, parse_events, verify_signature

SECRET = "d1e2a3d4b5e6e7f8"
BODY = b'{"events":[{"action":"changed","resource":{"gid":"1","resource_type":"task"}}]}'


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_handshake_echoes_the_secret_whatever_the_header_case() -> None:
    assert handshake({"x-hook-secret": SECRET}) == {"X-Hook-Secret": SECRET}
    assert handshake({"X-Hook-Secret": SECRET, "Content-Length": "0"}) == {"X-Hook-Secret": SECRET}
    assert handshake({"X-Hook-Signature": sign(BODY)}) is None


@pytest.mark.parametrize("secret", ["", "a\r\nSet-Cookie: x=1", "sécret", "two words"])
def test_handshake_refuses_a_secret_it_cannot_echo_safely(secret: str) -> None:
    with pytest.raises(ValueError, match="X-Hook-Secret"):
        handshake({"X-Hook-Secret": secret})


def test_a_signature_over_the_raw_bytes_verifies() -> None:
    assert verify_signature(SECRET, BODY, sign(BODY)) is True
    assert verify_signature(SECRET.encode(), BODY, sign(BODY).upper()) is True


@pytest.mark.parametrize(
    ("case", "body", "signature"),
    [
        ("tampered body", BODY.replace(b'"1"', b'"2"'), sign(BODY)),
        ("wrong secret", BODY, sign(BODY, "another-secret")),
        ("missing header", BODY, None),
        ("empty header", BODY, ""),
        ("re-encoded JSON", BODY, sign(BODY.replace(b":", b": "))),
        ("truncated signature", BODY, sign(BODY)[:-2]),
    ],
)
def test_anything_else_does_not_verify(case: str, body: bytes, signature: str | None) -> None:
    assert verify_signature(SECRET, body, signature) is False, case


def test_a_parsed_body_is_refused_rather_than_re_encoded() -> None:
    with pytest.raises(TypeError, match="raw request bytes"):
        verify_signature(SECRET, {"events": []}, sign(BODY))  # type: ignore[arg-type]


def test_a_delivery_parses_into_typed_events() -> None:
    body = (
        b'{"events": [{"user": {"gid": "7", "resource_type": "user", "name": "Ada"},'
        b' "created_at": "2026-12-01T10:00:00.123Z", "action": "changed",'
        b' "resource": {"gid": "1", "resource_type": "task", "name": "Plan"},'
        b' "parent": null, "change": {"field": "due_on", "action": "changed"}}]}'
    )
    (event,) = parse_events(body)
    assert event.action == "changed" and event.resource.gid == "1"
    assert event.created_at == datetime.datetime(2026, 12, 1, 10, 0, 0, 123000, datetime.UTC)
    assert event.change.field == "due_on"  # type: ignore[union-attr]
    assert parse_events(b"") == [] and parse_events(b'{"events": []}') == []


@pytest.mark.parametrize(
    "body", [b"not json", b"[]", b'{"events": {}}', b'{"events": [1]}', b"[" * 100_000]
)
def test_a_malformed_delivery_is_a_value_error(body: bytes) -> None:
    with pytest.raises(ValueError, match="webhook body"):
        parse_events(body)
