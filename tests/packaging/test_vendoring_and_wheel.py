"""The package can be vendored under another name, and the wheel depends on attrs and httpx only."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "asana_client"
ALLOWED_RUNTIME = {"attrs", "httpx", "python-dateutil"}


def absolute_self_imports(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        if any(n == "asana_client" or n.startswith("asana_client.") for n in names):
            lines.append(node.lineno)
    return lines


def test_no_module_imports_the_package_by_its_absolute_name() -> None:
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := absolute_self_imports(path))
    }
    assert offenders == {}


def test_vendored_copy_runs_a_call_against_fake_asana(tmp_path: Path) -> None:
    vendor = tmp_path / "acme" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "acme" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    shutil.copytree(PACKAGE, vendor / "asana_client", ignore=shutil.ignore_patterns("__pycache__"))
    script = """
import sys
from acme._vendor.asana_client import Asana, NotFoundError
from acme._vendor.asana_client.testing import FakeAsana
fake = FakeAsana()
token = fake.add_user(name="Vendored", email="v@example.com")
client = Asana(access_token=token, http_client=fake.http_client())
task = client.tasks.create_task(name="from the vendor tree", workspace=fake.workspace_gid)
assert client.tasks.get_task(task.gid).name == "from the vendor tree"
try:
    client.tasks.get_task("404404")
except NotFoundError:
    pass
else:
    raise SystemExit("no NotFoundError")
stray = sorted(m for m in sys.modules if m == "asana_client" or m.startswith("asana_client."))
print("stray:", stray)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "stray: []" in result.stdout


def test_importing_twice_under_two_names_shares_no_state(tmp_path: Path) -> None:
    for name in ("one", "two"):
        shutil.copytree(PACKAGE, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    script = (
        "import one, two;"
        "assert one.AsanaError is not two.AsanaError;"
        "assert not issubclass(one.NotFoundError, two.AsanaError)"
    )
    subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=True)


def test_wheel_runtime_dependencies_are_exactly_the_allowed_ones(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("asana_client-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        text = archive.read(metadata).decode()
    requirements = re.findall(r"^Requires-Dist: (.+)$", text, re.MULTILINE)
    runtime = {
        re.split(r"[ <>=;\[]", r, maxsplit=1)[0].lower()
        for r in requirements
        if "extra ==" not in r
    }
    assert runtime == {"attrs", "httpx"}
    assert runtime <= ALLOWED_RUNTIME
    assert "asana_client/py.typed" in names
    assert any(n.startswith("asana_client/_generated/api/tasks/") for n in names)
    assert not any("__pycache__" in n for n in names)
