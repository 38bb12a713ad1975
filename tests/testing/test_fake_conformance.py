"""The merged spec marks Asana's opt-in fields, which the conformance check relies on."""

from __future__ import annotations

from typing import Any

from tests.testing.spec_conformance import COMPACT_FIELD, OPT_IN, conformance

# "[Opt In]" in the descriptions of Asana's official spec (asana_oas.yaml), for the records
# of the merged spec. created_by is opt-in on compact tasks only: full task records carry it, so
# the Task entity does not mark it opt-in but leaves it out of its compact fields.
OFFICIAL_OPT_IN = {
    ("Task", "dependencies"),
    ("Task", "dependents"),
    ("Task", "external"),
    ("Task", "html_notes"),
    ("Task", "is_rendered_as_separator"),
    ("Task", "num_subtasks"),
    ("Project", "html_notes"),
    ("Project", "project_brief"),
    ("Project", "created_from_template"),
    ("ProjectStatus", "html_text"),
    ("ProjectBrief", "text"),
    ("ProjectMembership", "parent"),
    ("ProjectMembership", "project"),
    ("StatusUpdate", "html_text"),
    ("Story", "html_text"),
    ("Team", "description"),
    ("Team", "html_description"),
    ("CustomField", "description"),
    ("Portfolio", "archived"),
    ("PortfolioMembership", "portfolio"),
    # getTaskCountsForProject: "All fields are excluded by default" (the operation, not the fields)
    ("TaskCount", "num_tasks"),
    ("TaskCount", "num_incomplete_tasks"),
    ("TaskCount", "num_completed_tasks"),
    ("TaskCount", "num_milestones"),
    ("TaskCount", "num_incomplete_milestones"),
    ("TaskCount", "num_completed_milestones"),
}


def marked_opt_in(schemas: dict[str, Any]) -> set[tuple[str, str]]:
    found = set()
    for name, schema in schemas.items():
        for part in [schema, *schema.get("allOf", [])]:
            for prop, definition in part.get("properties", {}).items():
                if isinstance(definition, dict) and definition.get(OPT_IN):
                    found.add((name, prop))
    return found


def test_merged_spec_marks_exactly_asanas_opt_in_fields() -> None:
    assert marked_opt_in(conformance().doc["components"]["schemas"]) == OFFICIAL_OPT_IN


def test_a_task_in_a_list_carries_only_the_compact_fields_by_default() -> None:
    task = conformance().doc["components"]["schemas"]["Task"]["properties"]
    compact = {name for name, definition in task.items() if definition.get(COMPACT_FIELD)}
    assert compact == {"gid", "resource_type", "name", "resource_subtype"}
    assert "created_by" in task
