"""Mirror one Asana workspace into a SQLite database, incrementally and concurrently.

    python examples/sync_to_sqlite.py --db asana.sqlite      # ASANA_ACCESS_TOKEN set: real Asana
    python examples/sync_to_sqlite.py --tasks 5000           # no token: a seeded FakeAsana demo

How it works, and why:

- Projects are fetched side by side with `client.fan_out`; the client's own limits keep the
  requests within Asana's concurrency and rate limits. Only the main thread writes to SQLite,
  because a sqlite3 connection must stay in the thread that made it.
- One list call per project fetches everything a task row needs, through `opt_fields`: no GET
  per task. Subtasks cost one call per task that has any (`num_subtasks`). Attachment metadata
  and stories (comments and activity) cost one call per task each, so by default only the first
  DETAIL_SAMPLE tasks of each project are looked at (`--all-details` looks at every task). Both
  are described once, in DETAILS, and fetched and written by the same code. Files are never
  downloaded.
- Each project is written in ONE transaction together with its position in the project's events
  (`sync_state`). A run that dies half way leaves finished projects with a position and
  unfinished ones without (or at their old one), so a re-run redoes exactly the unfinished ones.

Later runs are incremental. The first full fetch of a project starts with a sync token for its
events (taken BEFORE listing, so what changes during the listing shows up next time). Each later
run reads the events since the saved position and applies them:

- deleted tasks, and tasks removed from the project, leave the mirror for that project (a task
  in no mirrored project, and not the subtask of a mirrored task, leaves it altogether);
- created and changed tasks are fetched again. Events name tasks but do not carry them, and
  `get_task` would cost one request per task, so the project's tasks are listed ONCE with
  `modified_since` the first event: a page per 100 changed tasks. The few tasks a project
  listing cannot show (subtasks; a change that leaves `modified_at` alone) are fetched one
  by one. Their subtasks are listed again as in a full fetch, which also drops the ones gone;
- an expired sync token (`InvalidTokenError`, after 24 hours) makes that project fetch in full.

Known limits: events on a project carry its tasks, not their subtasks, so a change to a
subtask alone is seen when its parent next changes (or at a full fetch); an edited or deleted
comment likewise. Attachments and stories are mirrored for the sampled tasks only (every task
with `--all-details`): a task sampled at its project's full fetch is refreshed when it changes,
a task created since gets them only with `--all-details`.
"""

import argparse
import contextlib
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TextIO

from asana_client import Asana, InvalidTokenError, NotFoundError, PageIterator

Record = dict[str, Any]

