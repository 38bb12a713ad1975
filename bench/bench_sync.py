"""A latency-bound workspace sync: the example script vs the same sync with the official SDK.

FakeAsana answers every request after `latency` seconds and enforces Asana's concurrency limits
(50 reads, 15 writes in flight per token; a 429 beyond that). asana_client runs the code path of
`examples/sync_to_sqlite.py`: its `sync_workspace(client, db, workspace_gid)`, imported by path.
The official SDK runs the same sync written plainly, as its README shows: one call after the
other, lists paged by the SDK's own generators. Both fetch the same records with the same
`opt_fields` (taken from the example module) and write the same tables.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import asana
from _common import ROOT, Check, FakeServer, Section, fmt_ratio, log, median

from asana_client import Asana

EXAMPLE = ROOT / "examples" / "sync_to_sqlite.py"
LATENCY = 0.05
LIMITS = {"max_concurrent_reads": 50, "max_concurrent_writes": 15}
SEED = {"projects": 20, "tasks": 10_000}
COMPARED_TABLES = (
    "workspaces", "projects", "sections", "tasks", "task_projects", "tags", "task_tags",
    "task_custom_fields", "attachments", "stories",
)  # fmt: skip
# Used only if the example module does not define them.
DEFAULT_TASK_FIELDS = [
    "name", "completed", "completed_at", "assignee.name", "due_on", "due_at", "modified_at",
    "notes", "parent", "memberships.project", "memberships.section", "tags.name",
    "custom_fields.name", "custom_fields.display_value", "num_subtasks",
]  # fmt: skip
DEFAULT_ATTACHMENT_FIELDS = ["name", "size", "host", "created_at", "parent"]
DEFAULT_STORY_FIELDS = ["created_at", "created_by.name", "resource_subtype", "text"]
DEFAULT_DETAIL_SAMPLE = 20

SDK_SCHEMA = """
CREATE TABLE workspaces (gid TEXT PRIMARY KEY, name TEXT);
CREATE TABLE projects (gid TEXT PRIMARY KEY, workspace_gid TEXT, name TEXT, archived INTEGER);
CREATE TABLE sections (gid TEXT PRIMARY KEY, project_gid TEXT, name TEXT);
CREATE TABLE tasks (gid TEXT PRIMARY KEY, name TEXT, completed INTEGER, completed_at TEXT,
    assignee_gid TEXT, assignee_name TEXT, due_on TEXT, due_at TEXT, modified_at TEXT,
    parent_gid TEXT, notes TEXT);
CREATE TABLE task_projects (task_gid TEXT, project_gid TEXT, section_gid TEXT,
    PRIMARY KEY (task_gid, project_gid));
CREATE TABLE tags (gid TEXT PRIMARY KEY, name TEXT);
CREATE TABLE task_tags (task_gid TEXT, tag_gid TEXT, PRIMARY KEY (task_gid, tag_gid));
CREATE TABLE task_custom_fields (task_gid TEXT, field_gid TEXT, name TEXT, display_value TEXT,
    PRIMARY KEY (task_gid, field_gid));
CREATE TABLE attachments (gid TEXT PRIMARY KEY, parent_gid TEXT, name TEXT, size INTEGER,
    host TEXT, created_at TEXT);
CREATE TABLE stories (gid TEXT PRIMARY KEY, task_gid TEXT, created_at TEXT, created_by_gid TEXT,
    created_by_name TEXT, resource_subtype TEXT, text TEXT);
