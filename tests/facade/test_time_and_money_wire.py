"""Time tracking, timesheets, allocations, budgets and rates through the facade, on the wire.

FakeAsana does not answer these operations yet, so each test stands in for Asana with an
`httpx.MockTransport` that records the request and answers with a record in Asana's wire
format. Each test checks the request (method, path, query, body) and the parsed result, and
that the canned answer validates against the merged spec, so a spec that does not describe
what Asana sends fails here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from asana_client import Asana
from tests.testing.spec_conformance import Exchange, conformance

USER = {"gid": "11", "resource_type": "user", "name": "Ada"}
PROJECT = {"gid": "22", "resource_type": "project", "name": "Launch"}
CATEGORY = {"gid": "33", "resource_type": "time_tracking_category", "name": "Dev", "color": "aqua"}
LISTED_ENTRY = {  # what a list carries: the compact form
    "gid": "44",
    "resource_type": "time_tracking_entry",
    "duration_minutes": 90,
    "entered_on": "2025-01-06",
    "attributable_to": PROJECT,
    "created_by": USER,
    "categories": [CATEGORY],
}
ENTRY = {
    "gid": "44",
    "resource_type": "time_tracking_entry",
    "duration_minutes": 90,
    "entered_on": "2025-01-06",
    "attributable_to": PROJECT,
    "created_by": USER,
    "categories": [CATEGORY],
    "task": {
        "gid": "55",
        "resource_type": "task",
        "name": "Spec",
        "resource_subtype": "default_task",
    },
    "created_at": "2025-01-06T10:00:00.000Z",
    "approval_status": "DRAFT",
    "billable_status": "billable",
    "description": "Pairing",
}


class Wire:
    """A stand-in Asana: answers each request with the next canned (status, body) and keeps
    what was sent and what was answered."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, dict[str, Any]]] = []
        self.requests: list[httpx.Request] = []
        self.exchanges: list[Exchange] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.answers.pop(0)
        content = json.dumps(body).encode()
        self.exchanges.append(
            Exchange(request.method, str(request.url), status, "application/json", content)
        )
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)

    def spec_violations(self) -> list[str]:
        checker = conformance()
        return [f"{e.label()}: {p}" for e in self.exchanges for p in checker.violations(e)]


@pytest.fixture
def wire() -> Iterator[Wire]:
    stand_in = Wire()
    yield stand_in
    assert stand_in.spec_violations() == []
    assert stand_in.answers == []  # every canned answer was asked for


@pytest.fixture
def api(wire: Wire) -> Asana:
    transport = httpx.MockTransport(wire.handle)
    return Asana(access_token="t0ken", http_client=httpx.Client(transport=transport))


def test_create_time_tracking_entry_posts_the_fields_and_parses_the_full_entry(
    api: Asana, wire: Wire
) -> None:
    wire.answers.append((201, {"data": ENTRY}))

    entry = api.time_tracking_entries.create_time_tracking_entry(
        "55", duration_minutes=90, entered_on=dt.date(2025, 1, 6), categories=["33"]
    )

    sent = wire.requests[0]
    assert (sent.method, sent.url.path) == ("POST", "/api/1.0/tasks/55/time_tracking_entries")
    assert wire.body() == {
        "data": {"duration_minutes": 90, "entered_on": "2025-01-06", "categories": ["33"]}
    }
    assert (entry.gid, entry.duration_minutes, entry.entered_on) == ("44", 90, dt.date(2025, 1, 6))
    assert [c.name for c in entry.categories] == ["Dev"]
    assert (entry.created_by.name, entry.task.gid, entry.approval_status) == ("Ada", "55", "DRAFT")


def test_get_time_tracking_entries_sends_filters_and_follows_next_page(
    api: Asana, wire: Wire
) -> None:
    second = {**LISTED_ENTRY, "gid": "45"}
    next_page = {"offset": "tok1", "path": "/time_tracking_entries?offset=tok1", "uri": "x:/y"}
    wire.answers += [
        (200, {"data": [LISTED_ENTRY], "next_page": next_page}),
        (200, {"data": [second], "next_page": None}),
    ]

    found = api.time_tracking_entries.get_time_tracking_entries(
        workspace="9", entered_on_start_date=dt.date(2025, 1, 1), limit=1
    )

    assert [e.gid for e in found] == ["44", "45"]
    first, then = (dict(r.url.params) for r in wire.requests)
    assert first == {"workspace": "9", "entered_on_start_date": "2025-01-01", "limit": "1"}
    assert then == {**first, "offset": "tok1"}


