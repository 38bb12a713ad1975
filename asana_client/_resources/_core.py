"""The one place that decides how an operation is sent: every generated method calls into it.

A generated method (`_resources/<tag>.py`, written by `specs/facade.py`) has the real static
signature and hands its arguments here together with an `Operation`, a descriptor generated
from the merged spec: method, path, what each query parameter and body field accepts, and the
model of the result. This module then

- checks every argument at run time too (callers without a type checker get a `TypeError` or
  `ValueError` naming the parameter, before anything is sent);
- encodes the query (booleans as true/false, dates as ISO 8601, lists comma-joined) and wraps
  body fields as `{"data": {...}}`;
- sends through `Asana._send` (credential, limits, retries and error mapping live below it);
- parses `body["data"]` with the result model: a record, None for an empty record, a lazy
  `PageIterator` that follows `next_page.offset`, or (for a write answered with a list, the
  batch API) the list itself. An answer with top-level fields besides `data` (the events'
  `sync` and `has_more`, a new webhook's secret) is parsed whole, with its document model.

So 247 operations cost spec lines, not code.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

from .. import _defaults
from .._errors import malformed_response
from .._generated.types import Unset
from .._pagination import Page, PageIterator
from .._params import (
    check_gid_list,
    check_offset,
    check_path_parameter,
    check_text,
    join_fields,
)
from ._walk import created_at_walk, warn_if_truncated

if TYPE_CHECKING:
    import httpx

    from .._client import Asana

__all__ = ["Body", "Kind", "Namespace", "Operation"]

GENERATED_MODELS = ".._generated.models"
T = TypeVar("T")
Shape = Literal["record", "list", "empty", "items", "document"]


@dataclass(frozen=True)
class Kind:
    """What one query parameter or body field accepts.

    `type` is one of: str, int, number, bool, date, datetime, gids (a comma-joined list of gids
    in a query, a list of gids in a body), list (of anything JSON), object (a mapping), any.
    """

    type: str
    enum: tuple[str, ...] = ()
    nullable: bool = False
    specials: tuple[str, ...] = ()  # strings accepted besides the type ("now", "null")


@dataclass(frozen=True)
class Body:
    """The request body: the request model's name, its fields and which are required."""

    model: str
    fields: Mapping[str, Kind]
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation of the API, as the generated methods describe it to the core. `T` is
    what it returns: its record's model (a list's item model), or None."""

    name: str  # the operationId in snake_case, for messages
    method: str
    path: str  # "/tasks/{task_gid}"
    shape: Shape
    model: str | None = None  # the result record's model (items, for a list)
    query: Mapping[str, tuple[str, Kind]] = field(default_factory=dict)  # python name -> wire
    body: Body | None = None
    paged: bool = False  # Asana answers with next_page.offset
    sized: bool = False  # ... and takes a page size (`limit`)
    walk: bool = False  # a search without offsets: every match is reached through created_at
    # A stream (the audit log): once caught up, Asana still points at a next page from pages
    # without items; the first such page ends the list instead of paging through nothing.
    empty_page_ends: bool = False


class Namespace:
    """A group of operations sharing one client (`client.tasks`, `client.projects`, ...)."""

    def __init__(self, client: Asana) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _record(
        self,
        operation: Operation[T],
        path: Sequence[object],
        query: Mapping[str, object],
        request: object = None,
        fields: Mapping[str, object] | None = None,
    ) -> T:
        """Send the operation and return its record."""
        response = self._client._send(
            operation.method, *prepare(operation, path, query, request, fields)
        )
        return cast(T, parse_record(operation, response))

    def _document(
        self,
        operation: Operation[T],
        path: Sequence[object],
        query: Mapping[str, object],
        request: object = None,
        fields: Mapping[str, object] | None = None,
    ) -> T:
        """Send the operation and return its whole answer, parsed with the document model: for
        answers whose top-level fields besides `data` matter (`sync`, `has_more`)."""
        response = self._client._send(
            operation.method, *prepare(operation, path, query, request, fields)
        )
        return cast(T, parse_model(operation, response, document_of(operation, response)))

    def _items(
        self,
        operation: Operation[T],
        path: Sequence[object],
        query: Mapping[str, object],
        request: object = None,
        fields: Mapping[str, object] | None = None,
    ) -> list[T]:
        """Send a write answered with a list (the batch API) now, and return that list: a
        write must not wait for someone to iterate, and Asana does not page its answer."""
        response = self._client._send(
            operation.method, *prepare(operation, path, query, request, fields)
        )
        return cast(list[T], parse_page(operation, response).items)

    def _empty(
        self,
        operation: Operation[None],
        path: Sequence[object],
        query: Mapping[str, object],
        request: object = None,
        fields: Mapping[str, object] | None = None,
    ) -> None:
        """Send an operation whose answer is an empty record (deletes, add/remove relations)."""
        self._client._send(operation.method, *prepare(operation, path, query, request, fields))

    def _list(
        self,
        operation: Operation[T],
        path: Sequence[object],
        query: Mapping[str, object],
        *,
        limit: int | None = None,
        offset: str | None = None,
        max_items: int | None = None,
    ) -> PageIterator[T]:
        """A lazy iterator over the operation's list; nothing is sent until iteration."""
        url, params, _ = prepare(operation, path, query, None, None)
        if operation.walk:
            return self._search(operation, url, params, max_items)
        check_offset(offset)
        if not operation.sized and limit is not None:
            raise TypeError(f"{operation.name}() takes no limit: Asana decides its page size")
        page_size = (_defaults.PAGE_LIMIT if limit is None else limit) if operation.sized else None
        client = self._client

        def fetch(page_offset: str | None, size: int | None) -> Page[T]:
            page_params = dict(params)
            if page_offset is not None:
                page_params["offset"] = page_offset
            if size is not None:
                page_params["limit"] = str(size)
            response = client._send(operation.method, url, page_params, None)
            return cast(Page[T], parse_page(operation, response))

        return PageIterator(
            fetch,
            limit=page_size,
            max_items=max_items,
            offset=offset,
            executor=client._prefetch_executor(),
        )

    def _search(
        self, operation: Operation[T], url: str, params: dict[str, str], max_items: int | None
    ) -> PageIterator[T]:
        """Every match of a search, walking created_at (see _walk.py); other sorts stop at
        Asana's 100 with a warning."""
        client = self._client

        def search(page_params: Mapping[str, str]) -> list[tuple[Any, datetime.datetime]]:
            response = client._send(operation.method, url, page_params, None)
            items = parse_page(operation, response).items
            if not all(
                isinstance(getattr(i, "created_at", None), datetime.datetime) for i in items
            ):
                raise malformed_response(response, operation.name)  # created_at was asked for
            return [(item, item.created_at) for item in items]

        sort_by = params.get("sort_by")
        if sort_by not in (None, "created_at"):

            def single(offset: str | None, size: int | None) -> Page[T]:
                response = client._send(operation.method, url, params, None)
                page = cast(Page[T], parse_page(operation, response))
                warn_if_truncated(operation.name, len(page.items), sort_by)
                return page

            fetch = single
        else:
            fields = params.get("opt_fields")
            wanted = fields.split(",") if fields else list(SEARCH_DEFAULT_FIELDS)
            walk_params = {**params, "opt_fields": ",".join(dict.fromkeys([*wanted, "created_at"]))}
            fetch = created_at_walk(search, walk_params)
        return PageIterator(
            fetch, limit=None, max_items=max_items, executor=client._prefetch_executor()
        )


