"""examples/sync_to_sqlite.py against FakeAsana: a full mirror, stories of the sampled tasks,
incremental re-runs, resume after a failed project, and the command line demo."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from asana_client import Asana
from asana_client.testing import DemoSeed, FakeAsana

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sync_to_sqlite.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sync_to_sqlite", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # as the benchmark does: by path, not in sys.modules
    return module


sync = load_example()


@pytest.fixture
def fake() -> Iterator[FakeAsana]:
    server = FakeAsana()
    yield server
    server.close()


@pytest.fixture
def demo(fake: FakeAsana) -> DemoSeed:
    return fake.seed_demo(tasks=300, projects=4, attachments_per_task=0.2)


@pytest.fixture
def client(fake: FakeAsana, demo: DemoSeed) -> Iterator[Asana]:
    with Asana(access_token=demo.token, http_client=fake.http_client()) as api:
        yield api


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(tmp_path / "mirror.sqlite")
    yield connection
    connection.close()


def count(db: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(db.execute(f"SELECT count(*) FROM {sql}", args).fetchone()[0])


def assert_complete(db: sqlite3.Connection, demo: DemoSeed) -> None:
    """Every task and subtask once, each top-level task in exactly one project, no duplicates."""
    assert count(db, "tasks") == len(demo.task_gids) + len(demo.subtask_gids)
    assert count(db, "tasks WHERE parent_gid IS NULL") == len(demo.task_gids)
    assert count(db, "task_projects") == len(demo.task_gids)
    assert count(db, "projects") == len(demo.project_gids)
    for table, key in [("tasks", "gid"), ("task_projects", "task_gid, project_gid")]:
        duplicates = f"(SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1)"
        assert count(db, duplicates) == 0


def test_first_sync_mirrors_the_workspace(
    fake: FakeAsana, demo: DemoSeed, client: Asana, db: sqlite3.Connection
) -> None:
    summary = sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)

    assert_complete(db, demo)
    assert summary.failed == {}
    assert summary.fetched == len(demo.task_gids) + len(demo.subtask_gids)
    assert summary.counts["tasks"] == summary.fetched
    assert summary.counts["attachments"] == len(demo.attachment_gids)
    assert summary.counts["stories"] == demo.story_count > 0
    assert summary.counts["sections"] == 3 * len(demo.project_gids)
    assert summary.counts["sync_state"] == len(demo.project_gids)

    # A task with a tag, an assignee and custom fields, compared with what the API says.
    row = db.execute(
        "SELECT t.gid FROM tasks t JOIN task_tags tt ON tt.task_gid = t.gid "
        "WHERE t.assignee_gid IS NOT NULL LIMIT 1"
    ).fetchone()
    task = client.tasks.get_task(row[0], opt_fields=sync.TASK_FIELDS).to_dict()
    name, assignee = db.execute(
        "SELECT name, assignee_name FROM tasks WHERE gid = ?", (row[0],)
    ).fetchone()
    assert (name, assignee) == (task["name"], task["assignee"]["name"])
    tags = db.execute(
        "SELECT tags.name FROM task_tags JOIN tags ON tags.gid = tag_gid WHERE task_gid = ?",
        (row[0],),
    ).fetchall()
    assert sorted(t for (t,) in tags) == sorted(tag["name"] for tag in task["tags"])
    values = db.execute(
        "SELECT name, display_value FROM task_custom_fields WHERE task_gid = ? ORDER BY name",
        (row[0],),
    ).fetchall()
    expected = sorted((f["name"], f["display_value"]) for f in task["custom_fields"])
    assert [tuple(v) for v in values] == expected and len(expected) == 3
    memberships = db.execute(
        "SELECT project_gid, section_gid FROM task_projects WHERE task_gid = ?", (row[0],)
    ).fetchall()
    assert memberships == [(m["project"]["gid"], m["section"]["gid"]) for m in task["memberships"]]

    # Subtasks are there, pointing at their parents.
    subtask = demo.subtask_gids[0]
    parent = client.tasks.get_task(subtask, opt_fields=["parent"]).to_dict()["parent"]["gid"]
    assert db.execute("SELECT parent_gid FROM tasks WHERE gid = ?", (subtask,)).fetchone() == (
        parent,
    )


def stories_in_db(db: sqlite3.Connection, task_gid: str) -> list[tuple[Any, ...]]:
    sql = "SELECT gid, text, created_by_gid, created_by_name FROM stories WHERE task_gid = ?"
    return sorted(db.execute(sql, (task_gid,)).fetchall())


def stories_in_api(client: Asana, task_gid: str) -> list[tuple[Any, ...]]:
    listing = client.stories.get_stories_for_task(task_gid, opt_fields=sync.STORY_FIELDS)
    stories = [story.to_dict() for story in listing]
    return sorted(
        (s["gid"], s["text"], s["created_by"]["gid"], s["created_by"]["name"]) for s in stories
    )


def test_stories_of_sampled_tasks_are_mirrored(
    fake: FakeAsana, demo: DemoSeed, client: Asana, db: sqlite3.Connection
) -> None:
    author = fake.add_user("Grace Hopper", "grace@example.com")
    listed = {
        project: [task.gid for task in client.tasks.get_tasks(project=project)]
        for project in demo.project_gids
    }
    sampled = [gid for gids in listed.values() for gid in gids[: sync.DETAIL_SAMPLE]]
    inside, outside = listed[demo.project_gids[0]][0], listed[demo.project_gids[0]][-1]
    assert outside not in sampled
    fake.add_story(inside, "Looks good to me", author=author)
    fake.add_story(outside, "Not in the sample", author=author)

    summary = sync.sync_workspace(client, db, demo.workspace_gid)

    added = [row for row in stories_in_db(db, inside) if row[1] == "Looks good to me"]
    assert [row[2:] for row in added] == [(fake.user_gid(author), "Grace Hopper")]
    assert stories_in_db(db, inside) == stories_in_api(client, inside)
    assert stories_in_db(db, outside) == []
    assert summary.counts["stories"] == sum(len(stories_in_api(client, g)) for g in sampled)
    assert count(db, "stories WHERE task_gid NOT IN (SELECT gid FROM tasks)") == 0


def test_rerun_replaces_the_stories_of_modified_tasks(
    demo: DemoSeed, client: Asana, db: sqlite3.Connection
) -> None:
    sync.sync_workspace(client, db, demo.workspace_gid)
    changed = next(gid for gid in demo.task_gids if stories_in_db(db, gid))
    stale = {"gid": "1", "task_gid": changed, "text": "deleted in Asana since"}
    with db:
        sync.upsert(db, "stories", stale)
    client.tasks.update_task(changed, name="Touched by the test")

    sync.sync_workspace(client, db, demo.workspace_gid)

    assert stories_in_db(db, changed) == stories_in_api(client, changed)
    assert count(db, "stories WHERE gid = '1'") == 0


def test_rerun_fetches_only_modified_tasks(
    fake: FakeAsana, demo: DemoSeed, client: Asana, db: sqlite3.Connection
) -> None:
    first = sync.sync_workspace(client, db, demo.workspace_gid)
    changed = demo.task_gids[7]
    client.tasks.update_task(changed, name="Renamed by the test", completed=True)
    fake.clear_requests()

    second = sync.sync_workspace(client, db, demo.workspace_gid)

    assert second.fetched < first.fetched
    assert 1 <= second.fetched <= 3  # the changed task (and its subtasks, if any)
    row = db.execute("SELECT name, completed FROM tasks WHERE gid = ?", (changed,)).fetchone()
    assert row == ("Renamed by the test", 1)
    # Only the changed task's project is listed, and only since its first event.
    listings = [r for r in fake.requests if r.path == "/tasks"]
    assert [r.query.get("project") for r in listings] == [[owning_project(db, changed)]]
    assert all(r.query.get("modified_since") for r in listings)
    assert set(second.from_events) == set(demo.project_gids) and second.in_full == []
    assert_complete(db, demo)


def mirror(db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, except the sync positions (which differ run to run)."""
    tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in tables
        if table != "sync_state"
    }