"""


def load_example() -> ModuleType:
    """Import examples/sync_to_sqlite.py by path (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("sync_to_sqlite", EXAMPLE)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {EXAMPLE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def example_problem() -> str | None:
    """Why the example cannot be benchmarked as briefed, or None."""
    if not EXAMPLE.exists():
        return f"{EXAMPLE.relative_to(ROOT)} does not exist"
    try:
        module = load_example()
    except Exception as exc:
        return f"importing {EXAMPLE.relative_to(ROOT)} failed: {exc!r}"
    sync = getattr(module, "sync_workspace", None)
    if sync is None:
        return "the example has no sync_workspace function"
    try:
        inspect.signature(sync).bind(None, None, None)
    except TypeError as exc:
        return f"sync_workspace(client, db, workspace_gid) does not fit its signature: {exc}"
    return None


# --- the official SDK's sync ------------------------------------------------------------------


class OfficialSync:
    """The example's sync, written plainly with the official SDK: sequential calls, SDK paging."""

    def __init__(self, api_client: asana.ApiClient, example: ModuleType) -> None:
        self.workspaces = asana.WorkspacesApi(api_client)
        self.projects = asana.ProjectsApi(api_client)
        self.tags = asana.TagsApi(api_client)
        self.sections = asana.SectionsApi(api_client)
        self.tasks = asana.TasksApi(api_client)
        self.attachments = asana.AttachmentsApi(api_client)
        self.stories = asana.StoriesApi(api_client)
        self.task_fields = ",".join(getattr(example, "TASK_FIELDS", DEFAULT_TASK_FIELDS))
        self.attachment_fields = ",".join(
            getattr(example, "ATTACHMENT_FIELDS", DEFAULT_ATTACHMENT_FIELDS)
        )
        self.story_fields = ",".join(getattr(example, "STORY_FIELDS", DEFAULT_STORY_FIELDS))
        self.sample = getattr(example, "DETAIL_SAMPLE", DEFAULT_DETAIL_SAMPLE)

    def run(self, db: sqlite3.Connection, workspace_gid: str) -> int:
        """Sync into `db`; returns the number of task records fetched (tasks and subtasks)."""
        db.executescript(SDK_SCHEMA)
        workspace = self.workspaces.get_workspace(workspace_gid, {"opt_fields": "name"})
        projects = list(
            self.projects.get_projects_for_workspace(
                workspace_gid, {"opt_fields": "name,archived", "limit": 100}
            )
        )
        tags = list(self.tags.get_tags_for_workspace(workspace_gid, {"opt_fields": "name"}))
        with db:
            db.execute("INSERT INTO workspaces VALUES (?, ?)", (workspace_gid, workspace["name"]))
            db.executemany(
                "INSERT OR REPLACE INTO tags VALUES (?, ?)", [(t["gid"], t["name"]) for t in tags]
            )
            db.executemany(
                "INSERT INTO projects VALUES (?, ?, ?, ?)",
                [(p["gid"], workspace_gid, p["name"], p["archived"]) for p in projects],
            )
        fetched = 0
        for project in projects:
            fetched += self.sync_project(db, project["gid"])
        return fetched

    def sync_project(self, db: sqlite3.Connection, project_gid: str) -> int:
        sections = list(self.sections.get_sections_for_project(project_gid, {"opt_fields": "name"}))
        tasks = list(self.tasks.get_tasks({"project": project_gid, "opt_fields": self.task_fields}))
        parents = [task for task in tasks if task.get("num_subtasks")]
        while parents:  # subtasks level by level, only under tasks that have some
            children = []
            for parent in parents:
                children += self.tasks.get_subtasks_for_task(
                    parent["gid"], {"opt_fields": self.task_fields}
                )
            tasks += children
            parents = [task for task in children if task.get("num_subtasks")]
        attachments, stories = [], []
        for task in tasks[: self.sample]:  # attachments and stories of the example's sample
            attachments += [
                (task["gid"], attachment)
                for attachment in self.attachments.get_attachments_for_object(
                    task["gid"], {"opt_fields": self.attachment_fields}
                )
            ]
            stories += [
                (task["gid"], story)
                for story in self.stories.get_stories_for_task(
                    task["gid"], {"opt_fields": self.story_fields}
                )
            ]
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO sections VALUES (?, ?, ?)",
                [(s["gid"], project_gid, s["name"]) for s in sections],
            )
            for task in tasks:
                write_task(db, task)
            db.executemany(
                "INSERT OR REPLACE INTO attachments VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        a["gid"],
                        parent,
                        a.get("name"),
                        a.get("size"),
                        a.get("host"),
                        a.get("created_at"),
                    )
                    for parent, a in attachments
                ],
            )
            db.executemany(
                "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s["gid"],
                        task_gid,
                        s.get("created_at"),
                        (s.get("created_by") or {}).get("gid"),
                        (s.get("created_by") or {}).get("name"),
                        s.get("resource_subtype"),
                        s.get("text"),
                    )
                    for task_gid, s in stories
                ],
            )
        return len(tasks)


def write_task(db: sqlite3.Connection, task: dict[str, Any]) -> None:
    gid = task["gid"]
    assignee = task.get("assignee") or {}
    parent = task.get("parent") or {}
    db.execute(
        "INSERT OR REPLACE INTO tasks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            gid, task.get("name"), task.get("completed"), task.get("completed_at"),
            assignee.get("gid"), assignee.get("name"), task.get("due_on"), task.get("due_at"),
            task.get("modified_at"), parent.get("gid"), task.get("notes"),
        ),
    )  # fmt: skip
    db.executemany(
        "INSERT OR REPLACE INTO task_projects VALUES (?, ?, ?)",
        [
            (gid, m["project"]["gid"], (m.get("section") or {}).get("gid"))
            for m in task.get("memberships") or []
            if m.get("project")
        ],
    )
    for tag in task.get("tags") or []:
        db.execute("INSERT OR REPLACE INTO tags VALUES (?, ?)", (tag["gid"], tag.get("name")))
        db.execute("INSERT OR REPLACE INTO task_tags VALUES (?, ?)", (gid, tag["gid"]))
    db.executemany(
        "INSERT OR REPLACE INTO task_custom_fields VALUES (?, ?, ?, ?)",
        [
            (gid, f["gid"], f.get("name"), f.get("display_value"))
            for f in task.get("custom_fields") or []
        ],
    )


