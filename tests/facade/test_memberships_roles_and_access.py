"""Memberships, team and workspace memberships, roles, OOO entries, access requests, reactions,
rules, custom types and agents (issue 13) through the facade, over `httpx.MockTransport`.

FakeAsana does not serve these yet (the generic record store will); until then these tests pin
what the specs make the facade send (method, path, query, JSON body) and that Asana's answers,
in the shapes its documentation shows, parse into the typed models, including the awkward ones:
five kinds of membership in one model, a list Asana does not paginate, a rule's free-form data,
nulls where Asana sends them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from asana_client import Asana
from asana_client.models import Membership, RuleTriggerResult
from tests.testing.spec_conformance import Exchange, conformance

API = "/api/1.0"
USER = {"gid": "100", "resource_type": "user", "name": "Ada Lovelace"}
WORKSPACE = {"gid": "200", "resource_type": "workspace", "name": "Acme"}


@dataclass
class CannedAsana:
    """A client whose requests go to canned answers, keyed by (method, API path)."""

    answers: dict[tuple[str, str], tuple[int, Any]] = field(default_factory=dict)
    sent: list[httpx.Request] = field(default_factory=list)

    def answer(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.answers[(method, path)] = (status, body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer from the canned table; a canned answer the merged spec rejects fails the
        test, so every shape used here is one the spec promises."""
        self.sent.append(request)
        status, body = self.answers[(request.method, request.url.path.removeprefix(API))]
        answer = httpx.Response(status, json=body)
        exchange = Exchange(
            request.method, str(request.url), status, "application/json", answer.content
        )
        problems = conformance().violations(exchange)
        assert problems == [], f"{exchange.label()}: {problems}"
        return answer

    def only(self) -> httpx.Request:
        assert len(self.sent) == 1, [str(r.url) for r in self.sent]
        return self.sent[0]


@pytest.fixture
def wire() -> CannedAsana:
    return CannedAsana()


@pytest.fixture
def client(wire: CannedAsana) -> Iterator[Asana]:
    http = httpx.Client(transport=httpx.MockTransport(wire.handle))
    with http, Asana(access_token="token", http_client=http, _sleep=lambda _: None) as asana:
        yield asana


def query_of(request: httpx.Request) -> dict[str, str]:
    """The query sent, without the page size every paginated list asks for."""
    params = dict(request.url.params)
    if params.get("limit") == "100":  # the facade's default page size
        del params["limit"]
    return params


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.read())


# ---- memberships (5) ---------------------------------------------------------------------------

GOAL_MEMBERSHIP = {
    "gid": "301",
    "resource_type": "membership",
    "resource_subtype": "goal_membership",
    "parent": {"gid": "401", "resource_type": "goal", "name": "Grow"},
    "member": {"gid": "100", "resource_type": "user", "name": "Ada Lovelace"},
    "access_level": "editor",
    "role": "editor",
    "is_commenter": None,
    "is_editor": None,
}
PROJECT_MEMBERSHIP = {
    "gid": "302",
    "resource_type": "membership",
    "resource_subtype": "project_membership",
    "parent": {"gid": "402", "resource_type": "project", "name": "Launch"},
    "member": {"gid": "501", "resource_type": "team", "name": "Design"},
    "access_level": "commenter",
}
CUSTOM_FIELD_MEMBERSHIP = {
    "gid": "303",
    "resource_type": "custom_field_membership",
    "resource_subtype": "custom_field_membership",
    "parent": {"gid": "403", "resource_type": "custom_field", "name": "Priority"},
    "member": {"gid": "100", "resource_type": "user", "name": "Ada Lovelace"},
    "access_level": "user",
}


def test_get_memberships_reads_every_kind_of_membership_into_one_model(
    client: Asana, wire: CannedAsana
) -> None:
    page = [GOAL_MEMBERSHIP, PROJECT_MEMBERSHIP, CUSTOM_FIELD_MEMBERSHIP]
    wire.answer("GET", "/memberships", {"data": page, "next_page": None})

    found = list(client.memberships.get_memberships(member="501", parent="402", limit=50))

    assert all(isinstance(m, Membership) for m in found)
    assert [(m.resource_subtype, m.parent.resource_type, m.member.name) for m in found] == [
        ("goal_membership", "goal", "Ada Lovelace"),
        ("project_membership", "project", "Design"),
        ("custom_field_membership", "custom_field", "Ada Lovelace"),
    ]
    assert [m.access_level for m in found] == ["editor", "commenter", "user"]
    assert found[0].is_editor is None
    assert query_of(wire.only()) == {"member": "501", "parent": "402", "limit": "50"}


