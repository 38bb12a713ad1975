"""Scenario 7: the credential never shows up anywhere, across the whole reliability run.

This module runs last (modules run in name order). Every earlier scenario handed its
exception texts, reprs and the fake's request logs to the session's CredentialWatch, which
has also seen every log record of every logger at DEBUG since the session started. Here the
storage host is exercised (attachment downloads, direct and through a redirect) and then the
collected texts are searched for every token and its secret part.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import pytest

from asana_client import Asana, AsanaError, NotFoundError
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client
from tests.reliability.conftest import CredentialWatch, Results

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


def test_no_credential_anywhere_in_the_run(watch: CredentialWatch, results: Results) -> None:
    found = watch.occurrences()
    texts = len(watch.texts)
    results.record(
        "credentials",
        secrets_watched=len(watch.secrets),
        log_records=watch.log_records,
        loggers=sorted(watch.loggers),
        texts_scanned=texts,
        exception_texts=sum(1 for kind, _ in watch.texts if kind.startswith("exception")),
        api_requests_checked=watch.api_requests,
        storage_requests_seen=watch.storage_requests,
        occurrences=len(found),
        examples=found[:5],
    )
    assert watch.log_records > 0 and "asana_client" in watch.loggers
    assert watch.secrets
    assert found == []
