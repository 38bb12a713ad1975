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
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 5x faster
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


# --- overrides.yaml: seed corrections, as patches ---------------------------------------------


def without_examples(node: Any) -> Any:
    """A patch's `expect` is compared without `example`s: a drop that only changes an example
    changes nothing the patch corrects."""
    if isinstance(node, dict):
        return {k: without_examples(v) for k, v in node.items() if k != "example"}
    if isinstance(node, list):
        return [without_examples(v) for v in node]
    return node


def pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]


def step(node: Any, part: str) -> Any:
    """One pointer segment: a mapping key, a list index, or `name=X` (the list item named X)."""
    if isinstance(node, list):
        if part.startswith("name="):
            wanted = part.removeprefix("name=")
            return next(item for item in node if item.get("name") == wanted)
        return node[int(part)]
    return node[part]


def pointer_parent(doc: Doc, pointer: str) -> tuple[Any, str]:
    parts = pointer_parts(pointer)
    node: Any = doc
    for part in parts[:-1]:
        node = step(node, part)
    return node, parts[-1]


def pointer_get(doc: Doc, pointer: str) -> Any:
    parent, last = pointer_parent(doc, pointer)
    return step(parent, last)


def patch_label(patch: Doc) -> str:
    return f"patch {patch['op']} {patch['file']}:{patch['path']} ({patch['reason'].strip()})"


def check_expected(patch: Doc, current: Any) -> None:
    if "expect" not in patch:
        raise MergeError(f"{patch_label(patch)}: a {patch['op']} patch must state `expect`")
    if without_examples(current) != without_examples(patch["expect"]):
        raise MergeError(
            f"{patch_label(patch)}: the seed no longer has the value this patch expects; review "
            f"the patch against the new seed (seed now: {without_examples(current)!r})"
        )


def refuse_existing(patch: Doc, existing: set[str], new: list[str]) -> None:
    clash = [name for name in new if name in existing]
    if clash:
        raise MergeError(
            f"{patch_label(patch)}: the seed now defines {clash}; review whether the patch is "
            "still needed"
        )


def apply_patch(doc: Doc, patch: Doc) -> None:
    """Apply one overrides.yaml patch. A target that is missing, already there (add) or not what
    the patch expects (replace/remove) fails the merge, naming the patch: a new seed drop never
    slips past a correction written against the old one."""
    op, pointer = patch["op"], patch["path"]
    value: Any = copy.deepcopy(patch.get("value"))
    try:
        if op == "add":
            parent, last = pointer_parent(doc, pointer)
            refuse_existing(patch, set(parent), [last])
            parent[last] = value
        elif op in ("replace", "remove"):
            parent, last = pointer_parent(doc, pointer)
            check_expected(patch, parent[last])
            if op == "replace":
                parent[last] = value
            else:
                del parent[last]
        elif op == "add_properties":
            props = pointer_get(doc, pointer)
            refuse_existing(patch, set(props), list(value))
            props.update(value)
        elif op == "add_parameters":
            params = pointer_get(doc, pointer).setdefault("parameters", [])
            refuse_existing(patch, {p.get("name") for p in params}, [p["name"] for p in value])
            params.extend(value)
        else:
            raise MergeError(f"{patch_label(patch)}: unknown op {op!r}")
    except (KeyError, IndexError, StopIteration, TypeError, ValueError) as exc:
        raise MergeError(f"{patch_label(patch)}: target missing in the seed ({exc!r})") from exc


def apply_overrides(seeds: dict[str, Doc], overrides: Doc) -> None:
    unknown = set(overrides) - {"patches", "components"}  # load() adds an empty components
    if unknown:
        raise MergeError(f"overrides.yaml: unknown sections {sorted(unknown)} (only patches)")
    for patch in overrides.get("patches", []):
        if patch.get("file") not in seeds:
            raise MergeError(f"{patch_label(patch)}: {patch.get('file')!r} is not a seed")
        apply_patch(seeds[patch["file"]], patch)


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
    """`data: Task` -> TaskData, `data: [Task]` -> TaskArray, so the generator does not invent
    GetTaskResponse200 and friends (one rule for every envelope, entities or not; the names of
    Asana's SDK without the old read schema's suffix: TaskResponseArray -> TaskArray)."""
    single = ref_name(data)
    if single:
        return f"{single}Data"
    if isinstance(data, dict) and data.get("type") == "array":
        item = ref_name(data.get("items"))
        if item:
            return f"{item}Array"
    return None