TASK_FIELDS = [
    "name", "completed", "completed_at", "assignee.name", "due_on", "due_at", "modified_at",
    "notes", "parent", "memberships.project", "memberships.section", "tags.name",
    "custom_fields.name", "custom_fields.display_value", "num_subtasks",
]  # fmt: skip
ATTACHMENT_FIELDS = ["name", "size", "host", "created_at", "parent"]
STORY_FIELDS = ["created_at", "created_by.name", "resource_subtype", "text"]
DETAIL_SAMPLE = 20  # tasks per project whose attachments and stories are listed (--all-details)
# Subtask, attachment and story calls are one per task: run a few at once inside each project, so a
# workspace with a few big projects is not fetched one call at a time. The client's
# max_concurrent_reads caps the total, however the fan-outs multiply.
PER_PROJECT_WORKERS = 4
# A task's modified_at and the time of the event that reports the change are a moment apart:
# re-list from a little before the first event. A task listed twice is harmless; missed is not.
EVENT_MARGIN = timedelta(seconds=60)
SCHEMA = """
CREATE TABLE IF NOT EXISTS workspaces (gid TEXT PRIMARY KEY, name TEXT);
CREATE TABLE IF NOT EXISTS projects (gid TEXT PRIMARY KEY, workspace_gid TEXT, name TEXT,
    archived INTEGER);
CREATE TABLE IF NOT EXISTS sections (gid TEXT PRIMARY KEY, project_gid TEXT, name TEXT);
CREATE TABLE IF NOT EXISTS tasks (gid TEXT PRIMARY KEY, name TEXT, completed INTEGER,
    completed_at TEXT, assignee_gid TEXT, assignee_name TEXT, due_on TEXT, due_at TEXT,
    modified_at TEXT, parent_gid TEXT, notes TEXT);
CREATE INDEX IF NOT EXISTS tasks_by_parent ON tasks (parent_gid);
CREATE TABLE IF NOT EXISTS task_projects (task_gid TEXT, project_gid TEXT, section_gid TEXT,
    PRIMARY KEY (task_gid, project_gid));
CREATE TABLE IF NOT EXISTS tags (gid TEXT PRIMARY KEY, name TEXT);
CREATE TABLE IF NOT EXISTS task_tags (task_gid TEXT, tag_gid TEXT, PRIMARY KEY (task_gid, tag_gid));
CREATE TABLE IF NOT EXISTS task_custom_fields (task_gid TEXT, field_gid TEXT, name TEXT,
    display_value TEXT, PRIMARY KEY (task_gid, field_gid));
CREATE TABLE IF NOT EXISTS attachments (gid TEXT PRIMARY KEY, parent_gid TEXT, name TEXT,
    size INTEGER, host TEXT, created_at TEXT);
CREATE TABLE IF NOT EXISTS stories (gid TEXT PRIMARY KEY, task_gid TEXT, created_at TEXT,
    created_by_gid TEXT, created_by_name TEXT, resource_subtype TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS stories_by_task ON stories (task_gid);
CREATE TABLE IF NOT EXISTS detailed_tasks (task_gid TEXT PRIMARY KEY);  -- attachments, stories
CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class Summary:
    """What one sync did: rows per table afterwards, and the cost of getting there."""

    counts: dict[str, int]
    fetched: int  # task records (tasks and subtasks) fetched by this run
    seconds: float
    requests: int
    retries: int
    failed: dict[str, str] = field(default_factory=dict)  # project gid -> error, to redo
    in_full: list[str] = field(default_factory=list)  # projects fetched whole (new or expired)
    from_events: list[str] = field(default_factory=list)  # projects brought up to date by events

    def report(self) -> str:
        lines = [f"{table:<20}{count:>8}" for table, count in self.counts.items()]
        lines.append(
            f"{self.fetched} tasks fetched in {self.seconds:.1f} s, "
            f"{self.requests} requests, {self.retries} retries; projects: "
            f"{len(self.in_full)} fetched in full, {len(self.from_events)} from their events"
        )
        lines += [f"project {gid} FAILED: {error}" for gid, error in self.failed.items()]
        return "\n".join(lines)


class Progress:
    """Thread-safe counters; given a stream, reports them as the sync goes.

    On a terminal, one status line is redrawn in place (at most 10 times/s). Anywhere else (a
    log file, CI output) carriage returns would pile up as one huge line, so a plain line is
    written only when the item count first reaches FIRST_LINE_AT, then each time it doubles,
    and once at the end: about ten lines for a million items, whatever the speed.
    """

    FIRST_LINE_AT = 1_000

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream
        self.items = self.pages = self.requests = self.retries = 0
        self._interactive = stream is not None and stream.isatty()
        self._started = time.monotonic()
        self._drawn = 0.0
        self._next_line_at = self.FIRST_LINE_AT
        self._lock = threading.Lock()

    def add(self, *, items: int = 0, pages: int = 0, requests: int = 0, retries: int = 0) -> None:
        with self._lock:
            self.items += items
            self.pages += pages
            self.requests += requests
            self.retries += retries
            if self._interactive and time.monotonic() - self._drawn >= 0.1:
                self._drawn = time.monotonic()
                self.draw()
            elif not self._interactive and self.items >= self._next_line_at:
                while self._next_line_at <= self.items:
                    self._next_line_at *= 2
                self.draw()

    def draw(self, end: str = "") -> None:
        """Write the status: redrawn in place on a terminal, a line of its own elsewhere."""
        if self.stream is not None:
            rate = self.items / max(time.monotonic() - self._started, 1e-9)
            start, end = ("\r", end) if self._interactive else ("", "\n")
            self.stream.write(
                f"{start}{self.items} items ({rate:.0f}/s), {self.pages} pages, "
                f"{self.requests} requests, {self.retries} retries{end}"
            )
            self.stream.flush()


class RequestCounter(logging.Handler):
    """Counts the client's own log records, so no hook into the client is needed: every HTTP
    exchange is logged at DEBUG as "GET /tasks -> 200 in 3.1 ms", every retry as "retry 1/3..."."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.DEBUG)
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("retry"):
            self.progress.add(retries=1)
        elif " -> " in message:
            self.progress.add(requests=1)


