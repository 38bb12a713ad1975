"""Every operation of the merged spec, called through the typed facade against FakeAsana.

The table is the merged spec itself: whatever operations it holds are called, so a new spec
file is covered the day it lands, with no edit here. Each call gets minimal valid arguments
derived from the operation (every path gid names a record made first, every required query
parameter and body field gets a value of its type), then the test checks what reached the fake
(method, path, query) and what came back (the operation's record model, a PageIterator of
them, or None). Operations without a hand-made handler are answered by the generic store; the
autouse conformance fixture checks every answer against the merged spec.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from asana_client import Asana, PageIterator
from asana_client._resources._core import SEARCH_DEFAULT_FIELDS, Kind, Operation, model_class
from asana_client.testing import FakeAsana
from asana_client.testing._routes import ENTITIES
from tests.testing.spec_conformance import conformance

HTTP_METHODS = ("get", "post", "put", "delete")
RESOURCE_TYPES = {entity["resource_type"] for entity in ENTITIES.values()}
# Names of parameters and fields that name a record of another type.
SYNONYMS = {
    "organization": "workspace",
    "parent": "task",
    "dependency": "task",
    "dependent": "task",
    "assignee": "user",
    "follower": "user",
    "member": "user",
    "owner": "user",
    "rule_trigger": "rule_trigger_result",  # a trigger is no record; the store keys it so
}


# Operations whose protocol needs more than one call (a sync token first, a webhook target that
# answers the handshake): each has tests of its own against FakeAsana, named here.
OWN_TESTS = {
    "getEvents": "tests/sync/test_events_on_the_fake.py",
    "getWorkspaceEvents": "tests/sync/test_events_on_the_fake.py",
    "createWebhook": "tests/sync/test_webhooks_on_the_fake.py",
}


def operations() -> list[tuple[str, str, str]]:
    """(tag attribute, operationId, method) for every operation of the merged spec."""
    found = []
    for item in conformance().doc["paths"].values():
        for method in HTTP_METHODS:
            if method in item and item[method]["operationId"] not in OWN_TESTS:
                op = item[method]
                found.append((tag_attribute(op["tags"][0]), op["operationId"], method))
    return sorted(found)


def test_operations_left_to_their_own_tests_have_them() -> None:
    root = Path(__file__).resolve().parents[2]
    for op_id, test_file in OWN_TESTS.items():
        assert snake(op_id) in (root / test_file).read_text(), (op_id, test_file)


def tag_attribute(tag: str) -> str:
    return snake(re.sub(r"[^0-9A-Za-z]+", " ", tag).strip().replace(" ", "_"))


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).lower().strip("_")


class Records:
    """Makes (once per name) the records an operation's arguments refer to."""

    def __init__(self, fake: FakeAsana, token: str) -> None:
        self.fake = fake
        self.token = token
        self.me = fake.user_gid(token)
        self.made: dict[str, str] = {}

    def gid(self, name: str) -> str:
        kind = name.removesuffix("_gid")
        kind = SYNONYMS.get(kind, SYNONYMS.get(kind.removesuffix("s"), kind))
        if kind not in self.made:
            self.made[kind] = self.make(kind)
        return self.made[kind]

    def make(self, kind: str) -> str:
        fake = self.fake
        makers: dict[str, Callable[[], str]] = {
            "workspace": lambda: fake.workspace_gid,
            "user": lambda: self.me,
            "team": lambda: fake.default_team_gid,
            "project": lambda: fake.add_project("Launch", team=fake.default_team_gid),
            "task": lambda: fake.add_task("Draft", projects=[self.gid("project")]),
            "section": lambda: fake.add_section(self.gid("project"), "Doing"),
            "tag": lambda: fake.add_tag("urgent"),
            "story": lambda: fake.add_story(self.gid("task"), "Looks good"),
            "attachment": lambda: fake.add_attachment(self.gid("task"), "a.txt", b"hi"),
            "custom_field": lambda: fake.add_custom_field("Size", "enum", enum_options=["S"]),
            "user_task_list": lambda: fake.user_task_list_gid(self.token),
            "webhook": self.webhook,
        }
        if kind in makers:
            return makers[kind]()
        assert kind in RESOURCE_TYPES, f"no record type for a parameter named {kind!r}"
        return fake.add_record(kind, parents=[fake.workspace_gid], workspace=fake.workspace_gid)

    def webhook(self) -> str:
        """Webhooks have hand-made handlers: one is made through the API, handshake and all."""
        target = self.fake.webhook_target(
            lambda r: httpx.Response(200, headers={"X-Hook-Secret": r.headers["X-Hook-Secret"]})
        )
        with self.fake.http_client(headers={"Authorization": f"Bearer {self.token}"}) as api:
            data = {"resource": self.gid("project"), "target": target}
            return str(api.post("/webhooks", json={"data": data}).json()["data"]["gid"])

    def value(self, name: str, kind: Kind) -> Any:
        """A valid value of `kind` for a required parameter or field called `name`."""
        if kind.enum:
            return kind.enum[0]
        simple: dict[str, Any] = {
            "bool": True,
            "int": 1,
            "number": 1,
            "date": datetime.date(2024, 1, 2),
            "datetime": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            "list": [],
            "object": {},
        }
        if kind.type in simple:
            return simple[kind.type]
        if self.names_record(name):
            gid = self.gid(name)
            return [gid] if kind.type == "gids" else gid
        return ["x"] if kind.type == "gids" else "x"

    def other_task(self) -> str:
        """A second task, for relations a task may not have with itself."""
        return self.fake.add_task("Review", projects=[self.gid("project")])

    @staticmethod
    def names_record(name: str) -> bool:
        stem = name.removesuffix("_gid")
        stem = SYNONYMS.get(stem, SYNONYMS.get(stem.removesuffix("s"), stem))
        return stem in RESOURCE_TYPES or stem.removesuffix("s") in RESOURCE_TYPES