# --- running both -----------------------------------------------------------------------------


def table_counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COMPARED_TABLES}


def run_once(server: FakeServer, folder: Path, name: str, sync: Any) -> dict[str, Any]:
    """One sync into a fresh database; wall clock, 429s and requests from the server's view."""
    before = server.stats()
    path = folder / f"{name}.sqlite"
    path.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as db:
        started = time.perf_counter()
        fetched = sync(db)
        seconds = time.perf_counter() - started
    after = server.stats()
    server.command("clear")
    return {
        "seconds": seconds,
        "fetched": fetched,
        "rate_limited": after["rate_limited_count"] - before["rate_limited_count"],
        "requests": after["requests"] - before["requests"],
        "max_reads": after["max_seen_concurrent_reads"],
        "errors": after["errors"],
        "counts": table_counts(path),
    }


def bench_sync(ours_runs: int, sdk_runs: int) -> Section:
    problem = example_problem()
    if problem is not None:
        log(f"  sync: skipped ({problem})")
        return Section(
            title="5. Latency-bound workspace sync",
            intro=f"Not measured in this run: {problem}.",
            headers=[],
            rows=[],
            checks=[Check("sync benchmark ran", "no", "yes", False)],
        )
    example = load_example()
    ours_results: list[dict[str, Any]] = []
    sdk_results: list[dict[str, Any]] = []
    with (
        tempfile.TemporaryDirectory(prefix="asana-bench-sync-") as tmp,
        FakeServer(latency=LATENCY, seed=SEED, **LIMITS) as server,
    ):
        info = server.info
        workspace = info["workspace_gid"]
        folder = Path(tmp)

        def ours(db: sqlite3.Connection) -> int:
            with Asana(access_token=info["token"], base_url=info["base_url"]) as client:
                summary = example.sync_workspace(client, db, workspace)
            failed = getattr(summary, "failed", None)
            if failed:
                raise RuntimeError(f"the example's sync failed for projects: {failed}")
            return int(getattr(summary, "fetched", -1))

        configuration = asana.Configuration()
        configuration.access_token = info["token"]
        configuration.host = info["base_url"]
        official = OfficialSync(asana.ApiClient(configuration), example)

        for run in range(max(ours_runs, sdk_runs)):
            if run < ours_runs:
                ours_results.append(run_once(server, folder, "asana_client", ours))
                log(f"  sync asana_client run {run + 1}: {ours_results[-1]['seconds']:.1f} s")
            if run < sdk_runs:
                sdk_results.append(
                    run_once(server, folder, "official", lambda db: official.run(db, workspace))
                )
                log(f"  sync official SDK run {run + 1}: {sdk_results[-1]['seconds']:.1f} s")
    return sync_section(info, ours_results, sdk_results, official.sample)


