"""POST /batch: up to ten actions in one request, each answered as if sent on its own."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._context import Ctx, Routes
from ._http import Response
from ._util import ApiError

if TYPE_CHECKING:
    from collections.abc import Mapping

routes = Routes()
MAX_ACTIONS = 10
METHODS = ("get", "post", "put", "delete", "patch", "head")


@routes.post("/batch", locked=False)  # each action takes the state lock itself
def create_batch_request(ctx: Ctx) -> Response:
    actions = ctx.data().get("actions")
    if not isinstance(actions, list) or not 1 <= len(actions) <= MAX_ACTIONS:
        raise ApiError(400, f"actions: Must be a list of 1 to {MAX_ACTIONS} actions")
    checked = [check_action(n, action) for n, action in enumerate(actions)]
    return ctx.json({"data": [run(ctx, *action) for action in checked]})


def check_action(index: int, action: object) -> tuple[str, str, Any, dict[str, str]]:
    """(method, relative path, data, query) of one action, or a 400 naming what is wrong."""
    where = f"actions[{index}]"
    if not isinstance(action, dict):
        raise ApiError(400, f"{where}: Must be an object")
    path, method = action.get("relative_path"), action.get("method")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ApiError(400, f"{where}.relative_path: Must be a path such as /tasks/123")
    if not isinstance(method, str) or method.lower() not in METHODS:
        raise ApiError(400, f"{where}.method: Must be one of {', '.join(METHODS)}")
    options = action.get("options") or {}
    if not isinstance(options, dict):
        raise ApiError(400, f"{where}.options: Must be an object")
    return method.upper(), path, action.get("data"), query_of(options)


def query_of(options: Mapping[str, Any]) -> dict[str, str]:
    query = {}
    for name in ("limit", "offset"):
        if options.get(name) is not None:
            query[name] = str(options[name])
    for name in ("fields", "expand"):
        value = options.get(name)
        if isinstance(value, list):
            query["opt_fields" if name == "fields" else name] = ",".join(map(str, value))
    return query


def run(ctx: Ctx, method: str, path: str, data: Any, query: dict[str, str]) -> dict[str, Any]:
    """One action through the fake itself, with the batch request's credential."""
    url = f"{ctx.req.api_origin}/api/1.0{path}"
    if query:
        url = f"{url}?{urlencode(query)}"
    headers = ctx.req.headers.copy()
    body = [] if data is None else [json.dumps({"data": data}).encode()]
    answer = ctx.core.handle(method, url, headers, body)
    raw = answer.body if isinstance(answer.body, bytes) else b"".join(answer.body)
    try:
        document = json.loads(raw) if raw else {}
    except ValueError:
        document = {}
    return {"status_code": answer.status, "headers": {}, "body": document}