# --- one record model per entity --------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """The read schemas of Asana's spec that one entity model unifies. `compact` is the short
    form lists and nested records carry by default (None: Asana sends one shape everywhere);
    `full` the single-record forms, smallest first."""

    compact: str | None
    full: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return ((self.compact,) if self.compact else ()) + self.full


# Every read schema of the merged spec belongs to exactly one entity here; the merge replaces
# the sources by the entity and rewrites every $ref to them (records, nested fields, envelopes).
# A schema named *Compact or *Response left out of this table fails the merge.
ENTITIES: dict[str, Entity] = {
    "AccessRequest": Entity(None, ("AccessRequestResponse",)),
    "Agent": Entity("AgentCompact", ("AgentResponse",)),
    "Allocation": Entity(None, ("AllocationResponse",)),
    "Attachment": Entity("AttachmentCompact", ("AttachmentResponse",)),
    "AuditLogEvent": Entity("AuditLogEvent"),
    "Budget": Entity(None, ("BudgetResponse",)),
    "CustomField": Entity("CustomFieldCompact", ("CustomFieldResponse",)),
    "CustomFieldSetting": Entity(None, ("CustomFieldSettingResponse",)),
    "CustomType": Entity("CustomTypeCompact", ("CustomTypeResponse",)),
    "CustomTypeStatusOption": Entity(
        "CustomTypeStatusOptionCompact", ("CustomTypeStatusOptionResponse",)
    ),
    "EnumOption": Entity("EnumOption"),
    "Goal": Entity("GoalCompact", ("GoalResponse",)),
    "GoalRelationship": Entity("GoalRelationshipCompact", ("GoalRelationshipResponse",)),
    "GraphExport": Entity("GraphExportCompact"),
    # An export answers with the job it started, a smaller form of the job record.
    "Job": Entity(None, ("GraphExportResponse", "ResourceExportResponse", "JobResponse")),
    "Membership": Entity("MembershipCompact", ("MembershipResponse",)),
    "OooEntry": Entity(None, ("OooEntryResponse",)),
    "OrganizationExport": Entity(None, ("OrganizationExportResponse",)),
    "Portfolio": Entity("PortfolioCompact", ("PortfolioResponse",)),
    "PortfolioMembership": Entity("PortfolioMembershipCompact"),
    "Project": Entity("ProjectCompact", ("ProjectResponse",)),
    "ProjectBrief": Entity("ProjectBriefCompact", ("ProjectBriefResponse",)),
    "ProjectMembership": Entity("ProjectMembershipCompact", ("ProjectMembershipNormalResponse",)),
    "ProjectPortfolioSetting": Entity(
        "ProjectPortfolioSettingCompact", ("ProjectPortfolioSettingResponse",)
    ),
    "ProjectStatus": Entity("ProjectStatusCompact", ("ProjectStatusResponse",)),
    "ProjectTemplate": Entity("ProjectTemplateCompact", ("ProjectTemplateResponse",)),
    "Rate": Entity("RateCompact", ("RateResponse",)),
    "RbacRole": Entity("RbacRoleCompact", ("RbacRoleResponse",)),
    "Reaction": Entity("ReactionCompact"),
    "ResourceExport": Entity("ResourceExportCompact"),
    "Section": Entity("SectionCompact", ("SectionResponse",)),
    "StatusUpdate": Entity("StatusUpdateCompact", ("StatusUpdateResponse",)),
    "Story": Entity("StoryCompact", ("StoryResponse",)),
    "Tag": Entity("TagCompact", ("TagResponse",)),
    "Task": Entity("TaskCompact", ("TaskResponse",)),
    "TaskTemplate": Entity("TaskTemplateCompact", ("TaskTemplateResponse",)),
    "Team": Entity("TeamCompact", ("TeamResponse",)),
    "TeamMembership": Entity("TeamMembershipCompact", ("TeamMembershipResponse",)),
    "TimePeriod": Entity("TimePeriodCompact", ("TimePeriodResponse",)),
    "TimeTrackingCategory": Entity(
        "TimeTrackingCategoryCompact", ("TimeTrackingCategoryResponse",)
    ),
    "TimeTrackingEntry": Entity("TimeTrackingEntryCompact", ("TimeTrackingEntryResponse",)),
    "TimesheetApprovalStatus": Entity(
        "TimesheetApprovalStatusCompact", ("TimesheetApprovalStatusResponse",)
    ),
    "User": Entity("UserCompact", ("UserBaseResponse", "UserResponse")),
    "UserTaskList": Entity(None, ("UserTaskListResponse",)),
    "Webhook": Entity("WebhookCompact", ("WebhookResponse",)),
    "Workspace": Entity("WorkspaceCompact", ("WorkspaceResponse",)),
    "WorkspaceMembership": Entity("WorkspaceMembershipCompact", ("WorkspaceMembershipResponse",)),
}
# Named like read schemas but not records of an entity.
NOT_ENTITY_SCHEMAS = {"BatchResponse", "EmptyResponse", "ErrorResponse"}
# Differences between two sources' definitions of one property that are resolved, not refused:
# description/example (the fuller source's text wins), x-opt-in (taken from the full source:
# a field opt-in in the compact form but sent by a single record is simply not x-compact).
HARMLESS_KEYS = ("description", "example", "x-opt-in")
COMPACT = "x-compact"  # the field is in what a list item or nested record carries by default
FULL_RECORD = "x-full-record"  # this nested record is sent in full, not in its compact form
# On a response: the fields its record carries by default, when that is a smaller full form than
# the entity's fullest (addUserForWorkspace answers UserBaseResponse: no workspaces).
DEFAULT_FIELDS = "x-default-fields"


def as_all_of(prop: Doc) -> Doc:
    """A bare `$ref` property as `allOf: [$ref]`, so markers beside it are not ignored."""
    return {"allOf": [prop]} if "$ref" in prop else prop


def flat_properties(schemas: Doc, name: str) -> tuple[Doc, list[str]]:
    """A source's properties and required names, through an `allOf` of other schemas."""
    schema = schemas[name]
    props: Doc = {}
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        part_props, part_required = (
            flat_properties(schemas, str(ref_name(part)))
            if ref_name(part)
            else (part.get("properties", {}), part.get("required", []))
        )
        props.update(copy.deepcopy(part_props))
        required += part_required
    props.update(copy.deepcopy(schema.get("properties", {})))
    return props, required