def fresh_mirror(client: Asana, workspace_gid: str, path: Path) -> dict[str, list[Any]]:
    with contextlib.closing(sqlite3.connect(path)) as fresh:
        summary = sync.sync_workspace(client, fresh, workspace_gid, detail_sample=None)
        assert summary.in_full and not summary.from_events
        return mirror(fresh)


def change_everything(client: Asana, demo: DemoSeed) -> dict[str, str]:
    """Creates, updates, deletes, moves and removals, through the API, in the first project
    mostly (the last project is left alone); returns the gids the assertions look at."""
    p0, p1, p2, _ = demo.project_gids
    listing = client.tasks.get_tasks(project=p0, opt_fields=["num_subtasks"])
    parents = [task.gid for task in listing if task.num_subtasks]
    plain = [gid for gid in demo.task_gids[::4] if gid not in parents]  # p0 has every 4th
    renamed, deleted, moved, orphaned, multi, commented, sectioned, back_again = plain[:8]
    gone_parent, leaving_parent, kept_parent, growing_parent = parents[:4]

    client.tasks.update_task(renamed, name="Renamed", completed=True, assignee=demo.user_gids[2])
    client.tasks.add_tag_for_task(renamed, tag=demo.tag_gids[1])
    client.tasks.delete_task(deleted)
    client.tasks.delete_task(gone_parent)  # its subtasks go with it
    client.tasks.add_project_for_task(moved, project=p1)
    client.tasks.remove_project_for_task(moved, project=p0)
    client.tasks.remove_project_for_task(orphaned, project=p0)  # in no project now
    client.tasks.remove_project_for_task(leaving_parent, project=p0)  # with its subtasks
    client.tasks.add_project_for_task(multi, project=p2)  # in two projects now
    client.stories.create_story_for_task(commented, text="A comment since")
    section = client.sections.create_section_for_project(p0, name="Later").gid
    client.sections.add_task_for_section(section, task=sectioned)
    client.tasks.remove_project_for_task(back_again, project=p0)
    client.tasks.add_project_for_task(back_again, project=p0)
    old_subtask = next(iter(client.tasks.get_subtasks_for_task(kept_parent))).gid
    client.tasks.delete_task(old_subtask)
    client.tasks.update_task(kept_parent, notes="One subtask fewer")
    subtask = client.tasks.create_subtask_for_task(growing_parent, name="A new subtask").gid
    new = client.tasks.create_task(name="Created since", projects=[p1]).gid
    born_and_gone = client.tasks.create_task(name="Short-lived", projects=[p2]).gid
    client.tasks.delete_task(born_and_gone)
    return {
        "new": new, "subtask": subtask, "moved": moved, "multi": multi, "deleted": deleted,
        "orphaned": orphaned, "gone_parent": gone_parent, "leaving_parent": leaving_parent,
        "born_and_gone": born_and_gone, "old_subtask": old_subtask,
    }  # fmt: skip


