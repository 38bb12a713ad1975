"""Per-request context handed to handlers, and the route table they register into."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs

from ._http import Request, Response
from ._model import Entity, State, User, Workspace
from ._render import Renderer, parse_opt_fields
from ._util import ApiError, dumps, parse_bool

if TYPE_CHECKING:
    from ._server import Core

E = TypeVar("E", bound=Entity)
Handler = Callable[..., Response]
MAX_JSON_BYTES = 16 * 1024 * 1024


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    write: bool
    locked: bool = True  # False: the handler takes the state lock itself (uploads)


class Routes:
    """Collects `(method, path template, handler)` triples; `{name}` matches one segment."""

    def __init__(self) -> None:
        self.items: list[Route] = []

    def add(
        self, method: str, template: str, *, locked: bool = True
    ) -> Callable[[Handler], Handler]:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)

        def deco(fn: Handler) -> Handler:
            pattern = re.compile(f"^{regex}/?$")
            self.items.append(Route(method, pattern, fn, method != "GET", locked))
            return fn

        return deco

    def get(self, template: str) -> Callable[[Handler], Handler]:
        return self.add("GET", template)

    def post(self, template: str, *, locked: bool = True) -> Callable[[Handler], Handler]:
        return self.add("POST", template, locked=locked)

    def put(self, template: str) -> Callable[[Handler], Handler]:
        return self.add("PUT", template)

    def delete(self, template: str) -> Callable[[Handler], Handler]:
        return self.add("DELETE", template)


class Ctx:
    """Helpers every handler needs: body parsing, lookups with access checks, rendering."""

    def __init__(self, core: Core, req: Request, user: User) -> None:
        self.core = core
        self.req = req
        self.user = user
        self.state: State = core.state
        self._data: dict[str, Any] | None = None
        self.renderer = Renderer(
            core.state, parse_opt_fields(req.query.get("opt_fields")), core.extra_fields(req)
        )

    # ---- input -------------------------------------------------------------------------
    def arg(self, name: str) -> str | None:
        return self.req.arg(name)

    def bool_arg(self, name: str) -> bool | None:
        return parse_bool(self.arg(name), name)

    def data(self) -> dict[str, Any]:
        """The `data` object of a JSON (or form-encoded) body; 400 when missing."""
        if self._data is not None:
            return self._data
        raw = self.req.body.read(MAX_JSON_BYTES + 1)
        if len(raw) > MAX_JSON_BYTES:
            raise ApiError(413, "Request body is too large.")
        ctype = (self.req.headers.get("content-type") or "").lower()
        if "application/x-www-form-urlencoded" in ctype:
            form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
            self._data = {k: v[0] if len(v) == 1 else v for k, v in form.items()}
            return self._data
        if not raw.strip():
            raise ApiError(400, "data: Missing input")
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "Could not parse request data, invalid JSON") from None
        if not isinstance(body, dict) or "data" not in body:
            raise ApiError(400, "data: Missing input")
        if not isinstance(body["data"], dict):
            raise ApiError(400, "data: Value must be an object")
        self._data = body["data"]
        return self._data

    # ---- lookups -----------------------------------------------------------------------
    def check_access(self, ent: Entity) -> None:
        """403 for records in a workspace the caller does not belong to."""
        ws = self.state.workspace_of(ent)
        if ws is not None and ws not in self.user.workspaces:
            raise ApiError(403, "Forbidden")

    def get(self, cls: type[E], gid: object, param: str | None = None) -> E:
        ent = self.state.get(gid, cls, param)
        self.check_access(ent)
        return ent

    def workspace(self, gid: object, param: str | None = "workspace") -> Workspace:
        return self.get(Workspace, gid, param)

    def resolve_user(self, value: object, param: str) -> User:
        """Users may be named by gid, "me" or email address."""
        if value == "me":
            return self.user
        if isinstance(value, str) and "@" in value:
            for ent in self.core.users_by_email(value.lower()):
                return ent
            raise ApiError(404, f"{param}: Unknown object: {value}")
        return self.state.get(value, User, param)

    def require_premium(self, workspace_gid: str) -> None:
        ws = self.state.find(workspace_gid, Workspace)
        if ws is not None and not ws.premium:
            raise ApiError(402, "Payment Required")

    # ---- output ------------------------------------------------------------------------
    def json(self, payload: Any, status: int = 200, location: str | None = None) -> Response:
        pretty = parse_bool(self.arg("opt_pretty"), "opt_pretty") or False
        headers = [("Content-Type", "application/json; charset=UTF-8")]
        if location:
            headers.append(("Location", location))
        return Response(status, headers, dumps(payload, pretty))

    def record(self, ent: Entity, status: int = 200, *, created: str | None = None) -> Response:
        """Full record (or opt_fields selection); `created` is the Location path segment."""
        location = f"/api/1.0/{created}/{ent.gid}" if created else None
        return self.json({"data": self.renderer.record(ent)}, status, location)

    def empty(self) -> Response:
        return self.json({"data": {}})

    def listing(
        self,
        produce: Callable[[], list[str]],
        cls: type[Entity],
        *,
        unpaged_max: int = 1000,
    ) -> Response:
        """A paginated list of compact records of type `cls` in `produce()` order."""

        def render(gid: str) -> dict[str, Any] | None:
            ent = self.state.find(gid, cls)
            return self.renderer.record(ent, compact=True) if ent is not None else None

        payload = self.core.pager.page(
            path=self.req.path,
            query=self.req.query,
            api_base=f"{self.req.api_origin}/api/1.0",
            produce=produce,
            render=render,
            unpaged_max=unpaged_max,
        )
        return self.json(payload)

    def records(self, ents: list[Any], *, names: tuple[str, ...] | None = None) -> Response:
        """A non-paginated list (search, typeahead); `names`: the default fields."""
        rendered = [self.renderer.record(e, compact=True, names=names) for e in ents]
        return self.json({"data": rendered})
