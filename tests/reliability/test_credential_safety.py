"""Scenario 7: the credential never shows up anywhere, across the whole reliability run.

Every scenario hands its exception texts, reprs and the fake's request logs to the session's
CredentialWatch, which also sees every log record of every logger at DEBUG. Each test's texts
are searched for every token and its secret part when that test ends (the autouse fixture
`no_credential_in_this_test` in conftest.py), so no test has to run last. Here the storage
host is exercised (attachment downloads, direct and through a redirect), and the check itself
is shown to catch a planted leak in whichever test it happens.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pytest

from asana_client import Asana, AsanaError, NotFoundError
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results, check_texts_since_last_check

CONTENT = bytes(range(256)) * 300


@pytest.mark.parametrize("redirect", [False, True], ids=["direct", "via-redirect"])
def test_downloads_never_send_the_token_to_storage(
    fake: FakeAsana,
    token: str,
    served_url: str,
    fake_time: FakeTime,
    tmp_path: Path,
    watch: CredentialWatch,
    results: Results,
    redirect: bool,
) -> None:
    fake.storage_redirect = redirect
    task = fake.add_task("with a file")
    attachment = fake.add_attachment(task, "report.bin", CONTENT)
    fake.fail_next(503, path="/blobs/*")  # one storage failure: retried, and logged
    with make_client(fake, token, served_url, fake_time) as client:
        watch.text("client repr", repr(client))
        watch.text("namespace repr", repr(client.attachments))
        written = client.attachments.download_to(attachment, tmp_path / "out.bin")
        with pytest.raises(NotFoundError) as caught:
            client.attachments.download_to("999999", tmp_path / "missing.bin")
        watch.exception(caught.value)
    assert written == len(CONTENT) == (tmp_path / "out.bin").stat().st_size
    storage = fake.storage_requests
    assert storage, "the download must have reached the storage host"
    for request in storage:
        assert "authorization" not in request.headers
        for value in [request.path, repr(request.query), *request.headers.values()]:
            assert token not in value and token.split(":")[-1] not in value
    results.add("credentials", storage_requests_checked=len(storage))


def test_api_key_and_errors_do_not_leak(
    fake: FakeAsana, token: str, served_url: str, watch: CredentialWatch
) -> None:
    """The legacy API key goes out as HTTP Basic; neither form may appear in texts."""
    basic = base64.b64encode(f"{token}:".encode()).decode()
    watch.secrets.add(basic)
    with Asana(api_key=token, base_url=served_url, max_retries=0) as client:
        watch.text("client repr", repr(client))
        assert client.users.get_user("me").gid
        fake.fail_next(401)
        with pytest.raises(AsanaError) as caught:
            client.users.get_user("me")
        watch.exception(caught.value)


def test_the_watch_would_see_a_leak() -> None:
    """The zero below means something: a planted token is found in logs and in texts."""
    probe = CredentialWatch()
    probe.add_secret("1/123:0123456789abcdef")
    logger = logging.getLogger("asana_client.leak_probe")
    logger.addHandler(probe)
    try:
        logger.debug("Authorization: Bearer %s", "1/123:0123456789abcdef")
    finally:
        logger.removeHandler(probe)
    probe.text("repr", "secret=0123456789abcdef")
    assert len(probe.occurrences()) == 3  # the token and its secret part in the log, + text


def test_a_leak_fails_the_test_it_happens_in_whatever_ran_before(results: Results) -> None:
    """The per-test check: a clean test passes; a leak in a later test is still caught (the
    check is not a one-off at the end of the run), and the next clean test passes again."""
    probe = CredentialWatch()
    probe.add_secret("1/123:0123456789abcdef")
    figures = Results()
    verdicts = []
    for text in ("GET /users/me -> 200", "Authorization: Bearer 1/123:0123456789abcdef", "ok"):
        probe.text("log", text)
        try:
            check_texts_since_last_check(probe, figures)
        except AssertionError:
            verdicts.append("failed")
        else:
            verdicts.append("passed")
    results.append(
        "hardening",
        "rows",
        {
            "item": 26,
            "test": "test_a_leak_fails_the_test_it_happens_in_whatever_ran_before",
            "check": "per-test credential check, planted leak in the 2nd of 3 tests",
            "tried": len(verdicts),
            "failures": int(verdicts != ["passed", "failed", "passed"]),
        },
    )
    assert verdicts == ["passed", "failed", "passed"]
    assert figures.scenarios["credentials"]["occurrences"] == 2  # the token and its secret
    assert figures.scenarios["credentials"]["checks"] == 3


def test_the_session_watch_sees_every_log_record(watch: CredentialWatch) -> None:
    """The zero occurrences mean something only if the watch really is on the root logger
    at DEBUG: a record logged here must be among the texts this test's check will scan."""
    logging.getLogger("asana_client.watch_probe").debug("probe %s", "visible")
    assert ("log", "asana_client.watch_probe DEBUG probe visible") in watch.texts
