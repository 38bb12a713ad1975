"""The knobs users' own tests need: `fake.client()` with instant retries (a VirtualClock, also
usable as `Asana(clock=...)`), request bodies in `fake.requests`, and a demo token with tasks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from asana_client import Asana, ServerError
from asana_client.testing import FakeAsana, VirtualClock
from asana_client.testing import _fake as fake_module

MiB = 1024 * 1024


@pytest.fixture(params=["in-process", "served"])
def connect(fake: FakeAsana, request: pytest.FixtureRequest) -> Iterator[dict[str, object]]:
    """Asana(...) arguments that reach `fake` in-process or over loopback HTTP."""
    if request.param == "in-process":
        yield {"http_client": fake.http_client()}
    else:
        with fake.serve() as base_url:
            yield {"base_url": base_url}


# --- instant retries ---------------------------------------------------------------------------


def test_fake_client_retries_injected_500s_on_the_virtual_clock(fake: FakeAsana) -> None:
    clock = VirtualClock()
    client = fake.client(clock=clock)
    fake.fail_next(500, times=3)
    assert client.users.get_user("me").name == "Ada"  # the default user, added on demand
    assert [r.status for r in fake.requests] == [500, 500, 500, 200]
    waits = clock.sleeps
    assert len(waits) == 3 and all(wait > 0 for wait in waits)  # three real backoff steps...
    assert clock.monotonic() == pytest.approx(sum(waits))  # ...taken in virtual time only


def test_fake_client_waits_out_retry_after_virtually(fake: FakeAsana, token: str) -> None:
    clock = VirtualClock()
    client = fake.client(token, clock=clock)
    fake.fail_next(429, retry_after=30)
    assert client.users.get_user("me").name == "Ada Lovelace"
    assert clock.sleeps == [30.0]  # Asana's Retry-After, honoured to the second
    assert [r.status for r in fake.requests] == [429, 200]


def test_fake_client_waits_on_a_virtual_clock_unless_told_otherwise(
    fake: FakeAsana, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[VirtualClock] = []

    class Watched(VirtualClock):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(fake_module, "VirtualClock", Watched)
    client = fake.client()
    fake.fail_next(429, retry_after=30)
    fake.fail_next(503)
    assert client.users.get_user("me").name == "Ada"
    (clock,) = made
    assert len(clock.sleeps) == 2 and clock.sleeps[0] == 30.0  # both waits were virtual
    assert [r.status for r in fake.requests] == [429, 503, 200]


def test_a_429_pauses_every_thread_of_a_fan_out_on_the_shared_clock(fake: FakeAsana) -> None:
    clock = VirtualClock()
    client = fake.client(clock=clock)
    tasks = [fake.add_task(f"task {i}") for i in range(8)]
    fake.fail_next(429, retry_after=30)
    outcomes = list(client.fan_out(lambda gid: client.tasks.get_task(gid).name, tasks))
    assert [o.unwrap() for o in outcomes] == [f"task {i}" for i in range(8)]
    assert clock.sleeps and all(0 < wait <= 30 for wait in clock.sleeps)
    assert clock.monotonic() >= 30  # the pause was served, in virtual time
    assert sorted(r.status for r in fake.requests) == [200] * 8 + [429]


def test_asana_clock_keyword_makes_retries_instant_over_real_http(
    fake: FakeAsana, token: str, connect: dict[str, object]
) -> None:
    clock = VirtualClock(start=100.0)
    client = Asana(access_token=token, clock=clock, **connect)  # type: ignore[arg-type]
    fake.fail_next(502, times=2)
    fake.fail_next(429, retry_after=12)
    assert client.users.get_user("me").name == "Ada Lovelace"
    assert len(clock.sleeps) == 3 and clock.sleeps[-1] == 12.0
    assert clock.monotonic() == pytest.approx(100.0 + sum(clock.sleeps))


def test_fake_client_passes_options_through_to_asana(fake: FakeAsana) -> None:
    client = fake.client(max_retries=0)
    fake.fail_next(500)
    with pytest.raises(ServerError):
        client.users.get_user("me")
    assert len(fake.requests) == 1  # no retry: max_retries reached Asana()


def test_fake_client_defaults_to_the_first_user(fake: FakeAsana) -> None:
    first = fake.add_user("First", "first@example.com")
    fake.add_user("Second", "second@example.com")
    assert fake.client().users.get_user("me").gid == fake.user_gid(first)


def test_virtual_clock_keeps_every_concurrent_sleep() -> None:
    clock = VirtualClock()
    barrier = threading.Barrier(8)

    def nap() -> None:
        barrier.wait()
        for _ in range(100):
            clock.sleep(0.5)

    threads = [threading.Thread(target=nap) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(clock.sleeps) == 800
    assert clock.monotonic() == clock.slept == 400.0


# --- request bodies ----------------------------------------------------------------------------


def test_recorded_request_holds_the_json_body(
    fake: FakeAsana, token: str, connect: dict[str, object]
) -> None:
    client = Asana(access_token=token, **connect)  # type: ignore[arg-type]
    project = fake.add_project("Launch")
    created = client.tasks.create_task(name="Write the plan", projects=[project])
    request = fake.requests[-1]
    assert (request.method, request.path, request.status) == ("POST", "/tasks", 201)
    assert request.json() == {"data": {"name": "Write the plan", "projects": [project]}}
    assert request.body_size == len(request.body) and not request.body_truncated
    assert created.name == "Write the plan"


def test_sleep_knob_waits_out_latency_and_injected_delays() -> None:
    slept: list[float] = []
    fake = FakeAsana(latency=30.0, sleep=slept.append)  # half a minute each, waited by nobody
    client = fake.client(fake.add_user(name="Ada"))
    fake.fail_next(delay=5.0)
    assert client.users.get_user("me").name == "Ada"
    assert slept == [5.0, 30.0]  # the injected delay, then the latency of the same request
    assert fake.sleep == slept.append


def test_wait_until_wakes_when_a_request_another_thread_sends_is_recorded(
    fake: FakeAsana, token: str
) -> None:
    client = Asana(access_token=token, http_client=fake.http_client())
    asked = threading.Event()

    def reply_once_asked() -> None:
        asked.wait()
        client.users.get_user("me")

    caller = threading.Thread(target=reply_once_asked)
    caller.start()
    seen: list[int] = []

    def recorded() -> bool:
        seen.append(len(fake.requests))
        asked.set()  # the first look has been taken: now let the request go
        return len(fake.requests) == 1

    started = time.monotonic()
    assert fake.wait_until(recorded, timeout=20)
    woken_after = time.monotonic() - started
    caller.join()
    assert seen[0] == 0 and seen[-1] == 1  # false at first, true once the GET was recorded
    # Woken by the recording, not by the timeout's last look (which would take the full 20 s).
    assert woken_after < 10


def test_wait_until_gives_up_after_its_timeout(fake: FakeAsana) -> None:
    assert fake.wait_until(lambda: len(fake.requests) > 0, timeout=0.01) is False


def test_a_get_records_an_empty_body(fake: FakeAsana) -> None:
    fake.client().users.get_user("me")
    request = fake.requests[-1]
    assert (request.body, request.body_size) == (b"", 0)
    with pytest.raises(ValueError):
        request.json()


def test_a_large_upload_keeps_one_mib_of_its_body_and_its_true_size(
    fake: FakeAsana, token: str, connect: dict[str, object]
) -> None:
    client = Asana(access_token=token, **connect)  # type: ignore[arg-type]
    task = fake.add_task("with a file")
    content = b"\x01" * (3 * MiB)
    client.attachments.create_attachment_for_object(parent=task, file=content, name="big.bin")
    upload = fake.requests[-1]
    assert upload.status == 200 and upload.path == "/attachments"
    assert len(upload.body) == MiB and upload.body_size > 3 * MiB
    assert upload.body_truncated
    assert upload.body.startswith(b"--")  # the multipart body, raw
    assert b'name="parent"' in upload.body and upload.body.endswith(b"\x01" * 1024)
    with pytest.raises(ValueError, match="body bytes were kept"):
        upload.json()


# --- seed_demo's token -------------------------------------------------------------------------


def test_seed_demo_token_owns_a_third_of_the_tasks(fake: FakeAsana) -> None:
    demo = fake.seed_demo(tasks=90, projects=3, subtasks_per_task=0)
    client = fake.client(demo.token)
    mine = list(client.tasks.get_tasks(assignee="me", workspace=demo.workspace_gid))
    assert len(mine) >= 30  # every third task, plus its share of the random ones
    listed = fake.user_task_list_gid(demo.token)
    in_my_tasks = list(client.tasks.get_tasks_for_user_task_list(listed))
    assert {t.gid for t in in_my_tasks} == {t.gid for t in mine}
    assert set(demo.task_gids) >= {t.gid for t in mine}


def test_seed_demo_owner_is_a_member_of_every_project_and_their_team(fake: FakeAsana) -> None:
    fake.add_user("Someone first", "first@example.com")  # the owner is not the first user
    demo = fake.seed_demo(tasks=30, projects=3)
    client = fake.client(demo.token)
    for project in demo.project_gids:
        record = client.projects.get_project(project, opt_fields=["members", "owner"])
        assert demo.user_gid in [m.gid for m in record.members]
        assert record.owner.gid == demo.user_gid
    team_members = client.users.get_users_for_team(demo.team_gid)
    assert demo.user_gid in [u.gid for u in team_members]
