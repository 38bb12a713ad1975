"""Events with sync tokens: every change the fake applies lands in the logs of the resources
it affects, and `GET /events` reads them back like Asana does.

Changes are found by comparison rather than by instrumenting every handler:

- New records are found by their gid. Gids only grow, so every gid handed out since the last
  look that names a stored record is a creation (API request or seeding helper alike).
- Changes to existing records come from a write request: before the handler runs, the
  records the request names (path and body gids) and their neighbours (a task's projects,
  sections, parent, subtasks, tags, dependencies) are copied; afterwards each copy is compared
  with the record, giving `changed` events per field, `added`/`removed` events for
  memberships, and `deleted` when the record is gone.

Nothing is logged for a resource nobody subscribed to (a sync token or a webhook), so the
machinery costs nothing in tests that never ask for events.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ._context import Ctx, Routes
from ._http import Response
from ._model import (
    Attachment,
    Entity,
    Project,
    Section,
    State,
    Story,
    Tag,
    Task,
    User,
    Workspace,
)
from ._util import ApiError, is_gid, iso

SYNC_TTL = 24 * 3600.0  # Asana: sync tokens expire after 24 hours
PAGE_SIZE = 100  # Asana: at most 100 events per call, then has_more
WORKSPACE_PAGE_SIZE = 1000  # getWorkspaceEvents: at most 1000 per call
STALE_MESSAGE = (
    "Sync token invalid or too old. If you are attempting to keep resources in sync, you "
    "must fetch the full dataset for this query now and use the new sync token for the "
    "next sync."
)

# Field kinds: "value" (no new_value, as Asana only sends resources), "ref:<type>" (a gid
# shown as new_value) and "list:<type>" (members added/removed one change each).
TRACKED_FIELDS: dict[type[Entity], dict[str, str]] = {
    Task: {
        "name": "value",
        "notes": "value",
        "resource_subtype": "value",
        "completed": "value",
        "assignee": "ref:user",
        "assignee_status": "value",
        "due_on": "value",
        "due_at": "value",
        "start_on": "value",
        "start_at": "value",
        "approval_status": "value",
        "liked": "value",
        "external": "value",
        "custom_values": "custom",
        "followers": "list:user",
        "tags": "list:tag",
        "dependencies": "list:task",
        "dependents": "list:task",
    },
    Project: {
        "name": "value",
        "notes": "value",
        "archived": "value",
        "color": "value",
        "icon": "value",
        "privacy_setting": "value",
        "default_access_level": "value",
        "due_on": "value",
        "start_on": "value",
        "default_view": "value",
        "completed": "value",
        "owner": "ref:user",
        "team": "ref:team",
        "followers": "list:user",
        "members": "list:user",
        "custom_fields": "list:custom_field",
    },
    Section: {"name": "value"},
    Tag: {"name": "value", "color": "value", "notes": "value", "followers": "list:user"},
    Story: {"text": "value", "is_pinned": "value"},
    Attachment: {"name": "value"},
}
FIELD_NAMES = {"custom_values": "custom_fields"}  # model attribute -> API field


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


@dataclass
class _Before:
    """A record as it was before a write: tracked fields plus a task's memberships."""

    ent: Entity
    fields: dict[str, Any]
    projects: list[str] = field(default_factory=list)
    sections: dict[str, str | None] = field(default_factory=dict)
    parent: str | None = None


@dataclass
class SyncToken:
    resource: str
    cursor: int  # sequence number of the last event the holder has seen
    issued: float  # on the fake's clock
    generation: int


@dataclass
class _Log:
    seqs: list[int] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


Listener = Callable[[str, dict[str, Any]], None]


