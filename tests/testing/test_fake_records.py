"""Record shapes, opt_fields, auth and error envelopes, search and typeahead."""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx
import pytest

from asana_client.testing import FakeAsana


def test_compact_in_lists_full_on_get(api: httpx.Client, fake: FakeAsana, token: str) -> None:
    project = fake.add_project("P")
    task = fake.add_task("T", projects=[project])
    listed = api.get(f"/projects/{project}/tasks").json()["data"][0]
    assert set(listed) == {"gid", "resource_type", "name", "resource_subtype"}  # created_by: opt-in
    full = api.get(f"/tasks/{task}").json()["data"]
    assert {"notes", "memberships", "custom_fields", "modified_at", "permalink_url"} <= set(full)
    assert full["created_by"] == {"gid": fake.user_gid(token), "resource_type": "user"}
    assert not {"html_notes", "num_subtasks", "dependencies", "external"} & set(full)
    assert full["created_at"].endswith("Z") and full["gid"].isdigit()


def test_opt_fields_dotted_and_repeated(api: httpx.Client, fake: FakeAsana, token: str) -> None:
    project = fake.add_project("P")
    task = fake.add_task("T", projects=[project], assignee=token)
    data = api.get(f"/tasks/{task}", params={"opt_fields": "name,assignee.email,projects.name"})
    assert data.json()["data"] == {
        "gid": task,
        "name": "T",
        "assignee": {"gid": fake.user_gid(token), "email": "ada@example.com"},
        "projects": [{"gid": project, "name": "P"}],
    }
    repeated = api.get(f"/tasks/{task}", params=[("opt_fields", "name"), ("opt_fields", "notes")])
    assert repeated.json()["data"] == {"gid": task, "name": "T", "notes": ""}
    listed = api.get(f"/projects/{project}/tasks", params={"opt_fields": "resource_type"})
    assert listed.json()["data"] == [{"gid": task, "resource_type": "task"}]


def test_opt_pretty(api: httpx.Client) -> None:
    assert "\n  " in api.get("/users/me", params={"opt_pretty": "true"}).text
    assert "\n" not in api.get("/users/me").text