@contextlib.contextmanager
def counting_requests(progress: Progress) -> Iterator[None]:
    """Attach a RequestCounter to the "asana_client" logger for the duration of a sync. The
    logger is lowered to DEBUG only meanwhile: DEBUG records also reach your own handlers."""
    logger = logging.getLogger("asana_client")
    handler, level = RequestCounter(progress), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


# --- fetching (worker threads: network only, no SQLite) ---------------------------------------


@dataclass
class ProjectBatch:
    """Everything fetched for one project, written to SQLite in one transaction."""

    gid: str
    sync: str  # the project's position in its events once this batch is written
    full: bool  # everything the project holds (True), or only what its events named (False)
    sections: list[Record] | None  # None: no section changed since the last run
    tasks: list[Record]  # the project's (changed) tasks, then their subtasks
    details: dict[str, dict[str, list[Record]]]  # table -> task gid -> records, tasks looked at
    deleted: set[str] = field(default_factory=set)  # tasks deleted in Asana
    removed: set[str] = field(default_factory=set)  # tasks no longer in this project


def collect(pages: PageIterator[Any], progress: Progress) -> list[Record]:
    """Every item of a list as a plain dict (`to_dict()` keeps the fields the model does not
    declare, such as `num_subtasks`), counting pages and items as they arrive."""
    records: list[Record] = []
    for page in pages.pages():
        records += [item.to_dict() for item in page.items]
        progress.add(items=len(page.items), pages=1)
    return records


def list_subtasks(client: Asana, task: Record, progress: Progress) -> list[Record]:
    """A task's subtasks, with the same fields as the project's task listing."""
    listing = client.tasks.get_subtasks_for_task(task["gid"], opt_fields=TASK_FIELDS)
    return collect(listing, progress)


def list_attachments(client: Asana, task_gid: str) -> PageIterator[Any]:
    """Attachment metadata only: downloading the files is a separate, much bigger job."""
    return client.attachments.get_attachments_for_object(
        parent=task_gid, opt_fields=ATTACHMENT_FIELDS
    )


def list_stories(client: Asana, task_gid: str) -> PageIterator[Any]:
    """Comments and the activity log ("assigned to", "marked complete"...), oldest first: what the
    task record alone does not say, namely who did what when."""
    return client.stories.get_stories_for_task(task_gid, opt_fields=STORY_FIELDS)


ListCall = Callable[[Asana, Record, Progress], list[Record]]


@dataclass(frozen=True)
class Detail:
    """A list hanging off each task, at one call per task: too dear to fetch for every task, so
    only the sampled tasks' lists are mirrored, each replacing that task's rows in `table`."""

    table: str
    task_column: str  # the column of `table` that holds the task's gid
    listing: Callable[[Asana, str], PageIterator[Any]]  # one task's list, lazily
    row: Callable[[Record], Record]  # a listed record as a row of `table` (task_column aside)

    def fetch(self, client: Asana, task: Record, progress: Progress) -> list[Record]:
        """One task's whole list: the ListCall that `for_each_task` runs for each sampled task."""
        return collect(self.listing(client, task["gid"]), progress)


def for_each_task(
    client: Asana, call: ListCall, tasks: list[Record], progress: Progress
) -> dict[str, list[Record]]:
    """`call` for each task, a few at a time. `unwrap()` re-raises the first error: a project
    with any failed call fails as a whole, and the next run redoes it."""
    outcomes = client.fan_out(
        lambda task: call(client, task, progress), tasks, max_workers=PER_PROJECT_WORKERS
    )
    return {outcome.item["gid"]: outcome.unwrap() for outcome in outcomes}


def with_subtasks(client: Asana, tasks: list[Record], progress: Progress) -> list[Record]:
    """`tasks`, then their subtasks, level by level, asking only tasks that say they have some."""
    tasks, parents = list(tasks), [task for task in tasks if task.get("num_subtasks")]
    while parents:
        subtasks = for_each_task(client, list_subtasks, parents, progress)
        children = [child for listed in subtasks.values() for child in listed]
        tasks += children
        parents = [task for task in children if task.get("num_subtasks")]
    return tasks