class EventLog:
    """Per-resource event logs and the sync tokens that read them. Guarded by the state lock."""

    def __init__(self, state: State, clock: Callable[[], float]) -> None:
        self.state = state
        self.clock = clock
        self.seq = 0
        self.logs: dict[str, _Log] = {}
        self.subscribed: set[str] = set()
        self.tokens: dict[str, SyncToken] = {}
        self.generation = 0
        self.listeners: list[Listener] = []
        self._seen_gid = state.new_gid_watermark()

    # ---- subscriptions and tokens -----------------------------------------------------
    def subscribe(self, gid: str) -> None:
        """Start logging events for `gid` (creations before this are never visible)."""
        self.flush_new(None)
        self.subscribed.add(gid)

    def issue(self, resource: str, cursor: int | None = None) -> str:
        self.subscribe(resource)
        token = secrets.token_hex(16)
        at = self.seq if cursor is None else cursor
        self.tokens[token] = SyncToken(resource, at, self.clock(), self.generation)
        return token

    def expire_all(self) -> None:
        """Every sync token issued so far becomes stale (412 with a fresh one)."""
        self.generation += 1

    def valid(self, token: str | None, resource: str) -> SyncToken | None:
        info = self.tokens.get(token or "")
        if info is None or info.resource != resource or info.generation != self.generation:
            return None
        if self.clock() - info.issued > SYNC_TTL:
            return None
        return info

    def read(
        self, info: SyncToken, page_size: int = PAGE_SIZE
    ) -> tuple[list[dict[str, Any]], int, bool]:
        """Up to `page_size` events after the token's cursor, the new cursor, and has_more."""
        log = self.logs.get(info.resource, _Log())
        start = bisect.bisect_right(log.seqs, info.cursor)
        events = log.events[start : start + page_size]
        end = start + len(events)
        cursor = log.seqs[end - 1] if events else info.cursor
        return events, cursor, end < len(log.seqs)

    # ---- recording -----------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return bool(self.subscribed)

    @contextlib.contextmanager
    def recording(self, params: dict[str, str], body: bytes, user: User | None) -> Iterator[None]:
        """Wrap one write request: copy what it may touch, then log what actually changed."""
        self.flush_new(None)
        before = self._snapshot(request_gids(params, body)) if self.active else {}
        try:
            yield
        finally:
            for snap in before.values():
                self._compare(snap, user)
            self.flush_new(user)

    def flush_new(self, user: User | None) -> None:
        """Log `added` events for every record created since the last look."""
        watermark = self.state.new_gid_watermark()
        if not self.active:
            self._seen_gid = watermark
            return
        for number in range(self._seen_gid, watermark):
            ent = self.state.objects.get(str(number))
            if ent is not None and type(ent) in TRACKED_FIELDS:
                self._created(ent, user)
        self._seen_gid = watermark

    # ---- snapshots ------------------------------------------------------------------------
    def _snapshot(self, gids: Iterable[str]) -> dict[str, _Before]:
        out: dict[str, _Before] = {}
        todo = [g for g in gids if is_gid(g)]
        while todo:
            gid = todo.pop()
            ent = self.state.objects.get(gid)
            if gid in out or ent is None or type(ent) not in TRACKED_FIELDS:
                continue
            spec = TRACKED_FIELDS[type(ent)]
            snap = _Before(ent, {name: _copy(getattr(ent, name)) for name in spec})
            if isinstance(ent, Task):
                snap.projects, snap.sections = list(ent.projects), dict(ent.sections)
                snap.parent = ent.parent
            out[gid] = snap
            todo.extend(self._neighbours(ent))
        return out

    def _neighbours(self, ent: Entity) -> list[str]:
        """Records a write to `ent` may change too (a deleted task takes its subtasks)."""
        if isinstance(ent, Task):
            near = [*ent.projects, *ent.tags, *ent.subtasks, *ent.dependencies, *ent.dependents]
            near += [s for s in ent.sections.values() if s]
            near += ent.stories + ent.attachments
            return near + ([ent.parent] if ent.parent else [])
        if isinstance(ent, Section):
            return [ent.project]
        if isinstance(ent, Project):
            return list(ent.sections)
        return []

    # ---- turning differences into events ---------------------------------------------------
    def _compare(self, snap: _Before, user: User | None) -> None:
        ent = snap.ent
        if self.state.objects.get(ent.gid) is not ent:
            self._deleted(snap, user)
            return
        if isinstance(ent, Task):
            self._memberships(ent, snap, user)
        for name, kind in TRACKED_FIELDS[type(ent)].items():
            old, new = snap.fields[name], getattr(ent, name)
            if old != new:
                for change in _changes(FIELD_NAMES.get(name, name), kind, old, new):
                    self._emit(ent, "changed", user, None, change, self._extra(ent, change))

    def _memberships(self, task: Task, snap: _Before, user: User | None) -> None:
        for pg in task.projects:
            if pg not in snap.projects:
                self._emit(task, "added", user, pg)
        for pg in snap.projects:
            if pg not in task.projects:
                self._emit(task, "removed", user, pg)
        for pg, sec in task.sections.items():
            if sec and sec != snap.sections.get(pg):
                self._emit(task, "added", user, sec)
        if task.parent != snap.parent:
            if snap.parent:
                self._emit(task, "removed", user, snap.parent)
            if task.parent:
                self._emit(task, "added", user, task.parent)

    def _created(self, ent: Entity, user: User | None) -> None:
        actor = user or self.state.find(_creator(ent), User)
        for parent in _containers(self.state, ent):
            self._emit(ent, "added", actor, parent)

    def _deleted(self, snap: _Before, user: User | None) -> None:
        ent = snap.ent
        also = snap.projects + ([snap.parent] if snap.parent else [])
        self._emit(ent, "deleted", user, None, also=also)

    def _extra(self, ent: Entity, change: dict[str, Any]) -> list[str]:
        """A tag's log also sees tasks being tagged and untagged."""
        value = change.get("added_value") or change.get("removed_value") or {}
        return [value["gid"]] if change["field"] == "tags" and "gid" in value else []

    def _emit(
        self,
        ent: Entity,
        action: str,
        user: User | None,
        parent_gid: str | None,
        change: dict[str, Any] | None = None,
        also: Iterable[str] = (),
    ) -> None:
        parent = self.state.objects.get(parent_gid or "")
        event: dict[str, Any] = {
            "user": _user_ref(user),
            "created_at": iso(self.state.now()),
            "action": action,
            "resource": _named(ent),
            "parent": _named(parent) if parent is not None else None,
            "type": ent.resource_type,
        }
        if change is not None:
            event["change"] = change
        # Membership events go to the container (and its own watchers), other events to
        # everything that watches the record: a move into P2 is not news for P1.
        if parent is not None:
            targets = [ent.gid, parent.gid, *self._followers_of(parent), *also]
        else:
            targets = [ent.gid, *self._followers_of(ent), *also]
        workspace = self.state.workspace_of(ent) or self.state.workspace_of(parent or ent)
        self._log(event, [*targets, *([workspace] if workspace else [])])  # workspace events

    def _followers_of(self, ent: Entity) -> list[str]:
        """Resources whose streams include changes to `ent` (a task's projects, ...)."""
        if isinstance(ent, Task):
            return list(ent.projects)
        if isinstance(ent, Section):
            return [ent.project]
        if isinstance(ent, Story | Attachment):
            owner = self.state.objects.get(ent.task if isinstance(ent, Story) else ent.parent)
            return [owner.gid, *self._followers_of(owner)] if owner is not None else []
        if isinstance(ent, Project | Tag):
            return [ent.workspace] + ([ent.team] if isinstance(ent, Project) and ent.team else [])
        return []

    def _log(self, event: dict[str, Any], targets: Iterable[str]) -> None:
        wanted = [g for g in dict.fromkeys(targets) if g in self.subscribed]
        if not wanted:
            return
        self.seq += 1
        for gid in wanted:
            log = self.logs.setdefault(gid, _Log())
            log.seqs.append(self.seq)
            log.events.append(event)
            for listener in self.listeners:
                listener(gid, event)


