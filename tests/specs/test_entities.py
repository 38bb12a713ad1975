"""One record model per entity: the merge unites Asana's read schemas (specs/merge.py ENTITIES)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.specs.scripts import copy_specs, load_spec_script

merge = load_spec_script("merge.py", "merge_specs")


def references(node: Any) -> set[str]:
    found: set[str] = set()

    def visit(item: dict[str, Any]) -> None:
        if isinstance(item.get("$ref"), str):
            found.add(item["$ref"].rsplit("/", 1)[-1])

    merge.walk_schema(node, visit)
    return found


def edit_spec(specs: Path, name: str, change: Any) -> None:
    doc = yaml.load((specs / name).read_text(encoding="utf-8"), Loader=merge.FAST_LOADER)
    change(doc["components"]["schemas"])
    (specs / name).write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


def test_the_old_read_schema_names_are_gone_everywhere(merged: dict[str, Any]) -> None:
    sources = {s for spec in merge.ENTITIES.values() for s in spec.sources} - set(merge.ENTITIES)
    assert sources, "the table names the read schemas it unifies"
    assert not sources & set(merged["components"]["schemas"])
    assert not sources & references(merged)
    assert {"Task", "User", "CustomField", "TaskData", "TaskArray"} <= references(merged)


def test_every_entity_has_a_required_string_gid(merged: dict[str, Any]) -> None:
    schemas = merged["components"]["schemas"]
    for entity in merge.ENTITIES:
        assert "gid" in schemas[entity]["required"], entity
        assert schemas[entity]["properties"]["gid"]["type"] == "string", entity


def test_properties_of_every_source_are_united(merged: dict[str, Any]) -> None:
    user = merged["components"]["schemas"]["User"]["properties"]
    assert {"name", "email", "photo", "workspaces"} <= set(user)  # compact, base, full
    assert {n for n, p in user.items() if p.get("x-compact")} == {"gid", "resource_type", "name"}
    task = merged["components"]["schemas"]["Task"]["properties"]
    assert task["custom_fields"]["x-full-record"] is True  # a task's custom fields come in full
    assert "x-compact" not in task["created_by"] and "x-opt-in" not in task["created_by"]


def test_a_smaller_full_record_keeps_its_default_fields(merged: dict[str, Any]) -> None:
    add_user = merged["paths"]["/workspaces/{workspace_gid}/addUser"]["post"]["responses"]["200"]
    assert add_user["x-default-fields"] == ["gid", "resource_type", "name", "email", "photo"]


def test_a_property_defined_differently_in_two_sources_fails_naming_both(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    edit_spec(
        specs, "users.yaml", lambda s: s["UserCompact"]["properties"]["name"].update(type="integer")
    )
    with pytest.raises(
        merge.MergeError, match=r"User: property 'name' .* UserCompact .* UserBaseResponse"
    ):
        merge.build(specs)


def test_a_description_difference_is_resolved_by_the_fuller_source(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    edit_spec(
        specs,
        "users.yaml",
        lambda s: s["UserCompact"]["properties"]["name"].update(description="Short."),
    )
    user = merge.build(specs, validated=False)["components"]["schemas"]["User"]["properties"]
    assert user["name"]["description"] == "The user's display name."


def test_a_read_schema_outside_the_entity_table_fails(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    widget = {"type": "object", "properties": {"gid": {"type": "string"}}}
    edit_spec(specs, "common.yaml", lambda s: s.update(WidgetCompact=widget))
    with pytest.raises(merge.MergeError, match=r"WidgetCompact.*ENTITIES"):
        merge.build(specs)


def test_the_generated_entity_parses_list_items_and_full_records_alike() -> None:
    from asana_client._generated import models

    assert not hasattr(models, "TaskCompact") and not hasattr(models, "TaskResponse")
    item = models.Task.from_dict({"gid": "1", "name": "Ship", "due_on": "2026-01-02"})
    assert item.gid == "1" and item.due_on == datetime.date(2026, 1, 2)
    full = models.Task.from_dict({"gid": "2", "assignee": {"gid": "3", "email": "a@b.c"}})
    assert isinstance(full.assignee, models.User) and full.assignee.email == "a@b.c"
    with pytest.raises(TypeError):
        models.Task()  # type: ignore[call-arg]
