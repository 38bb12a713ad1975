"""Load the dev-only scripts under specs/ (not a package) as modules for their tests."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

SPECS = Path(__file__).resolve().parents[2] / "specs"


def load_spec_script(filename: str, module_name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(module_name, SPECS / filename)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses in the script look their module up here
    spec.loader.exec_module(module)
    return module


def copy_specs(tmp_path: Path) -> Path:
    """The spec files (not the scripts, not the merged output) in a scratch directory."""
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target, ignore=shutil.ignore_patterns("merged", "*.py"))
    return target
