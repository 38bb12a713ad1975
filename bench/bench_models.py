"""Cost of the generated models: `from_dict` of a task and importing the models package.

    .venv/bin/python bench/bench_models.py

A micro-benchmark, not a test: it prints, it asserts nothing. Two payloads, parsed by whatever
task models the generated package has (`Task` once the merge step unifies them, today
`TaskCompact` for list items and `TaskResponse` for records):

- a list item with 3 fields (gid, resource_type, name), what a listing returns by default;
- a full record, the fields `get_task` returns by default, nested records and dates included.

The import probe runs `python -X importtime -c "import asana_client._generated.models"` in a fresh
interpreter (bytecode already cached) and sums the self times of the models package and of the
model modules it loads; the parents it needs first (`asana_client`, the generated client, httpx,
attrs) are left out, being loaded by any use of the client anyway.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Callable, Mapping
from typing import Any

from _common import PYTHON, ROOT, Section, fmt_ms, fmt_us, log

MODELS = "asana_client._generated.models"
USER = {"gid": "12", "resource_type": "user", "name": "Greg Sanchez"}
PROJECT = {"gid": "13", "resource_type": "project", "name": "Stuff to buy"}

LIST_ITEM = {"gid": "1204", "resource_type": "task", "name": "Buy catnip"}
FULL_RECORD: dict[str, Any] = {
    "gid": "1204",
    "resource_type": "task",
    "name": "Buy catnip",
    "resource_subtype": "default_task",
    "approval_status": "pending",
    "assignee_status": "upcoming",
    "completed": False,
    "completed_at": None,
    "completed_by": None,
    "created_at": "2012-02-22T02:06:58.147Z",
    "created_by": {"gid": "12", "resource_type": "user"},
    "dependencies": [{"gid": "1205", "resource_type": "task"}],
    "dependents": [],
    "due_at": "2019-09-15T02:06:58.147Z",
    "due_on": "2019-09-15",
    "external": {"gid": "my_gid", "data": "A blob of information"},
    "html_notes": "<body>Mittens <em>really</em> likes the stuff from Humboldt.</body>",
    "hearted": True,
    "hearts": [{"gid": "14", "user": USER}],
    "is_rendered_as_separator": False,
    "liked": True,
    "likes": [{"gid": "14", "user": USER}],
    "memberships": [{"project": PROJECT, "section": {"gid": "15", "name": "Next"}}],
    "modified_at": "2012-02-22T02:06:58.147Z",
    "notes": "Mittens really likes the stuff from Humboldt.",
    "num_hearts": 5,
    "num_likes": 5,
    "num_subtasks": 3,
    "start_at": None,
    "start_on": "2019-09-14",
    "actual_time_minutes": 200,
    "assignee": USER,
    "assignee_section": {"gid": "15", "resource_type": "section", "name": "Next"},
    "custom_fields": [],
    "followers": [USER],
    "parent": None,
    "projects": [PROJECT],
    "tags": [{"gid": "16", "name": "Grocery"}],
    "workspace": {"gid": "17", "resource_type": "workspace", "name": "My Company"},
    "permalink_url": "https://app.asana.com/0/resource/1204/list",
}


def task_models() -> tuple[tuple[str, type], tuple[str, type]]:
    """(list item model, record model): `Task` for both once it exists."""
    import importlib

    models = importlib.import_module(MODELS)

    def first(*names: str) -> tuple[str, type]:
        for name in names:
            model = getattr(models, name, None)
            if model is not None:
                return name, model
        raise LookupError(f"none of {names} in {MODELS}")

    return first("Task", "TaskCompact"), first("Task", "TaskResponse")


def per_call(parse: Callable[[Mapping[str, Any]], object], payload: Mapping[str, Any]) -> float:
    """Seconds per call: the best of 7 repeats of enough calls to take ~0.2 s each."""
    timer = timeit.Timer(lambda: parse(payload))
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=7, number=number)) / number


def in_models(module: str) -> bool:
    return module == MODELS or module.startswith(MODELS + ".")


def import_cost(runs: int) -> tuple[float, int]:
    """Median seconds (-X importtime self times of the models package and of every model module
    it loaded) and how many model modules it loaded."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = f"import {MODELS}"
    totals, counts = [], []
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        for attempt in range(runs + 1):
            stderr = subprocess.run(
                [PYTHON, "-X", "importtime", "-c", code],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stderr
            rows = [line.split("|") for line in stderr.splitlines()[1:]]  # after the header
            names = [row[2].strip() for row in rows]
            if attempt:  # the first run only writes the bytecode cache
                ours = [row for row, name in zip(rows, names, strict=True) if in_models(name)]
                totals.append(sum(int(row[0].split(":")[1]) for row in ours) / 1e6)
                counts.append(len(ours) - 1)  # the package itself is not a model
    return statistics.median(totals), max(counts)


def bench_models(import_runs: int = 11) -> Section:
    (item_name, item_model), (record_name, record_model) = task_models()
    item = per_call(item_model.from_dict, LIST_ITEM)  # type: ignore[attr-defined]
    record = per_call(record_model.from_dict, FULL_RECORD)  # type: ignore[attr-defined]
    log(f"{item_name}.from_dict, 3-field list item: {fmt_us(item)} ({item * 1e9:,.0f} ns)")
    log(f"{record_name}.from_dict, full record: {fmt_us(record)} ({record * 1e9:,.0f} ns)")
    seconds, modules = import_cost(import_runs)
    log(f"import {MODELS}: {fmt_ms(seconds)}, {modules} model modules loaded")
    rows = [
        [f"`{item_name}.from_dict`, 3-field list item", f"{item * 1e6:.2f} µs"],
        [f"`{record_name}.from_dict`, full record", f"{record * 1e6:.2f} µs"],
        [f"`import {MODELS}` (-X importtime, self times of the models modules)", fmt_ms(seconds)],
        ["model modules loaded by that import", str(modules)],
    ]
    return Section(
        "Generated models",
        "Parsing a task and importing the models package (bench/bench_models.py).",
        ["measure", "value"],
        rows,
    )


if __name__ == "__main__":
    section = bench_models(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
    print(section.markdown())