def test_update_timesheet_approval_status_sends_the_transition(api: Asana, wire: Wire) -> None:
    status = {
        "gid": "66",
        "resource_type": "timesheet_approval_status",
        "created_at": "2025-01-06T10:00:00.000Z",
        "user": USER,
        "workspace": {"gid": "9", "resource_type": "workspace", "name": "Acme"},
        "start_date": "2025-01-06",
        "end_date": "2025-01-12",
        "approval_status": "SUBMITTED",
    }
    wire.answers.append((200, {"data": status}))

    updated = api.timesheet_approval_statuses.update_timesheet_approval_status(
        "66", approval_status="submitted", message="Week done"
    )

    assert (wire.requests[0].method, wire.requests[0].url.path) == (
        "PUT",
        "/api/1.0/timesheet_approval_statuses/66",
    )
    assert wire.body() == {"data": {"approval_status": "submitted", "message": "Week done"}}
    assert (updated.approval_status, updated.end_date) == ("SUBMITTED", dt.date(2025, 1, 12))


def test_create_allocation_sends_effort_and_parses_a_null_effort(api: Asana, wire: Wire) -> None:
    allocation = {
        "gid": "77",
        "resource_type": "allocation",
        "start_date": "2025-02-03",
        "end_date": "2025-02-07",
        "effort": None,
        "assignee": {"gid": "88", "resource_type": "placeholder", "name": "Designer"},
        "created_by": USER,
        "parent": PROJECT,
        "resource_subtype": "project_allocation",
    }
    wire.answers.append((201, {"data": allocation}))

    created = api.allocations.create_allocation(
        assignee="88",
        parent="22",
        start_date="2025-02-03",
        end_date="2025-02-07",
        effort={"type": "percent", "value": 50},
    )

    assert wire.body()["data"]["effort"] == {"type": "percent", "value": 50}
    assert (created.effort, created.assignee.resource_type) == (None, "placeholder")


def test_get_budgets_sends_the_parent_and_parses_a_disabled_estimate(
    api: Asana, wire: Wire
) -> None:
    budget = {
        "gid": "99",
        "resource_type": "budget",
        "budget_type": "time",
        "estimate": {
            "billable_status_filter": "billable",
            "source": "none",
            "enabled": False,
            "units": None,
            "value": None,
        },
        "actual": {"billable_status_filter": "any", "units": "minutes", "value": 90},
        "total": {"enabled": True, "units": "minutes", "value": 600},
        "parent": PROJECT,
    }
    wire.answers.append((200, {"data": [budget]}))

    budgets = list(api.budgets.get_budgets(parent="22"))

    assert dict(wire.requests[0].url.params) == {"parent": "22"}
    assert [(b.gid, b.estimate.value, b.actual.value, b.total.value) for b in budgets] == [
        ("99", None, 90, 600)
    ]


def test_update_rate_sends_only_the_amount(api: Asana, wire: Wire) -> None:
    rate = {
        "gid": "12",
        "resource_type": "rate",
        "parent": PROJECT,
        "resource": USER,
        "rate": 120.5,
        "currency_code": "EUR",
        "created_by": USER,
    }
    wire.answers.append((200, {"data": rate}))

    updated = api.rates.update_rate("12", rate=120.5)

    assert wire.body() == {"data": {"rate": 120.5}}
    assert (updated.rate, updated.currency_code, updated.resource.name) == (120.5, "EUR", "Ada")


def test_delete_time_tracking_category_returns_nothing(api: Asana, wire: Wire) -> None:
    wire.answers.append((200, {"data": {}}))

    assert api.time_tracking_categories.delete_time_tracking_category("33") is None
    assert (wire.requests[0].method, wire.requests[0].url.path) == (
        "DELETE",
        "/api/1.0/time_tracking_categories/33",
    )
