"""Credentials, OAuth refresh, configuration checks, and the httpx-like client lifecycle."""

from __future__ import annotations

import httpx
import pytest

from asana_client import (
    Asana,
    ConfigurationError,
    NoAuthorizationError,
    NotFoundError,
    OAuthCredentials,
)
from asana_client.testing import FakeAsana
from tests.conftest import FakeTime


def test_token_comes_from_the_environment(
    fake: FakeAsana, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASANA_ACCESS_TOKEN", token)
    client = Asana(http_client=fake.http_client())
    assert client.users.get_user("me").email == "ada@example.com"


@pytest.mark.parametrize("value", [None, ""])
def test_no_credential_names_the_environment_variable(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    monkeypatch.delenv("ASANA_ACCESS_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="ASANA_ACCESS_TOKEN"):
        Asana(access_token=value)


def test_two_credentials_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="exactly one"):
        Asana(access_token="a", api_key="b")


@pytest.mark.parametrize(
    "url",
    [
        "http://app.asana.com/api/1.0",
        "http://10.0.0.5/api",
        "ftp://example.com",
        "http://example.com",
    ],
)
def test_plain_http_to_a_non_loopback_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Asana(access_token="t", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/api/1.0", "http://localhost/api", "http://[::1]:9/api"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert url.split("//")[1].split("/")[0] in repr(Asana(access_token="t", base_url=url))


def test_legacy_api_key_is_sent_as_basic_auth(fake: FakeAsana, token: str) -> None:
    client = Asana(api_key=token, http_client=fake.http_client())
    assert client.users.get_user("me").name == "Ada Lovelace"
    assert fake.requests[-1].headers["Authorization"].startswith("Basic ")


def test_enable_and_disable_send_asana_headers(fake: FakeAsana, token: str) -> None:
    client = Asana(
        access_token=token,
        http_client=fake.http_client(),
        enable=("new_goal_memberships", "new_user_task_lists"),
        disable=("security_headers",),
    )
    client.users.get_user("me")
    headers = fake.requests[-1].headers
    assert headers["Asana-Enable"] == "new_goal_memberships,new_user_task_lists"
    assert headers["Asana-Disable"] == "security_headers"


def test_repr_shows_no_secret(token: str) -> None:
    text = repr(Asana(access_token=token))
    assert token not in text and "access_token" in text


def test_closing_keeps_a_passed_in_http_client_open(fake: FakeAsana, token: str) -> None:
    mine = fake.http_client()
    with Asana(access_token=token, http_client=mine) as client:
        client.users.get_user("me")
    assert not mine.is_closed
    own = Asana(access_token=token)
    own.close()
    assert own._http.is_closed


def test_raw_is_the_generated_client_sharing_credentials(fake: FakeAsana, token: str) -> None:
    from asana_client._generated.api.users import get_user

    client = Asana(access_token=token, http_client=fake.http_client())
    response = get_user.sync_detailed("me", client=client.raw)
    assert response.parsed is not None and response.parsed.data.email == "ada@example.com"


@pytest.fixture
def oauth(fake: FakeAsana, token: str) -> dict[str, str]:
    fake.add_oauth_client("app-id", "app-secret")
    return {
        "client_id": "app-id",
        "client_secret": "app-secret",
        "refresh_token": fake.issue_refresh_token(token, "app-id"),
    }


def oauth_requests(fake: FakeAsana) -> int:
    return sum(1 for r in fake.requests if r.path.endswith("oauth_token"))


def test_oauth_without_access_token_refreshes_first(
    fake: FakeAsana, oauth: dict[str, str], base_url: str | None
) -> None:
    saved: list[OAuthCredentials] = []
    creds = OAuthCredentials(**oauth, on_refresh=saved.append)
    client = (
        Asana(oauth=creds, http_client=fake.http_client())
        if base_url is None
        else Asana(oauth=creds, base_url=base_url)
    )
    assert client.users.get_user("me").email == "ada@example.com"
    assert len(saved) == 1 and saved[0].access_token and saved[0].expires_at
    assert oauth_requests(fake) == 1


def test_expired_access_token_is_refreshed_once_and_the_call_repeated(
    fake: FakeAsana, oauth: dict[str, str]
) -> None:
    saved: list[OAuthCredentials] = []
    client = Asana(
        oauth=OAuthCredentials(**oauth, on_refresh=saved.append), http_client=fake.http_client()
    )
    client.users.get_user("me")
    assert saved[0].access_token is not None
    fake.expire_token(saved[0].access_token)
    assert client.users.get_user("me").name == "Ada Lovelace"
    assert len(saved) == 2 and saved[1].access_token != saved[0].access_token
    assert oauth_requests(fake) == 2


def test_failing_refresh_raises_no_authorization_without_looping(
    fake: FakeAsana, oauth: dict[str, str]
) -> None:
    creds = OAuthCredentials(**{**oauth, "refresh_token": "revoked"})
    client = Asana(oauth=creds, http_client=fake.http_client())
    with pytest.raises(NoAuthorizationError, match="refresh"):
        client.users.get_user("me")
    assert oauth_requests(fake) == 1
    assert "revoked" not in repr(creds) and "app-secret" not in repr(creds)


def test_token_is_only_sent_to_the_api_host(fake: FakeAsana, token: str) -> None:
    seen: list[httpx.Headers] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.copy())  # what went on the wire, before the client forgets
        return fake.transport().handle_request(request)

    client = Asana(access_token=token, http_client=httpx.Client(transport=httpx.MockTransport(spy)))
    with pytest.raises(NotFoundError):  # the fake knows no such host; what matters is the header
        client.raw.get_httpx_client().get("https://elsewhere.example/steal")
    client.users.get_user("me")
    assert "authorization" not in seen[0]
    assert seen[1]["authorization"] == f"Bearer {token}"


def test_client_is_safe_to_share_between_threads(
    fake: FakeAsana, token: str, fake_time: FakeTime
) -> None:
    project = fake.add_project("Shared")
    for i in range(30):
        fake.add_task(f"t{i}", projects=[project])
    client = Asana(access_token=token, http_client=fake.http_client())
    results = list(
        client.fan_out(
            lambda _: len(list(client.tasks.get_tasks_for_project(project, limit=7))), range(8)
        )
    )
    assert [r.unwrap() for r in results] == [30] * 8


def test_access_token_near_expiry_is_refreshed_before_the_request(
    fake: FakeAsana, oauth: dict[str, str], token: str
) -> None:
    import time

    saved: list[OAuthCredentials] = []
    creds = OAuthCredentials(
        **oauth, access_token=token, expires_at=time.time() + 10, on_refresh=saved.append
    )
    client = Asana(oauth=creds, http_client=fake.http_client())
    client.users.get_user("me")
    assert len(saved) == 1 and saved[0].access_token != token
    assert fake.requests[-1].headers["Authorization"] == f"Bearer {saved[0].access_token}"