def comparable(prop: Doc) -> Doc:
    return {k: v for k, v in as_all_of(prop).items() if k not in HARMLESS_KEYS}


def unite_property(entity: str, name: str, defs: list[tuple[str, Doc]], spec: Entity) -> Doc:
    """One entity property from every source defining it; a real conflict is a MergeError."""
    first_source, first = defs[0]
    for source, prop in defs[1:]:
        if comparable(prop) != comparable(first):
            raise MergeError(
                f"entity {entity}: property {name!r} is defined differently in {first_source} "
                f"({comparable(first)}) and {source} ({comparable(prop)})"
            )
    united = comparable(defs[-1][1])
    described = [p["description"] for _s, p in reversed(defs) if "description" in p]
    if described:
        united["description"] = described[0]
    full_defs = [p for s, p in defs if s != spec.compact]
    if (full_defs or [first])[-1].get("x-opt-in"):
        united["x-opt-in"] = True
    compact_def = next((p for s, p in defs if s == spec.compact), None)
    if spec.compact is None:
        compact_def = defs[-1][1]
    if compact_def is not None and not compact_def.get("x-opt-in"):
        united[COMPACT] = True
    return united


def entity_schema(schemas: Doc, entity: str, spec: Entity) -> Doc:
    defs: dict[str, list[tuple[str, Doc]]] = {}
    required = ["gid"]
    for source in spec.sources:
        if source not in schemas:
            raise MergeError(f"entity {entity}: source schema {source} is in no spec")
        props, source_required = flat_properties(schemas, source)
        for name, prop in props.items():
            defs.setdefault(name, []).append((source, prop))
        required += [n for n in source_required if n not in required]
    properties = {name: unite_property(entity, name, d, spec) for name, d in defs.items()}
    properties["gid"] = {**properties.get("gid", {COMPACT: True}), "type": "string"}
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", entity).lower()
    return {
        "type": "object",
        "description": (
            f"One {words} record (Asana's {', '.join(spec.sources)}). Single records, list "
            "items and nested records all use it; a field the response left out stays unset."
        ),
        "required": required,
        "properties": {"gid": properties.pop("gid"), **properties},
    }