# What a search returns when no opt_fields are given (the compact task). Asking for created_at
# (which the walk needs) replaces that default set, so the walk asks for these too.
SEARCH_DEFAULT_FIELDS = ("name", "resource_type", "resource_subtype")


# --- building the request ------------------------------------------------------------------


def prepare(
    operation: Operation[Any],
    path: Sequence[object],
    query: Mapping[str, object],
    request: object,
    fields: Mapping[str, object] | None,
) -> tuple[str, dict[str, str], object]:
    """(path with its parameters filled in, encoded query, JSON body or None)."""
    url = fill_path(operation, path)
    params = encode_query(operation, query)
    body = None
    if operation.body is not None:
        body = {"data": build_data(operation, operation.body, request, fields or {})}
    return url, params, body


def fill_path(operation: Operation[Any], values: Sequence[object]) -> str:
    url = operation.path
    names = [part[1:-1] for part in url.split("/") if part.startswith("{")]
    if len(values) != len(names):
        raise TypeError(f"{operation.name}() takes {', '.join(names) or 'no path parameters'}")
    for name, value in zip(names, values, strict=True):
        url = url.replace(f"{{{name}}}", check_path_parameter(name, value))
    return url


def encode_query(operation: Operation[Any], query: Mapping[str, object]) -> dict[str, str]:
    params: dict[str, str] = {}
    for name, value in query.items():
        if value is None:
            continue
        if name == "opt_fields":
            params["opt_fields"] = join_fields(value)
            continue
        wire, kind = operation.query[name]
        params[wire] = query_value(f"{operation.name}(): {name}", value, kind)
    return params


def query_value(name: str, value: object, kind: Kind) -> str:
    if kind.type == "bool":
        if not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
        return "true" if value else "false"
    if kind.type == "gids":
        return check_gid_list(name, value)
    converted = json_value(name, value, kind)
    return check_text(name, converted) if isinstance(converted, str) else str(converted)


