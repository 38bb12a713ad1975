"""One generic wrapper turns a generated endpoint module into a facade method.

A namespace declares its operations as descriptors
(`get_task: RecordOperation[TaskResponse] = RecordOperation("tasks.get_task")`); a descriptor
reads the generated `sync_detailed` signature once, then on every call:

- checks path parameters (gids) and keyword arguments before anything is sent, so bad input is
  a `ValueError`/`TypeError` and not a confusing 404 or a silently dropped argument;
- converts friendly values (strings for enums and dates, a list for `opt_fields`) to what the
  generated code expects;
- builds the `{"data": ...}` body from keyword fields or one request model/mapping;
- sends the request the generated module builds and parses the answer with its parser, as
  `sync_detailed` does (the HTTP itself, retries and error mapping happen in the transport);
- unwraps the envelope: a record, None for an empty record, or a lazy `PageIterator`.

The generated modules are imported on first use, so `import asana_client` stays cheap.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from .. import _defaults
from .._errors import malformed_response
from .._pagination import Page, PageIterator

if TYPE_CHECKING:
    from .._client import Asana

__all__ = ["EmptyOperation", "ListOperation", "Namespace", "RecordOperation"]

T = TypeVar("T")

GENERATED_API = ".._generated.api."
GENERATED_MODELS = ".._generated.models"
PAGING_ARGUMENTS = frozenset({"limit", "offset", "max_items"})
ENVELOPE_ARGUMENTS = frozenset({"client", "body"})
EMAIL = re.compile(r"[^@\s/]+@[^@\s/]+")
# C0 and C1 control characters and DEL: never meaningful in a query value (search text, dates,
# names); refused rather than percent-encoded into something the caller did not mean.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Namespace:
    """A group of operations sharing one client (`client.tasks`, `client.projects`, ...)."""

    def __init__(self, client: Asana) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


# --- argument checks and conversions -----------------------------------------------------------


def check_path_parameter(name: str, value: object) -> str:
    """Gids are non-empty ASCII digits; a user may also be "me" or an email address."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value.isascii() and value.isdigit():
        return value
    if name == "user_gid" and (value == "me" or EMAIL.fullmatch(value)):
        return value
    allowed = 'digits, "me" or an email address' if name == "user_gid" else "digits"
    raise ValueError(f"{name} must be {allowed}, not {value!r}")


def join_fields(value: object) -> list[str]:
    """Asana wants opt_fields as ONE comma-separated value, not a repeated parameter. Each
    name is checked alone: a comma inside one would silently ask for two fields."""
    if isinstance(value, str):
        fields = [value]
    elif isinstance(value, Sequence) and all(isinstance(f, str) for f in value):
        fields = list(value)
    else:
        raise TypeError("opt_fields must be a sequence of field names (str)")
    for field in fields:
        if not visible_ascii(field) or "," in field:
            raise ValueError(
                f"opt_fields entries are single field names such as 'assignee.name' (visible "
                f"ASCII, no comma or space; give several as a list), not {field!r}"
            )
    return [",".join(fields)]


def visible_ascii(text: str) -> bool:
    """Non-empty printable ASCII without spaces: what a name or token in a URL can be."""
    return bool(text) and text.isascii() and text.isprintable() and " " not in text


def check_offset(offset: object) -> None:
    """A pagination offset is an opaque token Asana handed out: visible ASCII."""
    if offset is None:
        return
    if not isinstance(offset, str):
        raise TypeError(f"offset must be str, not {type(offset).__name__}")
    if not visible_ascii(offset):
        raise ValueError(
            f"offset must be an offset Asana returned (next_page.offset), not {offset!r}"
        )


def to_enum(name: str, value: object, enum_type: type[enum.Enum]) -> enum.Enum:
    try:
        return enum_type(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in enum_type)
        raise ValueError(f"{name} must be one of {known}, not {value!r}") from None


