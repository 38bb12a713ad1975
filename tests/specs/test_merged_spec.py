"""The merged OpenAPI document: complete, valid, reproducible, and strict about conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.specs.scripts import load_spec_script

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
OPERATIONS = ROOT / "tests" / "data" / "operations.tsv"


merge = load_spec_script("merge.py", "merge_specs")


def official_operations() -> dict[str, tuple[str, str, str, set[str], bool]]:
    """operationId -> (method, path, success status, query parameters, one of the core 69)."""
    rows = {}
    for line in OPERATIONS.read_text().splitlines():
        if line.startswith("#"):
            continue
        _tag, method, path, op_id, status, query, core = line.split("\t")
        params = set() if query == "-" else set(query.split(","))
        rows[op_id] = (method, path, status, params, core == "core")
    return rows


def expected_operations() -> list[tuple[str, str, str, str, set[str]]]:
    """The core 69 operations: (method, path, operationId, success status, query params)."""
    return [
        (method, path, op_id, status, query)
        for op_id, (method, path, status, query, core) in official_operations().items()
        if core
    ]


def resolve(doc: dict, node: dict) -> dict:
    while "$ref" in node:
        _, kind, name = node["$ref"].lstrip("#/").split("/")
        node = doc["components"][kind][name]
    return node


def test_every_in_scope_operation_is_there_as_asana_defines_it(merged: dict) -> None:
    expected = expected_operations()
    assert len(expected) == 69
    for method, path, op_id, status, query in expected:
        op = merged["paths"][path][method.lower()]
        assert op["operationId"] == op_id
        params = {resolve(merged, p)["name"] for p in op.get("parameters", [])}
        assert query <= params, (op_id, query - params)
        assert {"opt_fields", "opt_pretty"} <= params, op_id
        success = [code for code in op["responses"] if code.startswith("2")]
        assert success == [status], (op_id, success)


def test_every_merged_operation_is_asanas_as_asana_defines_it(merged: dict) -> None:
    official = official_operations()
    assert len(official) == 247
    for path, method, op in merge.operations(merged):
        op_id = op["operationId"]
        assert op_id in official, f"{op_id} is not an operation of Asana's API"
        want_method, want_path, status, query, _ = official[op_id]
        assert (method.upper(), path) == (want_method, want_path), op_id
        params = {resolve(merged, p)["name"] for p in op.get("parameters", [])}
        assert query <= params, (op_id, query - params)
        assert {"opt_fields", "opt_pretty"} <= params, op_id
        success = [code for code in op["responses"] if code.startswith("2")]
        assert success == [status], (op_id, success)


def test_committed_merged_document_is_what_the_specs_give(merged: dict) -> None:
    committed = (SPECS / "merged" / "asana.yaml").read_text(encoding="utf-8")
    assert committed == merge.dump(merged), "run `make generate` and commit the result"


def test_paginated_lists_carry_next_page_and_bounded_limit(merged: dict) -> None:
    limit = merged["components"]["parameters"]["limit"]["schema"]
    assert (limit["minimum"], limit["maximum"]) == (1, 100)
    envelope = merged["components"]["schemas"]["TaskArray"]
    assert envelope["properties"]["next_page"]["nullable"] is True


def test_seed_defects_are_corrected(merged: dict) -> None:
    schemas = merged["components"]["schemas"]
    create = merged["paths"]["/tasks"]["post"]["requestBody"]["content"]["application/json"]
    assert create["schema"]["$ref"].endswith("/TaskCreateRequestBody")
    assert "TaskRequest" not in schemas
    assert "memberships" in schemas["Task"]["properties"]
    upload = merged["paths"]["/attachments"]["post"]["requestBody"]
    form = resolve(merged, upload["content"]["multipart/form-data"]["schema"])
    assert form["required"] == ["parent"] and "connect_to_app" in form["properties"]
    oauth = merged["components"]["securitySchemes"]["oauth2"]["flows"]["authorizationCode"]
    assert oauth["refreshUrl"] == "https://app.asana.com/-/oauth_token"
    errors = merged["paths"]["/tasks"]["get"]["responses"]["404"]
    assert resolve(merged, errors)["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorResponse"
    )


def test_response_enums_are_open_but_request_enums_are_not(merged: dict) -> None:
    schemas = merged["components"]["schemas"]
    assert "enum" not in schemas["Task"]["properties"]["resource_subtype"]
    assert "custom" in schemas["Task"]["properties"]["resource_subtype"]["description"]
    assert "enum" in schemas["TaskCreateRequest"]["properties"]["resource_subtype"]


def copy_specs(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target, ignore=shutil.ignore_patterns("merged", "*.py"))
    return target


def add_fragment(specs: Path, name: str, body: dict) -> None:
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, **body}
    (specs / name).write_text(yaml.safe_dump(doc))


def test_merge_refuses_a_second_definition_of_an_operation(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    get_task = yaml.load((SPECS / "tasks.yaml").read_text(), Loader=merge.FAST_LOADER)["paths"][
        "/tasks/{task_gid}"
    ]
    add_fragment(specs, "zz_dupe.yaml", {"paths": {"/tasks/{task_gid}": {"get": get_task["get"]}}})
    with pytest.raises(merge.MergeError, match=r"GET /tasks/\{task_gid\}"):
        merge.build(specs)


def test_merge_refuses_a_reused_operation_id(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    op = {"operationId": "getTask", "responses": {"200": {"description": "ok"}}}
    add_fragment(specs, "zz_dupe.yaml", {"paths": {"/elsewhere": {"get": op}}})
    with pytest.raises(merge.MergeError, match="operationId getTask"):
        merge.build(specs)


def test_merge_refuses_a_schema_defined_differently(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    other = {"type": "object", "properties": {"gid": {"type": "integer"}}}
    add_fragment(
        specs, "zz_dupe.yaml", {"paths": {}, "components": {"schemas": {"UserCompact": other}}}
    )
    with pytest.raises(merge.MergeError, match="UserCompact"):
        merge.build(specs)


def test_merge_refuses_a_patch_that_no_longer_applies(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    seed = (
        (specs / "tasks.yaml")
        .read_text()
        .replace("operationId: updateTask", "operationId: updateTask\n      x: 1")
    )
    doc = yaml.load(seed, Loader=merge.FAST_LOADER)
    del doc["paths"]["/tasks/{task_gid}"]["put"]
    (specs / "tasks.yaml").write_text(yaml.safe_dump(doc))
    with pytest.raises(merge.MergeError, match="updateTask takes the update fields"):
        merge.build(specs)


def test_merge_refuses_a_patch_of_a_schema_the_seeds_lack(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    overrides = yaml.load((specs / "overrides.yaml").read_text(), Loader=merge.FAST_LOADER)
    overrides["patches"].append(
        {
            "reason": "typo in the schema name",
            "file": "tasks.yaml",
            "op": "add",
            "path": "/components/schemas/TaskCompactt/properties/name/readOnly",
            "value": True,
        }
    )
    (specs / "overrides.yaml").write_text(yaml.safe_dump(overrides))
    with pytest.raises(merge.MergeError, match=r"TaskCompactt.*typo in the schema name"):
        merge.build(specs)