def test_a_team_s_project_memberships_are_asked_for_by_subtype(
    client: Asana, wire: CannedAsana
) -> None:
    wire.answer("GET", "/memberships", {"data": [PROJECT_MEMBERSHIP], "next_page": None})

    found = client.memberships.get_memberships(member="501", resource_subtype="project_membership")

    assert [m.gid for m in found] == ["302"]
    assert query_of(wire.only()) == {"member": "501", "resource_subtype": "project_membership"}


def test_create_membership_sends_member_parent_and_access_level(
    client: Asana, wire: CannedAsana
) -> None:
    wire.answer("POST", "/memberships", {"data": PROJECT_MEMBERSHIP}, status=201)

    created = client.memberships.create_membership(
        member="501", parent="402", access_level="commenter"
    )

    assert (created.gid, created.parent.gid, created.access_level) == ("302", "402", "commenter")
    assert body_of(wire.only()) == {
        "data": {"member": "501", "parent": "402", "access_level": "commenter"}
    }


def test_update_get_and_delete_membership_address_it_by_gid(
    client: Asana, wire: CannedAsana
) -> None:
    changed = {**GOAL_MEMBERSHIP, "access_level": "admin", "user": USER, "workspace": WORKSPACE}
    wire.answer("PUT", "/memberships/301", {"data": changed})
    wire.answer("GET", "/memberships/301", {"data": changed})
    wire.answer("DELETE", "/memberships/301", {"data": {}})

    updated = client.memberships.update_membership("301", access_level="admin")
    fetched = client.memberships.get_membership("301")
    deleted = client.memberships.delete_membership("301")

    assert (updated.access_level, fetched.user.gid, fetched.workspace.name) == (
        "admin",
        "100",
        "Acme",
    )
    assert deleted is None
    assert [r.method for r in wire.sent] == ["PUT", "GET", "DELETE"]
    assert body_of(wire.sent[0]) == {"data": {"access_level": "admin"}}


# ---- team memberships (4) and workspace memberships (3) ----------------------------------------

TEAM_MEMBERSHIP = {
    "gid": "601",
    "resource_type": "team_membership",
    "user": USER,
    "team": {"gid": "501", "resource_type": "team", "name": "Design"},
    "is_guest": False,
    "is_limited_access": False,
    "is_admin": True,
}


@pytest.mark.parametrize(
    ("path", "call", "query"),
    [
        (
            "/team_memberships",
            lambda c: c.team_memberships.get_team_memberships(user="me", workspace="200"),
            {"user": "me", "workspace": "200"},
        ),
        (
            "/teams/501/team_memberships",
            lambda c: c.team_memberships.get_team_memberships_for_team("501"),
            {},
        ),
        (
            "/users/me/team_memberships",
            lambda c: c.team_memberships.get_team_memberships_for_user("me", workspace="200"),
            {"workspace": "200"},
        ),
    ],
)
def test_team_membership_lists_send_their_filters_and_read_the_members(
    client: Asana, wire: CannedAsana, path: str, call: Any, query: dict[str, str]
) -> None:
    wire.answer("GET", path, {"data": [TEAM_MEMBERSHIP], "next_page": None})

    found = list(call(client))

    assert [(m.user.gid, m.team.name, m.is_admin) for m in found] == [("100", "Design", True)]
    assert query_of(wire.only()) == query


def test_get_team_membership_reads_the_record(client: Asana, wire: CannedAsana) -> None:
    wire.answer("GET", "/team_memberships/601", {"data": TEAM_MEMBERSHIP})

    found = client.team_memberships.get_team_membership("601")

    assert (found.gid, found.is_guest, found.is_limited_access) == ("601", False, False)


def test_workspace_membership_reads_its_task_list_and_null_vacation(
    client: Asana, wire: CannedAsana
) -> None:
    record = {
        "gid": "701",
        "resource_type": "workspace_membership",
        "user": USER,
        "workspace": WORKSPACE,
        "user_task_list": {
            "gid": "801",
            "resource_type": "user_task_list",
            "name": "My Tasks in Acme",
            "owner": USER,
            "workspace": WORKSPACE,
        },
        "is_active": True,
        "is_admin": False,
        "is_guest": False,
        "is_view_only": False,
        "vacation_dates": None,
        "created_at": "2026-01-02T03:04:05.000Z",
    }
    wire.answer("GET", "/workspace_memberships/701", {"data": record})

    found = client.workspace_memberships.get_workspace_membership("701")

    assert (found.user_task_list.gid, found.user_task_list.owner.gid) == ("801", "100")
    assert found.vacation_dates is None
    assert found.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def test_workspace_membership_lists_filter_by_user(client: Asana, wire: CannedAsana) -> None:
    compact = {
        "gid": "701",
        "resource_type": "workspace_membership",
        "user": USER,
        "workspace": WORKSPACE,
    }
    wire.answer("GET", "/workspaces/200/workspace_memberships", {"data": [compact]})
    wire.answer("GET", "/users/me/workspace_memberships", {"data": [compact]})

    by_workspace = list(
        client.workspace_memberships.get_workspace_memberships_for_workspace("200", user="me")
    )
    by_user = list(client.workspace_memberships.get_workspace_memberships_for_user("me"))

    assert [m.gid for m in by_workspace + by_user] == ["701", "701"]
    assert [query_of(r) for r in wire.sent] == [{"user": "me"}, {}]


# ---- roles (5) -------------------------------------------------------------------------------

SWITCHES = (
    "create_app_authorization",
    "create_pat_authorization",
    "share_goal_with_domain",
    "share_portfolios_with_org",
    "assign_roles",
    "manage_roles",
    "export_project_data",
    "download_mobile_attachments",
    "import_data",
    "create_global_custom_fields",
    "upload_attachments",
    "create_team",
    "create_and_edit_ai_automations",
    "proactive_ai",
    "standard_ai",
    "create_and_edit_ai_teammates",
    "share_teams_with_org",
    "create_goal",
    "create_project",
    "create_read_only_link",
    "create_portfolio",
    "view_public_teams",
    "view_shared_with_org_projects",
    "view_shared_with_org_tasks",
    "view_shared_with_org_portfolios",
)
# A role record carries every permission: 25 switches and two choices.
PERMISSIONS = {
    **dict.fromkeys(SWITCHES, False),
    "task_deletion_policy": "none",
    "allowed_guest_invites": "all",
}
ROLE_COMPACT = {
    "gid": "901",
    "resource_type": "role",
    "name": "Auditor",
    "description": "Reads everything",
    "is_standard_role": False,
}
ROLE = {
    **ROLE_COMPACT,
    "base_role_type": "member",
    "permissions": PERMISSIONS,
    "workspace": WORKSPACE,
    "creation_time": "2026-01-02T03:04:05.000Z",
    "modified_at": "2026-01-02T03:04:05.000Z",
}


def test_create_role_sends_its_permissions_and_reads_them_back(
    client: Asana, wire: CannedAsana
) -> None:
    wire.answer("POST", "/roles", {"data": ROLE}, status=201)
    permissions = {"create_team": False, "task_deletion_policy": "none"}  # the rest as they are

    role = client.roles.create_role(
        name="Auditor",
        description="Reads everything",
        base_role_type="member",
        workspace="200",
        permissions=permissions,
    )

    assert body_of(wire.only()) == {
        "data": {
            "name": "Auditor",
            "description": "Reads everything",
            "base_role_type": "member",
            "workspace": "200",
            "permissions": permissions,
        }
    }
    assert (role.permissions.create_team, role.permissions.task_deletion_policy) == (
        False,
        "none",
    )
    assert role.workspace.gid == "200"


def test_a_new_role_without_its_required_fields_is_refused_before_sending(
    client: Asana, wire: CannedAsana
) -> None:
    with pytest.raises(TypeError, match="needs base_role_type"):
        client.roles.create_role(name="Auditor", description="x", workspace="200")

    assert wire.sent == []


def test_roles_list_get_update_and_delete(client: Asana, wire: CannedAsana) -> None:
    wire.answer("GET", "/roles", {"data": [ROLE_COMPACT], "next_page": None})
    wire.answer("GET", "/roles/901", {"data": ROLE})
    wire.answer("PUT", "/roles/901", {"data": {**ROLE, "name": "Reader"}})
    wire.answer("DELETE", "/roles/901", {"data": {}})

    listed = [r.name for r in client.roles.get_roles(workspace="200", archived=False)]
    fetched = client.roles.get_role("901")
    renamed = client.roles.update_role("901", name="Reader")
    client.roles.delete_role("901")

    assert (listed, fetched.base_role_type, renamed.name) == (["Auditor"], "member", "Reader")
    assert query_of(wire.sent[0]) == {"workspace": "200", "archived": "false"}
    assert body_of(wire.sent[2]) == {"data": {"name": "Reader"}}
    assert [(r.method, r.url.path) for r in wire.sent[1:]] == [
        ("GET", f"{API}/roles/901"),
        ("PUT", f"{API}/roles/901"),
        ("DELETE", f"{API}/roles/901"),
    ]


# ---- OOO entries (5) -------------------------------------------------------------------------

OOO = {
    "gid": "1001",
    "resource_type": "ooo_entry",
    "start_date": "2026-12-24",
    "end_date": "2026-12-31",
    "user": USER,
    "created_by": USER,
}


def test_create_ooo_entry_sends_days_as_iso_dates(client: Asana, wire: CannedAsana) -> None:
    wire.answer("POST", "/ooo_entries", {"data": OOO}, status=201)

    entry = client.ooo_entries.create_ooo_entry(
        user="100", workspace="200", start_date=dt.date(2026, 12, 24), end_date="2026-12-31"
    )

    assert body_of(wire.only()) == {
        "data": {
            "user": "100",
            "workspace": "200",
            "start_date": "2026-12-24",
            "end_date": "2026-12-31",
        }
    }
    assert (entry.start_date, entry.end_date) == (dt.date(2026, 12, 24), dt.date(2026, 12, 31))


def test_ooo_entries_list_get_update_and_delete(client: Asana, wire: CannedAsana) -> None:
    wire.answer("GET", "/ooo_entries", {"data": [OOO], "next_page": None})
    wire.answer("GET", "/ooo_entries/1001", {"data": OOO})
    wire.answer("PUT", "/ooo_entries/1001", {"data": {**OOO, "end_date": "2027-01-02"}})
    wire.answer("DELETE", "/ooo_entries/1001", {"data": {}})

    listed = list(
        client.ooo_entries.get_ooo_entries(user="100", workspace="200", start_date="2026-12-01")
    )
    fetched = client.ooo_entries.get_ooo_entry("1001")
    moved = client.ooo_entries.update_ooo_entry("1001", end_date=dt.date(2027, 1, 2))
    client.ooo_entries.delete_ooo_entry("1001")

    assert [e.created_by.gid for e in listed] == ["100"]
    assert (fetched.user.name, moved.end_date) == ("Ada Lovelace", dt.date(2027, 1, 2))
    assert query_of(wire.sent[0]) == {"user": "100", "workspace": "200", "start_date": "2026-12-01"}
    assert body_of(wire.sent[2]) == {"data": {"end_date": "2027-01-02"}}
    assert wire.sent[3].method == "DELETE"


# ---- access requests (4) ---------------------------------------------------------------------

ACCESS_REQUEST = {
    "gid": "1101",
    "resource_type": "access_request",
    "message": None,
    "approval_status": "pending",
    "requester": USER,
    "target": {"gid": "402", "resource_type": "project"},
}


def test_get_access_requests_reads_one_answer_that_has_no_next_page(
    client: Asana, wire: CannedAsana
) -> None:
    second = {**ACCESS_REQUEST, "gid": "1102", "message": "Please"}
    wire.answer("GET", "/access_requests", {"data": [ACCESS_REQUEST, second]})

    found = list(client.access_requests.get_access_requests(target="402", user="me"))

    assert [(r.gid, r.message, r.target.gid) for r in found] == [
        ("1101", None, "402"),
        ("1102", "Please", "402"),
    ]
    assert query_of(wire.only()) == {"target": "402", "user": "me"}  # no limit: not paginated


def test_access_requests_are_created_approved_and_rejected(
    client: Asana, wire: CannedAsana
) -> None:
    wire.answer("POST", "/access_requests", {"data": ACCESS_REQUEST}, status=201)
    wire.answer("POST", "/access_requests/1101/approve", {"data": {}})
    wire.answer("POST", "/access_requests/1101/reject", {"data": {}})

    created = client.access_requests.create_access_request(target="402", message=None)
    approved = client.access_requests.approve_access_request("1101")
    rejected = client.access_requests.reject_access_request("1101")

    assert (created.approval_status, created.requester.gid) == ("pending", "100")
    assert (approved, rejected) == (None, None)
    assert body_of(wire.sent[0]) == {"data": {"target": "402", "message": None}}
    assert [r.url.path for r in wire.sent[1:]] == [
        f"{API}/access_requests/1101/approve",
        f"{API}/access_requests/1101/reject",
    ]


# ---- reactions (1), rules (1) ----------------------------------------------------------------


def test_get_reactions_on_object_sends_target_and_emoji_base(
    client: Asana, wire: CannedAsana
) -> None:
    reaction = {"gid": "1201", "emoji": "👍🏽", "user": USER}
    wire.answer("GET", "/reactions", {"data": [reaction], "next_page": None})

    found = list(client.reactions.get_reactions_on_object(target="1301", emoji_base="👍"))

    assert [(r.gid, r.emoji, r.user.gid) for r in found] == [("1201", "👍🏽", "100")]
    assert query_of(wire.only()) == {"target": "1301", "emoji_base": "👍"}


def test_trigger_rule_sends_action_data_as_given_and_reads_the_message(
    client: Asana, wire: CannedAsana
) -> None:
    wire.answer("POST", "/rule_triggers/1401/run", {"data": {"message": "Rule triggered"}})
    action_data = {"ticket": "OPS-7", "nested": {"priority": 2, "tags": ["a", "b"]}}

    result = client.rules.trigger_rule("1401", resource="1501", action_data=action_data)

    assert isinstance(result, RuleTriggerResult)
    assert result.message == "Rule triggered"
    assert body_of(wire.only()) == {"data": {"resource": "1501", "action_data": action_data}}


# ---- custom types (2), agents (2) ------------------------------------------------------------


def test_get_custom_type_reads_its_status_options(client: Asana, wire: CannedAsana) -> None:
    option = {
        "gid": "1602",
        "resource_type": "custom_type_status_option",
        "name": "Done",
        "completion_state": "complete",
        "enabled": True,
        "color": None,
    }
    record = {
        "gid": "1601",
        "resource_type": "custom_type",
        "name": "Bug",
        "status_options": [option],
    }
    wire.answer("GET", "/custom_types/1601", {"data": record})
    wire.answer("GET", "/custom_types", {"data": [{"gid": "1601", "name": "Bug"}]})

    found = client.custom_types.get_custom_type("1601")
    listed = list(client.custom_types.get_custom_types(project="402"))

    [done] = found.status_options
    assert (done.name, done.completion_state, done.enabled, done.color) == (
        "Done",
        "complete",
        True,
        None,
    )
    assert [t.name for t in listed] == ["Bug"]
    assert query_of(wire.sent[1]) == {"project": "402"}


def test_agents_are_listed_per_workspace_and_read_with_a_null_photo(
    client: Asana, wire: CannedAsana
) -> None:
    compact = {
        "gid": "1701",
        "resource_type": "agent",
        "resource_subtype": "asana_teammate",
        "name": "Helper",
    }
    full = {
        **compact,
        "description": None,
        "behavior_guidance": "Be brief",
        "workspace": WORKSPACE,
        "photo": None,
    }
    wire.answer("GET", "/workspaces/200/agents", {"data": [compact], "next_page": None})
    wire.answer("GET", "/agents/1701", {"data": full})

    listed = list(client.agents.get_agents_for_workspace("200", limit=10))
    agent = client.agents.get_agent("1701")

    assert [(a.gid, a.resource_subtype) for a in listed] == [("1701", "asana_teammate")]
    assert (agent.photo, agent.description, agent.workspace.gid) == (None, None, "200")
    assert query_of(wire.sent[0]) == {"limit": "10"}