def to_temporal(name: str, value: object, kind: type[datetime.date]) -> datetime.date:
    """Accept a date/datetime or an ISO 8601 string for date and date-time parameters."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a {kind.__name__} or an ISO 8601 string, not {value!r}")


def to_query_value(name: str, value: object, accepted: tuple[type, ...]) -> object:
    if isinstance(value, str) and CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters, not {value!r}")
    for kind in accepted:
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return to_enum(name, value, kind)
    if datetime.datetime in accepted:
        return to_temporal(name, value, datetime.datetime)
    if datetime.date in accepted:
        return to_temporal(name, value, datetime.date)
    if str in accepted and isinstance(value, datetime.date):
        return value.isoformat()  # e.g. completed_since, typed as a string because of "now"
    scalar = tuple(k for k in accepted if k in (str, int, bool, float))
    if scalar and (
        not isinstance(value, scalar) or (isinstance(value, bool) and bool not in scalar)
    ):
        expected = " or ".join(k.__name__ for k in scalar)
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    return value


def jsonable(value: object) -> object:
    """Dates and datetimes to ISO strings, recursively, so request models can parse them."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def member_types(hint: object) -> tuple[type, ...]:
    """The concrete types of a hint such as `str | Unset` or `list[str] | Unset`."""
    members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    found = (typing.get_origin(m) or m for m in members)
    return tuple(m for m in found if isinstance(m, type) and m.__name__ != "Unset")


def enum_fields(model: type, models: Mapping[str, Any]) -> dict[str, type[enum.Enum]]:
    """Fields of a request model that take one of an enum's values. The generated parser
    keeps an unknown value of a nullable enum (`color`, `icon`) as a plain string, which
    Asana would refuse with a 400; the facade checks these fields itself."""
    hints = typing.get_type_hints(model, localns=dict(models))
    found = {}
    for name, hint in hints.items():
        for kind in member_types(hint):
            if issubclass(kind, enum.Enum):
                found[name] = kind
    return found


def check_enum_values(operation: str, data: object, fields: Mapping[str, type[enum.Enum]]) -> None:
    """Raise ValueError, naming the known values, for a string no enum member has."""
    for name, enum_type in fields.items():
        value = getattr(data, name)
        if isinstance(value, str) and not isinstance(value, enum_type):
            to_enum(f"{operation}(): {name}", value, enum_type)  # raises, listing known values


# --- the generated endpoint, read once -------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """What a generated `sync_detailed` takes: path params, query params, body model."""

    build_request: Callable[..., dict[str, Any]]  # the module's _get_kwargs
    parse_response: Callable[..., Any]  # the module's _parse_response
    path: tuple[str, ...]
    query: Mapping[str, tuple[type, ...]]
    required: frozenset[str]
    body: type | None  # the generated *Body envelope
    data: type | None  # the request model inside it
    data_enums: Mapping[str, type[enum.Enum]]  # request fields whose values Asana enumerates
    summary: str | None  # the first paragraphs of the generated docstring

    @classmethod
    def load(cls, name: str) -> Endpoint:
        module = importlib.import_module(GENERATED_API + name, __package__)
        call = module.sync_detailed
        hints = typing.get_type_hints(call)
        path, query, required = [], {}, set()
        for param in inspect.signature(call).parameters.values():
            if param.kind is param.POSITIONAL_OR_KEYWORD:
                path.append(param.name)
            elif param.name not in ENVELOPE_ARGUMENTS:
                query[param.name] = member_types(hints[param.name])
                if param.default is param.empty:
                    required.add(param.name)
        body = next(iter(member_types(hints["body"])), None) if "body" in hints else None
        data, data_enums = None, {}
        if body is not None:  # its `data` annotation names a model imported for type checking
            models = vars(importlib.import_module(GENERATED_MODELS, __package__))
            data = typing.get_type_hints(body, localns=models)["data"]
            data_enums = enum_fields(data, models)
        return cls(
            module._get_kwargs,
            module._parse_response,
            tuple(path),
            query,
            frozenset(required),
            body,
            data,
            data_enums,
            (call.__doc__ or "").split("Args:")[0],
        )

    def body_fields(self) -> frozenset[str]:
        if self.data is None:
            return frozenset()
        return frozenset(f.name for f in attrs.fields(self.data) if f.init)