def fetch_details(
    client: Asana, tasks: list[Record], progress: Progress
) -> dict[str, dict[str, list[Record]]]:
    return {d.table: for_each_task(client, d.fetch, tasks, progress) for d in DETAILS}


def first_token(client: Asana, project_gid: str) -> str:
    """A sync token for the project's events from now on (a stream without one only gets one)."""
    stream = client.events.stream(project_gid)
    for _ in stream:
        pass
    assert stream.sync is not None
    return stream.sync


def fetch_project(
    client: Asana,
    project_gid: str,
    position: str | None,
    progress: Progress,
    sample: int | None,
    detailed: set[str],
) -> ProjectBatch:
    """What changed since `position` (the project's saved events position), or the whole
    project when there is none yet or it expired. `detailed`: the tasks whose attachments
    and stories the mirror holds (the sample of earlier full fetches)."""
    if position is not None:
        try:
            return fetch_changes(client, project_gid, position, progress, sample, detailed)
        except InvalidTokenError as expired:  # older than 24 hours: the events are lost
            return fetch_everything(client, project_gid, expired.sync, progress, sample)
    return fetch_everything(client, project_gid, None, progress, sample)


def fetch_everything(
    client: Asana, project_gid: str, sync: str | None, progress: Progress, sample: int | None
) -> ProjectBatch:
    """The project's sections, all its tasks and subtasks, and the DETAILS (attachments,
    stories) of the first `sample` tasks (of all tasks when None). The events token is taken
    first: a change made while the project is listed is applied again next run, not missed."""
    sync = sync or first_token(client, project_gid)
    sections = collect(client.sections.get_sections_for_project(project_gid), progress)
    listing = client.tasks.get_tasks(project=project_gid, opt_fields=TASK_FIELDS)
    tasks = with_subtasks(client, collect(listing, progress), progress)
    looked_at = tasks if sample is None else tasks[:sample]
    details = fetch_details(client, looked_at, progress)
    return ProjectBatch(project_gid, sync, True, sections, tasks, details)


@dataclass
class Changes:
    """What a project's events say happened to its tasks, applied in the order it happened."""

    project_gid: str
    touched: set[str] = field(default_factory=set)  # tasks to fetch again
    deleted: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)  # tasks no longer in this project
    sections: bool = False  # a section was added, renamed or deleted
    first_at: str | None = None  # when the first event happened (Asana's clock)

    def apply(self, event: Record) -> None:
        resource, parent = event.get("resource") or {}, event.get("parent") or {}
        self.first_at = self.first_at or event.get("created_at")
        if resource.get("resource_type") == "section":
            self.sections = True
        elif resource.get("resource_type") == "task":
            self.task_event(resource["gid"], event.get("action"), parent.get("gid"))
        if parent.get("resource_type") == "task":  # its subtask, comment or file changed
            self.touched.add(parent["gid"])

    def task_event(self, gid: str, action: str | None, parent_gid: str | None) -> None:
        if action == "deleted":
            self.deleted.add(gid)
            return
        self.deleted.discard(gid)  # "undeleted"
        self.touched.add(gid)
        if parent_gid == self.project_gid:  # added to or removed from this project
            (self.removed.add if action == "removed" else self.removed.discard)(gid)

    def to_fetch(self) -> set[str]:
        return self.touched - self.deleted - self.removed


def fetch_changes(
    client: Asana,
    project_gid: str,
    position: str,
    progress: Progress,
    sample: int | None,
    detailed: set[str],
) -> ProjectBatch:
    """What the project's events since `position` say changed, fetched (see the module's
    docstring); nothing but the events call when nothing did."""
    stream = client.events.stream(project_gid, sync=position)
    changes = Changes(project_gid)
    for event in stream:
        changes.apply(event.to_dict())
    sections = None
    if changes.sections:
        sections = collect(client.sections.get_sections_for_project(project_gid), progress)
    tasks = refetch(client, project_gid, changes, progress)
    looked_at = [task for task in tasks if sample is None or task["gid"] in detailed]
    details = fetch_details(client, looked_at, progress)
    gone = changes.to_fetch() - {task["gid"] for task in tasks}  # deleted since their event
    sync = stream.sync or position
    return ProjectBatch(
        project_gid, sync, False, sections, tasks, details, changes.deleted | gone, changes.removed
    )