def memberships(db: sqlite3.Connection, task_gid: str) -> list[str]:
    rows = db.execute("SELECT project_gid FROM task_projects WHERE task_gid = ?", (task_gid,))
    return sorted(gid for (gid,) in rows)


def test_incremental_run_gives_the_mirror_a_full_run_gives(
    demo: DemoSeed, client: Asana, db: sqlite3.Connection, tmp_path: Path
) -> None:
    sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)
    gids = change_everything(client, demo)
    p0, p1, p2, _ = demo.project_gids

    summary = sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)

    assert summary.failed == {} and summary.in_full == []
    assert sorted(summary.from_events) == sorted(demo.project_gids)
    assert mirror(db) == fresh_mirror(client, demo.workspace_gid, tmp_path / "fresh.sqlite")
    # The same, spelled out for a few of the changes.
    present = {gid for (gid,) in db.execute("SELECT gid FROM tasks")}
    assert {gids["new"], gids["subtask"], gids["moved"], gids["multi"]} <= present
    left = ("deleted", "orphaned", "gone_parent", "leaving_parent", "born_and_gone", "old_subtask")
    assert not {gids[name] for name in left} & present
    assert memberships(db, gids["moved"]) == [p1]
    assert memberships(db, gids["multi"]) == sorted([p0, p2])
    assert count(db, "tasks WHERE parent_gid = ?", gids["leaving_parent"]) == 0
    assert count(db, "stories WHERE task_gid NOT IN (SELECT gid FROM tasks)") == 0