class Operation(Generic[T]):
    """A facade method backed by one generated endpoint module (e.g. "tasks.get_task")."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.__doc__ = f"Asana's {name.split('.')[-1]} operation (see the Asana API reference)."

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @cached_property
    def endpoint(self) -> Endpoint:
        return Endpoint.load(self.name)

    def __get__(self, namespace: Namespace | None, owner: type) -> Callable[..., T]:
        if namespace is None:
            return cast(Callable[..., T], self)
        bound = partial(self.invoke, namespace._client)
        bound.__doc__ = self.describe()
        bound.__signature__ = self.signature()  # type: ignore[attr-defined]
        namespace.__dict__[self.attribute] = bound  # later lookups skip the descriptor
        return cast(Callable[..., T], bound)

    def describe(self) -> str:
        """The generated summary, for help() and IDEs, without the generated-layer details."""
        text = inspect.cleandoc(self.endpoint.summary or "")
        return f"{text}\n\nAsana operation {self.name.split('.')[-1]} (see the Asana API docs)."

    def signature(self) -> inspect.Signature:
        """What the call really accepts: path parameters positionally, the rest by keyword."""
        endpoint = self.endpoint
        positional = [
            inspect.Parameter(n, inspect.Parameter.POSITIONAL_ONLY) for n in endpoint.path
        ]
        if endpoint.body is not None:
            positional.append(
                inspect.Parameter("request", inspect.Parameter.POSITIONAL_ONLY, default=None)
            )
        names = [*endpoint.query, *sorted(endpoint.body_fields()), *self.extra_keywords()]
        keywords = [
            inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=None)
            for n in dict.fromkeys(names)
        ]
        return inspect.Signature(positional + keywords)

    def extra_keywords(self) -> tuple[str, ...]:
        return ()

    def invoke(self, client: Asana, /, *args: Any, **kwargs: Any) -> T:
        raise NotImplementedError

    # The pieces every kind of operation shares.

    def prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """Checked, converted arguments for `sync_detailed` (raises before any request)."""
        endpoint = self.endpoint
        body_arg, path_args = self.split_positional(args)
        call_args: dict[str, Any] = {
            name: check_path_parameter(name, value)
            for name, value in zip(endpoint.path, path_args, strict=True)
        }
        fields = {k: v for k, v in kwargs.items() if k not in endpoint.query}
        for name, value in kwargs.items():
            if name in endpoint.query and value is not None:
                call_args[name] = self.query_value(name, value)
        missing = sorted(endpoint.required - set(call_args))
        if missing:
            raise TypeError(f"{self.attribute}() missing required keyword argument(s): {missing}")
        if endpoint.body is not None:
            call_args["body"] = self.build_body(body_arg, fields)
        elif fields:
            raise TypeError(
                f"{self.attribute}() got unexpected keyword argument(s): {sorted(fields)}"
            )
        return call_args

    def split_positional(self, args: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
        count = len(self.endpoint.path)
        has_body = self.endpoint.body is not None
        if len(args) == count + 1 and has_body:
            return args[-1], args[:-1]
        if len(args) != count:
            names = ", ".join(self.endpoint.path) or "no path parameters"
            raise TypeError(f"{self.attribute}() takes {names} positionally; got {len(args)}")
        return None, args

    def query_value(self, name: str, value: object) -> object:
        if name == "opt_fields":
            return join_fields(value)
        return to_query_value(name, value, self.endpoint.query[name])

    def build_body(self, given: object, fields: dict[str, Any]) -> Any:
        endpoint = self.endpoint
        assert endpoint.body is not None and endpoint.data is not None
        data_model = endpoint.data
        if given is not None and fields:
            raise TypeError(
                f"{self.attribute}(): pass a request object or keyword fields, not both"
            )
        if isinstance(given, data_model):
            check_enum_values(self.attribute, given, endpoint.data_enums)
            return endpoint.body(data=given)
        if given is not None and not isinstance(given, Mapping):
            raise TypeError(
                f"{self.attribute}(): the request must be a mapping or {data_model.__name__}"
            )
        if given is None:
            unknown = sorted(set(fields) - endpoint.body_fields())
            if unknown:
                raise TypeError(f"{self.attribute}() got unexpected keyword argument(s): {unknown}")
        source = given if given is not None else fields
        try:
            data = data_model.from_dict(jsonable(source))  # type: ignore[attr-defined]
        except KeyError as exc:
            raise TypeError(f"{self.attribute}() missing required field {exc.args[0]!r}") from None
        except ValueError as exc:
            raise ValueError(f"{self.attribute}(): {exc}") from None
        check_enum_values(self.attribute, data, endpoint.data_enums)
        return endpoint.body(data=data)

    def send(self, client: Asana, call_args: dict[str, Any]) -> Any:
        """Do what the generated `sync_detailed` does, in its halves (build the request, parse
        the answer), so that a body that does not parse still becomes an AsanaError carrying
        the response and its status. HTTP errors never get here: the transport raised them."""
        request = self.endpoint.build_request(**call_args)
        if not request.get("params"):  # an empty dict still costs httpx a third URL parse
            request.pop("params", None)
        response = client._send(request)
        try:
            parsed = self.endpoint.parse_response(client=client.raw, response=response)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise malformed_response(response, self.attribute) from exc
        if not self.well_formed(getattr(parsed, "data", None)):
            raise malformed_response(response, self.attribute)
        return parsed

    @staticmethod
    def well_formed(data: object) -> bool:
        """A record is a model instance; `{"data": "x"}` must not come back as "x"."""
        return attrs.has(type(data))


class RecordOperation(Operation[T]):
    """Returns one record (TaskResponse, ProjectResponse, ...)."""

    def invoke(self, client: Asana, /, *args: Any, **kwargs: Any) -> T:
        return cast(T, self.send(client, self.prepare(args, kwargs)).data)


class EmptyOperation(Operation[None]):
    """Returns None: Asana answers an empty record (deletes, add/remove relations)."""

    def invoke(self, client: Asana, /, *args: Any, **kwargs: Any) -> None:
        self.send(client, self.prepare(args, kwargs))


class ListOperation(Operation[PageIterator[T]]):
    """Returns a lazy PageIterator; nothing is sent until iteration starts."""

    @staticmethod
    def well_formed(data: object) -> bool:
        return isinstance(data, list)  # the generated parser already made each item a model

    def extra_keywords(self) -> tuple[str, ...]:
        return ("max_items",)

    def invoke(self, client: Asana, /, *args: Any, **kwargs: Any) -> PageIterator[T]:
        paging = {k: kwargs.pop(k) for k in PAGING_ARGUMENTS & kwargs.keys()}
        paged = "limit" in self.endpoint.query
        limit = paging.get("limit")
        if paged and limit is None:
            limit = _defaults.PAGE_LIMIT
        elif not paged and (limit is not None or paging.get("offset") is not None):
            raise TypeError(f"{self.attribute}() is not paginated by Asana: no limit or offset")
        check_offset(paging.get("offset"))
        call_args = self.prepare(args, kwargs)

        def fetch(offset: str | None, page_size: int | None) -> Page[T]:
            page_args = dict(call_args)
            if offset is not None:
                page_args["offset"] = offset
            if page_size is not None:
                page_args["limit"] = page_size
            parsed = self.send(client, page_args)
            next_page = getattr(parsed, "next_page", None)
            next_offset = getattr(next_page, "offset", None)
            return Page(list(parsed.data), next_offset if isinstance(next_offset, str) else None)

        return PageIterator(
            fetch,
            limit=limit,
            max_items=paging.get("max_items"),
            offset=paging.get("offset"),
            executor=client._prefetch_executor(),
        )