# What the spec does not say: fields the hand-made handlers need that the seed specs leave
# optional, and relations a record may not have with itself.
EXTRA: dict[str, Callable[[Records], dict[str, Any]]] = {
    "createAttachmentForObject": lambda r: {"parent": r.gid("task"), "file": b"hi", "name": "a"},
    "getTasks": lambda r: {"project": r.gid("project")},
    "createTask": lambda r: {"workspace": r.gid("workspace")},
    "createTag": lambda r: {"workspace": r.gid("workspace")},
    "createProject": lambda r: {"workspace": r.gid("workspace"), "team": r.gid("team")},
    "createProjectForWorkspace": lambda r: {"team": r.gid("team")},
    "createStoryForTask": lambda r: {"text": "Looks good"},
    "addDependenciesForTask": lambda r: {"dependencies": [r.other_task()]},
    "removeDependenciesForTask": lambda r: {"dependencies": [r.other_task()]},
    "addDependentsForTask": lambda r: {"dependents": [r.other_task()]},
    "removeDependentsForTask": lambda r: {"dependents": [r.other_task()]},
    "setParentForTask": lambda r: {"parent": r.other_task()},
    "removeUserForWorkspace": lambda r: {"user": r.me},
    "searchTasksForWorkspace": lambda r: {"text": "Draft"},
    "addUserForWorkspace": lambda r: {"user": "grace@example.com"},
    "removeFollowerForTask": lambda r: {"followers": [r.me]},
    "createBatchRequest": lambda r: {"actions": [{"relative_path": "/users/me", "method": "get"}]},
}


def encoded(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


def call_arguments(
    records: Records, operation: Operation[Any], method: Callable[..., Any], op_id: str
) -> tuple[list[str], dict[str, Any], dict[str, list[str]]]:
    """(path values, keyword arguments, the query they must send)."""
    names = re.findall(r"{(\w+)}", operation.path)
    path = [records.gid(name) if name.endswith("_gid") else "x" for name in names]
    wire = {python: (name, kind) for python, (name, kind) in operation.query.items()}
    body = operation.body
    keywords: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        needed = param.kind is param.KEYWORD_ONLY and param.default is param.empty
        if needed and param.name in wire:
            keywords[param.name] = records.value(*wire[param.name])
    if body is not None:
        for field in sorted(body.required):
            keywords[field] = records.value(field, body.fields[field])
    keywords.update(EXTRA.get(op_id, lambda r: {})(records))
    query = {wire[k][0]: [encoded(v)] for k, v in keywords.items() if k in wire}
    if operation.sized:
        query["limit"] = ["100"]
    if operation.walk:  # a search walks created_at, asking for it (see _walk.py)
        query["sort_by"] = ["created_at"]
        query["opt_fields"] = [",".join([*SEARCH_DEFAULT_FIELDS, "created_at"])]
    return path, keywords, query


@pytest.fixture
def token(fake: FakeAsana) -> str:
    return fake.add_user("Ada Lovelace", "ada@example.com")


@pytest.mark.parametrize(("tag", "op_id", "http_method"), operations())
def test_every_operation_sends_its_request_and_parses_the_answer(
    fake: FakeAsana, token: str, tag: str, op_id: str, http_method: str
) -> None:
    module = importlib.import_module(f"asana_client._resources.{tag}")
    operation: Operation[Any] = getattr(module, snake(op_id).upper())
    client = Asana(access_token=token, http_client=fake.http_client())
    method = getattr(getattr(client, tag), snake(op_id))
    records = Records(fake, token)
    path, keywords, query = call_arguments(records, operation, method, op_id)
    fake.clear_requests()

    result = method(*path, **keywords)
    items = list(result) if isinstance(result, PageIterator) else None

    sent = fake.requests[-1]
    filled = operation.path
    for name, gid in zip(re.findall(r"{(\w+)}", operation.path), path, strict=True):
        filled = filled.replace(f"{{{name}}}", gid)
    assert (sent.method, sent.path) == (http_method.upper(), filled)
    assert sent.query == query
    assert sent.status < 300
    if operation.shape == "list":
        assert items is not None
        assert all(isinstance(item, model_class(operation.model or "")) for item in items)
    elif operation.shape == "items":  # answered at once, a list of records (batch)
        assert isinstance(result, list) and result
        assert all(type(item).__name__ == operation.model for item in result)
    elif operation.shape in ("record", "document"):
        assert type(result).__name__ == operation.model
    else:
        assert result is None