def refetch(client: Asana, project_gid: str, changes: Changes, progress: Progress) -> list[Record]:
    """The tasks the events named, as they are now, with their subtasks: one listing of the
    project's tasks modified since the first event, then one get_task each for the rest."""
    wanted = changes.to_fetch()
    if not wanted or changes.first_at is None:
        return []
    since = datetime.fromisoformat(changes.first_at) - EVENT_MARGIN
    listing = client.tasks.get_tasks(
        project=project_gid, modified_since=since, opt_fields=TASK_FIELDS
    )
    listed = [task for task in collect(listing, progress) if task["gid"] in wanted]
    tasks = with_subtasks(client, listed, progress)
    missing = [{"gid": gid} for gid in sorted(wanted - {task["gid"] for task in tasks})]
    fetched = for_each_task(client, get_task, missing, progress)
    found = [record for records in fetched.values() for record in records]
    return tasks + with_subtasks(client, found, progress)


def get_task(client: Asana, task: Record, progress: Progress) -> list[Record]:
    """One task as a one-item list (a ListCall), or [] when it is gone since its event."""
    try:
        record = client.tasks.get_task(task["gid"], opt_fields=TASK_FIELDS).to_dict()
    except NotFoundError:
        return []
    progress.add(items=1)
    return [record]


# --- writing (main thread only) ---------------------------------------------------------------


def upsert(db: sqlite3.Connection, table: str, row: Record) -> None:
    """Insert, or update the existing row with the same gid: re-running never duplicates."""
    columns = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    updates = ", ".join(f"{name} = excluded.{name}" for name in row if name != "gid")
    sql = f"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT(gid) DO UPDATE SET "
    db.execute(sql + updates, row)


def gid_of(value: Record | None) -> str | None:
    return value["gid"] if value else None


def write_task(db: sqlite3.Connection, task: Record) -> None:
    """Upsert a task row, then replace its links (projects, tags, custom fields) with the ones
    just fetched: the listing carries all of them, so nothing stale survives."""
    gid, assignee = task["gid"], task.get("assignee") or {}
    fields = ("name", "completed", "completed_at", "due_on", "due_at", "modified_at", "notes")
    row = {name: task.get(name) for name in fields}
    row.update(gid=gid, assignee_gid=assignee.get("gid"), assignee_name=assignee.get("name"))
    upsert(db, "tasks", {**row, "parent_gid": gid_of(task.get("parent"))})
    for table in ("task_projects", "task_tags", "task_custom_fields"):
        db.execute(f"DELETE FROM {table} WHERE task_gid = ?", (gid,))
    memberships = [m for m in task.get("memberships") or [] if m.get("project")]
    custom_fields = task.get("custom_fields") or []
    db.executemany(
        "INSERT INTO task_projects VALUES (?, ?, ?)",
        [(gid, m["project"]["gid"], gid_of(m.get("section"))) for m in memberships],
    )
    for tag in task.get("tags") or []:
        upsert(db, "tags", {"gid": tag["gid"], "name": tag.get("name")})
        db.execute("INSERT INTO task_tags VALUES (?, ?)", (gid, tag["gid"]))
    db.executemany(
        "INSERT INTO task_custom_fields VALUES (?, ?, ?, ?)",
        [(gid, f["gid"], f.get("name"), f.get("display_value")) for f in custom_fields],
    )


def attachment_row(attachment: Record) -> Record:
    return {name: attachment.get(name) for name in ("gid", "name", "size", "host", "created_at")}


def story_row(story: Record) -> Record:
    """The author flattened into two columns, both NULL when `created_by` is null."""
    author = story.get("created_by") or {}
    row = {name: story.get(name) for name in ("gid", "created_at", "resource_subtype", "text")}
    return {**row, "created_by_gid": author.get("gid"), "created_by_name": author.get("name")}


DETAILS = (
    Detail("attachments", "parent_gid", list_attachments, attachment_row),
    Detail("stories", "task_gid", list_stories, story_row),
)


