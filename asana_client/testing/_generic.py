"""The generic record store: answers every operation of the spec that no hand-made handler has.

Core entities (tasks, projects, users, ...) keep their hand-made behaviour; the long tail of
the API (portfolios, goals, webhooks, ...) shares this one store, driven by the route table
that `specs/fake_routes.py` generates from the merged spec (`_routes.py`). Per operation the
table names an action, and the store does the obvious thing with it:

- create: check the body against the spec (400 for a wrong type, an unknown enum value or a
  missing required field), store its fields with the path's gids as parents, answer the record;
- get / update / delete: the record named by the last gid of the path (404 when unknown);
- list: the records of the answer's entity under the path's last gid (or all of them), paged
  like the hand-made lists;
- add / remove: a relation (`addFollowers` -> the record's `followers`), shown by later reads;
- other: a record answer is stored like a create (duplicate -> a job), an empty one is empty.

Records render like Asana's: the default (non-opt-in) fields, compact fields in lists and in
nested records, exactly the `opt_fields` selection when given; a field nothing was stored for
gets a blank that fits its schema (null, the first known value, "", 0, false, []). Records of
the hand-made core reached through a generic route are read through the core's renderer, with
what generic operations changed laid over them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from . import _input as check
from ._http import Response
from ._render import Renderer, Selection
from ._util import ApiError, is_gid, iso, parse_bool, parse_datetime

if TYPE_CHECKING:
    from ._context import Ctx
    from ._model import State

Doc = dict[str, Any]
MAX_DEPTH = 4
NO_GID = "0"  # a nested record the spec requires but nothing was stored for


@dataclass
class Record:
    """One stored record: its fields as sent (gids for nested records) and its parents."""

    gid: str
    entity: str
    resource_type: str
    fields: Doc = field(default_factory=dict)
    parents: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class GenericRoute:
    spec: Doc
    pattern: re.Pattern[str]


@cache
def default_routes() -> list[GenericRoute]:
    """The generated table, compiled once per process (every FakeAsana shares it)."""
    from ._routes import ROUTES

    return compile_routes(ROUTES)


def compile_routes(routes: Iterable[Doc]) -> list[GenericRoute]:
    compiled = []
    for spec in routes:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", spec["path"])
        compiled.append(GenericRoute(spec, re.compile(f"^{regex}/?$")))
    return compiled


class GenericStore:
    """Records of every entity the hand-made handlers do not keep. Callers hold the state
    lock (the core's router does)."""

    def __init__(
        self,
        state: State,
        routes: list[Doc] | None = None,
        entities: dict[str, Doc] | None = None,
    ) -> None:
        if routes is None or entities is None:
            from ._routes import ENTITIES

            self.routes, entities = default_routes(), ENTITIES
        else:
            self.routes = compile_routes(routes)
        self.state = state
        self.entities = entities
        self.by_type = {e["resource_type"]: name for name, e in entities.items()}
        self.records: dict[str, Record] = {}
        self.overlays: dict[str, Doc] = {}  # changes made to core records by generic routes

    # ---- routing ------------------------------------------------------------------------
    def match(self, method: str, path: str) -> tuple[GenericRoute, dict[str, str]] | None:
        for route in self.routes:
            if route.spec["method"] == method:
                found = route.pattern.match(path)
                if found is not None:
                    return route, found.groupdict()
        return None

    def knows_path(self, path: str) -> bool:
        return any(route.pattern.match(path) for route in self.routes)

    # ---- records --------------------------------------------------------------------------
    def add(self, entity: str, fields: Doc | None = None, parents: Iterable[str] = ()) -> Record:
        """Store a new record of `entity` (a schema name, or a resource_type)."""
        entity = self.by_type.get(entity, entity)
        spec = self.entities[entity]
        rec = Record(self.state.new_gid(), entity, spec["resource_type"], dict(fields or {}))
        rec.parents.update(parents)
        now = iso(self.state.now())
        for stamp in ("created_at", "modified_at"):
            if stamp in spec["fields"]:
                rec.fields.setdefault(stamp, now)
        self.records[rec.gid] = rec
        return rec

    def find(self, gid: str) -> Record | None:
        """A generic record, or a core record seen through the core's renderer."""
        rec = self.records.get(gid)
        if rec is not None:
            return rec
        ent = self.state.objects.get(gid)
        if ent is None:
            return None
        rendered = Renderer(self.state, None).record(ent)
        fields = {**rendered, **self.overlays.get(gid, {})}
        entity = self.by_type.get(ent.resource_type, "")
        return Record(gid, entity, ent.resource_type, fields)

    def save(self, rec: Record, changes: Doc) -> None:
        """Change a record; a core record keeps the change beside it (an overlay)."""
        rec.fields.update(changes)
        if rec.gid not in self.records:
            self.overlays.setdefault(rec.gid, {}).update(changes)
        elif "modified_at" in self.entities[rec.entity]["fields"]:
            rec.fields["modified_at"] = iso(self.state.now())

    def remove(self, gid: str) -> None:
        if self.records.pop(gid, None) is None:
            self.state.remove(gid)
        self.overlays.pop(gid, None)

    # ---- answering ------------------------------------------------------------------------
    def handle(self, ctx: Ctx, route: GenericRoute, params: dict[str, str]) -> Response:
        spec = route.spec
        params = {k: ctx.user.gid if (k, v) == ("user_gid", "me") else v for k, v in params.items()}
        gids = self._path_gids(params)
        check_query(ctx, spec.get("query", {}))
        body = check_body(ctx, spec) if spec.get("body") is not None else {}
        action = spec["action"]
        if action == "list":
            return self._list(ctx, spec, gids, route)
        owner = self.find(gids[-1]) if gids else None
        if action in ("get", "update", "delete", "add", "remove") and owner is None:
            raise ApiError(404, "Unknown object")  # _path_gids let a non-record gid through
        if action == "delete":
            assert owner is not None
            self.remove(owner.gid)
            return ctx.empty()
        if action == "update":
            assert owner is not None
            self.save(owner, body)
        elif action in ("add", "remove"):
            assert owner is not None
            self._relate(owner, spec, body, add=action == "add")
            if spec["shape"] == "record" and spec.get("entity") == owner.entity:
                return self._answer(ctx, spec, owner)
            owner = None
        if spec["shape"] == "empty":
            return ctx.empty()
        if owner is not None and action in ("get", "update"):
            return self._answer(ctx, spec, owner)
        if action == "other" and ctx.req.method == "GET":
            owner = self._first_under(spec["entity"], gids) or self.add(
                spec["entity"], parents=gids[-1:]
            )
            return self._answer(ctx, spec, owner)
        return self._answer(ctx, spec, self._create(spec, body, params))

    def _path_gids(self, params: dict[str, str]) -> list[str]:
        """The path's gids in order; 404 for one naming no record (of its type)."""
        found = []
        for name, value in params.items():
            if not name.endswith("_gid"):
                continue
            rec = self.records.get(value) or self.state.objects.get(value)
            stem = name.removesuffix("_gid")
            kind = getattr(rec, "resource_type", None)
            if not is_gid(value) or rec is None or (stem in self.by_type and kind != stem):
                raise ApiError(404, f"{name}: Unknown object: {value}")
            found.append(value)
        return found

    def _create(self, spec: Doc, body: Doc, params: dict[str, str]) -> Record:
        fields = dict(body)
        for name, value in params.items():
            fields.setdefault(name.removesuffix("_gid"), value)
        parents = [v for k, v in params.items() if k.endswith("_gid")]
        return self.add(spec["entity"], fields, parents)

    def _first_under(self, entity: str, parents: list[str]) -> Record | None:
        return next(
            (
                r
                for r in self.records.values()
                if r.entity == entity and set(parents[-1:]) <= r.parents
            ),
            None,
        )

    def _relate(self, owner: Record, spec: Doc, body: Doc, *, add: bool) -> None:
        relation = spec.get("relation") or "related"
        stem = relation.removesuffix("s")
        value = next(
            (body[k] for k in (relation, stem, f"{stem}s") if k in body),
            next(iter(body.values()), None),
        )
        named = value if isinstance(value, list) else str(value or "").split(",")
        named = [str(v).strip() for v in named if str(v).strip()]
        current = [g for g in _gids_of(owner.fields.get(relation)) if g not in named]
        self.save(owner, {relation: current + named if add else current})

    def _list(self, ctx: Ctx, spec: Doc, gids: list[str], route: GenericRoute) -> Response:
        entity = spec.get("entity") or ""
        last_segment = spec["path"].rsplit("/", 1)[-1]
        owner = self.find(gids[-1]) if gids else None
        if owner is not None and last_segment in owner.fields:
            items = _gids_of(owner.fields[last_segment])
        else:
            items = [
                r.gid
                for r in self.records.values()
                if r.entity == entity and set(gids[-1:]) <= r.parents
            ]

        def render(gid: str) -> Doc | None:
            rec = self.find(gid)
            return None if rec is None else self.render(rec, entity, ctx.renderer.selection, True)

        payload = ctx.core.pager.page(
            path=ctx.req.path,
            query=ctx.req.query,
            api_base=f"{ctx.req.api_origin}/api/1.0",
            produce=lambda: items,
            render=render,
        )
        if not spec.get("paged"):
            payload.pop("next_page", None)
        return ctx.json(payload)

    def _answer(self, ctx: Ctx, spec: Doc, rec: Record) -> Response:
        selection, short = ctx.renderer.selection, spec.get("default_fields")
        data = self.render(rec, spec["entity"], selection, False, default=short)
        return ctx.json({"data": data}, spec["status"])

    # ---- rendering ------------------------------------------------------------------------
    def render(
        self,
        rec: Record,
        entity: str,
        selection: Selection | None,
        compact: bool,
        depth: int = 0,
        default: list[str] | None = None,
    ) -> Doc:
        spec = self.entities.get(entity) or self.entities.get(rec.entity) or {"fields": {}}
        fields: Doc = spec["fields"]
        if selection:
            names = [n for n in fields if n == "gid" or n in selection]
        else:
            names = default or (spec["compact"] if compact else spec["default"])
        out: Doc = {}
        for name in names:
            sub = selection.get(name) if selection else None
            out[name] = self._value(fields[name], rec.fields.get(name), sub, depth)
        if "gid" in fields:
            out["gid"] = rec.gid
        if "resource_type" in out:
            out["resource_type"] = rec.resource_type
        return out

    def _value(self, spec: Doc, stored: Any, sub: Selection | None, depth: int) -> Any:
        kind = spec["kind"]
        if kind == "value":
            return stored if fits(spec, stored) else spec.get("blank")
        if kind == "refs":
            return [self._nested(spec, g, sub, depth) for g in _gids_of(stored)]
        gid = next(iter(_gids_of(stored)), None)
        if gid is None and spec.get("nullable"):
            return None
        return self._nested(spec, gid or NO_GID, sub, depth)

    def _nested(self, spec: Doc, gid: str, sub: Selection | None, depth: int) -> Doc:
        entity = spec["entity"]
        rec = self.find(gid) if depth < MAX_DEPTH else None
        if rec is None:
            rec = Record(gid, entity, self.entities[entity]["resource_type"])
        full = bool(spec.get("full")) and not sub
        return self.render(rec, entity, sub or None, not full, depth + 1)


# ---- checks -------------------------------------------------------------------------------


def _gids_of(value: Any) -> list[str]:
    """Gids from what a record stores for a nested record: "1", {"gid": "1"}, or a list."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        gid = item.get("gid") if isinstance(item, dict) else item
        if isinstance(gid, str) and gid:
            out.append(gid)
    return out


def fits(spec: Doc, value: Any) -> bool:
    """Whether a stored value is what the response field holds (else its blank is sent)."""
    if value is None:
        return bool(spec.get("nullable"))
    if spec.get("enum"):
        return value in spec["enum"]
    kind = spec.get("type")
    if kind == "string":
        return isinstance(value, str) and _formatted(spec.get("format"), value)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    return kind == "any"  # arrays and objects of the response are not built from requests


def _formatted(fmt: str | None, value: str) -> bool:
    try:
        if fmt == "date":
            check.date("value", value)
        elif fmt == "date-time":
            parse_datetime(value, "value")
            return "T" in value
    except ApiError:
        return False
    return True


def _integer(key: str, value: Any) -> int:
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise check.bad(key, "an integer", value)
    return value


def _number(key: str, value: Any) -> float | int:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise check.bad(key, "a number", value)
    return value


def _list(key: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise check.bad(key, "a list", value)
    return value


CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "str": check.text,
    "int": _integer,
    "number": _number,
    "bool": check.boolean,
    "date": check.date,
    "datetime": check.date_time,
    "gids": check.gid_list,
    "list": _list,
    "object": check.mapping,
}


def check_value(key: str, kind: Doc, value: Any) -> Any:
    """One body field or query parameter against its kind; 400 when it does not fit."""
    if value is None and kind.get("nullable"):
        return None
    if isinstance(value, str) and value in kind.get("specials", ()):
        return value
    if kind.get("enum"):
        return check.one_of(*kind["enum"])(key, value)
    checker = CHECKS.get(kind["type"])
    return value if checker is None else checker(key, value)


def check_body(ctx: Ctx, spec: Doc) -> Doc:
    data = ctx.data()
    for name in spec.get("required", ()):
        if name not in data:
            raise ApiError(400, f"{name}: Missing input")
    known: dict[str, Doc] = spec["body"]
    return {k: check_value(k, known[k], v) if k in known else v for k, v in data.items()}


def check_query(ctx: Ctx, params: dict[str, Doc]) -> None:
    for name, kind in params.items():
        raw = ctx.arg(name)
        if raw is None:
            if kind.get("required"):
                raise ApiError(400, f"{name}: Missing input")
            continue
        if kind["type"] == "bool":
            parse_bool(raw, name)
        elif kind["type"] in ("int", "number", "date", "datetime") or kind.get("enum"):
            check_value(name, kind, _number_or_text(kind, raw))


def _number_or_text(kind: Doc, raw: str) -> Any:
    if kind["type"] == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw
