"""Webhooks: the X-Hook-Secret handshake on creation, then signed, retried deliveries.

Deliveries are not pushed from a background thread: events for a watched resource queue up
on the webhook, and `FakeAsana.deliver_webhooks()` posts what is due, in the caller's thread.
A test therefore knows exactly when its receiver has been called, with no waiting. A batch
the target refuses (non-2xx, connection error) stays queued with `next_attempt_after` set on
the fake's clock (30 s, doubling, at most an hour); after 24 hours of failures the webhook is
deleted, as Asana does. Targets are URLs posted to with httpx (a loopback server works) or
in-process handlers registered with `FakeAsana.webhook_target()`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._context import Ctx, Routes
from ._events import EventLog
from ._http import Response
from ._model import Entity, State
from ._util import ApiError, dumps, is_gid, iso

BATCH = 100
FIRST_RETRY = 30.0
MAX_RETRY = 3600.0
GIVE_UP_AFTER = 24 * 3600.0
TARGET_TIMEOUT = 10.0  # Asana waits 10 s for a target's answer
FILTER_KEYS = frozenset({"resource_type", "resource_subtype", "action", "fields"})
COMPACT = ("gid", "resource_type", "active", "resource", "target")
Handler = Callable[[httpx.Request], httpx.Response]
Target = Handler | httpx.BaseTransport


@dataclass
class Webhook:
    gid: str
    resource: dict[str, Any]  # gid, resource_type, name
    target: str
    secret: str
    filters: list[dict[str, Any]]
    owner: str
    workspace: str | None
    created_at: float
    active: bool = True
    last_success_at: float | None = None
    last_failure_at: float | None = None
    last_failure_content: str | None = None
    delivery_retry_count: int = 0
    next_attempt: float | None = None  # on the fake's clock
    failing_since: float | None = None  # on the fake's clock
    pending: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Delivery:
    """One POST of a batch to a target, as `FakeAsana.deliver_webhooks()` reports it."""

    webhook_gid: str
    target: str
    events: int
    status: int | None  # None: the target could not be reached
    ok: bool
    signature: str


def sign(secret: str, body: bytes) -> str:
    """Asana's X-Hook-Signature: hex HMAC-SHA256 of the exact body bytes, keyed by the secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def passes(filters: list[dict[str, Any]], event: dict[str, Any]) -> bool:
    """An event is delivered when there are no filters or it matches any one of them."""
    return not filters or any(_matches(f, event) for f in filters)


def _matches(flt: dict[str, Any], event: dict[str, Any]) -> bool:
    resource = event["resource"]
    if flt.get("resource_type") and flt["resource_type"] != resource["resource_type"]:
        return False
    if flt.get("resource_subtype") and flt["resource_subtype"] != resource.get("resource_subtype"):
        return False
    if flt.get("action") and flt["action"] != event["action"]:
        return False
    if flt.get("fields"):
        return (event.get("change") or {}).get("field") in flt["fields"]
    return True


def _wire_event(event: dict[str, Any]) -> dict[str, Any]:
    """Webhook payloads name records by gid and type only (no names), like Asana's."""
    out = dict(event)
    for key in ("user", "resource", "parent"):
        ref = event.get(key)
        if ref is not None:
            out[key] = {k: v for k, v in ref.items() if k != "name"}
    return out