def mark_full_records(schemas: Doc, full_sources: set[str]) -> None:
    """A nested reference to a full source (a task's custom_fields) is sent in full; say so on
    the property before the reference is rewritten to the entity, which has both forms."""
    for schema in schemas.values():
        props = schema.get("properties", {})
        for name, prop in list(props.items()):
            target = prop.get("items", prop) if prop.get("type") == "array" else prop
            target = target["allOf"][0] if len(target.get("allOf", [])) == 1 else target
            if ref_name(target) in full_sources:
                props[name] = {**as_all_of(prop), FULL_RECORD: True}


def default_fields(schemas: Doc, source: str) -> list[str]:
    props, _required = flat_properties(schemas, source)
    return [name for name, prop in props.items() if not prop.get("x-opt-in")]


def mark_smaller_forms(doc: Doc) -> None:
    """Keep what a response's record carries by default when the entity alone no longer says
    it: a single record from a smaller full source gets the x-default-fields of that source; a
    list of full records (items not the compact form) has no marker yet, so it is refused."""
    schemas = doc["components"]["schemas"]
    for entity, spec in ENTITIES.items():
        for _path, _method, op in operations(doc):
            for status, response in op["responses"].items():
                content = response.get("content", {}).get("application/json", {})
                data = content.get("schema", {}).get("properties", {}).get("data", {})
                item = ref_name(data.get("items")) if data.get("type") == "array" else None
                if spec.compact and item in spec.full:
                    raise MergeError(
                        f"{op['operationId']} lists full {item} records; the entity {entity} "
                        "can only say that lists carry its compact fields"
                    )
                if ref_name(data) in spec.full[:-1] and status.startswith("2"):
                    response[DEFAULT_FIELDS] = default_fields(schemas, str(ref_name(data)))


def rewrite_references(doc: Doc, renamed: dict[str, str]) -> None:
    def visit(node: Doc) -> None:
        name = ref_name(node)
        if name in renamed and str(node["$ref"]).startswith("#/components/schemas/"):
            node["$ref"] = f"#/components/schemas/{renamed[name]}"

    walk_schema(doc, visit)


def unify_entities(doc: Doc) -> None:
    """Replace the read schemas by one model per entity (ENTITIES): properties united, gid a
    required string, x-compact marking what lists and nested records carry by default, every
    $ref rewritten. Request schemas are left as they are."""
    schemas = doc["components"]["schemas"]
    full_sources = {s for spec in ENTITIES.values() if spec.compact for s in spec.full}
    mark_full_records(schemas, full_sources)
    mark_smaller_forms(doc)
    built = {entity: entity_schema(schemas, entity, spec) for entity, spec in ENTITIES.items()}
    renamed = {s: entity for entity, spec in ENTITIES.items() for s in spec.sources}
    for source in renamed:
        del schemas[source]
    clash = sorted(set(built) & set(schemas))
    if clash:
        raise MergeError(f"entity names {clash} are already schemas of the specs")
    schemas.update(built)
    rewrite_references(doc, renamed)
    unlisted = sorted(
        n for n in schemas if n.endswith(("Compact", "Response")) and n not in NOT_ENTITY_SCHEMAS
    )
    if unlisted:
        raise MergeError(f"read schemas {unlisted} belong to no entity: add them to ENTITIES")


def hoist(schemas: Doc, holder: Doc, name: str) -> None:
    schema = holder["schema"]
    if name in schemas and schemas[name] != schema:
        raise MergeError(f"envelope {name} has two different shapes: {schemas[name]} and {schema}")
    schemas[name] = schema
    holder["schema"] = ref("schemas", name)


def name_envelopes(doc: Doc) -> None:
    """Give every inline {data: ...} envelope (responses and JSON request bodies) a schema name;
    list envelopes always carry next_page so one TaskArray serves every task list."""
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
    unify_entities,
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
        doc = yaml.load(handle, Loader=FAST_LOADER)
    if not isinstance(doc, dict):
        raise MergeError(f"{path.name}: not a YAML mapping")
    doc.setdefault("components", {}).setdefault("schemas", {})
    return doc


def build(specs: Path = SPECS, *, validated: bool = True) -> Doc:
    """The merged document; `validated=False` skips the OpenAPI validator (85% of the time),
    for tests that merge scratch copies and check one thing of the result."""
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
    if validated:
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