def _changes(name: str, kind: str, old: Any, new: Any) -> list[dict[str, Any]]:
    """The `change` objects for one field, as Asana words them."""
    if kind.startswith("list:"):
        rtype = kind[5:]
        added: list[dict[str, Any]] = [
            {"field": name, "action": "added", "added_value": _ref(g, rtype)}
            for g in new
            if g not in old
        ]
        return added + [
            {"field": name, "action": "removed", "removed_value": _ref(g, rtype)}
            for g in old
            if g not in new
        ]
    if kind == "custom":
        keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        return [
            {"field": name, "action": "changed", "new_value": _ref(k, "custom_field")} for k in keys
        ]
    change: dict[str, Any] = {"field": name, "action": "changed"}
    if kind.startswith("ref:"):
        change["new_value"] = _ref(new, kind[4:]) if new else None
    return [change]


def _ref(gid: str, resource_type: str) -> dict[str, str]:
    return {"gid": gid, "resource_type": resource_type}


def _named(ent: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"gid": ent.gid, "resource_type": ent.resource_type}
    name = ent.text if isinstance(ent, Story) else getattr(ent, "name", None)
    if isinstance(name, str):
        out["name"] = name
    subtype = getattr(ent, "resource_subtype", None)
    if isinstance(subtype, str):
        out["resource_subtype"] = subtype
    return out