def write_details(
    db: sqlite3.Connection, detail: Detail, task_gid: str, records: list[Record]
) -> None:
    """Replace a task's rows in the detail's table: deleting first drops what Asana no longer
    lists (a deleted comment, a removed file), which upserts alone would keep."""
    db.execute(f"DELETE FROM {detail.table} WHERE {detail.task_column} = ?", (task_gid,))
    for record in records:
        upsert(db, detail.table, {**detail.row(record), detail.task_column: task_gid})
    db.execute("INSERT OR IGNORE INTO detailed_tasks VALUES (?)", (task_gid,))


def forget_task(db: sqlite3.Connection, task_gid: str) -> None:
    """Remove a task and everything hanging off it (its subtasks go with `drop_unreachable`)."""
    db.execute("DELETE FROM tasks WHERE gid = ?", (task_gid,))
    for table, column in [
        ("task_projects", "task_gid"), ("task_tags", "task_gid"),
        ("task_custom_fields", "task_gid"), ("attachments", "parent_gid"),
        ("stories", "task_gid"), ("detailed_tasks", "task_gid"),
    ]:  # fmt: skip
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (task_gid,))


# A task belongs in the mirror while it is in a mirrored project or a subtask of a mirrored task.
UNREACHABLE_TASKS = """
SELECT gid FROM tasks
WHERE NOT EXISTS (SELECT 1 FROM task_projects WHERE task_gid = tasks.gid)
  AND (parent_gid IS NULL OR parent_gid NOT IN (SELECT gid FROM tasks))
"""


def drop_unreachable(db: sqlite3.Connection) -> None:
    """Forget the tasks that left every mirrored project, then their subtasks, and so on."""
    while unreachable := db.execute(UNREACHABLE_TASKS).fetchall():
        for (gid,) in unreachable:
            forget_task(db, gid)


def drop_former_subtasks(db: sqlite3.Connection, tasks: list[Record]) -> None:
    """The subtasks of a fetched task are exactly the fetched tasks whose parent it is (its
    subtasks are listed whenever it has any): older ones in the mirror were deleted or moved."""
    children: dict[str, set[str]] = {task["gid"]: set() for task in tasks}
    for task in tasks:
        parent = gid_of(task.get("parent"))
        if parent in children:
            children[parent].add(task["gid"])
    for parent, current in children.items():
        rows = db.execute("SELECT gid FROM tasks WHERE parent_gid = ?", (parent,)).fetchall()
        for (gid,) in rows:
            if gid not in current:
                forget_task(db, gid)


def write_project(db: sqlite3.Connection, batch: ProjectBatch) -> None:
    """Apply a batch and save the project's new events position atomically: after a crash, a
    project is either fully written at its new position, or at its old one, and redone from
    there next run."""
    with db:
        if batch.sections is not None:
            db.execute("DELETE FROM sections WHERE project_gid = ?", (batch.gid,))
            for section in batch.sections:
                row = {"gid": section["gid"], "name": section.get("name"), "project_gid": batch.gid}
                upsert(db, "sections", row)
        if batch.full:  # the listing says who is in the project now; the rest left it
            db.execute("DELETE FROM task_projects WHERE project_gid = ?", (batch.gid,))
        for gid in batch.deleted:
            forget_task(db, gid)
        db.executemany(
            "DELETE FROM task_projects WHERE task_gid = ? AND project_gid = ?",
            [(gid, batch.gid) for gid in batch.removed],
        )
        for task in batch.tasks:
            write_task(db, task)
        for detail in DETAILS:
            for task_gid, records in batch.details[detail.table].items():
                write_details(db, detail, task_gid, records)
        drop_former_subtasks(db, batch.tasks)
        drop_unreachable(db)
        db.execute(
            "INSERT OR REPLACE INTO sync_state VALUES (?, ?)", (f"events:{batch.gid}", batch.sync)
        )