def test_an_incremental_run_costs_a_fraction_of_a_full_one(
    fake: FakeAsana, demo: DemoSeed, client: Asana, db: sqlite3.Connection
) -> None:
    full = sync.sync_workspace(client, db, demo.workspace_gid)
    changed = demo.task_gids[0:12:4]  # three tasks of the first project
    for gid in changed:
        client.tasks.update_task(gid, name=f"Renamed {gid}")
    removed, deleted = demo.task_gids[12], demo.task_gids[16]
    client.tasks.remove_project_for_task(removed, project=demo.project_gids[0])
    client.tasks.delete_task(deleted)
    fake.clear_requests()

    incremental = sync.sync_workspace(client, db, demo.workspace_gid)

    assert incremental.requests == len(fake.requests)
    # The workspace (3), one events call per project, ONE listing for the three changes, and
    # the subtasks and sampled details of those three: nothing per unchanged task, and
    # nothing for the removed and the deleted task (their events say all there is to know).
    paths = [r.path for r in fake.requests]
    assert paths.count("/events") == len(demo.project_gids)
    assert paths.count("/tasks") == 1
    assert not any(path.startswith("/tasks/") and path.count("/") == 2 for path in paths)
    assert incremental.requests * 8 <= full.requests
    assert incremental.fetched >= 3
    renamed = db.execute(f"SELECT name FROM tasks WHERE gid IN ({', '.join('?' * 3)})", changed)
    assert sorted(name for (name,) in renamed) == sorted(f"Renamed {gid}" for gid in changed)
    assert count(db, "tasks WHERE gid IN (?, ?)", removed, deleted) == 0


def test_expired_token_falls_back_to_a_full_fetch_of_the_project(
    fake: FakeAsana, demo: DemoSeed, client: Asana, db: sqlite3.Connection, tmp_path: Path
) -> None:
    sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)
    fake.expire_sync_tokens()  # as after 24 hours: the events since are lost
    gids = change_everything(client, demo)

    summary = sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)

    assert summary.failed == {} and summary.from_events == []
    assert sorted(summary.in_full) == sorted(demo.project_gids)
    assert mirror(db) == fresh_mirror(client, demo.workspace_gid, tmp_path / "fresh.sqlite")
    assert count(db, "tasks WHERE gid IN (?, ?)", gids["orphaned"], gids["deleted"]) == 0
    # Each project starts over from the fresh token: the next run is incremental again.
    client.tasks.update_task(gids["new"], name="After the resync")
    third = sync.sync_workspace(client, db, demo.workspace_gid, detail_sample=None)
    assert third.in_full == [] and third.fetched == 1
    assert db.execute("SELECT name FROM tasks WHERE gid = ?", (gids["new"],)).fetchone() == (
        "After the resync",
    )


def owning_project(db: sqlite3.Connection, task_gid: str) -> str:
    row = db.execute("SELECT project_gid FROM task_projects WHERE task_gid = ?", (task_gid,))
    return str(row.fetchone()[0])


