"""Every row of the error table, produced by a real response from FakeAsana."""

from __future__ import annotations

import httpx
import pytest

from asana_client import (
    Asana,
    AsanaConnectionError,
    AsanaError,
    AsanaTimeoutError,
    ForbiddenError,
    InvalidRequestError,
    InvalidTokenError,
    NoAuthorizationError,
    NotFoundError,
    PaymentRequiredError,
    RateLimitEnforcedError,
    ServerError,
)
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime, make_client


@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (400, InvalidRequestError),
        (401, NoAuthorizationError),
        (402, PaymentRequiredError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (412, InvalidTokenError),
        (429, RateLimitEnforcedError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
    ],
)
def test_status_maps_to_its_exception(
    fake: FakeAsana,
    token: str,
    base_url: str | None,
    fake_time: FakeTime,
    status: int,
    exception: type[AsanaError],
) -> None:
    client = make_client(fake, token, base_url, fake_time, max_retries=0)
    task = fake.add_task("t")
    fake.fail_next(status=status, retry_after=7 if status == 429 else None)
    with pytest.raises(exception) as raised:
        client.tasks.get_task(task)
    error = raised.value
    assert type(error) is exception
    assert error.status == status
    assert error.response is not None and error.response.status_code == status
    assert error.message and error.errors and error.message == error.errors[0]["message"]
    if status == 429:
        assert isinstance(error, RateLimitEnforcedError) and error.retry_after == 7
    if status == 500:
        assert error.phrase and error.phrase in str(error)


def test_other_4xx_is_a_plain_asana_error(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime
) -> None:
    client = make_client(fake, token, base_url, fake_time)
    fake.fail_next(status=418)
    with pytest.raises(AsanaError) as raised:
        client.workspaces.get_workspace(fake.workspace_gid)
    assert type(raised.value) is AsanaError and raised.value.status == 418


def test_unknown_object_is_not_found_with_asanas_message(client: Asana) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.tasks.get_task("999999")
    assert "999999" in raised.value.message


def test_missing_input_is_an_invalid_request_naming_the_field(client: Asana) -> None:
    with pytest.raises(InvalidRequestError, match="workspace"):
        client.tasks.create_task(name="no home")


def test_unknown_token_is_no_authorization(
    fake: FakeAsana, base_url: str | None, fake_time: FakeTime
) -> None:
    client = make_client(fake, "not-a-token", base_url, fake_time)
    with pytest.raises(NoAuthorizationError) as raised:
        client.users.get_user("me")
    assert raised.value.status == 401 and "not-a-token" not in str(raised.value)


def test_search_in_a_free_workspace_is_payment_required(client: Asana, fake: FakeAsana) -> None:
    fake.set_premium(fake.workspace_gid, False)
    with pytest.raises(PaymentRequiredError):
        list(client.tasks.search_tasks_for_workspace(fake.workspace_gid, text="x"))


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", "text/html", 502),
        (b'{"errors": [{"message": "cut', "application/json", 500),
        (b"not json at all", "text/plain", 400),
        (b"", "application/json", 404),
    ],
)
def test_bodies_that_are_not_asana_errors_still_map_by_status(
    fake: FakeAsana,
    token: str,
    base_url: str | None,
    fake_time: FakeTime,
    body: bytes,
    content_type: str,
    status: int,
) -> None:
    client = make_client(fake, token, base_url, fake_time, max_retries=0)
    fake.fail_next(status=status, body=body, content_type=content_type)
    with pytest.raises(AsanaError) as raised:
        client.users.get_user("me")
    assert raised.value.status == status
    assert content_type in raised.value.message
    assert raised.value.errors == []


@pytest.mark.parametrize(
    "body",
    [b"<html>not json</html>", b'{"data": {"gid": "1", "na', b'{"errors": [{"message": "odd"}]}'],
)
def test_a_200_that_is_not_a_record_is_an_asana_error(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime, body: bytes
) -> None:
    client = make_client(fake, token, base_url, fake_time)
    fake.fail_next(status=200, body=body, content_type="application/json")
    with pytest.raises(AsanaError) as raised:
        client.users.get_user("me")
    assert raised.value.status == 200
    assert not isinstance(raised.value.__cause__, KeyError)


def test_dropped_connection_is_a_connection_error_with_the_httpx_cause(
    fake: FakeAsana, token: str, base_url: str | None, fake_time: FakeTime
) -> None:
    client = make_client(fake, token, base_url, fake_time, max_retries=0)
    fake.fail_next(drop=True)
    with pytest.raises(AsanaConnectionError) as raised:
        client.users.get_user("me")
    assert isinstance(raised.value.__cause__, httpx.TransportError)
    assert raised.value.status is None


def test_a_server_that_does_not_answer_times_out(fake: FakeAsana, token: str) -> None:
    with fake.serve() as url:
        client = Asana(access_token=token, base_url=url, timeout=0.2, max_retries=0)
        fake.fail_next(delay=2.0)
        with pytest.raises(AsanaTimeoutError) as raised:
            client.users.get_user("me")
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)
