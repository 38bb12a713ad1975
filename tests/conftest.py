"""Shared fixtures: a FakeAsana per test, reached in-process or over loopback HTTP."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from asana_client import Asana
from asana_client.testing import FakeAsana


class OneShotStream(io.RawIOBase):
    """A stream that can be read once and not rewound (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


class FakeTime:
    """A clock whose sleep advances it instantly, recording every wait (retry tests)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> Iterator[FakeAsana]:
    server = FakeAsana()
    yield server
    server.close()


@pytest.fixture
def token(fake: FakeAsana) -> str:
    return fake.add_user(name="Ada Lovelace", email="ada@example.com")


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture(params=["in-process", "loopback"])
def base_url(request: pytest.FixtureRequest, fake: FakeAsana) -> Iterator[str | None]:
    """None: in-process through fake.http_client(); else a loopback URL from fake.serve()."""
    if request.param == "in-process":
        yield None
        return
    with fake.serve() as url:
        yield url


@pytest.fixture
def client(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime
) -> Iterator[Asana]:
    """A client on the fake, both ways, with instant retries."""
    with make_client(fake, token, base_url, fake_time) as api:
        yield api


def make_client(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime, **options: object
) -> Asana:
    timing = {"_sleep": fake_time.sleep, "_clock": fake_time.clock}
    if base_url is None:
        return Asana(access_token=token, http_client=fake.http_client(), **timing, **options)  # type: ignore[arg-type]
    return Asana(access_token=token, base_url=base_url, **timing, **options)  # type: ignore[arg-type]