class WebhookHub:
    """All webhooks, their queues and the in-process targets. Guarded by the state lock,
    except that nothing is posted while holding it."""

    def __init__(self, state: State, events: EventLog, clock: Callable[[], float]) -> None:
        self.state, self.events, self.clock = state, events, clock
        self.hooks: dict[str, Webhook] = {}
        self.transports: dict[str, httpx.BaseTransport] = {}
        events.listeners.append(self._on_event)

    def register_target(self, target: Target) -> str:
        """A pseudo-URL whose requests go to `target` in-process instead of the network."""
        host = f"webhook-{len(self.transports) + 1}.fake-asana.test"
        if not isinstance(target, httpx.BaseTransport):
            target = httpx.MockTransport(target)
        self.transports[host] = target
        return f"https://{host}/receive"

    def _on_event(self, gid: str, event: dict[str, Any]) -> None:
        for hook in self.hooks.values():
            if hook.active and hook.resource["gid"] == gid and passes(hook.filters, event):
                hook.pending.append(_wire_event(event))

    # ---- HTTP to targets (never under the state lock) -----------------------------------
    def post(self, target: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        transport = self.transports.get(urlsplit(target).netloc)
        with httpx.Client(transport=transport, timeout=TARGET_TIMEOUT) as client:
            return client.post(target, content=body, headers=headers)

    def handshake(self, target: str, secret: str) -> str | None:
        """None when the target echoed the secret with 200/204, else why it failed."""
        try:
            resp = self.post(target, b"", {"X-Hook-Secret": secret})
        except httpx.HTTPError as exc:
            return f"target: Could not reach the target for the handshake ({type(exc).__name__})."
        if resp.status_code not in (200, 204):
            return f"target: The handshake was answered with HTTP {resp.status_code}."
        if not hmac.compare_digest(resp.headers.get("X-Hook-Secret", ""), secret):
            return "target: The handshake reply did not echo the X-Hook-Secret header."
        return None

    # ---- deliveries ------------------------------------------------------------------------
    def deliver(self) -> list[Delivery]:
        """Post every due batch; failed ones are retried by a later call once due again."""
        done: list[Delivery] = []
        while True:
            with self.state.lock:
                self.events.flush_new(None)
                due = self._due()
            if not due:
                return done
            done += [self._attempt(hook, batch) for hook, batch in due]

    def _due(self) -> list[tuple[Webhook, list[dict[str, Any]]]]:
        now = self.clock()
        return [
            (hook, hook.pending[:BATCH])
            for hook in list(self.hooks.values())
            if hook.pending and (hook.next_attempt is None or now >= hook.next_attempt)
        ]

    def _attempt(self, hook: Webhook, batch: list[dict[str, Any]]) -> Delivery:
        body = dumps({"events": batch})
        signature = sign(hook.secret, body)
        headers = {"Content-Type": "application/json", "X-Hook-Signature": signature}
        status: int | None = None
        content = ""
        try:
            resp = self.post(hook.target, body, headers)
            status, content = resp.status_code, resp.text[:1000]
        except httpx.HTTPError as exc:
            content = f"{type(exc).__name__}: {exc}"
        ok = status is not None and 200 <= status < 300
        with self.state.lock:
            self._settle(hook, len(batch), ok, f"{status or 'no response'} {content}".strip())
        return Delivery(hook.gid, hook.target, len(batch), status, ok, signature)

    def _settle(self, hook: Webhook, count: int, ok: bool, failure: str) -> None:
        now = self.clock()
        if ok:
            del hook.pending[:count]
            hook.last_success_at = self.state.now()
            hook.delivery_retry_count, hook.next_attempt, hook.failing_since = 0, None, None
            return
        hook.last_failure_at, hook.last_failure_content = self.state.now(), failure
        hook.delivery_retry_count += 1
        hook.failing_since = now if hook.failing_since is None else hook.failing_since
        wait = min(FIRST_RETRY * 2 ** (hook.delivery_retry_count - 1), MAX_RETRY)
        hook.next_attempt = now + wait
        if now - hook.failing_since >= GIVE_UP_AFTER:
            self.hooks.pop(hook.gid, None)

    # ---- records --------------------------------------------------------------------------
    def render(self, hook: Webhook, opt_fields: set[str] | None) -> dict[str, Any]:
        now, wall = self.clock(), self.state.now()
        full: dict[str, Any] = {
            "gid": hook.gid,
            "resource_type": "webhook",
            "active": hook.active,
            "resource": hook.resource,
            "target": hook.target,
            "created_at": iso(hook.created_at),
            "filters": hook.filters,
            "last_success_at": iso(hook.last_success_at),
            "last_failure_at": iso(hook.last_failure_at),
            "last_failure_content": hook.last_failure_content,
            "delivery_retry_count": hook.delivery_retry_count,
            "next_attempt_after": (
                iso(wall + hook.next_attempt - now) if hook.next_attempt is not None else None
            ),
            "failure_deletion_timestamp": (
                iso(wall + hook.failing_since + GIVE_UP_AFTER - now)
                if hook.failing_since is not None
                else None
            ),
        }
        if opt_fields is None:
            return full
        keep = {f.split(".", 1)[0] for f in opt_fields} | {"gid", "resource_type"}
        return {k: v for k, v in full.items() if k in keep}


# ---- request parsing ----------------------------------------------------------------------
def parse_filters(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(f, dict) for f in value):
        raise ApiError(400, "filters: Value must be an array of filter objects")
    for flt in value:
        if not flt:
            raise ApiError(400, "filters: A filter needs resource_type, action or fields")
        unknown = set(flt) - FILTER_KEYS
        if unknown:
            raise ApiError(400, f"filters: Unknown filter property: {sorted(unknown)[0]}")
        for key in ("resource_type", "resource_subtype", "action"):
            if key in flt and not isinstance(flt[key], str):
                raise ApiError(400, f"filters.{key}: Value must be a string")
        fields = flt.get("fields")
        if fields is not None:
            if not isinstance(fields, list) or not all(isinstance(x, str) for x in fields):
                raise ApiError(400, "filters.fields: Value must be an array of strings")
            if flt.get("action") not in (None, "changed"):
                raise ApiError(400, "filters.fields: Only valid for the action 'changed'")
    # Every key is answered (the spec has no optional ones): an unset constraint reads "" or
    # [], and the matcher treats those as "anything", so filters read back can be PUT back.
    return [
        {**dict.fromkeys(("resource_type", "resource_subtype", "action"), ""), **f}
        | {"fields": list(f.get("fields") or [])}
        for f in value
    ]


def _opt_fields(ctx: Ctx) -> set[str] | None:
    raw = ctx.req.query.get("opt_fields")
    if not raw:
        return None
    return {f.strip() for part in raw for f in part.split(",") if f.strip()}


def _hub(ctx: Ctx) -> WebhookHub:
    hub: WebhookHub = ctx.core.webhooks
    return hub


def _own(ctx: Ctx, webhook_gid: str) -> Webhook:
    hook = _hub(ctx).hooks.get(webhook_gid)
    if hook is None or hook.owner != ctx.user.gid:
        raise ApiError(404, f"webhook: Unknown object: {webhook_gid}")
    return hook


routes = Routes()


@routes.post("/webhooks", locked=False)
def create_webhook(ctx: Ctx) -> Response:
    """Validate under the lock, shake hands without it (the target may be slow or call
    back into the fake), then store the webhook under the lock again."""
    hub = _hub(ctx)
    with ctx.state.lock:
        data = ctx.data()
        resource_gid, target = data.get("resource"), data.get("target")
        if not isinstance(target, str) or not target:
            raise ApiError(400, "target: Missing input")
        if urlsplit(target).scheme not in ("http", "https"):
            raise ApiError(400, "target: Must be an http or https URL")
        ent = ctx.state.get(resource_gid, Entity, "resource")
        ctx.check_access(ent)
        filters = parse_filters(data.get("filters"))
        if ent.resource_type in ("workspace", "team", "portfolio") and not filters:
            raise ApiError(400, "filters: Webhooks on a workspace or team need filters")
    secret = secrets.token_hex(32)
    failure = hub.handshake(target, secret)
    if failure is not None:
        raise ApiError(400, failure)
    with ctx.state.lock:
        hub.events.subscribe(ent.gid)
        name = getattr(ent, "name", None)
        resource = {"gid": ent.gid, "resource_type": ent.resource_type}
        if isinstance(name, str):
            resource["name"] = name
        workspace = ctx.state.workspace_of(ent)
        hook = Webhook(
            ctx.state.new_gid(),
            resource,
            target,
            secret,
            filters,
            ctx.user.gid,
            workspace,
            ctx.state.now(),
        )
        hub.hooks[hook.gid] = hook
        record = hub.render(hook, _opt_fields(ctx))
    location = f"/api/1.0/webhooks/{hook.gid}"
    return ctx.json({"data": record, "X-Hook-Secret": secret}, 201, location)


@routes.get("/webhooks")
def get_webhooks(ctx: Ctx) -> Response:
    hub = _hub(ctx)
    ws = ctx.workspace(ctx.arg("workspace"))
    resource = ctx.arg("resource")
    if resource is not None and not is_gid(resource):
        raise ApiError(400, f"resource: Not a valid gid: {resource}")
    fields = _opt_fields(ctx)

    def produce() -> list[str]:
        return [
            h.gid
            for h in hub.hooks.values()
            if h.owner == ctx.user.gid
            and h.workspace == ws.gid
            and (resource is None or h.resource["gid"] == resource)
        ]

    def render(gid: str) -> dict[str, Any] | None:
        hook = hub.hooks.get(gid)
        if hook is None:
            return None
        return hub.render(hook, fields if fields is not None else set(COMPACT))

    payload = ctx.core.pager.page(
        path=ctx.req.path,
        query=ctx.req.query,
        api_base=f"{ctx.req.api_origin}/api/1.0",
        produce=produce,
        render=render,
    )
    return ctx.json(payload)


@routes.get("/webhooks/{webhook_gid}")
def get_webhook(ctx: Ctx, webhook_gid: str) -> Response:
    return ctx.json({"data": _hub(ctx).render(_own(ctx, webhook_gid), _opt_fields(ctx))})


@routes.put("/webhooks/{webhook_gid}")
def update_webhook(ctx: Ctx, webhook_gid: str) -> Response:
    hook = _own(ctx, webhook_gid)
    data = ctx.data()
    if "filters" in data:  # the new filters replace the old ones wholesale
        hook.filters = parse_filters(data["filters"])
    return ctx.json({"data": _hub(ctx).render(hook, _opt_fields(ctx))})


@routes.delete("/webhooks/{webhook_gid}")
def delete_webhook(ctx: Ctx, webhook_gid: str) -> Response:
    _hub(ctx).hooks.pop(_own(ctx, webhook_gid).gid, None)
    return ctx.empty()