def build_data(
    operation: Operation[Any], body: Body, request: object, fields: Mapping[str, object]
) -> dict[str, object]:
    """The `data` object from keyword fields, or from one request model or mapping."""
    given = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    if request is not None and given:
        raise TypeError(f"{operation.name}(): pass a request or keyword fields, not both")
    if request is not None:
        given = request_fields(operation, body, request)
    data: dict[str, object] = {}
    for name, value in given.items():
        kind = body.fields.get(name)
        data[name] = (
            jsonable(value)
            if kind is None
            else json_value(f"{operation.name}(): {name}", value, kind)
        )
    missing = sorted(body.required - data.keys())
    if missing:
        raise TypeError(f"{operation.name}() needs {', '.join(missing)}")
    return data


def request_fields(operation: Operation[Any], body: Body, request: object) -> dict[str, object]:
    """A request model's fields, or a mapping's. Fields Asana does not document pass through
    (the API may know more than this client); the envelope itself does not."""
    to_dict = getattr(request, "to_dict", None)
    if callable(to_dict) and type(request).__name__ == body.model:
        return dict(to_dict())
    if not isinstance(request, Mapping) or not all(isinstance(k, str) for k in request):
        raise TypeError(
            f"{operation.name}(): the request must be a {body.model} or a mapping of its fields"
        )
    if "data" in request and "data" not in body.fields:
        raise TypeError(
            f"{operation.name}(): pass the record's fields; the client adds the data envelope"
        )
    return dict(request)


def json_value(name: str, value: object, kind: Kind) -> object:
    """Check one value against its kind and turn it into JSON (dates as ISO 8601 text)."""
    if value is None:
        if kind.nullable:
            return None
        raise TypeError(f"{name} may not be None")
    if isinstance(value, str) and value in kind.specials:
        return value
    if kind.enum:
        if value not in kind.enum:
            known = ", ".join(repr(v) for v in kind.enum)
            raise ValueError(f"{name} must be one of {known}, not {value!r}")
        return value
    check = CHECKS.get(kind.type)
    return check(name, value) if check is not None else jsonable(value)


def as_text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def as_int(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def as_number(name: str, value: object) -> float | int:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    return value


def as_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def as_date(name: str, value: object) -> str:
    return iso_text(name, value, datetime.date)


def as_datetime(name: str, value: object) -> str:
    return iso_text(name, value, datetime.datetime)


def iso_text(name: str, value: object, kind: type[datetime.date]) -> str:
    """A date (or datetime) object, or a string that parses as one, as ISO 8601 text."""
    is_datetime = isinstance(value, datetime.datetime)
    if isinstance(value, datetime.date) and is_datetime == (kind is datetime.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            kind.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise ValueError(f"{name} must be a {kind.__name__} or an ISO 8601 string, not {value!r}")


def as_gid_list(name: str, value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of gids, not {type(value).__name__}")
    return [as_text(name, item) for item in value]


def as_list(name: str, value: object) -> object:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list, not {type(value).__name__}")
    return jsonable(value)


def as_object(name: str, value: object) -> object:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    return jsonable(value)


CHECKS = {
    "str": as_text,
    "int": as_int,
    "number": as_number,
    "bool": as_bool,
    "date": as_date,
    "datetime": as_datetime,
    "gids": as_gid_list,
    "list": as_list,
    "object": as_object,
}


def jsonable(value: object) -> object:
    """Dates to ISO strings and request models to dicts, recursively."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


# --- reading the answer --------------------------------------------------------------------


def model_class(name: str) -> Any:
    """A generated model by name; the models package loads each model on first use."""
    return getattr(importlib.import_module(GENERATED_MODELS, __package__), name)


def parse_record(operation: Operation[Any], response: httpx.Response) -> Any:
    data = document_of(operation, response).get("data")
    if not isinstance(data, dict):
        raise malformed_response(response, operation.name)
    return parse_model(operation, response, data)


def parse_page(operation: Operation[Any], response: httpx.Response) -> Page[Any]:
    document = document_of(operation, response)
    data = document.get("data")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise malformed_response(response, operation.name)
    items = parse_models(operation, response, data)
    next_page = document.get("next_page") if operation.paged else None
    if operation.empty_page_ends and not items:
        next_page = None
    offset = next_page.get("offset") if isinstance(next_page, dict) else None
    return Page(items, offset if isinstance(offset, str) and offset else None)


def parse_model(operation: Operation[Any], response: httpx.Response, data: dict[str, Any]) -> Any:
    return parse_models(operation, response, [data])[0]


def parse_models(
    operation: Operation[Any], response: httpx.Response, data: list[dict[str, Any]]
) -> list[Any]:
    """Records of the operation's model (the model looked up once, not per item: a page of 100
    is the hot path of every listing)."""
    if operation.model is None:
        return data
    from_dict = model_class(operation.model).from_dict
    try:
        return [from_dict(item) for item in data]
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise malformed_response(response, operation.name) from exc


def document_of(operation: Operation[Any], response: httpx.Response) -> dict[str, Any]:
    try:
        document = response.json()
    except (ValueError, RecursionError) as exc:
        raise malformed_response(response, operation.name) from exc
    if not isinstance(document, dict) or "data" not in document:
        raise malformed_response(response, operation.name)
    return document
