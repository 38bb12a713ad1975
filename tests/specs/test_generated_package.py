"""The generated layer: reproducible byte for byte, forward compatible, vendorable."""

from __future__ import annotations

import ast
import copy
import datetime
import filecmp
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
            "--custom-template-path",
            str(ROOT / "templates"),
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


def test_dates_and_nested_records_parse_and_unknown_keys_are_kept() -> None:
    from asana_client._generated.models import Task, User

    task = Task.from_dict(
        {
            "gid": "1",
            "created_at": "2012-02-22T02:06:58.147Z",
            "due_on": "2019-09-15",
            "assignee": {"gid": "2", "name": "Greg"},
            "brand_new": [1],
        }
    )
    utc = datetime.UTC
    assert task.created_at == datetime.datetime(2012, 2, 22, 2, 6, 58, 147000, tzinfo=utc)
    assert task.due_on == datetime.date(2019, 9, 15)
    assert task.assignee == User(gid="2", name="Greg")
    assert task.additional_properties == {"brand_new": [1]}


@pytest.mark.parametrize(
    "field, value",
    [
        ("assignee", "not a record"),  # a nullable nested record: the stock parser kept the str
        ("due_on", "2019-13-45"),  # a nullable date: the stock parser kept the str
        ("memberships", [{"project": 5}]),  # a record nested in a list item
        ("created_at", 17),
    ],
)
def test_a_value_that_does_not_parse_raises_instead_of_being_kept_raw(
    field: str, value: object
) -> None:
    from asana_client._generated.models import Task

    with pytest.raises((TypeError, ValueError, AttributeError)):
        Task.from_dict({"gid": "1", field: value})


def test_an_enumerated_value_the_spec_does_not_know_is_kept_as_a_string() -> None:
    from asana_client._generated.models import ProjectRequest

    request = ProjectRequest.from_dict({"name": "P", "color": "ultraviolet", "icon": None})
    assert (request.color, request.icon) == ("ultraviolet", None)
    assert request.to_dict() == {"name": "P", "color": "ultraviolet", "icon": None}


def test_a_missing_required_key_is_a_key_error_naming_it() -> None:
    from asana_client._generated.models import ModifyDependenciesRequestBody

    with pytest.raises(KeyError, match="data"):
        ModifyDependenciesRequestBody.from_dict({})


def test_repr_shows_only_the_fields_that_are_set() -> None:
    from asana_client._generated.models import Task

    assert repr(Task.from_dict({"gid": "1", "name": "x"})) == "Task(gid='1', name='x')"
    extra = Task.from_dict({"gid": "1", "new": True})
    assert repr(extra) == "Task(gid='1', additional_properties={'new': True})"


def test_unset_is_one_falsy_value_that_survives_copies() -> None:
    from asana_client._generated.types import UNSET, Unset

    assert repr(UNSET) == "UNSET" and not UNSET and isinstance(UNSET, Unset)
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert list(Unset) == [UNSET]


def test_importing_one_model_loads_only_it_and_its_related_models() -> None:
    code = (
        "import sys\n"
        "from asana_client._generated.models import Tag\n"
        "prefix = 'asana_client._generated.models.'\n"
        "print(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    modules = ast.literal_eval(loaded.strip())
    assert "tag" in modules and "task" not in modules  # a tag's records, not the whole API
    assert len(modules) < 10 < len(list((GENERATED / "models").glob("*.py")))


def test_endpoint_modules_have_no_async_variants() -> None:
    with_async = [
        path.name
        for path in (GENERATED / "api").rglob("*.py")
        if "async def" in path.read_text(encoding="utf-8")
    ]
    assert with_async == []
