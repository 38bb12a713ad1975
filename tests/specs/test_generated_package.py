"""The generated layer: reproducible byte for byte, forward compatible, vendorable."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

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
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
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
    from asana_client._generated.models import AttachmentResponse, TaskResponse

    payload = {
        "gid": "1",
        "resource_subtype": "brand_new",
        "approval_status": "escalated",
        "assignee_status": "someday",
        "future_field": {"nested": [1, 2]},
        "assignee": None,
        "memberships": [{"project": {"gid": "2", "name": "P"}, "section": {"gid": "3"}}],
    }
    task = TaskResponse.from_dict(payload)
    assert task.resource_subtype == "brand_new"
    assert task.additional_properties == {"future_field": {"nested": [1, 2]}}
    assert task.to_dict() == payload
    attachment = AttachmentResponse.from_dict({"gid": "9", "host": "new_storage", "x": True})
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
        "import sys; from acme._vendor.asana_generated.models import TaskResponse;"
        "from acme._vendor.asana_generated.api.tasks import get_task;"
        "assert TaskResponse.from_dict({'gid': '1'}).gid == '1';"
        "assert not any(m.startswith('asana_client') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
