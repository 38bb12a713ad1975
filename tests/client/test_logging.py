"""Logging: one line per request, warnings for retries and Asana-Change, never a credential."""

from __future__ import annotations

import logging

import httpx
import pytest

from asana_client import Asana, NotFoundError
from asana_client.testing import FakeAsana


class AddChangeHeader(httpx.BaseTransport):
    """FakeAsana in-process, with an Asana-Change header on every response."""

    def __init__(self, fake: FakeAsana) -> None:
        self.inner = fake.transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.headers["Asana-Change"] = (
            "name=new_user_task_lists;info=https://asa.na/api-utl;affected=true"
        )
        return response


def test_asana_change_is_warned_once_per_name(
    fake: FakeAsana, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = Asana(access_token=token, http_client=httpx.Client(transport=AddChangeHeader(fake)))
    with caplog.at_level(logging.WARNING, logger="asana_client"):
        for _ in range(3):
            client.users.get_user("me")
    warnings = [r.getMessage() for r in caplog.records if "Asana-Change" in r.getMessage()]
    assert len(warnings) == 1
    assert "new_user_task_lists" in warnings[0] and "https://asa.na/api-utl" in warnings[0]


def test_each_request_is_logged_with_method_path_status_and_duration(
    client: Asana, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="asana_client"):
        client.users.get_user("me")
    lines = [r.getMessage() for r in caplog.records if r.name == "asana_client"]
    assert any(
        "GET" in line and "/users/me" in line and "200" in line and "ms" in line for line in lines
    )


def test_no_log_record_exception_or_repr_contains_the_token(
    fake: FakeAsana, token: str, base_url: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    client = (
        Asana(access_token=token, http_client=fake.http_client())
        if base_url is None
        else Asana(access_token=token, base_url=base_url)
    )
    texts: list[str] = [repr(client)]
    with caplog.at_level(logging.DEBUG):
        task = fake.add_task("secret-free", projects=[fake.add_project("P")])
        client.tasks.get_task(task)
        fake.fail_next(status=503)
        list(client.tasks.get_tasks_for_project(fake.add_project("Q")))
        try:
            client.tasks.get_task("123456")
        except NotFoundError as error:
            texts += [str(error), repr(error), repr(error.response), str(error.errors)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert len(caplog.records) > 3
    secret = token.split(":")[-1]
    assert [t for t in texts if token in t or secret in t] == []