def sync_section(
    info: dict[str, Any], ours: list[dict[str, Any]], sdk: list[dict[str, Any]], sample: int
) -> Section:
    ours_seconds = median([r["seconds"] for r in ours])
    sdk_seconds = median([r["seconds"] for r in sdk])
    speedup = sdk_seconds / ours_seconds
    rows = []
    for name, results, seconds in (
        ("asana_client (examples/sync_to_sqlite.py)", ours, ours_seconds),
        ("official asana SDK (sequential)", sdk, sdk_seconds),
    ):
        last = results[-1]
        rows.append(
            [
                name,
                f"{seconds:.1f} s",
                f"{len(results)}",
                fmt_ratio(sdk_seconds / seconds),
                str(last["requests"]),
                str(sum(r["rate_limited"] for r in results)),
                str(last["counts"]["tasks"]),
            ]
        )
    log(
        f"  sync: asana_client {ours_seconds:.1f} s, official SDK {sdk_seconds:.1f} s, "
        f"{speedup:.1f}x faster"
    )
    ours_counts, sdk_counts = ours[-1]["counts"], sdk[-1]["counts"]
    same_tasks = ours_counts["tasks"] == sdk_counts["tasks"] and all(
        r["counts"]["tasks"] == ours_counts["tasks"] for r in ours + sdk
    )
    rate_limited = sum(r["rate_limited"] for r in ours)
    errors = sorted({e for r in ours + sdk for e in r["errors"]})
    checks = [
        Check(
            "sync wall clock, official SDK / asana_client",
            fmt_ratio(speedup),
            ">= 4.00x",
            speedup >= 4.0,
        ),
        Check("429s sent to asana_client", str(rate_limited), "0", rate_limited == 0),
        Check(
            "same number of tasks in both databases",
            f"{ours_counts['tasks']} vs {sdk_counts['tasks']}",
            "equal",
            same_tasks,
        ),
    ]
    count_rows = [
        [f"`{table}`", str(ours_counts[table]), str(sdk_counts[table]),
         "yes" if ours_counts[table] == sdk_counts[table] else "**no**"]
        for table in COMPARED_TABLES
    ]  # fmt: skip
    notes = [
        f"Workspace: `seed_demo(projects={SEED['projects']}, tasks={SEED['tasks']:,})` "
        f"({info['task_count']:,} tasks, {info['subtask_count']:,} subtasks, "
        f"{info['story_count']:,} stories); FakeAsana latency {LATENCY * 1000:.0f} ms per "
        f"request, at most {LIMITS['max_concurrent_reads']} reads / "
        f"{LIMITS['max_concurrent_writes']} writes in flight (429 beyond).",
        "What both syncs fetch is what the example fetches: the workspace, its projects and "
        "tags; per project its sections, its tasks (one `get_tasks(project=...)` listing with "
        "the example's `opt_fields`), subtasks of every task whose `num_subtasks` > 0 (level "
        "by level), and attachment metadata and stories (`get_stories_for_task` with the "
        "example's `opt_fields`) for the example's sample of tasks per project (the first "
        f"{sample} listed).",
        "asana_client: `sync_workspace(client, sqlite3.connect(path), workspace_gid)` with a "
        "default `Asana(access_token=..., base_url=...)`. Official SDK: one call after the "
        "other, lists paged by the SDK's generators, written with plain `INSERT`s.",
        f"Median of {len(ours)} asana_client runs and {len(sdk)} official SDK run(s), each "
        "into a fresh SQLite file; requests and 429s as counted by FakeAsana.",
    ]
    if errors:
        notes.append(f"FakeAsana reported internal errors: {errors}")
    return Section(
        title="5. Latency-bound workspace sync",
        intro=(
            "Mirroring a whole workspace into SQLite against FakeAsana with production-like "
            "latency and concurrency limits, over loopback."
        ),
        headers=[
            "sync",
            "wall clock (median)",
            "runs",
            "speed-up vs SDK",
            "requests",
            "429s",
            "tasks in SQLite",
        ],
        rows=rows,
        checks=checks,
        notes=notes,
        extra_tables=[
            (["table", "rows (asana_client)", "rows (official SDK)", "same"], count_rows)
        ],
    )


# --- incremental sync: events vs a full re-sync -------------------------------------------------

CHANGED_SHARE = 0.01  # 1% of the tasks change between the runs
# Attachments and stories are mirrored for a sample of tasks picked per full fetch: they may
# differ between an incremental mirror and a fresh one by design, so they are not compared.
MIRRORED_TABLES = (
    "workspaces",
    "projects",
    "sections",
    "tasks",
    "task_projects",
    "tags",
    "task_tags",
    "task_custom_fields",
)  # fmt: skip


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in MIRRORED_TABLES}


def pick_changes(path: Path, share: float) -> dict[str, list[tuple[str, str]]]:
    """Evenly spread top-level tasks of the mirror, with their project: half get updated, a
    quarter deleted, a quarter moved to the next project."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT task_gid, project_gid FROM task_projects ORDER BY task_gid"
        ).fetchall()
    step = max(1, round(1 / share))
    picked = [(str(task), str(project)) for task, project in rows[::step]]
    half, three_quarters = len(picked) // 2, len(picked) * 3 // 4
    return {
        "updated": picked[:half],
        "deleted": picked[half:three_quarters],
        "moved": picked[three_quarters:],
    }


def apply_changes(
    client: Asana, changes: dict[str, list[tuple[str, str]]], projects: list[str]
) -> None:
    """The changes, through the API like any other user's (15 writes at a time)."""

    def change(item: tuple[str, str, str]) -> None:
        kind, task, project = item
        if kind == "updated":
            client.tasks.update_task(task, name=f"Changed {task}", completed=True)
        elif kind == "deleted":
            client.tasks.delete_task(task)
        else:
            target = projects[(projects.index(project) + 1) % len(projects)]
            client.tasks.add_project_for_task(task, project=target)
            client.tasks.remove_project_for_task(task, project=project)

    work = [(kind, task, project) for kind, items in changes.items() for task, project in items]
    for outcome in client.fan_out(change, work, max_workers=15):
        outcome.unwrap()


