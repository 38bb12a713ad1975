"""Safety rails found in review: secrets stay out of headers they break, out of errors, off
insecure URLs; callbacks cannot deadlock; a closed client stays closed; a one-shot upload is
never replayed after a token refresh."""

from __future__ import annotations

import threading

import pytest

from asana_client import (
    Asana,
    AsanaError,
    ConfigurationError,
    NoAuthorizationError,
    NotFoundError,
    OAuthCredentials,
)
from asana_client.testing import FakeAsana
from tests.conftest import OneShotStream


@pytest.mark.parametrize("secret", ["abc\r\nX-Injected: 1", "tab\there", "späce", "two words"])
def test_a_credential_a_header_cannot_carry_is_refused_without_echoing_it(secret: str) -> None:
    for kwargs in ({"access_token": secret}, {"api_key": secret}):
        with pytest.raises(ConfigurationError) as raised:
            Asana(**kwargs)  # type: ignore[arg-type]
        assert secret not in str(raised.value)


@pytest.mark.parametrize(
    "url", ["https://user:hunter2@app.asana.com/api/1.0", "https://app.asana.com/api/1.0?x=1"]
)
def test_base_url_with_userinfo_or_query_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Asana(access_token="t", base_url=url)
    assert "hunter2" not in str(raised.value)


def test_oauth_token_url_must_be_secure() -> None:
    creds = OAuthCredentials(
        client_id="id", client_secret="s", refresh_token="r", token_url="http://example.com/token"
    )
    with pytest.raises(ConfigurationError, match="token_url"):
        Asana(oauth=creds)


@pytest.fixture
def refresh_token(fake: FakeAsana, token: str) -> str:
    fake.add_oauth_client("app", "secret")
    return fake.issue_refresh_token(token, "app")


def test_on_refresh_may_use_the_client_itself(fake: FakeAsana, refresh_token: str) -> None:
    seen: list[str] = []
    client: Asana

    def persist(creds: OAuthCredentials) -> None:
        seen.append(client.users.get_user("me").name or "")  # would deadlock under the lock

    creds = OAuthCredentials(
        client_id="app", client_secret="secret", refresh_token=refresh_token, on_refresh=persist
    )
    client = Asana(oauth=creds, http_client=fake.http_client())
    worker = threading.Thread(target=lambda: client.users.get_user("me"), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "on_refresh deadlocked"
    assert seen == ["Ada Lovelace"]


def test_a_one_shot_upload_is_not_replayed_empty_after_a_401(
    fake: FakeAsana, token: str, refresh_token: str
) -> None:
    saved: list[OAuthCredentials] = []
    creds = OAuthCredentials(
        client_id="app",
        client_secret="secret",
        refresh_token=refresh_token,
        on_refresh=saved.append,
    )
    task = fake.add_task("Files", projects=[fake.add_project("P")])
    with fake.serve() as url:
        client = Asana(oauth=creds, base_url=url)
        client.users.get_user("me")
        assert saved[0].access_token is not None
        fake.expire_token(saved[0].access_token)
        with pytest.raises(NoAuthorizationError):
            client.attachments.create_attachment_for_object(
                parent=task, file=OneShotStream(b"x" * 12_000), name="pipe.bin"
            )
        assert list(client.attachments.get_attachments_for_object(parent=task)) == []
        assert len(saved) == 2  # the token was refreshed: calling again will work


def test_errors_carry_their_request_but_not_the_token(client: Asana) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.tasks.get_task("404404")
    assert raised.value.response is not None
    assert raised.value.response.request.url.path.endswith("/tasks/404404")
    assert "authorization" not in raised.value.response.request.headers


def test_a_closed_client_refuses_requests(fake: FakeAsana, token: str) -> None:
    project = fake.add_project("P")
    client = Asana(access_token=token, http_client=fake.http_client())
    iterator = client.tasks.get_tasks_for_project(project)
    client.close()
    fake.clear_requests()
    with pytest.raises(AsanaError, match="closed"):
        client.users.get_user("me")
    with pytest.raises(AsanaError, match="closed"):
        list(iterator)
    assert fake.requests == []
