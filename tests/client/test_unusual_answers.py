"""Operations whose answers are not the usual `{data}` envelope, over httpx.MockTransport
(FakeAsana does not serve them yet): events (`sync`, `has_more` beside `data`, 412 with a
fresh token), batch (a write answered with a list), the audit log (a stream that keeps a next
page after the last event), a new webhook (its secret beside `data`), exports and jobs."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from asana_client import Asana, AsanaError, InvalidTokenError
from asana_client.models import BatchRequestAction, BatchRequestOptions, WebhookFilter

Handler = Callable[[httpx.Request], httpx.Response]


@contextmanager
def asana_answering(handler: Handler) -> Iterator[Asana]:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with http, Asana(access_token="secret-token", http_client=http) as client:
        yield client


def sent_json(request: httpx.Request) -> object:
    return json.loads(request.content)


EVENT = {
    "user": None,
    "resource": {"gid": "11", "resource_type": "task", "name": "Write spec"},
    "type": "task",
    "action": "changed",
    "parent": None,
    "created_at": "2024-05-01T10:00:00.000Z",
    "change": {"field": "name", "action": "changed", "new_value": "Write the spec"},
}


def test_get_events_returns_the_next_sync_token_and_has_more_beside_the_events() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [EVENT], "sync": "tok-2", "has_more": True})

    with asana_answering(answer) as client:
        page = client.events.get_events("11", sync="tok-1")
    assert seen[0].url.path == "/api/1.0/events"
    assert dict(seen[0].url.params) == {"resource": "11", "sync": "tok-1"}
    assert (page.sync, page.has_more) == ("tok-2", True)
    event = page.data[0]
    assert event.resource.gid == "11" and event.user is None
    assert event.created_at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert (event.change.field, event.change.new_value) == ("name", "Write the spec")


def test_a_missing_sync_token_raises_invalid_token_error_carrying_the_fresh_token() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"errors": [{"message": "Sync token invalid or too old."}], "sync": "fresh-1"}
        return httpx.Response(412, json=body)

    with asana_answering(answer) as client, pytest.raises(InvalidTokenError) as raised:
        client.events.get_events("11")
    assert "sync" not in seen[0].url.params
    assert raised.value.sync == "fresh-1"
    assert raised.value.message == "Sync token invalid or too old."


@pytest.mark.parametrize("body", [b"<html>precondition failed</html>", b'{"sync": 5}', b"[]"])
def test_a_412_without_a_usable_token_has_sync_none(body: bytes) -> None:
    with (
        asana_answering(lambda request: httpx.Response(412, content=body)) as client,
        pytest.raises(InvalidTokenError) as raised,
    ):
        client.events.get_events("11", sync="old")
    assert raised.value.sync is None


def test_an_events_answer_without_data_is_an_asana_error_not_a_parse_crash() -> None:
    answer = httpx.Response(200, json={"sync": "tok-2", "has_more": False})
    with asana_answering(lambda request: answer) as client, pytest.raises(AsanaError) as raised:
        client.events.get_events("11")
    assert "get_events" in raised.value.message


def test_a_batch_is_sent_at_once_and_returns_one_result_per_action_in_order() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        results = [
            {"status_code": 200, "headers": {}, "body": {"data": {"gid": "1", "name": "A"}}},
            {"status_code": 404, "headers": {}, "body": {"errors": [{"message": "Not found"}]}},
        ]
        return httpx.Response(200, json={"data": results})

    typed = BatchRequestAction(
        relative_path="/tasks/1", method="get", options=BatchRequestOptions(fields=["name"])
    )
    with asana_answering(answer) as client:
        results = client.batch_api.create_batch_request(
            actions=[typed, {"relative_path": "/tasks/2", "method": "get"}]
        )
        assert len(seen) == 1  # a write is not left waiting for someone to iterate
    assert (seen[0].method, seen[0].url.path) == ("POST", "/api/1.0/batch")
    assert sent_json(seen[0]) == {
        "data": {
            "actions": [
                {"relative_path": "/tasks/1", "method": "get", "options": {"fields": ["name"]}},
                {"relative_path": "/tasks/2", "method": "get"},
            ]
        }
    }
    assert isinstance(results, list)
    assert [r.status_code for r in results] == [200, 404]
    assert results[0].body["data"]["name"] == "A"
    assert results[1].body["errors"][0]["message"] == "Not found"


def audit_event(gid: str) -> dict[str, object]:
    return {
        "gid": gid,
        "created_at": "2024-05-01T10:00:00Z",
        "event_type": "user_login_succeeded",
        "event_category": "logins",
        "actor": {"actor_type": "user", "gid": "7", "name": "Ada"},
        "resource": {"resource_type": "user", "gid": "7", "name": None},
        "context": {"context_type": "web"},
        "details": {"method": "password"},
    }


def test_the_audit_log_ends_at_the_first_empty_page_that_still_points_further() -> None:
    pages = {
        None: ([audit_event("1"), audit_event("2")], "o1"),
        "o1": ([audit_event("3")], "o2"),
        "o2": ([], "o3"),  # caught up: Asana still points at a next page, to poll later
    }
    offsets: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        offset = request.url.params.get("offset")
        offsets.append(offset)
        items, following = pages[offset]  # "o3" would be a KeyError: it must not be asked for
        body = {"data": items, "next_page": {"offset": following, "path": "", "uri": ""}}
        return httpx.Response(200, json=body)

    start = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    with asana_answering(answer) as client:
        listing = client.audit_log_api.get_audit_log_events(
            "99", start_at=start, actor_type="user", limit=2
        )
        read = list(listing.pages())
    assert offsets == [None, "o1", "o2"]
    assert [event.gid for page in read for event in page.items] == ["1", "2", "3"]
    assert [page.next_offset for page in read] == ["o1", "o2", None]
    first = read[0].items[0]
    assert first.actor.name == "Ada" and first.details["method"] == "password"


def test_other_lists_keep_paging_past_an_empty_page() -> None:
    pages = {None: ([], "o1"), "o1": ([{"gid": "5", "active": True}], None)}

    def answer(request: httpx.Request) -> httpx.Response:
        items, following = pages[request.url.params.get("offset")]
        next_page = None if following is None else {"offset": following}
        return httpx.Response(200, json={"data": items, "next_page": next_page})

    with asana_answering(answer) as client:
        hooks = list(client.webhooks.get_webhooks(workspace="1"))
    assert [(hook.gid, hook.active) for hook in hooks] == [("5", True)]


def test_create_webhook_returns_the_webhook_and_the_handshake_secret() -> None:
    seen: list[httpx.Request] = []
    created = {
        "gid": "43",
        "resource_type": "webhook",
        "resource": {"gid": "8", "resource_type": "project", "name": "Bugs"},
        "target": "https://example.com/hook/1",
        "active": False,
        "last_success_at": None,
    }

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"data": created, "X-Hook-Secret": "b537"})

    task_names = WebhookFilter(resource_type="task", action="changed", fields=["name"])
    with asana_answering(answer) as client:
        result = client.webhooks.create_webhook(
            resource="8", target="https://example.com/hook/1", filters=[task_names]
        )
    assert sent_json(seen[0]) == {
        "data": {
            "resource": "8",
            "target": "https://example.com/hook/1",
            "filters": [{"resource_type": "task", "action": "changed", "fields": ["name"]}],
        }
    }
    assert result.x_hook_secret == "b537"
    assert result.data is not None
    assert (result.data.gid, result.data.active, result.data.resource.name) == ("43", False, "Bugs")


def test_an_export_answers_with_its_job_which_get_job_follows_to_the_download() -> None:
    job = {"gid": "5", "resource_type": "job", "resource_subtype": "export_graph"}
    export = {"gid": "6", "resource_type": "graph_export", "created_at": "2024-05-01T10:00:00Z"}
    answers = {
        ("POST", "/api/1.0/exports/graph"): {
            **job,
            "status": "in_progress",
            "new_graph_export": {**export, "download_url": None, "completed_at": None},
        },
        ("GET", "/api/1.0/jobs/5"): {
            **job,
            "status": "succeeded",
            "new_graph_export": {
                **export,
                "download_url": "https://files.example/e.json.gz",
                "completed_at": "2024-05-01T10:05:00Z",
            },
        },
    }
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = 201 if request.method == "POST" else 200
        return httpx.Response(status, json={"data": answers[request.method, request.url.path]})

    with asana_answering(answer) as client:
        started = client.exports.create_graph_export(parent="1200")
        done = client.jobs.get_job(started.gid)
    assert sent_json(seen[0]) == {"data": {"parent": "1200"}}
    assert started.status == "in_progress"
    assert started.new_graph_export.download_url is None
    assert done.status == "succeeded"
    assert done.new_graph_export.download_url == "https://files.example/e.json.gz"
    assert done.new_graph_export.completed_at == datetime.datetime(
        2024, 5, 1, 10, 5, tzinfo=datetime.UTC
    )


def test_an_organization_export_is_requested_then_read_back() -> None:
    record = {"gid": "3", "resource_type": "organization_export", "download_url": None}
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(201, json={"data": {**record, "state": "pending"}})
        url = "https://files.example/org.json.gz"
        return httpx.Response(
            200, json={"data": {**record, "state": "finished", "download_url": url}}
        )

    with asana_answering(answer) as client:
        requested = client.organization_exports.create_organization_export(organization="1")
        finished = client.organization_exports.get_organization_export(requested.gid)
    assert sent_json(seen[0]) == {"data": {"organization": "1"}}
    assert seen[1].url.path == "/api/1.0/organization_exports/3"
    assert (requested.state, requested.download_url) == ("pending", None)
    assert (finished.state, finished.download_url) == (
        "finished",
        "https://files.example/org.json.gz",
    )
