"""Merge specs/*.yaml into one OpenAPI 3.0 document for openapi-python-client.

Dev-only tooling (never imported by asana_client). Input: the upstream seed specs (kept as given),
the hand-written entity specs and common.yaml, and overrides.yaml (the seed corrections). Output:
specs/merged/asana.yaml, committed so that a spec change shows up as a readable diff.

    python specs/merge.py            # write the merged document
    python specs/merge.py --check    # merge and validate, write nothing

Every correction is a named function below or an entry of overrides.yaml with its reason. The
merge refuses (MergeError) two files defining the same path+method, operationId or component
differently, so a new seed drop can never silently shadow a hand-written definition.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

SPECS = Path(__file__).resolve().parent
OUTPUT = SPECS / "merged" / "asana.yaml"
SEED_FILES = ("attachments.yaml", "tasks.yaml")
NOT_FRAGMENTS = {"overrides.yaml"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SHARED_PARAMETERS = ("opt_fields", "opt_pretty", "limit", "offset")
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "404": "NotFound",
    "500": "InternalServerError",
}
# Statuses every operation documents (the official spec lists these on all in-scope operations).
ALWAYS_DOCUMENTED_ERRORS = ("400", "401", "403", "404", "500")

Doc = dict[str, Any]


class MergeError(Exception):
    """The inputs contradict each other; the message names both sources."""


def ref(kind: str, name: str) -> Doc:
    return {"$ref": f"#/components/{kind}/{name}"}


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def operations(doc: Doc) -> Iterator[tuple[str, str, Doc]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


# --- overrides.yaml: seed corrections -------------------------------------------------------


def pointer_parent(doc: Doc, pointer: str) -> tuple[Any, str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node: Any = doc
    for part in parts[:-1]:
        node = node[part]
    return node, parts[-1]


def pointer_get(doc: Doc, pointer: str) -> Any:
    parent, last = pointer_parent(doc, pointer)
    return parent[last]


def apply_patch(doc: Doc, patch: Doc) -> None:
    """Apply one overrides.yaml patch; a pointer that does not resolve is an error, not a no-op."""
    op, pointer, value = patch["op"], patch["path"], copy.deepcopy(patch["value"])
    try:
        if op == "replace":
            parent, last = pointer_parent(doc, pointer)
            if last not in parent:
                raise KeyError(last)
            parent[last] = value
        elif op == "add_parameters":
            params = pointer_get(doc, pointer).setdefault("parameters", [])
            known = {p.get("name") for p in params}
            params.extend(p for p in value if p["name"] not in known)
        elif op == "set_parameter_schema":
            params = {p.get("name"): p for p in pointer_get(doc, pointer)["parameters"]}
            for name, schema in value.items():
                params[name]["schema"] = schema
        else:
            raise MergeError(f"unknown patch op {op!r}")
    except (KeyError, TypeError) as exc:
        raise MergeError(f"patch {pointer!r} ({patch['reason']}) does not apply: {exc}") from exc


def apply_overrides(seeds: dict[str, Doc], overrides: Doc) -> None:
    for patch in overrides.get("patches", []):
        apply_patch(seeds[patch["file"]], patch)
    for name, entry in overrides.get("schemas", {}).items():
        owner = next((d for d in seeds.values() if name in d["components"]["schemas"]), None)
        if (owner is None) != entry.get("new", False):
            state = "missing from the seeds" if owner is None else "already in a seed"
            raise MergeError(f"override of schema {name} ({entry['reason']}): {state}")
        target = owner if owner is not None else seeds[SEED_FILES[-1]]
        target["components"]["schemas"][name] = copy.deepcopy(entry["schema"])
    for name in overrides.get("remove_schemas", {}):
        owners = [d for d in seeds.values() if name in d["components"]["schemas"]]
        if not owners:
            raise MergeError(f"remove_schemas: {name} is in no seed")
        for doc in owners:
            del doc["components"]["schemas"][name]


# --- generic corrections of the seeds ---------------------------------------------------------


def use_official_security(seed: Doc) -> None:
    """The seeds' oauth2 scheme lacks refreshUrl and 46 scopes; common.yaml has the official one."""
    seed["components"].pop("securitySchemes", None)
    seed.pop("security", None)


def use_shared_parameters(seed: Doc) -> None:
    """Replace inline limit/offset (no 1..100 bounds in the seeds) by the shared definitions and
    add the opt_fields/opt_pretty every Asana operation accepts (missing from the seeds)."""
    for _path, _method, op in operations(seed):
        params = [p for p in op.get("parameters", []) if p.get("name") not in SHARED_PARAMETERS]
        had = {p.get("name") for p in op.get("parameters", [])}
        shared = ["opt_fields", "opt_pretty"] + [n for n in ("limit", "offset") if n in had]
        op["parameters"] = params + [ref("parameters", name) for name in shared]


