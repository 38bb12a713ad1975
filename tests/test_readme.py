"""The README's FakeAsana example is real code: extract it and run it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import asana_client
from asana_client.testing import FakeAsana

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_fake_asana_example_in_the_readme_passes() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    (example,) = [b for b in blocks if "def test_my_sync_survives_rate_limits" in b]
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    test = namespace["test_my_sync_survives_rate_limits"]
    assert callable(test)
    test()


def test_the_quick_start_runs_against_fake_asana(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quick start as written: `Asana()` reads $ASANA_ACCESS_TOKEN; here every client it
    makes talks to a FakeAsana in-process instead of app.asana.com."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    (quick_start,) = [b for b in blocks if "with Asana() as client:" in b]
    fake = FakeAsana()
    monkeypatch.setenv("ASANA_ACCESS_TOKEN", fake.add_user(name="Ada", email="ada@example.com"))

    class OnTheFake(asana_client.Asana):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, http_client=fake.http_client(), **kwargs)

    monkeypatch.setattr(asana_client, "Asana", OnTheFake)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 the report")
    exec(compile(quick_start, "README.md", "exec"), {})
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4 the report"
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith("Write the report 2026-12-01")
    assert printed[-1].startswith("404 ")
    (task,) = [t for t in fake_tasks(fake) if t["name"] == "Write the report"]
    assert task["completed"] is True


def fake_tasks(fake: FakeAsana) -> list[dict[str, Any]]:
    client = fake.client()
    workspace = next(iter(client.workspaces.get_workspaces())).gid
    found = client.tasks.search_tasks_for_workspace(workspace, opt_fields=["name", "completed"])
    return [task.to_dict() for task in found]


def test_the_coverage_table_counts_every_namespaces_operations() -> None:
    from functools import cached_property

    from asana_client._resources import Namespaces

    rows = re.findall(r"`(\w+)` \| (\d+) \|", README.read_text())
    table = dict(rows)
    namespaces = [n for n, v in vars(Namespaces).items() if isinstance(v, cached_property)]
    assert sorted(table) == sorted(namespaces)
    client = asana_client.Asana(access_token="t")
    for namespace, count in table.items():
        methods = [
            name
            for name in dir(getattr(client, namespace))
            if not name.startswith("_") and callable(getattr(getattr(client, namespace), name))
        ]
        extra = {
            "attachments": {"download", "download_to"},
            "events": {"stream"},
            "jobs": {"wait_for_job"},
        }
        assert len(set(methods) - extra.get(namespace, set())) == int(count), namespace
    assert sum(int(count) for count in table.values()) == 247
