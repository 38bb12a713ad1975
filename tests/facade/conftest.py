"""Fixtures for the facade tests: a FakeAsana per test, reached through the `Asana` facade
either in-process (`fake.http_client()`) or over loopback HTTP (`fake.serve()`)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from asana_client import Asana
from asana_client.testing import FakeAsana
from tests.testing.spec_conformance import fake_answers_match_spec


@pytest.fixture(autouse=True)
def _answers_match_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Every answer FakeAsana gives in the facade tests is checked against the merged spec."""
    yield from fake_answers_match_spec(monkeypatch)


@pytest.fixture
def fake() -> Iterator[FakeAsana]:
    instance = FakeAsana()
    yield instance
    assert instance.errors == []  # no bug inside the fake was turned into a 500
    instance.close()


@pytest.fixture
def token(fake: FakeAsana) -> str:
    return fake.add_user("Ada Lovelace", "ada@example.com")


@pytest.fixture
def me(fake: FakeAsana, token: str) -> str:
    return fake.user_gid(token)


@pytest.fixture
def workspace(fake: FakeAsana) -> str:
    return fake.workspace_gid


@pytest.fixture
def team(fake: FakeAsana, token: str) -> str:
    return fake.default_team_gid  # Ada (the first user) is a member


@pytest.fixture
def project(fake: FakeAsana, team: str) -> str:
    return fake.add_project("Launch plan", team=team)


@pytest.fixture
def task(fake: FakeAsana, me: str) -> str:
    return fake.add_task("Write spec", assignee=me, notes="The first draft")


@pytest.fixture
def other_user(fake: FakeAsana) -> str:
    """Grace, a second member of the workspace (not in Ada's team)."""
    return fake.user_gid(fake.add_user("Grace Hopper", "grace@example.com"))


@pytest.fixture(params=["in-process", "served"])
def client(request: pytest.FixtureRequest, fake: FakeAsana, token: str) -> Iterator[Asana]:
    """The facade, once over the in-process transport and once over real loopback HTTP."""
    if request.param == "in-process":
        http = fake.http_client()
        with http, Asana(access_token=token, http_client=http) as asana:
            yield asana
    else:
        with fake.serve() as base_url, Asana(access_token=token, base_url=base_url) as asana:
            yield asana


@pytest.fixture
def sent_bodies(fake: FakeAsana, token: str) -> Iterator[tuple[Asana, list[bytes]]]:
    """An in-process facade whose outgoing request bodies are recorded (the fake only
    records their size)."""
    bodies: list[bytes] = []

    def record(request: httpx.Request) -> None:
        bodies.append(request.read())

    http = fake.http_client(event_hooks={"request": [record]})
    with http, Asana(access_token=token, http_client=http) as asana:
        yield asana, bodies