def use_error_bodies(seed: Doc) -> None:
    """The seeds document errors without a body; Asana always sends {errors: [...]}. Also adds
    the 404 the seeds forgot on list/create operations."""
    for _path, _method, op in operations(seed):
        responses = op["responses"]
        for status in ALWAYS_DOCUMENTED_ERRORS:
            responses.setdefault(status, {})
        for status in list(responses):
            if status in ERROR_RESPONSES:
                responses[status] = ref("responses", ERROR_RESPONSES[status])


SEED_CORRECTIONS: tuple[Callable[[Doc], None], ...] = (
    use_official_security,
    use_shared_parameters,
    use_error_bodies,
)


# --- merging ----------------------------------------------------------------------------------


def merge(fragments: dict[str, Doc]) -> Doc:
    merged: Doc = {
        "openapi": "3.0.3",
        "info": {
            "title": "Asana API (asana-client subset)",
            "version": "1.0",
            "description": "Merged by specs/merge.py from specs/*.yaml. Do not edit by hand.",
            "license": {"name": "Apache 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"},
        },
        "servers": [{"url": "https://app.asana.com/api/1.0"}],
        "security": [{"personalAccessToken": []}, {"oauth2": []}],
        "paths": {},
        "components": {},
    }
    path_owner: dict[tuple[str, str], str] = {}
    operation_ids: dict[str, str] = {}
    component_owner: dict[tuple[str, str], str] = {}
    for source, doc in fragments.items():
        for path, method, op in operations(doc):
            key = (path, method)
            if key in path_owner:
                raise MergeError(f"{method.upper()} {path}: in {path_owner[key]} and {source}")
            path_owner[key] = source
            op_id = op["operationId"]
            if op_id in operation_ids:
                raise MergeError(f"operationId {op_id}: in {operation_ids[op_id]} and {source}")
            operation_ids[op_id] = source
            merged["paths"].setdefault(path, {})[method] = op
        for kind, items in doc.get("components", {}).items():
            section = merged["components"].setdefault(kind, {})
            for name, definition in items.items():
                if name in section and section[name] != definition:
                    owner = component_owner[(kind, name)]
                    raise MergeError(f"{kind}/{name}: defined differently in {owner} and {source}")
                section[name] = definition
                component_owner.setdefault((kind, name), source)
    return merged


# --- corrections of the merged document -------------------------------------------------------


def envelope_name(data: Any) -> str | None:
    """TaskResponse -> TaskResponseData; a list of TaskCompact -> TaskResponseArray (Asana's
    own SDK names), so the generator does not invent GetTaskResponse200 and friends."""
    single = ref_name(data)
    if single:
        return f"{single}Data"
    if isinstance(data, dict) and data.get("type") == "array":
        item = ref_name(data.get("items"))
        if item:
            return (
                f"{item.removesuffix('Compact')}ResponseArray"
                if item.endswith("Compact")
                else f"{item}Array"
            )
    return None


def hoist(schemas: Doc, holder: Doc, name: str) -> None:
    schema = holder["schema"]
    if name in schemas and schemas[name] != schema:
        raise MergeError(f"envelope {name} has two different shapes")
    schemas[name] = schema
    holder["schema"] = ref("schemas", name)


def name_envelopes(doc: Doc) -> None:
    """Give every inline {data: ...} envelope (responses and JSON request bodies) a schema name;
    list envelopes always carry next_page so one TaskResponseArray serves every task list."""
    schemas = doc["components"]["schemas"]
    for _path, _method, op in operations(doc):
        for status, response in op["responses"].items():
            content = response.get("content", {}).get("application/json")
            if not status.startswith("2") or not content or "$ref" in content["schema"]:
                continue
            props = content["schema"].get("properties", {})
            name = envelope_name(props.get("data"))
            if name is None:
                raise MergeError(f"{op['operationId']}: success body has no typed data")
            if name.endswith("Array"):
                props["next_page"] = ref("schemas", "NextPage")
            hoist(schemas, content, name)
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if body and "$ref" not in body["schema"]:
            data = ref_name(body["schema"].get("properties", {}).get("data"))
            if data is None:
                raise MergeError(f"{op['operationId']}: request body has no typed data")
            body["schema"].setdefault("required", ["data"])
            hoist(schemas, body, f"{data}Body")