def _user_ref(user: User | None) -> dict[str, Any] | None:
    return None if user is None else {"gid": user.gid, "resource_type": "user", "name": user.name}


def _creator(ent: Entity) -> str | None:
    by = getattr(ent, "created_by", None)
    return by if isinstance(by, str) else None


def _containers(state: State, ent: Entity) -> list[str | None]:
    """Where a new record was added: the parents of its `added` events."""
    if isinstance(ent, Task):
        parents: list[str | None] = list(ent.projects)
        parents += [s for s in ent.sections.values() if s]
        return parents + ([ent.parent] if ent.parent else [])
    if isinstance(ent, Section):
        return [ent.project]
    if isinstance(ent, Story):
        return [ent.task]
    if isinstance(ent, Attachment):
        return [ent.parent]
    if isinstance(ent, Project):
        return [ent.team or ent.workspace]
    if isinstance(ent, Tag):
        return [ent.workspace]
    return []


def request_gids(params: dict[str, str], body: bytes) -> list[str]:
    """Gids a write request names: path parameters and every gid-like string in its JSON body."""
    found = list(params.values())
    if body[:1] in (b"{", b"["):
        with contextlib.suppress(ValueError):
            _collect(json.loads(body), found)
    return found


def _collect(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if is_gid(value):
            out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, out)


# ---- GET /events ---------------------------------------------------------------------------
routes = Routes()


def _events(ctx: Ctx, resource: str | None, page_size: int = PAGE_SIZE) -> Response:
    log: EventLog = ctx.core.events
    if not resource:
        raise ApiError(400, "resource: Missing input")
    ent = ctx.state.objects.get(resource) if is_gid(resource) else None
    if ent is None and resource not in log.logs:
        raise ApiError(404, f"resource: Unknown object: {resource}")
    if ent is not None:
        if isinstance(ent, User) or (isinstance(ent, Workspace) and page_size == PAGE_SIZE):
            raise ApiError(400, "resource: Not a resource with an event stream.")
        ctx.check_access(ent)
    log.flush_new(None)
    info = log.valid(ctx.arg("sync"), resource)
    if info is None:
        body = {"errors": [{"message": STALE_MESSAGE}], "sync": log.issue(resource)}
        return ctx.json(body, 412)
    events, cursor, has_more = log.read(info, page_size)
    data = [_api_event(e) for e in events]
    return ctx.json({"data": data, "sync": log.issue(resource, cursor), "has_more": has_more})


def _api_event(event: dict[str, Any]) -> dict[str, Any]:
    """GET /events names records as gid, type and name; the subtype stays for webhook filters
    and deliveries."""
    out = dict(event)
    for key in ("resource", "parent"):
        ref = event.get(key)
        if ref is not None:
            out[key] = {k: v for k, v in ref.items() if k != "resource_subtype"}
    return out


@routes.get("/events")
def get_events(ctx: Ctx) -> Response:
    return _events(ctx, ctx.arg("resource"))


@routes.get("/tasks/{task_gid}/events")
def get_task_events(ctx: Ctx, task_gid: str) -> Response:
    return _events(ctx, task_gid)


@routes.get("/projects/{project_gid}/events")
def get_project_events(ctx: Ctx, project_gid: str) -> Response:
    return _events(ctx, project_gid)


@routes.get("/workspaces/{workspace_gid}/events")
def get_workspace_events(ctx: Ctx, workspace_gid: str) -> Response:
    """Every change in the workspace (its tasks, projects, sections, tags, stories, ...)."""
    ctx.workspace(workspace_gid, None)
    return _events(ctx, workspace_gid, WORKSPACE_PAGE_SIZE)