def bench_incremental() -> Section:
    """A full sync, 1% of the tasks changed through the API, then the example's incremental
    run on that mirror vs a full re-sync into a fresh file; both end in the same mirror."""
    example = load_example()
    runs: dict[str, dict[str, Any]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="asana-bench-incremental-") as tmp,
        FakeServer(latency=LATENCY, seed=SEED, **LIMITS) as server,
    ):
        info, folder = server.info, Path(tmp)
        with Asana(access_token=info["token"], base_url=info["base_url"]) as client:

            def run(name: str, path: Path) -> None:
                before = server.stats()["requests"]
                with contextlib.closing(sqlite3.connect(path)) as db:
                    summary = example.sync_workspace(client, db, info["workspace_gid"])
                if summary.failed:
                    raise RuntimeError(f"{name}: the example's sync failed: {summary.failed}")
                runs[name] = {
                    "seconds": summary.seconds,
                    "requests": server.stats()["requests"] - before,
                    "fetched": summary.fetched,
                    "from_events": len(summary.from_events),
                    "tasks": table_rows(path)["tasks"],
                }
                log(f"  {name}: {summary.seconds:.1f} s, {runs[name]['requests']} requests")

            mirror, fresh = folder / "mirror.sqlite", folder / "fresh.sqlite"
            run("first full sync", mirror)
            changes = pick_changes(mirror, CHANGED_SHARE)
            apply_changes(client, changes, info["project_gids"])
            run("incremental run (events)", mirror)
            run("full re-sync (fresh file)", fresh)
            same = table_rows(mirror) == table_rows(fresh)
    return incremental_section(info, runs, changes, same)


def incremental_section(
    info: dict[str, Any],
    runs: dict[str, dict[str, Any]],
    changes: dict[str, list[tuple[str, str]]],
    same: bool,
) -> Section:
    incremental = runs["incremental run (events)"]
    full = runs["full re-sync (fresh file)"]
    fewer = full["requests"] / max(incremental["requests"], 1)
    faster = full["seconds"] / max(incremental["seconds"], 1e-9)
    log(f"  incremental: {fewer:.1f}x fewer requests, {faster:.1f}x faster than a full re-sync")
    rows = [
        [name, f"{r['seconds']:.2f} s", str(r["requests"]), str(r["fetched"]), str(len(r["tasks"]))]
        for name, r in runs.items()
    ]
    counts = ", ".join(f"{len(items)} {kind}" for kind, items in changes.items())
    return Section(
        title="6. Incremental sync: events after 1% of the tasks changed",
        intro=(
            "`examples/sync_to_sqlite.py` keeps each project's events position after its "
            "first full fetch; the next run applies the events since. Measured against a full "
            "re-sync of the same workspace into a fresh file, after the same changes."
        ),
        headers=["run", "wall clock", "requests", "task records fetched", "tasks in SQLite"],
        rows=rows,
        checks=[
            Check(
                "requests, full re-sync / incremental run",
                fmt_ratio(fewer),
                ">= 20.00x",
                fewer >= 20.0,
            ),
            Check(
                "incremental mirror equals the full re-sync's",
                "equal" if same else "different",
                "equal",
                same,
            ),
        ],
        notes=[
            f"Workspace: `seed_demo(projects={SEED['projects']}, tasks={SEED['tasks']:,})` "
            f"({info['task_count']:,} tasks, {info['subtask_count']:,} subtasks); FakeAsana "
            f"latency {LATENCY * 1000:.0f} ms per request, over loopback, in its own process.",
            f"Changes between the runs, through the API: {counts} (a move adds the task to the "
            "next project and removes it from its own).",
            "Incremental run: the workspace, projects and tags (3 requests), one `GET /events` "
            "per project, then per project with events ONE `get_tasks(project=...)` listing "
            "with `modified_since` its first event, subtask listings of the changed tasks that "
            "have subtasks, and attachments and stories of the changed tasks in the sample. "
            "Deleted and removed tasks cost nothing: their events say all there is to know.",
            "Same mirror: the tables " + ", ".join(f"`{t}`" for t in MIRRORED_TABLES) + " hold "
            "the same rows after the incremental run as after the full re-sync (attachments "
            "and stories are mirrored for a per-run sample of tasks, so they are not compared).",
            "Requests as counted by FakeAsana; wall clock as measured by the example's summary.",
        ],
    )