def test_failed_project_is_redone_by_the_next_run(
    fake: FakeAsana, demo: DemoSeed, db: sqlite3.Connection
) -> None:
    broken_project = demo.project_gids[1]
    with Asana(access_token=demo.token, http_client=fake.http_client(), max_retries=0) as api:
        parents = [
            task.gid
            for task in api.tasks.get_tasks(project=broken_project, opt_fields=["num_subtasks"])
            if task.num_subtasks
        ]
        # The project's tasks are listed, then its last subtask listing fails: it dies half way.
        fake.fail_next(status=500, times=1, path=f"/tasks/{parents[-1]}/subtasks")
        first = sync.sync_workspace(api, db, demo.workspace_gid)

    assert list(first.failed) == [broken_project]
    assert "ServerError" in first.failed[broken_project]
    marked = {key for (key,) in db.execute("SELECT key FROM sync_state")}
    assert marked == {f"events:{gid}" for gid in demo.project_gids if gid != broken_project}
    assert count(db, "task_projects WHERE project_gid = ?", broken_project) == 0

    with Asana(access_token=demo.token, http_client=fake.http_client()) as api:
        second = sync.sync_workspace(api, db, demo.workspace_gid)

    assert second.failed == {}
    assert second.in_full == [broken_project]
    assert_complete(db, demo)
    # Only the failed project was fetched again, in full; the others were up to date.
    in_project = "SELECT task_gid FROM task_projects WHERE project_gid = ?"
    redone = f"tasks WHERE gid IN ({in_project}) OR parent_gid IN ({in_project})"
    assert second.fetched == count(db, redone, broken_project, broken_project) > 0


def test_sync_over_http_counts_requests_and_retries(
    fake: FakeAsana, demo: DemoSeed, db: sqlite3.Connection
) -> None:
    with fake.serve() as base_url, Asana(access_token=demo.token, base_url=base_url) as api:
        fake.fail_next(status=429, retry_after=0, times=2, path="/tasks")
        summary = sync.sync_workspace(api, db, demo.workspace_gid, workers=4)

    assert_complete(db, demo)
    assert summary.failed == {}
    assert summary.retries == 2
    assert summary.requests == len(fake.requests)


def test_main_runs_the_demo_and_prints_a_summary(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ASANA_ACCESS_TOKEN"}
    database = tmp_path / "demo.sqlite"
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), "--db", str(database), "--tasks", "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "FakeAsana" in result.stdout
    with sqlite3.connect(database) as db:
        tables = (
            "projects",
            "tasks",
            "task_projects",
            "task_custom_fields",
            "stories",
            "sync_state",
        )
        for table in tables:
            rows = count(db, table)
            assert rows > 0
            assert f"{table:<20}{rows:>8}" in result.stdout
    assert "requests" in result.stdout and "retries" in result.stdout
    # stderr is a pipe here, not a terminal: a few plain progress lines, no carriage returns
    assert "\r" not in result.stderr
    progress_lines = [line for line in result.stderr.splitlines() if " items (" in line]
    assert 1 <= len(progress_lines) <= 5


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def feed(progress: Any, items: int, page: int = 100) -> None:
    """What a sync does to its Progress: one add per page of items, then the final line."""
    for _ in range(items // page):
        progress.add(items=page, pages=1)
    progress.draw(end="\n")


def test_progress_off_a_terminal_writes_a_line_each_time_the_count_doubles() -> None:
    log = io.StringIO()
    feed(sync.Progress(log), 1_000_000)
    lines = log.getvalue().splitlines(keepends=True)
    assert "\r" not in log.getvalue()
    # 1,000, 2,000, 4,000 ... 512,000 items, then the final count: 11 lines for 10,000 pages
    assert [int(line.split()[0]) for line in lines] == [1000 * 2**n for n in range(10)] + [
        1_000_000
    ]
    assert all(line.endswith("\n") for line in lines)


def test_progress_of_a_small_sync_off_a_terminal_is_its_final_line() -> None:
    log = io.StringIO()
    feed(sync.Progress(log), 900)
    assert log.getvalue().startswith("900 items (") and log.getvalue().count("\n") == 1


def test_progress_on_a_terminal_redraws_one_line_in_place() -> None:
    terminal = Terminal()
    feed(sync.Progress(terminal), 5_000)
    drawn = terminal.getvalue()
    assert drawn.startswith("\r100 items (")  # the first page is drawn at once
    assert drawn.count("\n") == 1 and drawn.endswith("\n")  # only the final draw ends a line
    assert drawn.rsplit("\r", 1)[-1].startswith("5000 items (")
