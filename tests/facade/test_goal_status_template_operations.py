"""Operations of the goal relationships, status updates, project statuses and briefs, project
and task templates, project memberships and time periods tags, through the `Asana` facade.

FakeAsana does not serve these yet, so each test answers over `httpx.MockTransport` with
Asana's wire format and checks both directions: what the facade sent (method, path, query,
`{"data": ...}` body) and what it parsed (typed fields, nested records, pages, empty records).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx

from asana_client import Asana

Answer = Callable[[httpx.Request], dict[str, Any]]


def client_answering(answer: Answer, sent: list[httpx.Request], status: int = 200) -> Asana:
    """A client whose every request is recorded in `sent` and answered with `answer(request)`."""

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=answer(request))

    transport = httpx.MockTransport(handle)
    return Asana(access_token="token-1", http_client=httpx.Client(transport=transport))


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


def test_create_status_for_object_sends_a_data_envelope_and_parses_the_full_update() -> None:
    sent: list[httpx.Request] = []
    record = {
        "gid": "77",
        "resource_type": "status_update",
        "resource_subtype": "project_status_update",
        "title": "Week 3",
        "text": "All good",
        "status_type": "on_track",
        "author": {"gid": "5", "resource_type": "user", "name": "Ada"},
        "parent": {"gid": "42", "resource_type": "project", "name": "Launch"},
        "num_likes": 2,
    }
    client = client_answering(lambda _r: {"data": record}, sent, status=201)

    update = client.status_updates.create_status_for_object(
        parent="42", text="All good", status_type="on_track", title="Week 3"
    )

    (request,) = sent
    assert (request.method, request.url.path) == ("POST", "/api/1.0/status_updates")
    assert body_of(request) == {
        "data": {"parent": "42", "text": "All good", "status_type": "on_track", "title": "Week 3"}
    }
    assert (update.gid, update.status_type, update.num_likes) == ("77", "on_track", 2)
    assert (update.parent.gid, update.parent.resource_type) == ("42", "project")
    assert update.author.name == "Ada"


def test_get_goal_relationships_filters_by_goal_and_follows_next_page() -> None:
    sent: list[httpx.Request] = []
    pages = {
        None: ("r1", "task", {"offset": "page2", "path": "/goal_relationships?offset=page2"}),
        "page2": ("r2", "goal", None),
    }

    def answer(request: httpx.Request) -> dict[str, Any]:
        gid, kind, next_page = pages[request.url.params.get("offset")]
        item = {
            "gid": gid,
            "resource_type": "goal_relationship",
            "resource_subtype": "subgoal" if kind == "goal" else "supporting_work",
            "supporting_resource": {"gid": f"s-{gid}", "resource_type": kind, "name": gid},
            "contribution_weight": 0.5,
        }
        return {"data": [item], "next_page": next_page}

    client = client_answering(answer, sent)

    found = list(client.goal_relationships.get_goal_relationships(supported_goal="9", limit=1))

    assert [r.gid for r in found] == ["r1", "r2"]
    assert [r.supporting_resource.resource_type for r in found] == ["task", "goal"]
    assert found[1].contribution_weight == 0.5
    assert [r.url.params.get("supported_goal") for r in sent] == ["9", "9"]
    assert [r.url.params.get("offset") for r in sent] == [None, "page2"]


def test_remove_supporting_relationship_posts_the_resource_and_returns_nothing() -> None:
    sent: list[httpx.Request] = []
    client = client_answering(lambda _r: {"data": {}}, sent)

    result = client.goal_relationships.remove_supporting_relationship("9", supporting_resource="31")

    assert result is None
    (request,) = sent
    assert request.url.path == "/api/1.0/goals/9/removeSupportingRelationship"
    assert body_of(request) == {"data": {"supporting_resource": "31"}}


def test_instantiate_project_sends_dates_and_roles_and_returns_the_job() -> None:
    sent: list[httpx.Request] = []
    job = {
        "gid": "j1",
        "resource_type": "job",
        "status": "in_progress",
        "new_project": {"gid": "p9", "resource_type": "project", "name": "Offsite"},
    }
    client = client_answering(lambda _r: {"data": job}, sent, status=201)

    started = client.project_templates.instantiate_project(
        "301",
        name="Offsite",
        requested_dates=[{"gid": "1", "value": "2025-03-01"}],
        requested_roles=[{"gid": "r", "value": "me"}],
        privacy_setting="private",
    )

    (request,) = sent
    assert request.url.path == "/api/1.0/project_templates/301/instantiateProject"
    assert body_of(request)["data"] == {
        "name": "Offsite",
        "requested_dates": [{"gid": "1", "value": "2025-03-01"}],
        "requested_roles": [{"gid": "r", "value": "me"}],
        "privacy_setting": "private",
    }
    assert (started.gid, started.status, started.new_project.gid) == ("j1", "in_progress", "p9")


def test_get_project_template_parses_date_variables_roles_and_a_null_owner() -> None:
    sent: list[httpx.Request] = []
    template = {
        "gid": "301",
        "resource_type": "project_template",
        "name": "Offsite",
        "owner": None,
        "color": "dark-blue",
        "requested_dates": [{"gid": "1", "name": "Start Date", "description": "Kick-off"}],
        "requested_roles": [{"gid": "r", "resource_type": "template_role", "name": "Host"}],
    }
    client = client_answering(lambda _r: {"data": template}, sent)

    found = client.project_templates.get_project_template("301", opt_fields=["owner"])

    assert sent[0].url.params.get("opt_fields") == "owner"
    assert found.owner is None and found.color == "dark-blue"
    assert [(d.gid, d.name) for d in found.requested_dates] == [("1", "Start Date")]
    assert [r.name for r in found.requested_roles] == ["Host"]


def test_time_periods_are_listed_for_a_workspace_with_dates_and_their_parent() -> None:
    sent: list[httpx.Request] = []
    quarter = {
        "gid": "q1",
        "resource_type": "time_period",
        "period": "Q1",
        "start_on": "2025-01-01",
        "end_on": "2025-03-31",
        "display_name": "Q1 FY25",
        "parent": {"gid": "h1", "resource_type": "time_period", "period": "H1"},
    }
    client = client_answering(lambda _r: {"data": [quarter], "next_page": None}, sent)

    (found,) = client.time_periods.get_time_periods(
        workspace="w1", start_on=datetime.date(2025, 1, 1)
    )

    assert sent[0].url.params.get("workspace") == "w1"
    assert sent[0].url.params.get("start_on") == "2025-01-01"
    assert (found.start_on, found.end_on) == (datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
    assert (found.parent.gid, found.parent.period) == ("h1", "H1")


def test_project_memberships_list_members_with_their_access_level() -> None:
    sent: list[httpx.Request] = []
    membership = {
        "gid": "m1",
        "resource_type": "project_membership",
        "access_level": "commenter",
        "member": {"gid": "team-1", "resource_type": "team", "name": "Design"},
    }
    client = client_answering(lambda _r: {"data": [membership], "next_page": None}, sent)

    (found,) = client.project_memberships.get_project_memberships_for_project("401", user="me")

    assert sent[0].url.path == "/api/1.0/projects/401/project_memberships"
    assert sent[0].url.params.get("user") == "me"
    assert (found.access_level, found.member.resource_type, found.member.name) == (
        "commenter",
        "team",
        "Design",
    )


def test_deleting_a_brief_a_status_and_a_task_template_returns_nothing() -> None:
    sent: list[httpx.Request] = []
    client = client_answering(lambda _r: {"data": {}}, sent)

    results = [
        client.project_briefs.delete_project_brief("501"),
        client.project_statuses.delete_project_status("502"),
        client.task_templates.delete_task_template("503"),
    ]

    assert results == [None, None, None]
    assert [(r.method, r.url.path) for r in sent] == [
        ("DELETE", "/api/1.0/project_briefs/501"),
        ("DELETE", "/api/1.0/project_statuses/502"),
        ("DELETE", "/api/1.0/task_templates/503"),
    ]
