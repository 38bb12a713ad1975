"""The generated layer: reproducible byte for byte, forward compatible, vendorable."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.specs.scripts import load_spec_script

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "asana_client" / "_generated"


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generating_again_gives_the_committed_tree_byte_for_byte(tmp_path: Path) -> None:
    output = tmp_path / "_generated"
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "ASANA_CLIENT_SPECS": str(ROOT / "specs"),
    }
    subprocess.run(
        [
            str(Path(bin_dir) / "openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "specs" / "merged" / "asana.yaml"),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--fail-on-warning",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    fresh, committed = tree(output), tree(GENERATED)
    assert sorted(fresh) == sorted(committed)
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert changed == [], "generated code drifted; run `make generate`"
    assert not list(output.rglob(".ruff_cache")), "the generator left a cache in the package"
    assert filecmp.cmp(output / "client.py", GENERATED / "client.py", shallow=False)


def test_unknown_enum_values_and_fields_survive_a_round_trip() -> None:
    from asana_client._generated.models import Attachment, Task

    payload = {
        "gid": "1",
        "resource_subtype": "brand_new",
        "approval_status": "escalated",
        "assignee_status": "someday",
        "future_field": {"nested": [1, 2]},
        "assignee": None,
        "memberships": [{"project": {"gid": "2", "name": "P"}, "section": {"gid": "3"}}],
    }
    task = Task.from_dict(payload)
    assert task.resource_subtype == "brand_new"
    assert task.additional_properties == {"future_field": {"nested": [1, 2]}}
    assert task.to_dict() == payload
    attachment = Attachment.from_dict({"gid": "9", "host": "new_storage", "x": True})
    assert attachment.to_dict() == {"gid": "9", "host": "new_storage", "x": True}


def test_generated_package_imports_under_another_parent(tmp_path: Path) -> None:
    vendor = tmp_path / "acme" / "_vendor"
    vendor.mkdir(parents=True)
    for package in (tmp_path / "acme", vendor):
        (package / "__init__.py").write_text("")
    shutil.copytree(
        GENERATED, vendor / "asana_generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    code = (
        "import sys; from acme._vendor.asana_generated.models import Task;"
        "from acme._vendor.asana_generated.api.tasks import get_task;"
        "assert Task.from_dict({'gid': '1'}).gid == '1';"
        "assert not any(m.startswith('asana_client') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)


RAW_MODEL = """\
if TYPE_CHECKING:
  from ..models.asana_resource import AsanaResource


@_attrs_define
class TaskCompact:
    def to_dict(self) -> dict[str, Any]:
        from ..models.asana_resource import AsanaResource # noqa: PLC0415
        from ..models.like import Like # noqa: PLC0415
        return {}

    @classmethod
    def from_dict(cls, src_dict):
        from ..models.asana_resource import AsanaResource # noqa: PLC0415
        return cls()
"""


def test_per_call_model_imports_move_to_the_end_of_the_module_once() -> None:
    hoist = load_spec_script("hoist_model_imports.py", "hoist_model_imports").hoist
    hoisted = hoist(RAW_MODEL)
    assert "PLC0415" not in hoisted
    assert hoisted.startswith("if TYPE_CHECKING:\n  from ..models.asana_resource import")
    assert hoisted.endswith(
        "# ruff: noqa: E402\n"
        "from ..models.asana_resource import AsanaResource\n"
        "from ..models.like import Like\n"
    )
    assert "        return {}\n" in hoisted and "def to_dict(self) -> dict[str, Any]:\n" in hoisted
    assert hoist(hoisted) == hoisted  # a second run changes nothing


def test_no_committed_model_imports_on_every_call() -> None:
    """Only imports under `if TYPE_CHECKING:` may be indented; any other indented model import
    sits in a function body and would run on every call."""
    type_checking_block = re.compile(r"^if TYPE_CHECKING:\n(?:[ \t]+.*\n)+", re.MULTILINE)
    indented_import = re.compile(r"^[ \t]+from \.\.models\.", re.MULTILINE)
    per_call = [
        path.name
        for path in (GENERATED / "models").glob("*.py")
        if indented_import.search(type_checking_block.sub("", path.read_text()))
    ]
    assert per_call == []