def write_workspace(
    client: Asana, db: sqlite3.Connection, workspace_gid: str, progress: Progress
) -> list[str]:
    """The workspace, its projects and its tags (a few cheap calls); returns the project gids."""
    workspace = client.workspaces.get_workspace(workspace_gid, opt_fields=["name"]).to_dict()
    listing = client.projects.get_projects_for_workspace(
        workspace_gid, opt_fields=["name", "archived"]
    )
    projects = collect(listing, progress)
    tags = collect(client.tags.get_tags_for_workspace(workspace_gid, opt_fields=["name"]), progress)
    with db:
        upsert(db, "workspaces", {"gid": workspace_gid, "name": workspace.get("name")})
        for tag in tags:
            upsert(db, "tags", {"gid": tag["gid"], "name": tag.get("name")})
        for project in projects:
            row = {"name": project.get("name"), "archived": project.get("archived")}
            upsert(db, "projects", {**row, "gid": project["gid"], "workspace_gid": workspace_gid})
    return [project["gid"] for project in projects]


# --- the sync ---------------------------------------------------------------------------------


def sync_workspace(
    client: Asana,
    db: sqlite3.Connection,
    workspace_gid: str,
    *,
    workers: int = 16,
    progress: Progress | None = None,
    detail_sample: int | None = DETAIL_SAMPLE,
) -> Summary:
    """Bring `db` up to date with the workspace. Safe to interrupt and re-run at any point.

    `detail_sample`: attachments and stories are listed for that many tasks per project (None:
    for every task).
    """
    progress = progress or Progress()
    started, before = time.monotonic(), (progress.requests, progress.retries)
    db.executescript(SCHEMA)
    summary = Summary(counts={}, fetched=0, seconds=0.0, requests=0, retries=0)
    with counting_requests(progress):
        projects = write_workspace(client, db, workspace_gid, progress)
        positions = dict(db.execute("SELECT key, value FROM sync_state").fetchall())
        detailed = {gid for (gid,) in db.execute("SELECT task_gid FROM detailed_tasks")}
        work = [(gid, positions.get(f"events:{gid}")) for gid in projects]

        def fetch(item: tuple[str, str | None]) -> ProjectBatch:
            return fetch_project(client, *item, progress, detail_sample, detailed)

        for outcome in client.fan_out(fetch, work, max_workers=workers):
            if outcome.error is not None:
                summary.failed[outcome.item[0]] = repr(outcome.error)
                continue
            batch = outcome.unwrap()
            write_project(db, batch)
            summary.fetched += len(batch.tasks)
            (summary.in_full if batch.full else summary.from_events).append(batch.gid)
    progress.draw(end="\n")
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    summary.counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    summary.seconds = time.monotonic() - started
    summary.requests = progress.requests - before[0]
    summary.retries = progress.retries - before[1]
    return summary


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", default="demo.sqlite", help="SQLite file (default: %(default)s)")
    parser.add_argument("--workspace", help="workspace gid (default: your first workspace)")
    parser.add_argument("--tasks", type=int, default=5000, help="demo size (default: %(default)s)")
    parser.add_argument("--latency", type=float, default=0.0, help="demo latency per request, s")
    parser.add_argument("--workers", type=int, default=16, help="projects fetched at once")
    parser.add_argument(
        "--all-details", action="store_true", help="list every task's files and stories"
    )
    return parser.parse_args(argv)


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[Asana]:
    """Real Asana when ASANA_ACCESS_TOKEN is set; otherwise a seeded FakeAsana on loopback."""
    if os.environ.get("ASANA_ACCESS_TOKEN"):
        with Asana() as client:
            yield client
        return
    from asana_client.testing import FakeAsana

    fake = FakeAsana(latency=args.latency)
    demo = fake.seed_demo(tasks=args.tasks, projects=20)
    with contextlib.closing(fake), fake.serve() as base_url:
        print(f"ASANA_ACCESS_TOKEN is not set: syncing a demo FakeAsana at {base_url}")
        with Asana(access_token=demo.token, base_url=base_url) as client:
            yield client


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with open_client(args) as client, contextlib.closing(sqlite3.connect(args.db)) as db:
        workspace = args.workspace or str(next(iter(client.workspaces.get_workspaces())).gid)
        summary = sync_workspace(
            client,
            db,
            workspace,
            workers=args.workers,
            progress=Progress(sys.stderr),
            detail_sample=None if args.all_details else DETAIL_SAMPLE,
        )
    print(summary.report())
    if summary.failed:
        print("Some projects failed: run again to resume them.", file=sys.stderr)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
