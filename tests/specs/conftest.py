"""The merged document of the committed specs, built (and validated) once per test session."""

from __future__ import annotations

from typing import Any

import pytest

from tests.specs.scripts import load_spec_script


@pytest.fixture(scope="session")
def merged() -> dict[str, Any]:
    merged_document: dict[str, Any] = load_spec_script("merge.py", "merge_specs").build()
    return merged_document
