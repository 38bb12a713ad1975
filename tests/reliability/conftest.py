"""Reliability suite fixtures: a results collector, a credential watch, and served fakes.

Every scenario writes its figures into `RESULTS`; at the end of the session they are saved as
JSON to $RELIABILITY_RESULTS when that is set (by `tests/reliability/report.py`, which runs the
suite in one process and turns the figures into RELIABILITY.md). Under pytest-xdist (`make test`)
each worker holds only part of the figures, and none is saved.

The credential watch sees every log record of every logger at DEBUG for the whole session,
plus every exception text/repr and every request the fake's hosts received that a scenario
hands to it. When each reliability test ends, the texts gathered since the previous check are
searched for every secret known so far (`no_credential_in_this_test`): a leak fails the test
that caused it, whatever order the tests run in.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from asana_client.testing import FakeAsana
from tests.conftest import FakeTime


class Results:
    """Figures per scenario plus the outcome of every test, saved as JSON at session end."""

    def __init__(self) -> None:
        self.scenarios: dict[str, dict[str, Any]] = {}
        self.outcomes: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def record(self, scenario: str, **figures: Any) -> None:
        with self._lock:
            self.scenarios.setdefault(scenario, {}).update(figures)

    def add(self, scenario: str, **counts: int) -> None:
        """Add to counters (several tests contribute to one scenario)."""
        with self._lock:
            entry = self.scenarios.setdefault(scenario, {})
            for key, value in counts.items():
                entry[key] = entry.get(key, 0) + value

    def append(self, scenario: str, key: str, item: Any) -> None:
        with self._lock:
            self.scenarios.setdefault(scenario, {}).setdefault(key, []).append(item)

    def outcome(self, report: pytest.TestReport) -> None:
        entry = self.outcomes.setdefault(report.nodeid, {"outcome": "passed", "duration": 0.0})
        entry["duration"] += report.duration
        if report.outcome == "skipped" and hasattr(report, "wasxfail"):
            entry["outcome"] = "xfailed"
            entry["reason"] = report.wasxfail
        elif report.outcome == "passed" and hasattr(report, "wasxfail"):
            entry["outcome"] = "xpassed"
        elif report.outcome != "passed":
            entry["outcome"] = report.outcome

    def save(self, path: Path) -> None:
        document = {"scenarios": self.scenarios, "tests": self.outcomes}
        path.write_text(json.dumps(document, indent=2, sort_keys=True, default=str))


RESULTS = Results()


class CredentialWatch(logging.Handler):
    """Collects every text that could leak a credential, and counts the secrets in them."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.secrets: set[str] = set()
        self.texts: list[tuple[str, str]] = []  # (kind, text)
        self.log_records = 0
        self.loggers: set[str] = set()
        self.storage_requests = 0
        self.api_requests = 0
        self._lock2 = threading.Lock()
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    # --- inputs -----------------------------------------------------------------------------
    def add_secret(self, token: str) -> None:
        """A token and its secret part (after the last ':'), both must never appear."""
        with self._lock2:
            self.secrets.add(token)
            secret = token.rsplit(":", 1)[-1]
            if len(secret) >= 8:
                self.secrets.add(secret)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:  # a broken log call must not break the suite
            text = repr(record.msg)
        with self._lock2:
            self.log_records += 1
            self.loggers.add(record.name)
            self.texts.append(("log", text))

    def text(self, kind: str, value: str) -> None:
        with self._lock2:
            self.texts.append((kind, value))

    def exception(self, exc: BaseException) -> None:
        """str, repr and full traceback (chained causes, notes) of an error, and the reprs of
        the response and request it carries (httpx masks Authorization in Headers' repr)."""
        self.text("exception str", str(exc))
        self.text("exception repr", repr(exc))
        self.text("traceback", "".join(traceback.format_exception(exc)))
        response = getattr(exc, "response", None)
        if response is not None:
            self.text("response repr", repr(response))
            self.text("response headers", repr(response.headers))
            request = getattr(response, "_request", None)
            if request is not None:
                self.text("request repr", repr(request))
                self.text("request headers repr", repr(request.headers))
                self.text("request url", str(request.url))

    def fake_requests(self, fake: FakeAsana) -> None:
        """API requests carry the token in Authorization (by design): only their URLs are
        checked. Storage requests must carry no trace of it at all."""
        api = fake.requests
        storage = fake.storage_requests
        with self._lock2:
            self.api_requests += len(api)
            self.storage_requests += len(storage)
        for req in api:
            self.text("api request url", f"{req.path}?{req.query!r}")
        for req in storage:
            self.text("storage request", f"{req.method} {req.path}?{req.query!r} {req.headers!r}")
            self.text("storage request headers", repr(list(req.headers.raw)))

    # --- results ----------------------------------------------------------------------------
    def take(self) -> list[tuple[str, str]]:
        """The texts collected since the last call, handed over (each is checked once)."""
        with self._lock2:
            texts, self.texts = self.texts, []
        return texts

    def occurrences(self, texts: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
        """(kind, excerpt) for every secret found in `texts` (default: everything collected
        and not yet taken)."""
        with self._lock2:
            texts = list(self.texts) if texts is None else texts
            secrets = list(self.secrets)
        found = []
        for kind, text in texts:
            for secret in secrets:
                if secret in text:
                    start = max(0, text.index(secret) - 40)
                    found.append((kind, text[start : start + 120].replace(secret, "<SECRET>")))
        return found


WATCH = CredentialWatch()


def pytest_configure(config: pytest.Config) -> None:
    root = logging.getLogger()
    root.addHandler(WATCH)
    WATCH.previous_root_level = root.level  # type: ignore[attr-defined]
    root.setLevel(logging.DEBUG)


def pytest_unconfigure(config: pytest.Config) -> None:
    root = logging.getLogger()
    root.removeHandler(WATCH)
    root.setLevel(getattr(WATCH, "previous_root_level", logging.WARNING))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "tests/reliability" in report.nodeid.replace("\\", "/"):
        RESULTS.outcome(report)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("RELIABILITY_RESULTS")
    a_worker = "PYTEST_XDIST_WORKER" in os.environ  # holds only part of the figures
    if target and RESULTS.outcomes and not a_worker:
        RESULTS.save(Path(target))


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def results() -> Results:
    return RESULTS


@pytest.fixture(scope="session")
def watch() -> CredentialWatch:
    return WATCH


def check_texts_since_last_check(watch: CredentialWatch, results: Results) -> None:
    """Search every text gathered since the previous check for every known secret; add the
    counts to the run's credential figures; fail on any occurrence."""
    texts = watch.take()
    found = watch.occurrences(texts)
    results.add(
        "credentials",
        texts_scanned=len(texts),
        exception_texts=sum(1 for kind, _ in texts if kind.startswith("exception")),
        occurrences=len(found),
        checks=1,
    )
    results.record(
        "credentials",
        secrets_watched=len(watch.secrets),
        log_records=watch.log_records,
        loggers=sorted(watch.loggers),
        api_requests_checked=watch.api_requests,
        storage_requests_seen=watch.storage_requests,
    )
    if found:
        results.append("credentials", "examples", found[:5])
    assert found == [], f"a credential leaked into {len(found)} text(s): {found[:3]}"


@pytest.fixture(autouse=True)
def no_credential_in_this_test(watch: CredentialWatch, results: Results) -> Iterator[None]:
    """Autouse, so set up before (and torn down after) every other fixture of the test,
    including `fake`, whose teardown hands over the requests the fake received."""
    yield
    check_texts_since_last_check(watch, results)


@pytest.fixture
def fake(fake: FakeAsana, watch: CredentialWatch) -> Iterator[FakeAsana]:
    """The shared `fake`, with everything its hosts received handed to the credential watch."""
    yield fake
    watch.fake_requests(fake)


@pytest.fixture
def token(token: str, watch: CredentialWatch) -> str:
    watch.add_secret(token)
    return token


@pytest.fixture
def served_url(fake: FakeAsana) -> Iterator[str]:
    """The fake on a loopback port (real sockets, real timeouts)."""
    with fake.serve() as url:
        yield url


class LockedTime(FakeTime):
    """FakeTime that many threads may share: the clock never goes backwards."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += max(0.0, seconds)


@pytest.fixture
def locked_time() -> LockedTime:
    return LockedTime()


# --- fault injection helpers (used by several scenarios) --------------------------------------

FAULT_KINDS = ("429", "500", "502", "503", "504", "drop", "timeout")


class FaultPlan:
    """A seeded random mix of faults: `maybe()` injects one with the given probability.

    "timeout" is a server delay longer than the client's read timeout; over `serve()` the fake
    sleeps and then processes the request anyway, after the client has given up. Those cost
    real wall time, so at most `max_timeouts` of them are injected.
    """

    def __init__(
        self,
        fake: FakeAsana,
        seed: int,
        *,
        probability: float = 0.1,
        max_timeouts: int = 3,
        delay: float = 0.6,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        import random

        self.fake = fake
        self.rng = random.Random(seed)
        self.probability = probability
        self.max_timeouts = max_timeouts
        self.delay = delay
        self.method = method
        self.path = path
        self.injected: dict[str, int] = dict.fromkeys(FAULT_KINDS, 0)
        self.retry_afters: list[float] = []

    @property
    def total(self) -> int:
        return sum(self.injected.values())

    def maybe(self) -> str | None:
        if self.rng.random() >= self.probability:
            return None
        kinds = [k for k in FAULT_KINDS if k != "timeout" or self.injected[k] < self.max_timeouts]
        kind = self.rng.choice(kinds)
        self.inject(kind)
        return kind

    def inject(self, kind: str) -> None:
        where = {"method": self.method, "path": self.path}
        if kind == "429":
            retry_after = round(self.rng.uniform(0.0, 1.0), 1)
            self.retry_afters.append(retry_after)
            self.fake.fail_next(429, retry_after=retry_after, **where)
        elif kind == "drop":
            self.fake.fail_next(drop=True, **where)
        elif kind == "timeout":
            self.fake.fail_next(delay=self.delay, **where)
        else:
            self.fake.fail_next(int(kind), **where)
        self.injected[kind] += 1