def walk_schema(node: Any, visit: Callable[[Doc], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            walk_schema(value, visit)
    elif isinstance(node, list):
        for value in node:
            walk_schema(value, visit)


def open_response_enums(doc: Doc) -> None:
    """Asana adds enum values over time; the generated from_dict raises ValueError on an unknown
    one. Records the server sends are therefore plain strings (known values kept in the
    description); request schemas and query parameters keep their enums, so bad input still
    fails before a request is sent."""

    def widen(schema: Doc) -> None:
        values = schema.pop("enum", None)
        if values is not None:
            if None in values:
                schema["nullable"] = True
            known = ", ".join(str(v) for v in values if v is not None)
            schema["description"] = f"{schema.get('description', '')} Known values: {known}."
            schema["description"] = schema["description"].strip()

    for name, schema in doc["components"]["schemas"].items():
        if not name.endswith(("Request", "RequestBody")):
            walk_schema(schema, widen)


def nullable_enums_as_null_member(doc: Doc) -> None:
    """openapi-python-client ignores `nullable: true` on an enum (None then fails to parse and
    cannot be sent to clear a field), and given both it emits three enum classes per field. It
    does understand `null` listed as a member, so every nullable enum is restated that way."""

    def restate(schema: Doc) -> None:
        values = schema.get("enum")
        if isinstance(values, list) and (schema.pop("nullable", False) or None in values):
            schema["enum"] = [v for v in values if v is not None] + [None]

    walk_schema(doc["components"], restate)


def nullable_next_page(doc: Doc) -> None:
    """NextPage is nullable in Asana's spec; a nullable *schema* is generated as NextPageType0.
    The schema is stated non-null and each envelope's next_page property nullable instead."""
    doc["components"]["schemas"]["NextPage"].pop("nullable", None)
    for schema in doc["components"]["schemas"].values():
        props = schema.get("properties", {})
        if ref_name(props.get("next_page")) == "NextPage":
            props["next_page"] = {"allOf": [ref("schemas", "NextPage")], "nullable": True}


def nullable_related_records(doc: Doc) -> None:
    """Asana sends null for a related record that is absent or hidden (created_by of a task
    made by an integration, a deleted user, ...), and the generated from_dict fails on null for
    a non-nullable object. Read models therefore accept null for every related record."""
    for name, schema in doc["components"]["schemas"].items():
        if name.endswith(("Request", "RequestBody")):
            continue
        for prop_name, prop in list(schema.get("properties", {}).items()):
            if ref_name(prop):
                schema["properties"][prop_name] = {"allOf": [prop], "nullable": True}
            elif "allOf" in prop and len(prop["allOf"]) == 1:
                prop["nullable"] = True


def every_operation_takes_opt_fields(doc: Doc) -> None:
    """Asana's spec leaves opt_fields off the operations that answer an empty record; the
    client's contract is that every call takes it (harmless there), so one rule holds."""
    shared = ref("parameters", "opt_fields")
    for _path, _method, op in operations(doc):
        params = op.setdefault("parameters", [])
        if shared not in params:
            params.append(shared)


def drop_query_defaults(doc: Doc) -> None:
    """A default on a query parameter makes the generated function send it on every call."""
    for _path, _method, op in operations(doc):
        for param in op.get("parameters", []):
            param.get("schema", {}).pop("default", None)


def drop_examples(doc: Doc) -> None:
    """Examples from the seeds end up in generated docstrings; they carry no facts we use."""

    def strip(node: Doc) -> None:
        node.pop("example", None)

    walk_schema(doc, strip)


MERGED_CORRECTIONS: tuple[Callable[[Doc], None], ...] = (
    name_envelopes,
    nullable_next_page,
    nullable_related_records,
    open_response_enums,
    nullable_enums_as_null_member,
    every_operation_takes_opt_fields,
    drop_query_defaults,
    drop_examples,
)


# --- driver -----------------------------------------------------------------------------------


def load(path: Path) -> Doc:
    with path.open(encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    if not isinstance(doc, dict):
        raise MergeError(f"{path.name}: not a YAML mapping")
    doc.setdefault("components", {}).setdefault("schemas", {})
    return doc


def build(specs: Path = SPECS) -> Doc:
    files = sorted(p for p in specs.glob("*.yaml") if p.name not in NOT_FRAGMENTS)
    fragments = {p.name: load(p) for p in files}
    missing = [name for name in SEED_FILES if name not in fragments]
    if missing:
        raise MergeError(f"seed specs missing: {missing}")
    seeds = {name: fragments[name] for name in SEED_FILES}
    apply_overrides(seeds, load(specs / "overrides.yaml"))
    for seed in seeds.values():
        for correction in SEED_CORRECTIONS:
            correction(seed)
    merged = merge(fragments)
    for correction in MERGED_CORRECTIONS:
        correction(merged)
    check_references(merged)
    validate(merged)
    return merged


def check_references(doc: Doc) -> None:
    """Name every dangling $ref at once (the validator stops at the first, deep in a trace)."""
    dangling: set[str] = set()

    def visit(node: Doc) -> None:
        target = node.get("$ref")
        if isinstance(target, str):
            _, kind, name = target.lstrip("#/").split("/")
            if name not in doc["components"].get(kind, {}):
                dangling.add(target)

    walk_schema(doc, visit)
    if dangling:
        raise MergeError(f"unresolved references: {sorted(dangling)}")


class _PlainDumper(yaml.SafeDumper):  # type: ignore[misc]
    """Write shared sub-trees out in full: anchors and aliases make the diff unreadable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(doc: Doc) -> str:
    text: str = yaml.dump(doc, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        merged = build()
    except MergeError as exc:
        print(f"merge failed: {exc}", file=sys.stderr)
        return 1
    count = sum(1 for _ in operations(merged))
    if not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(dump(merged), encoding="utf-8")
    print(f"{count} operations, {len(merged['components']['schemas'])} schemas: valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
