"""The merged spec marks Asana's opt-in fields, which the conformance check relies on."""

from __future__ import annotations

from typing import Any

from tests.testing.spec_conformance import OPT_IN, conformance

# "[Opt In]" in the descriptions of Asana's official spec (asana_oas.yaml), for the records
# FakeAsana serves. created_by is opt-in on compact tasks only: full task records carry it.
OFFICIAL_OPT_IN = {
    ("TaskCompact", "created_by"),
    ("TaskResponse", "dependencies"),
    ("TaskResponse", "dependents"),
    ("TaskResponse", "external"),
    ("TaskResponse", "html_notes"),
    ("TaskResponse", "is_rendered_as_separator"),
    ("TaskResponse", "num_subtasks"),
    ("ProjectResponse", "html_notes"),
    ("ProjectResponse", "project_brief"),
    ("ProjectResponse", "created_from_template"),
    ("ProjectStatusResponse", "html_text"),
    ("StoryResponse", "html_text"),
    ("TeamResponse", "description"),
    ("TeamResponse", "html_description"),
    ("CustomFieldResponse", "description"),
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