def test_custom_fields_on_tasks(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("P")
    prio = fake.add_custom_field(
        "Priority", "enum", enum_options=["Low", "High"], projects=[project]
    )
    high = fake.enum_option_gid(prio, "High")
    body = {"data": {"name": "x", "projects": [project], "custom_fields": {prio: high}}}
    task = api.post("/tasks", json=body).json()["data"]
    field = task["custom_fields"][0]
    assert field["enum_value"]["name"] == "High" and field["display_value"] == "High"
    bad = api.post(
        "/tasks", json={"data": {"name": "x", "projects": [project], "custom_fields": {prio: "1"}}}
    )
    assert bad.status_code in (400, 404)


def test_created_has_location_and_201(api: httpx.Client, fake: FakeAsana) -> None:
    resp = api.post("/tags", json={"data": {"name": "t", "workspace": fake.workspace_gid}})
    assert resp.status_code == 201
    assert resp.headers["Location"] == f"/api/1.0/tags/{resp.json()['data']['gid']}"


def test_unauthorized(
    make_client: Callable[..., httpx.Client], fake: FakeAsana, token: str
) -> None:
    for client in (make_client(None), make_client("nope")):
        resp = client.get("/users/me")
        assert resp.status_code == 401
        assert resp.json()["errors"][0]["message"] == "Not Authorized"
    fake.expire_token(token)
    assert make_client(token).get("/users/me").status_code == 401


def test_basic_auth_with_token_as_username(
    make_client: Callable[..., httpx.Client], token: str
) -> None:
    client = make_client(None)
    basic = base64.b64encode(f"{token}:".encode()).decode()
    resp = client.get("/users/me", headers={"Authorization": f"Basic {basic}"})
    assert resp.status_code == 200 and resp.json()["data"]["name"] == "Ada Lovelace"


@pytest.mark.parametrize("gid", ["999999", "not-a-gid"])
def test_unknown_object_is_404(api: httpx.Client, gid: str) -> None:
    resp = api.get(f"/tasks/{gid}")
    assert resp.status_code == 404
    assert resp.json()["errors"][0]["message"] == f"Unknown object: {gid}"


def test_unknown_route_and_wrong_method(api: httpx.Client, fake: FakeAsana) -> None:
    assert api.get("/no/such/thing").status_code == 404
    resp = api.patch(f"/workspaces/{fake.workspace_gid}")
    assert resp.status_code in (404, 405) and "errors" in resp.json()


def test_bad_bodies_are_400(api: httpx.Client, fake: FakeAsana) -> None:
    project = fake.add_project("P")
    assert api.post("/tasks", json={"name": "no envelope"}).status_code == 400
    assert api.post("/tasks", json={"data": ["not", "object"]}).status_code == 400
    assert (
        api.post(
            "/tasks", content=b"{nope", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    missing = api.post("/tasks", json={"data": {"name": "orphan"}})
    assert missing.json()["errors"][0]["message"] == "workspace: Missing input"
    assert api.get("/tasks").status_code == 400  # needs project/section/tag/assignee+workspace
    assert (
        api.get("/users/me/teams").json()["errors"][0]["message"] == "organization: Missing input"
    )
    assert api.get("/attachments").json()["errors"][0]["message"] == "parent: Missing input"
    ok = api.post("/tasks", json={"data": {"name": "x", "projects": [project], "bogus": 1}})
    assert ok.status_code == 201  # unknown fields are ignored


def test_403_for_other_workspace(
    make_client: Callable[..., httpx.Client], fake: FakeAsana, token: str
) -> None:
    other_ws = fake.add_workspace("Secret Co")
    outsider_task = fake.add_task("hidden", workspace=other_ws)
    resp = make_client(token).get(f"/tasks/{outsider_task}")
    assert resp.status_code == 403 and resp.json()["errors"][0]["message"]


def test_402_for_premium_features(make_client: Callable[..., httpx.Client]) -> None:
    fake = FakeAsana(premium=False)
    token = fake.add_user()
    task = fake.add_task("t")
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as api:
        search = api.get(f"/workspaces/{fake.workspace_gid}/tasks/search", params={"text": "t"})
        deps = api.get(f"/tasks/{task}/dependencies")
        plain = api.get(f"/tasks/{task}")
    assert search.status_code == 402 and deps.status_code == 402
    assert search.json()["errors"][0]["message"] == "Payment Required"
    assert plain.status_code == 200


def test_500_carries_phrase(api: httpx.Client, fake: FakeAsana) -> None:
    fake.fail_next(500)
    resp = api.get("/users/me")
    assert resp.status_code == 500
    assert resp.json()["errors"][0]["phrase"] == "6 sad squid snuggle softly"
    assert api.get("/users/me").status_code == 200


def test_search_filters_and_sorting(api: httpx.Client, fake: FakeAsana, token: str) -> None:
    ws = fake.workspace_gid
    project = fake.add_project("P")
    tag = fake.add_tag("red")
    a = fake.add_task(
        "alpha report", projects=[project], assignee=token, due_on="2030-01-05", tags=[tag]
    )
    b = fake.add_task("beta report", projects=[project], due_on="2030-01-01", completed=True)
    c = fake.add_task("gamma", parent=a)

    def search(**params: str) -> list[str]:
        resp = api.get(f"/workspaces/{ws}/tasks/search", params=params)
        assert resp.status_code == 200, resp.text
        return [t["gid"] for t in resp.json()["data"]]

    assert set(search(text="report")) == {a, b}
    assert search(text="report", completed="false") == [a]
    assert search(**{"assignee.any": "me"}) == [a]
    assert search(**{"tags.any": tag}) == [a]
    assert set(search(**{"projects.any": project})) == {a, b}
    assert search(is_subtask="true") == [c]
    assert search(**{"due_on.before": "2030-01-03"}) == [b]
    assert search(**{"due_on.after": "2030-01-03"}) == [a]
    assert search(text="report", sort_by="due_date", sort_ascending="true") == [b, a]
    assert search(text="report", sort_by="created_at", sort_ascending="false") == [b, a]
    assert api.get(f"/workspaces/{ws}/tasks/search", params={"sort_by": "nope"}).status_code == 400


def test_typeahead(api: httpx.Client, fake: FakeAsana) -> None:
    ws = fake.workspace_gid
    for name in ("Quarterly plan", "Plan B", "Unrelated"):
        fake.add_project(name)
    url = f"/workspaces/{ws}/typeahead"
    names = [
        p["name"]
        for p in api.get(url, params={"resource_type": "project", "query": "plan"}).json()["data"]
    ]
    assert names == ["Plan B", "Quarterly plan"]  # prefix matches rank first
    assert api.get(url, params={"query": "plan"}).status_code == 400
    counted = api.get(url, params={"resource_type": "project", "count": "1"}).json()["data"]
    assert len(counted) == 1
    users = api.get(url, params={"resource_type": "user", "query": "ada"}).json()["data"]
    assert [u["name"] for u in users] == ["Ada Lovelace"]
