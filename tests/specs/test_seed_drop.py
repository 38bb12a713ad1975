"""A new drop of a seed spec reaches the merged document, or the merge names what to review.

The seeds (specs/tasks.yaml, specs/attachments.yaml) are replaced wholesale by each upstream
drop; overrides.yaml only patches what it corrects. These tests play a drop in a scratch copy of
specs/ and merge there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.specs.scripts import copy_specs, load_spec_script

merge = load_spec_script("merge.py", "merge_specs")
facade = load_spec_script("facade.py", "facade_specs")

REVIEWS_PATH = "/tasks/{task_gid}/reviews"


def drop_seed(specs: Path, name: str, change: Any) -> None:
    """Rewrite one seed as a new upstream drop would: `change` edits the parsed document."""
    doc = yaml.load((specs / name).read_text(encoding="utf-8"), Loader=merge.FAST_LOADER)
    change(doc)
    (specs / name).write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


def reviews_operation() -> dict[str, Any]:
    task_list = {"type": "array", "items": {"$ref": "#/components/schemas/TaskCompact"}}
    return {
        "summary": "Get the reviews of a task",
        "operationId": "getReviewsForTask",
        "tags": ["Tasks"],
        "parameters": [
            {"name": "task_gid", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "The reviews.",
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"data": task_list}}
                    }
                },
            },
            "404": {"description": "Not found."},
        },
    }


def add_review_field_and_operation(doc: dict[str, Any]) -> None:
    task = doc["components"]["schemas"]["TaskResponse"]["properties"]
    task["reviewed_at"] = {"type": "string", "format": "date-time"}
    doc["paths"][REVIEWS_PATH] = {"get": reviews_operation()}


def test_a_field_and_an_operation_a_drop_adds_reach_the_merged_spec(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    drop_seed(specs, "tasks.yaml", add_review_field_and_operation)

    merged = merge.build(specs, validated=False)

    task = merged["components"]["schemas"]["Task"]["properties"]
    assert task["reviewed_at"] == {"type": "string", "format": "date-time"}
    assert task["memberships"]["type"] == "array", "the patches still apply around the new field"
    op = merged["paths"][REVIEWS_PATH]["get"]
    assert op["operationId"] == "getReviewsForTask" and op["tags"] == ["Tasks"]
    page = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert page == {"$ref": "#/components/schemas/TaskArray"}
    assert op["responses"]["401"] == {"$ref": "#/components/responses/Unauthorized"}

    # ... and the user's surface: the facade generator gives the new operation a typed method.
    tasks = facade.render(merged)[Path("_resources") / "tasks.py"]
    assert "    def get_reviews_for_task(\n        self,\n        task_gid: str," in tasks
    assert ") -> PageIterator[Task]:" in tasks.split("def get_reviews_for_task(")[1]


def test_a_drop_changing_what_a_patch_corrects_fails_naming_the_patch(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)

    def assignee_gains_email(doc: dict[str, Any]) -> None:
        assignee = doc["components"]["schemas"]["TaskResponse"]["properties"]["assignee"]
        assignee["properties"]["email"] = {"type": "string"}

    drop_seed(specs, "tasks.yaml", assignee_gains_email)

    with pytest.raises(merge.MergeError) as failure:
        merge.build(specs)
    message = str(failure.value)
    assert "/components/schemas/TaskResponse/properties/assignee" in message
    assert "the seed inlines the assignee" in message
    assert "review the patch" in message


def test_a_drop_adding_a_field_a_patch_adds_fails_naming_the_patch(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)

    def memberships_arrive(doc: dict[str, Any]) -> None:
        task = doc["components"]["schemas"]["TaskResponse"]["properties"]
        task["memberships"] = {"type": "array", "items": {"type": "object"}}

    drop_seed(specs, "tasks.yaml", memberships_arrive)

    with pytest.raises(merge.MergeError, match=r"now defines \['memberships'\]") as failure:
        merge.build(specs)
    assert "fields of the official task record that the seed lacks" in str(failure.value)
