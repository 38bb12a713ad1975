"""A test-side check that FakeAsana answers like the merged spec says Asana does.

Every API response the fake gives during a test is recorded (`recording_fake_responses`) and
checked against the response schema that `specs/merged/asana.yaml` documents for that
operation and status: the envelope, each field's type, format, enum and nullability, no field
beyond the schema's properties, and opt-in fields (`x-opt-in: true` in the project's specs,
mirroring "[Opt In]" in Asana's official spec) only when `opt_fields` asked for them.
Fields marked `x-conditional: true` ("*Conditional*" upstream) may be missing.

The merged spec has one schema per entity (`Task`, `User`, ...). Without `opt_fields` a record
must carry every documented field that is not opt-in: for a single record (an envelope's `data`,
or a nested record marked `x-full-record: true`) every field of the entity, for a list item or
a nested record only the fields marked `x-compact: true` (Asana's compact form). With
`opt_fields` the record may carry any field of the entity, and each requested field the schema
knows must be there.

The merge step turns response enums into plain strings (Asana adds values over time) and
keeps the known values in the description; the checker restores them from there, so an enum
value the spec does not know is still reported.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from jsonschema.exceptions import ValidationError, best_match
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from asana_client.testing import _server

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 5x faster
SPEC = Path(__file__).resolve().parents[2] / "specs" / "merged" / "asana.yaml"
API_PREFIX = "/api/1.0"
OPT_IN = "x-opt-in"
CONDITIONAL_FIELD = "x-conditional"  # sent only when it applies (a story's new_name)
COMPACT_FIELD = "x-compact"  # in the compact form (list items, nested records)
FULL_RECORD = "x-full-record"  # a nested record sent in full, not in its compact form
DEFAULT_FIELDS = "x-default-fields"  # on a response: a smaller default record than the entity's
KNOWN_VALUES = re.compile(r"Known values: (.*)\.\s*$")
# Present only in some answers: the error phrase on 5xx, next_page when paginating.
ALWAYS_OPTIONAL = {"phrase", "next_page"}
# Any record may stand behind these: what a dotted opt_fields selection adds is not checked.
OPEN_REFERENCES = ("AsanaResource", "AsanaNamedResource")
Doc = dict[str, Any]


@dataclass(frozen=True)
class Exchange:
    """One answer of the fake to an API request, as the client received it."""

    method: str
    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.url).path.removeprefix(API_PREFIX) or "/"

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.url).query, keep_blank_values=True)

    def label(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


# ---- schema preparation -----------------------------------------------------------------------


def _walk(node: Any, visit: Callable[[Doc], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _flatten_all_of(schemas: Doc) -> None:
    """`allOf: [A, {more}]` -> one flat object, so additionalProperties can be closed."""
    for name, schema in schemas.items():
        parts = schema.get("allOf")
        if not parts or len(parts) < 2:
            continue
        props: Doc = {}
        for part in parts:
            target = schemas[part["$ref"].rsplit("/", 1)[-1]] if "$ref" in part else part
            props.update(copy.deepcopy(target.get("properties", {})))
        flat = {k: v for k, v in schema.items() if k != "allOf"}
        schemas[name] = {**flat, "type": "object", "properties": props}


def _restore_enum(node: Doc) -> None:
    """Put back the response enum the merge moved into the description."""
    match = KNOWN_VALUES.search(str(node.get("description", "")))
    if match and node.get("type") == "string" and "enum" not in node:
        values: list[Any] = [v.strip() for v in match.group(1).split(",")]
        node["enum"] = [*values, None] if node.get("nullable") else values


def _nullable_reference(node: Doc) -> None:
    """`{allOf: [$ref], nullable: true}` -> null or the record (the validator would apply the
    referenced schema's non-null `type` to a null)."""
    if node.get("nullable") and "allOf" in node and "type" not in node:
        parts = node.pop("allOf")
        del node["nullable"]
        node["anyOf"] = [{"enum": [None]}, {"allOf": parts}]


def _close(node: Doc, *, selected: bool) -> None:
    """No field beyond the documented ones; by default every non-opt-in field is there."""
    props = node.get("properties")
    if not isinstance(props, dict) or "additionalProperties" in node:
        return
    node["additionalProperties"] = False
    if not selected:
        for name in [n for n, p in props.items() if isinstance(p, dict) and p.get(OPT_IN)]:
            del props[name]
        node["required"] = sorted(
            n for n, p in props.items() if n not in ALWAYS_OPTIONAL and not p.get(CONDITIONAL_FIELD)
        )


def _compact_name(name: str) -> str:
    return f"{name}Compact"


def _add_compact_forms(schemas: Doc) -> set[str]:
    """`Task` -> also `TaskCompact`: the entity with only its x-compact fields."""
    entities = {
        name
        for name, schema in schemas.items()
        if any(
            isinstance(p, dict) and p.get(COMPACT_FIELD)
            for p in schema.get("properties", {}).values()
        )
    }
    for name in entities:
        schema = schemas[name]
        props = {n: p for n, p in schema["properties"].items() if p.get(COMPACT_FIELD)}
        schemas[_compact_name(name)] = {**copy.deepcopy(schema), "properties": copy.deepcopy(props)}
    return entities


def _sent_in_full(prop_name: str, prop: Any) -> bool:
    """A single-record envelope's `data`, or a nested record the spec marks as sent in full."""
    if not isinstance(prop, dict):
        return True
    return bool(prop.get(FULL_RECORD)) or (prop_name == "data" and prop.get("type") != "array")


def _use_compact_forms(schemas: Doc) -> None:
    """List items and nested records reference the compact form of their entity."""
    entities = _add_compact_forms(schemas)

    def retarget(node: Doc) -> None:
        name = str(node.get("$ref", "")).rsplit("/", 1)[-1]
        if name in entities:
            node["$ref"] = f"#/components/schemas/{_compact_name(name)}"

    for schema in schemas.values():
        for prop_name, prop in schema.get("properties", {}).items():
            if not _sent_in_full(prop_name, prop):
                _walk(prop, retarget)


def _open_references(schemas: Doc) -> None:
    for name in OPEN_REFERENCES:
        schemas[name] = {**schemas[name], "additionalProperties": True}


def with_response_forms(doc: Doc) -> Doc:
    """A response marked x-default-fields (addUserForWorkspace's user, without workspaces) gets
    its own envelope and record for checking, where every other field of the entity is opt-in:
    not sent by default, allowed when opt_fields asks for it."""
    doc = copy.deepcopy(doc)
    schemas = doc["components"]["schemas"]
    for item in doc["paths"].values():
        for op in item.values():
            for status, response in op.get("responses", {}).items():
                fields = response.get(DEFAULT_FIELDS)
                if not fields:
                    continue
                content = response["content"]["application/json"]
                envelope_name = content["schema"]["$ref"].rsplit("/", 1)[-1]
                envelope = copy.deepcopy(schemas[envelope_name])
                entity_ref = envelope["properties"]["data"]["allOf"][0]
                entity = entity_ref["$ref"].rsplit("/", 1)[-1]
                form = f"{entity}_{op['operationId']}_{status}"
                record = copy.deepcopy(schemas[entity])
                for name, prop in record["properties"].items():
                    if name not in fields:
                        prop[OPT_IN] = True
                schemas[form] = record
                entity_ref["$ref"] = f"#/components/schemas/{form}"
                schemas[f"{form}_envelope"] = envelope
                content["schema"] = {"$ref": f"#/components/schemas/{form}_envelope"}
    return doc


def prepare_schemas(doc: Doc, *, selected: bool) -> Doc:
    """The components/schemas of the merged spec, tightened for checking responses."""
    schemas: Doc = copy.deepcopy(doc["components"]["schemas"])
    _flatten_all_of(schemas)
    if not selected:
        _use_compact_forms(schemas)
    _walk(schemas, _restore_enum)
    _walk(schemas, _nullable_reference)
    for name, schema in schemas.items():
        if not name.endswith(("Request", "RequestBody")):
            _walk(schema, lambda node: _close(node, selected=selected))
    if selected:
        _open_references(schemas)
    return schemas


# ---- opt_fields -------------------------------------------------------------------------------

Selection = dict[str, "Selection"]


def parse_selection(values: list[str] | None) -> Selection | None:
    """`opt_fields=a,b.c` -> {"a": {}, "b": {"c": {}}} (None when not given)."""
    if not values:
        return None
    sel: Selection = {}
    for value in values:
        for item in value.split(","):
            node = sel
            for part in (p for p in item.strip().removeprefix("this.").split(".") if p):
                node = node.setdefault(part, {})
    return sel or None


# ---- the checker ------------------------------------------------------------------------------


class SpecConformance:
    """Finds the operation of an exchange and lists every way its answer breaks the spec."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc  # the merged spec as written
        checked = with_response_forms(doc)
        self.operations = self._operations(checked)
        self.variants = {
            selected: prepare_schemas(checked, selected=selected) for selected in (False, True)
        }
        self._validators: dict[tuple[str, bool], OAS30Validator] = {}

    @staticmethod
    def _operations(doc: Doc) -> list[tuple[str, re.Pattern[str], Doc]]:
        found = []
        for template, item in doc["paths"].items():
            regex = re.sub(r"\{\w+\}", "[^/]+", template)
            for method, op in item.items():
                if method in ("get", "put", "post", "delete"):
                    found.append((method.upper(), re.compile(f"^{regex}/?$"), op))
        # literal segments win over parameters (/tasks/search before /tasks/{task_gid})
        found.sort(key=lambda entry: entry[1].pattern.count("[^/]+"))
        return found

    def operation(self, method: str, path: str) -> Doc | None:
        for op_method, pattern, op in self.operations:
            if op_method == method and pattern.match(path):
                return op
        return None

    def _response_schema(self, op: Doc | None, status: int) -> tuple[Doc | None, str | None]:
        """(schema, problem): the documented body schema of this status, or why there is none."""
        if op is None:
            if status < 400:
                return None, "no operation in the spec answers this request"
            return {"$ref": "#/components/schemas/ErrorResponse"}, None
        response = op["responses"].get(str(status))
        if response is None:
            if status < 400:
                documented = sorted(op["responses"])
                return None, f"status {status} is not documented (documented: {documented})"
            return {"$ref": "#/components/schemas/ErrorResponse"}, None
        if "$ref" in response:
            response = self.doc["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        return response["content"]["application/json"]["schema"], None

    def violations(self, exchange: Exchange) -> list[str]:
        op = self.operation(exchange.method, exchange.path)
        schema, problem = self._response_schema(op, exchange.status)
        if problem is not None or schema is None:
            return [problem or "no schema"]
        if not exchange.content_type.startswith("application/json"):
            return [f"Content-Type {exchange.content_type!r}, not JSON"]
        try:
            body = json.loads(exchange.body)
        except ValueError:
            return ["the body is not JSON"]
        selection = parse_selection(exchange.query.get("opt_fields"))
        if exchange.status >= 400:
            selection = None
        found = self._schema_errors(body, schema, selected=selection is not None)
        if selection is not None and isinstance(body, dict):
            found += self._missing_selected(body.get("data"), schema, selection)
        return found

    def _validator(self, schema: Doc, selected: bool) -> OAS30Validator:
        key = (json.dumps(schema, sort_keys=True), selected)
        if key not in self._validators:
            root = {**schema, "components": {"schemas": self.variants[selected]}}
            self._validators[key] = OAS30Validator(root, format_checker=oas30_format_checker)
        return self._validators[key]

    def _schema_errors(self, body: Any, schema: Doc, *, selected: bool) -> list[str]:
        validator = self._validator(schema, selected)
        errors = [_innermost(e) for e in validator.iter_errors(body)]
        errors.sort(key=lambda e: [str(p) for p in e.absolute_path])
        return [f"{_where(e.absolute_path)}: {e.message[:300]}" for e in errors]

    # ---- requested fields are returned ----------------------------------------------------
    def _resolve(self, schema: Any) -> Doc:
        schemas = self.variants[True]
        while isinstance(schema, dict):
            if "$ref" in schema:
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
            elif "allOf" in schema and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            elif "anyOf" in schema:  # null or the record
                schema = next(s for s in schema["anyOf"] if s != {"enum": [None]})
            else:
                return schema
        return {}

    def _missing_selected(self, data: Any, envelope: Doc, selection: Selection) -> list[str]:
        item_schema = self._resolve(envelope).get("properties", {}).get("data", {})
        return list(self._walk_selection(data, item_schema, selection, "data"))

    def _walk_selection(
        self, value: Any, schema: Any, selection: Selection, where: str
    ) -> Iterator[str]:
        resolved = self._resolve(schema)
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from self._walk_selection(
                    item, resolved.get("items", {}), selection, f"{where}[{index}]"
                )
            return
        if not isinstance(value, dict):
            return
        props = resolved.get("properties", {})
        for name, sub in selection.items():
            if name not in props or (props[name].get(CONDITIONAL_FIELD) and name not in value):
                continue
            if name not in value:
                yield f"{where}.{name}: requested with opt_fields but not returned"
            elif sub:
                yield from self._walk_selection(value[name], props[name], sub, f"{where}.{name}")


def _innermost(error: ValidationError) -> ValidationError:
    """Through "null or record" (anyOf) to the reason the record itself failed."""
    while error.context:
        not_null = [e for e in error.context if e.validator_value != [None]]
        error = best_match(not_null or error.context) or error.context[0]
    return error


def _where(path: Any) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path) or "(body)"


@cache
def conformance() -> SpecConformance:
    with SPEC.open(encoding="utf-8") as handle:
        return SpecConformance(yaml.load(handle, Loader=FAST_LOADER))


# ---- recording --------------------------------------------------------------------------------


class ResponseLog:
    """Every API answer any FakeAsana gave while installed (both transports go through
    `Core.handle`); injected faults are left out, they imitate failures on purpose."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    def wrap(self, handle: Callable[..., Any]) -> Callable[..., Any]:
        def recording_handle(core: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            resp = handle(core, method, url, *args, **kwargs)
            api = urlsplit(url).path.startswith(API_PREFIX + "/")
            if api and not resp.drop and not resp.injected and isinstance(resp.body, bytes):
                ctype = resp.header("Content-Type") or ""
                with self._lock:
                    self.exchanges.append(Exchange(method, url, resp.status, ctype, resp.body))
            return resp

        return recording_handle

    def report(self, checker: SpecConformance) -> list[str]:
        with self._lock:
            exchanges = list(self.exchanges)
        lines = []
        for exchange in exchanges:
            for problem in checker.violations(exchange):
                lines.append(f"{exchange.label()} ({exchange.url}): {problem}")
        return lines


def fake_answers_match_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[ResponseLog]:
    """Body of an autouse fixture: record every answer of every FakeAsana during the test;
    at teardown fail the test if any of them breaks the merged spec (per test, so no result
    depends on test order)."""
    log = ResponseLog()
    monkeypatch.setattr(_server.Core, "handle", log.wrap(_server.Core.handle))
    yield log
    problems = log.report(conformance())
    assert not problems, "FakeAsana answered off-spec:\n" + "\n".join(problems[:40])
