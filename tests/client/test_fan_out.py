"""client.fan_out: concurrent calls, results in input order, each item's error kept."""

from __future__ import annotations

import threading

import pytest

from asana_client import Asana, NotFoundError, Outcome
from asana_client.testing import FakeAsana


def test_results_come_back_in_input_order_with_per_item_errors(
    client: Asana, fake: FakeAsana
) -> None:
    projects = [fake.add_project(f"P{i}") for i in range(6)]
    for index, project in enumerate(projects):
        for n in range(index):
            fake.add_task(f"{index}.{n}", projects=[project])
    items = [*projects[:3], "999999", *projects[3:]]
    outcomes = list(
        client.fan_out(lambda gid: len(list(client.tasks.get_tasks_for_project(gid))), items)
    )
    assert [o.item for o in outcomes] == items
    assert [o.value for o in outcomes if o.ok] == [0, 1, 2, 3, 4, 5]
    (failed,) = [o for o in outcomes if not o.ok]
    assert failed.item == "999999" and isinstance(failed.error, NotFoundError)
    with pytest.raises(NotFoundError):
        failed.unwrap()


def test_calls_really_run_side_by_side() -> None:
    barrier = threading.Barrier(4, timeout=5)

    def wait_for_the_others(item: int) -> int:
        barrier.wait()  # deadlocks (BrokenBarrierError) unless 4 calls run at once
        return item * 2

    outcomes = list(Asana(access_token="t").fan_out(wait_for_the_others, range(4), max_workers=4))
    assert [o.unwrap() for o in outcomes] == [0, 2, 4, 6]
    assert all(isinstance(o, Outcome) for o in outcomes)


def test_max_workers_must_be_positive() -> None:
    with pytest.raises(ValueError):
        list(Asana(access_token="t").fan_out(str, [1], max_workers=0))
