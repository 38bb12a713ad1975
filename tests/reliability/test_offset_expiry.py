"""Scenario 3: an offset that expires mid-iteration raises, never ends the list quietly.

The error is an InvalidRequestError that says the offset expired and carries the rejected
offset (`exc.offset`), so the caller can tell "list finished" from "list broken".
"""

from __future__ import annotations

import pytest

from asana_client import Asana, InvalidRequestError
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results

TASKS = 350
PAGE = 100


def seed(fake: FakeAsana) -> tuple[str, list[str]]:
    project = fake.add_project("Reliability: offsets")
    return project, [fake.add_task(f"o{i:03d}", projects=[project]) for i in range(TASKS)]


def check_expired(exc: InvalidRequestError, offset: str | None, watch: CredentialWatch) -> None:
    watch.exception(exc)
    assert exc.status == 400
    assert "expired" in str(exc).lower() and "offset" in str(exc).lower()
    assert offset is not None and exc.offset == offset


@pytest.mark.parametrize("prefetch", [False, True], ids=["sequential", "prefetch"])
def test_offset_expiry_mid_iteration_raises_with_the_offset(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    results: Results,
    watch: CredentialWatch,
    prefetch: bool,
) -> None:
    project, expected = seed(fake)
    with make_client(fake, token, served_url, fake_time, prefetch=prefetch) as client:
        received: list[str] = []
        offsets: list[str | None] = []
        with pytest.raises(InvalidRequestError) as caught:
            for page in client.tasks.get_tasks_for_project(project, limit=PAGE).pages():
                received.extend(t.gid for t in page.items)
                offsets.append(page.next_offset)
                fake.expire_offsets()  # everything issued so far is now stale
    # Sequential: the very next page fails. With prefetch the next page may already have been
    # fetched before the expiry, so the one after it fails; either way the error names the
    # offset of the page that could not be fetched.
    check_expired(caught.value, offsets[-1], watch)
    assert len(received) < TASKS and received == expected[: len(received)]
    assert len(offsets) <= 2 if prefetch else len(offsets) == 1
    page_requests = [r for r in fake.requests if r.path == f"/projects/{project}/tasks"]
    assert page_requests[-1].status == 400
    assert sum(r.status == 400 for r in page_requests) == 1  # a 400 is not retried
    results.record(
        f"offset_expiry_{'prefetch' if prefetch else 'sequential'}",
        items_expected=TASKS,
        items_received_before_error=len(received),
        error=type(caught.value).__name__,
        error_message=str(caught.value),
        offset_carried=caught.value.offset == offsets[-1],
        requests=len(page_requests),
        silently_short=False,
    )


def test_offset_expired_by_ttl_while_paused(
    token: str, fake: FakeAsana, fake_time: FakeTime, results: Results, watch: CredentialWatch
) -> None:
    """A consumer that stops between pages for longer than the offset lives."""
    timed = FakeAsana(offset_ttl=30.0, clock=fake_time.clock)
    timed_token = timed.add_user("Ada", "ada@example.com")
    watch.add_secret(timed_token)
    project, expected = seed(timed)
    try:
        with (
            timed.serve() as url,
            make_client(timed, timed_token, url, fake_time, prefetch=False) as client,
        ):
            received: list[str] = []
            last: str | None = None
            with pytest.raises(InvalidRequestError) as caught:
                for page in client.tasks.get_tasks_for_project(project, limit=PAGE).pages():
                    received.extend(t.gid for t in page.items)
                    last = page.next_offset
                    if len(received) == 2 * PAGE:
                        fake_time.now += 31  # the consumer was busy for 31 s
            check_expired(caught.value, last, watch)
            assert received == expected[: 2 * PAGE]
    finally:
        watch.fake_requests(timed)
        timed.close()
    results.record(
        "offset_expiry_ttl",
        items_expected=TASKS,
        items_received_before_error=len(received),
        offset_carried=True,
        requests=len(timed.requests),
    )


def test_resuming_from_a_stale_saved_offset_names_it(
    fake: FakeAsana, token: str, served_url: str, fake_time: FakeTime, watch: CredentialWatch
) -> None:
    project, _ = seed(fake)
    client: Asana
    with make_client(fake, token, served_url, fake_time, prefetch=False) as client:
        first = next(client.tasks.get_tasks_for_project(project, limit=PAGE).pages())
        fake.expire_offsets()
        with pytest.raises(InvalidRequestError) as caught:
            list(client.tasks.get_tasks_for_project(project, offset=first.next_offset))
    check_expired(caught.value, first.next_offset, watch)
