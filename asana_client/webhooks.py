"""Receiving Asana webhooks, with any web framework (or none): three functions over raw bytes.

    reply_headers = handshake(request_headers)   # {"X-Hook-Secret": secret} on the handshake
    if reply_headers is None and not verify_signature(secret, raw_body, signature_header):
        ...                                      # answer 401 and ignore the delivery
    events = parse_events(raw_body)              # typed events; ValueError on a malformed body

Asana first sends an empty POST carrying `X-Hook-Secret`; the receiver answers 200 (or 204)
echoing that header, and keeps the secret. Every later delivery carries `X-Hook-Signature`: the
HMAC-SHA256, in hex, of the raw request body (the exact bytes received, before any JSON parsing
or re-encoding) keyed by that secret. A signature computed over anything else never matches.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._params import visible_ascii

if TYPE_CHECKING:
    from ._generated.models import Event

__all__ = ["handshake", "parse_events", "verify_signature"]

SECRET_HEADER = "X-Hook-Secret"
SIGNATURE_HEADER = "X-Hook-Signature"


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value whatever the case of its name (frameworks differ: WSGI environs,
    dicts, case-insensitive mappings)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def handshake(headers: Mapping[str, str]) -> dict[str, str] | None:
    """The headers to answer a handshake with, or None when this request is not one. The
    secret is echoed only if it is a plausible token: echoing CR/LF would let the caller of
    the endpoint write headers of its own into the reply."""
    secret = header(headers, SECRET_HEADER)
    if secret is None:
        return None
    if not visible_ascii(secret):
        raise ValueError(f"{SECRET_HEADER} is not a token this receiver can echo")
    return {SECRET_HEADER: secret}


def verify_signature(secret: str | bytes, body: bytes, signature: str | None) -> bool:
    """True when `signature` (the X-Hook-Signature header, None when missing) is the hex
    HMAC-SHA256 of the raw `body` under `secret`. Compared in constant time, so timing says
    nothing about how much of a forged signature was right."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("body must be the raw request bytes, not parsed or re-encoded JSON")
    if not signature:
        return False
    key = secret.encode() if isinstance(secret, str) else secret
    expected = hmac.new(key, bytes(body), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.strip().lower().encode())


def parse_events(body: bytes | str) -> list[Event]:
    """The events of a delivery (`{"events": [...]}`) as typed records. A body that is not
    such a document is a ValueError naming what is wrong; the handshake's empty body (and a
    heartbeat with no events) gives []."""
    if isinstance(body, bytes | bytearray) and not body.strip():
        return []
    try:
        document: Any = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"the webhook body is not JSON: {exc}") from None
    events = document.get("events") if isinstance(document, dict) else None
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise ValueError('the webhook body is not {"events": [...]} with an object per event')
    model = importlib.import_module("._generated.models", __package__).Event
    try:
        return [model.from_dict(event) for event in events]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"an event of the webhook body does not parse: {exc!r}") from None
