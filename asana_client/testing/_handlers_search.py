"""Task search (premium) and typeahead: scans of one workspace, not paginated."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from ._context import Ctx, Routes
from ._http import Response
from ._model import CustomField, Entity, Project, Tag, Task, Team, User, Workspace
from ._util import ApiError, parse_bool, parse_date, parse_datetime

routes = Routes()
Pred = Callable[[Task], bool]
SORT_KEYS = ("modified_at", "created_at", "due_date", "completed_at", "likes", "relevance")


def _day(ts: float | None) -> str | None:
    if ts is None:
        return None
    return _dt.datetime.fromtimestamp(ts, tz=_dt.UTC).date().isoformat()


def _set_filters(ctx: Ctx, ws: str) -> list[Pred]:
    """`x.any` / `x.not` / `x.all` filters over gid-valued task relations."""
    preds: list[Pred] = []

    def members(t: Task, kind: str) -> set[str]:
        if kind == "assignee":
            return {t.assignee} if t.assignee else {"null"}
        if kind == "sections":
            return {s for s in t.sections.values() if s}
        if kind == "teams":
            return {p.team for g in t.projects if (p := ctx.state.find(g, Project)) and p.team}
        if kind == "created_by":
            return {t.created_by} if t.created_by else set()
        return set(getattr(t, kind))

    for kind in ("assignee", "projects", "sections", "tags", "followers", "teams", "created_by"):
        for mode in ("any", "not", "all"):
            raw = ctx.arg(f"{kind}.{mode}")
            if raw is None:
                continue
            wanted = set()
            for v in raw.split(","):
                v = v.strip()
                if v == "me":
                    v = ctx.user.gid
                elif "@" in v:
                    v = ctx.resolve_user(v, f"{kind}.{mode}").gid
                if v:
                    wanted.add(v)
            preds.append(_set_pred(members, kind, mode, wanted))
    return preds


def _set_pred(
    members: Callable[[Task, str], set[str]], kind: str, mode: str, wanted: set[str]
) -> Pred:
    if mode == "any":
        return lambda t: bool(members(t, kind) & wanted)
    if mode == "not":
        return lambda t: not members(t, kind) & wanted
    return lambda t: wanted <= members(t, kind)


def _range_filters(ctx: Ctx) -> list[Pred]:
    """Date (`due_on.before`) and date-time (`modified_at.after`) comparisons."""
    preds: list[Pred] = []
    date_attrs: dict[str, Callable[[Task], str | None]] = {
        "due_on": lambda t: t.due_on,
        "start_on": lambda t: t.start_on,
        "created_on": lambda t: _day(t.created_at),
        "modified_on": lambda t: _day(t.modified_at),
        "completed_on": lambda t: _day(t.completed_at),
    }
    for name, get in date_attrs.items():
        for suffix, cmp in (("", "eq"), (".before", "lt"), (".after", "gt")):
            raw = ctx.arg(name + suffix)
            if raw is None:
                continue
            if raw == "null" and suffix == "":
                preds.append(_is_none(get))
                continue
            preds.append(_cmp_pred(get, cmp, parse_date(raw, name + suffix)))
    time_attrs: dict[str, Callable[[Task], float | None]] = {
        "created_at": lambda t: t.created_at,
        "modified_at": lambda t: t.modified_at,
        "completed_at": lambda t: t.completed_at,
        "due_at": lambda t: parse_datetime(t.due_at, "due_at") if t.due_at else None,
    }
    for name, getf in time_attrs.items():
        for suffix, cmp in ((".before", "lt"), (".after", "gt")):
            raw = ctx.arg(name + suffix)
            if raw is not None:
                preds.append(_cmp_pred(getf, cmp, parse_datetime(raw, name + suffix)))
    return preds


def _is_none(get: Callable[[Task], Any]) -> Pred:
    return lambda t: get(t) is None


def _flag_is(flag: Pred, want: bool) -> Pred:
    return lambda t: flag(t) == want


def _cmp_pred(get: Callable[[Task], Any], cmp: str, bound: Any) -> Pred:
    def pred(t: Task) -> bool:
        value = get(t)
        if value is None:
            return False
        if cmp == "eq":
            return bool(value == bound)
        return bool(value < bound) if cmp == "lt" else bool(value > bound)

    return pred


def _flag_filters(ctx: Ctx) -> list[Pred]:
    preds: list[Pred] = []
    text = ctx.arg("text")
    if text:
        low = text.lower()
        preds.append(lambda t: low in t.name.lower() or low in t.notes.lower())
    subtype = ctx.arg("resource_subtype")
    if subtype:
        preds.append(lambda t: t.resource_subtype == subtype)
    flags: dict[str, Pred] = {
        "completed": lambda t: t.completed,
        "is_subtask": lambda t: t.parent is not None,
        "has_attachment": lambda t: bool(t.attachments),
        "is_blocked": lambda t: any(
            (d := ctx.state.tasks.get(g)) is not None and not d.completed for g in t.dependencies
        ),
        "is_blocking": lambda t: not t.completed and bool(t.dependents),
    }
    for name, flag in flags.items():
        want = parse_bool(ctx.arg(name), name)
        if want is not None:
            preds.append(_flag_is(flag, want))
    return preds


def _sort_key(sort_by: str) -> Callable[[Task], Any]:
    if sort_by == "created_at":
        return lambda t: t.created_at
    if sort_by == "due_date":
        return lambda t: (t.due_on is None, t.due_on or "")
    if sort_by == "completed_at":
        return lambda t: (t.completed_at is None, t.completed_at or 0.0)
    if sort_by == "likes":
        return lambda t: int(t.liked)
    return lambda t: t.modified_at


@routes.get("/workspaces/{workspace_gid}/tasks/search")
def search_tasks(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    ctx.require_premium(ws.gid)
    sort_by = ctx.arg("sort_by") or "modified_at"
    if sort_by not in SORT_KEYS:
        raise ApiError(400, f"sort_by: Invalid value: {sort_by}")
    ascending = parse_bool(ctx.arg("sort_ascending"), "sort_ascending") or False
    raw_limit = ctx.arg("limit")
    limit = 100
    if raw_limit is not None:
        if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 100:
            raise ApiError(400, "limit: Must be between 1 and 100")
        limit = int(raw_limit)
    preds = _flag_filters(ctx) + _set_filters(ctx, ws.gid) + _range_filters(ctx)
    hits = [
        t for t in ctx.state.tasks.values() if t.workspace == ws.gid and all(p(t) for p in preds)
    ]
    key = _sort_key(sort_by)
    if sort_by == "due_date":
        hits.sort(key=key)  # tasks without a due date always last
        if not ascending:
            dated = [t for t in hits if t.due_on]
            hits = dated[::-1] + [t for t in hits if not t.due_on]
    else:
        hits.sort(key=key, reverse=not ascending)
    return ctx.records(hits[:limit])


def _typeahead_pool(ctx: Ctx, ws: Workspace, kind: str) -> list[Entity]:
    st = ctx.state
    if kind in ("user", "actor"):  # an actor is a user or an AI agent; the fake has no agents
        return [u for g in ws.members if (u := st.find(g, User))]
    classes: dict[str, type[Entity]] = {
        "task": Task,
        "project": Project,
        "tag": Tag,
        "team": Team,
        "custom_field": CustomField,
    }
    cls = classes.get(kind)
    if cls is None:
        return []
    source = st.tasks.values() if cls is Task else st.objects.values()
    return [e for e in source if isinstance(e, cls) and st.workspace_of(e) == ws.gid]


@routes.get("/workspaces/{workspace_gid}/typeahead")
def typeahead(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    kind = ctx.arg("resource_type") or ctx.arg("type")
    if not kind:
        raise ApiError(400, "resource_type: Missing input")
    allowed = ("custom_field", "goal", "portfolio", "project", "project_template", "tag")
    if kind not in (*allowed, "actor", "agent", "task", "team", "user"):
        raise ApiError(400, f"resource_type: Invalid value: {kind}")
    raw = ctx.arg("count") or "20"
    if not raw.isdigit() or int(raw) < 1:
        raise ApiError(400, f"count: Invalid value: {raw}")
    count = min(int(raw), 100)
    query = (ctx.arg("query") or "").strip().lower()
    pool = _typeahead_pool(ctx, ws, kind)
    if not query:
        picked = pool[-count:][::-1]
    else:

        def rank(ent: Entity) -> int:
            name = str(getattr(ent, "name", "")).lower()
            if name.startswith(query):
                return 0
            if any(word.startswith(query) for word in name.split()):
                return 1
            return 2 if query in name else 3

        ranked = sorted((r, i, e) for i, e in enumerate(pool) if (r := rank(e)) < 3)
        picked = [e for _, _, e in ranked[:count]]
    return ctx.records(picked, names=("gid", "resource_type", "name"))
