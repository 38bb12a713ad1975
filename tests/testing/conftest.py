"""Fixtures for the FakeAsana tests: every client-facing test runs in-process and served."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # allow running pytest without installing the package
    sys.path.insert(0, str(ROOT))

from asana_client.testing import FakeAsana  # noqa: E402
from tests.testing.spec_conformance import fake_answers_match_spec  # noqa: E402


@pytest.fixture
def fake() -> Iterator[FakeAsana]:
    instance = FakeAsana()
    yield instance
    assert instance.errors == []  # no internal exception was turned into a 500
    instance.close()


@pytest.fixture
def token(fake: FakeAsana) -> str:
    return fake.add_user("Ada Lovelace", "ada@example.com")


@pytest.fixture(params=["in-process", "served"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def base_url(fake: FakeAsana, mode: str) -> Iterator[str]:
    if mode == "in-process":
        yield fake.base_url
    else:
        with fake.serve() as url:
            yield url


@pytest.fixture
def make_client(fake: FakeAsana, mode: str, base_url: str) -> Iterator[object]:
    """Factory: a raw httpx client for the current mode with optional auth token."""
    clients: list[httpx.Client] = []

    def make(token: str | None = None, **kwargs: object) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if mode == "in-process":
            client = fake.http_client(headers=headers, **kwargs)
        else:
            client = httpx.Client(base_url=base_url, headers=headers, **kwargs)  # type: ignore[arg-type]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def api(make_client: object, token: str) -> httpx.Client:
    """An authenticated raw httpx client against the fake (parametrised over both modes)."""
    return make_client(token)  # type: ignore[operator,no-any-return]


@pytest.fixture
def client_for(mode: str) -> Iterator[Callable[..., httpx.Client]]:
    """Factory for a client of any FakeAsana (e.g. one built with limits) in this mode."""
    with contextlib.ExitStack() as stack:

        def make(fake: FakeAsana, token: str | None = None, **kwargs: object) -> httpx.Client:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            if mode == "in-process":
                client = fake.http_client(headers=headers, **kwargs)
            else:
                url = stack.enter_context(fake.serve())
                client = httpx.Client(base_url=url, headers=headers, **kwargs)  # type: ignore[arg-type]
            return stack.enter_context(client)

        yield make


@pytest.fixture(autouse=True)
def _answers_match_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Every answer FakeAsana gives in these tests is checked against the merged spec."""
    yield from fake_answers_match_spec(monkeypatch)
