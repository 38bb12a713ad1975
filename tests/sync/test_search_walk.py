"""search_tasks_for_workspace yields every match, walking created_at past Asana's 100 a call."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from asana_client import Asana
from asana_client.testing import FakeAsana


def fake_with_matches(count: int, same_millisecond: int) -> tuple[FakeAsana, str, set[str]]:
    """`count` tasks named "match N", created in groups of `same_millisecond` that share one
    millisecond, so groups straddle the 100-task boundaries of search calls."""
    now = [1_700_000_000.0]
    fake = FakeAsana(wall_clock=lambda: now[0])
    token = fake.add_user(name="Ada", email="ada@example.com")
    created = set()
    for n in range(count):
        if n % same_millisecond == 0:
            now[0] += 1.0
        created.add(fake.add_task(f"match {n}", workspace=fake.workspace_gid))
    fake.add_task("something else", workspace=fake.workspace_gid)
    return fake, token, created


def searches(fake: FakeAsana) -> list[dict[str, list[str]]]:
    return [r.query for r in fake.requests if r.path.endswith("/tasks/search")]


@pytest.mark.parametrize("ascending", [False, True], ids=["newest-first", "oldest-first"])
def test_350_matches_with_ties_at_page_boundaries_come_back_once_each(ascending: bool) -> None:
    fake, token, created = fake_with_matches(350, same_millisecond=45)
    client: Asana = fake.client(token)
    found = client.tasks.search_tasks_for_workspace(
        fake.workspace_gid, text="match", sort_ascending=ascending, opt_fields=["name"]
    )
    gids = [task.gid for task in found]
    assert len(gids) == len(set(gids)) == 350
    assert set(gids) == created
    calls = searches(fake)
    assert 4 <= len(calls) <= 5
    bound = "created_at.after" if ascending else "created_at.before"
    assert all(bound in call for call in calls[1:]) and bound not in calls[0]
    assert all(call["sort_by"] == ["created_at"] for call in calls)


def test_max_items_stops_the_walk_early() -> None:
    fake, token, _ = fake_with_matches(250, same_millisecond=30)
    client = fake.client(token)
    names = [t.name for t in client.tasks.search_tasks_for_workspace(
        fake.workspace_gid, text="match", max_items=150
    )]  # fmt: skip
    assert len(names) == 150 and len(searches(fake)) == 2
    assert all(isinstance(name, str) and name.startswith("match") for name in names)


def test_another_sort_stops_at_100_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    fake, token, _ = fake_with_matches(150, same_millisecond=150)
    client = fake.client(token)
    with caplog.at_level(logging.WARNING, logger="asana_client"):
        found = list(
            client.tasks.search_tasks_for_workspace(
                fake.workspace_gid, text="match", sort_by="modified_at"
            )
        )
    assert len(found) == 100 and len(searches(fake)) == 1
    (warning,) = [r for r in caplog.records if "search_tasks_for_workspace" in r.getMessage()]
    assert "sort_by unset" in warning.getMessage()


def test_more_than_100_in_one_millisecond_is_an_error_not_a_loop() -> None:
    fake, token, _ = fake_with_matches(150, same_millisecond=150)
    client = fake.client(token)
    walk: Callable[[], list[object]] = lambda: list(  # noqa: E731
        client.tasks.search_tasks_for_workspace(fake.workspace_gid, text="match")
    )
    with pytest.raises(Exception, match="same millisecond") as raised:
        walk()
    assert type(raised.value).__name__ == "AsanaError"
    assert len(searches(fake)) == 2
