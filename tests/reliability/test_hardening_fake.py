"""Issue 11, items 16-19 and 25: FakeAsana answers like Asana, judged by the merged spec.

Malformed input gets a 400 with Asana's error body and changes nothing (never a 500); opt-in
fields appear only when `opt_fields` asks for them, and what Asana returns when asked is
returned; records name their creator and carry timestamps that never run ahead of the real
clock; signed download links expire by the fake's clock.

The write operations and their fields come from the merged spec (every JSON request body
schema), plus the fields FakeAsana accepts beyond it (task `memberships`, project `due_date`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asana_client.testing import FakeAsana
from asana_client.testing._server import ALL_ROUTES
from tests.conftest import FakeTime
from tests.reliability.conftest import WATCH, Results
from tests.testing.spec_conformance import Exchange, conformance

OPERATIONS = Path(__file__).resolve().parents[1] / "data" / "operations.tsv"
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
EXTRA_FIELDS = {  # accepted by FakeAsana (and Asana) beyond the merged spec's request schemas
    "updateProject": {"due_date": {"type": "string", "format": "date"}},
}
NOT_STRINGS: list[Any] = [12345, True, 1.5, {}, {"gid": "1"}, [], ["x"]]
BAD_BY_KIND: dict[str, list[Any]] = {
    "string": NOT_STRINGS,
    "enum": [*NOT_STRINGS, "not-a-known-value", ""],
    "date": [*NOT_STRINGS, "2024-13-45", "yesterday"],
    "date-time": [*NOT_STRINGS, "not a time", "2024-02-30T25:00:00Z"],
    "boolean": [12345, 1.5, {}, [], ["true"], "maybe"],
    "integer": ["12", True, 1.5, {}, [], ["1"]],
    "number": ["1.5", True, {}, [], ["1"]],
    "array": [12345, True, 1.5, {}, {"gid": "1"}, [1, 2], [{}], [None]],
    "object": [12345, True, 1.5, "text", [], ["x"]],
}


# ---- a world with one of everything ---------------------------------------------------------


@dataclass
class World:
    fake: FakeAsana
    api: httpx.Client
    path_gids: dict[str, str]

    def path(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.path_gids[m.group(1)], template)

    def digest(self) -> str:
        """Everything the fake stores, to prove a refused request changed nothing."""
        state = self.fake._core.state  # the test reaches in: no API lists every record
        with state.lock:
            records = sorted(f"{gid}={ent!r}" for gid, ent in state.objects.items())
        return "\n".join(records) + f"\ntasks_created={self.fake.tasks_created}"


def build_world(fake: FakeAsana) -> World:
    token = fake.add_user("Ada", "ada@example.com")
    WATCH.add_secret(token)
    me = fake.user_gid(token)
    project = fake.add_project("Launch")
    task = fake.add_task("Write spec", projects=[project], assignee=me)
    fake.add_task("Review", projects=[project])
    story = fake.add_story(task, "Looks good", author=me)
    api = fake.http_client(headers={"Authorization": f"Bearer {token}"})
    receiver = fake.webhook_target(
        lambda r: httpx.Response(200, headers={"X-Hook-Secret": r.headers.get("X-Hook-Secret", "")})
    )
    hook = api.post("/webhooks", json={"data": {"resource": project, "target": receiver}})
    gids = {
        "webhook_gid": hook.json()["data"]["gid"],
        "workspace_gid": fake.workspace_gid,
        "team_gid": fake.default_team_gid,
        "project_gid": project,
        "section_gid": api.get(f"/projects/{project}/sections").json()["data"][0]["gid"],
        "tag_gid": fake.add_tag("urgent"),
        "task_gid": task,
        "story_gid": story,
        "user_gid": me,
        "attachment_gid": fake.add_attachment(task, "a.txt", b"hello"),
        "user_task_list_gid": fake.user_task_list_gid(token),
    }
    return World(fake, api, gids)


@pytest.fixture
def world() -> Iterator[World]:
    fake = FakeAsana()
    built = build_world(fake)
    yield built
    built.api.close()
    fake.close()


# ---- what the spec says may be written ------------------------------------------------------


def _resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = doc["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def kind_of(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "enum"
    if schema.get("format") in ("date", "date-time"):
        return str(schema["format"])
    if "$ref" in schema or schema.get("type") == "object":
        return "object"
    return str(schema.get("type", "string"))


@dataclass(frozen=True)
class WriteOp:
    op_id: str
    method: str
    template: str
    fields: dict[str, str]  # field -> kind


def served_by_fake(method: str, template: str) -> bool:
    """Whether FakeAsana has a route for the operation (the merged spec may be ahead of it)."""
    path = re.sub(r"\{\w+\}", "1", template)
    return any(r.method == method and r.pattern.match(path) for r in ALL_ROUTES)


def write_operations() -> list[WriteOp]:
    """Every operation FakeAsana serves with a JSON request body, and its fields' kinds."""
    doc = conformance().doc
    found = []
    for template, item in doc["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if method not in ("post", "put") or body is None:
                continue
            if not served_by_fake(method.upper(), template):
                continue
            envelope = _resolve(doc, body["schema"])
            request = _resolve(doc, envelope["properties"]["data"])
            props = {**request.get("properties", {}), **EXTRA_FIELDS.get(op["operationId"], {})}
            fields = {name: kind_of(schema) for name, schema in props.items()}
            found.append(WriteOp(op["operationId"], method.upper(), template, fields))
    return found


WRITE_OPS = write_operations()
CASES = [
    (op, name, value)
    for op in WRITE_OPS
    for name, kind in op.fields.items()
    for value in BAD_BY_KIND[kind]
]


def is_asana_error(resp: httpx.Response) -> bool:
    try:
        errors = resp.json()["errors"]
    except (ValueError, KeyError, TypeError):
        return False
    return bool(errors) and all(isinstance(e.get("message"), str) and e["message"] for e in errors)


def send(world: World, op: WriteOp, data: dict[str, Any]) -> httpx.Response:
    return world.api.request(op.method, world.path(op.template), json={"data": data})


# ---- items 16 and 17: malformed input ---------------------------------------------------------


def test_fake_refuses_every_wrongly_typed_field_with_400_and_changes_nothing(
    world: World, results: Results
) -> None:
    failures = []
    for op, name, value in CASES:
        before = world.digest()
        resp = send(world, op, {name: value})
        changed = world.digest() != before
        if resp.status_code != 400 or not is_asana_error(resp) or changed:
            failures.append(f"{op.op_id} {name}={value!r}: {resp.status_code} changed={changed}")
    assert len(WRITE_OPS) >= 25 and len(CASES) > 500
    results.append(
        "hardening",
        "rows",
        {
            "item": 16,
            "test": "test_fake_refuses_every_wrongly_typed_field_with_400_and_changes_nothing",
            "check": f"wrong-typed value for every field of {len(WRITE_OPS)} write operations",
            "tried": len(CASES),
            "failures": len(failures),
        },
    )
    assert failures == [], "\n".join(failures[:30])
    assert world.fake.errors == []


PROJECT_BAD = [
    ("color", True),
    ("color", 12345),
    ("color", {}),
    ("color", "blue"),
    ("privacy_setting", "friends_only"),
    ("privacy_setting", 1),
    ("icon", 7),
    ("icon", "unicorn"),
    ("default_access_level", ["admin"]),
    ("default_access_level", "owner"),
    ("followers", 12),
    ("custom_fields", "high"),
    ("due_on", 20240101),
    ("start_on", False),
]
TASK_BAD = [
    ("start_at", 5),
    ("start_at", "soon"),
    ("external", "my-id"),
    ("external", {"gid": 5}),
    ("memberships", "not a list"),
    ("memberships", [{"project": 5}]),
    ("followers", {"a": 1}),
    ("custom_fields", ["x"]),
]


def test_fields_outside_asanas_types_and_enums_are_refused(world: World, results: Results) -> None:
    """The instances of issue 11 item 17, each refused with Asana's 400 naming the field."""
    project, task = world.path_gids["project_gid"], world.path_gids["task_gid"]
    before = world.digest()
    answers = [
        (field, world.api.put(f"/projects/{project}", json={"data": {field: value}}))
        for field, value in PROJECT_BAD
    ]
    workspace = world.fake.workspace_gid
    answers += [
        (field, world.api.post("/tasks", json={"data": {"workspace": workspace, field: value}}))
        for field, value in TASK_BAD
    ]
    answers += [
        (field, world.api.post(f"/tasks/{task}/stories", json={"data": {field: value}}))
        for field, value in [("html_text", ["<b>x</b>"]), ("sticker_name", "rainbow")]
    ]
    answers += [
        (field, world.api.put(world.path("/tags/{tag_gid}"), json={"data": {field: value}}))
        for field, value in [("color", "none"), ("color", False)]  # "none": projects only
    ]
    refused = [
        field
        for field, resp in answers
        if resp.status_code == 400
        and is_asana_error(resp)
        and resp.json()["errors"][0]["message"].startswith(f"{field}")
    ]
    results.append(
        "hardening",
        "rows",
        {
            "item": 17,
            "test": "test_fields_outside_asanas_types_and_enums_are_refused",
            "check": "color/privacy/icon/access/followers/custom_fields/start_at/external/...",
            "tried": len(answers),
            "failures": len(answers) - len(refused),
        },
    )
    assert refused == [field for field, _ in answers]
    assert world.digest() == before


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def test_fake_never_answers_5xx_for_any_json_value_in_any_field(
    world: World, results: Results
) -> None:
    """Arbitrary JSON in any field: a 2xx, or a 4xx with Asana's error body and no change."""
    tried: list[str] = []
    failures: list[str] = []

    @SETTINGS
    @given(case=st.sampled_from([(op, name) for op in WRITE_OPS for name in op.fields]), value=JSON)
    def probe(case: tuple[WriteOp, str], value: Any) -> None:
        op, name = case
        before = world.digest()
        resp = send(world, op, {name: value})
        tried.append(op.op_id)
        refused = 400 <= resp.status_code < 500
        if not (resp.status_code < 300 or (refused and is_asana_error(resp))):
            failures.append(f"{op.op_id} {name}={value!r}: {resp.status_code}")
        elif refused and world.digest() != before:
            failures.append(f"{op.op_id} {name}={value!r}: refused but changed state")

    probe()
    results.append(
        "hardening",
        "rows",
        {
            "item": 16,
            "test": "test_fake_never_answers_5xx_for_any_json_value_in_any_field",
            "check": "arbitrary JSON values in every writable field (property-based)",
            "tried": len(tried),
            "failures": len(failures),
        },
    )
    assert failures == [], "\n".join(failures[:30])
    assert world.fake.errors == []


QUERY_VALUES = ["", "abc", "-1", "0", "1e309", "2024-13-45", "true,false", "%00", "x" * 300, "null"]


def test_fake_never_answers_5xx_for_any_query_parameter(world: World, results: Results) -> None:
    doc = conformance().doc
    tried = 0
    failures = []
    for template, item in doc["paths"].items():
        op = item.get("get")
        if op is None or not served_by_fake("GET", template):
            continue
        for param in op.get("parameters", []):
            name = param.get("name") or param["$ref"].rsplit("/", 1)[-1]
            if param.get("in") == "path":
                continue
            for value in QUERY_VALUES:
                tried += 1
                resp = world.api.get(world.path(template), params={name: value})
                if resp.status_code >= 500 or (
                    resp.status_code >= 400 and not is_asana_error(resp)
                ):
                    failures.append(f"GET {template}?{name}={value[:20]!r}: {resp.status_code}")
    results.append(
        "hardening",
        "rows",
        {
            "item": 16,
            "test": "test_fake_never_answers_5xx_for_any_query_parameter",
            "check": "odd values for every query parameter of every GET operation",
            "tried": tried,
            "failures": len(failures),
        },
    )
    assert tried > 500
    assert failures == [], "\n".join(failures[:30])
    assert world.fake.errors == []


# ---- item 18: opt-in fields --------------------------------------------------------------------

OPT_IN = {  # record path -> fields Asana sends only when asked for
    "/tasks/{task_gid}": (
        "html_notes",
        "num_subtasks",
        "dependencies",
        "dependents",
        "is_rendered_as_separator",
        "external",
    ),
    "/projects/{project_gid}": ("html_notes", "project_brief", "created_from_template"),
    "/stories/{story_gid}": ("html_text",),
    "/teams/{team_gid}": ("description", "html_description"),
}


def test_opt_in_fields_appear_only_when_requested(world: World, results: Results) -> None:
    tried = failures = 0
    for template, fields in OPT_IN.items():
        path = world.path(template)
        default = world.api.get(path).json()["data"]
        asked = world.api.get(path, params={"opt_fields": ",".join(fields)}).json()["data"]
        tried += 2 * len(fields)
        failures += sum(1 for f in fields if f in default) + sum(
            1 for f in fields if f not in asked
        )
        assert not set(fields) & set(default), template
        assert set(asked) == {"gid", *fields}, template
    listed = world.api.get(world.path("/projects/{project_gid}/tasks")).json()["data"]
    asked = world.api.get(
        world.path("/projects/{project_gid}/tasks"), params={"opt_fields": "created_by"}
    ).json()["data"]
    tried += 2
    assert all("created_by" not in t for t in listed)
    assert all(t["created_by"]["resource_type"] == "user" for t in asked)
    results.append(
        "hardening",
        "rows",
        {
            "item": 18,
            "test": "test_opt_in_fields_appear_only_when_requested",
            "check": "opt-in fields of tasks, projects, stories, teams and task lists",
            "tried": tried,
            "failures": failures,
        },
    )


def test_fields_asana_returns_when_asked_are_returned(world: World) -> None:
    fake = world.fake
    project, task = world.path_gids["project_gid"], world.path_gids["task_gid"]
    size = fake.add_custom_field("Size", "enum", enum_options=["S", "L"], projects=[project])
    world.api.put(f"/tasks/{task}", json={"data": {"name": "Write the spec"}})
    cf_fields = "custom_fields.description,custom_fields.created_by,custom_fields.format"
    cf_fields += ",custom_fields.enum_value,custom_fields.enum_options"

    custom = world.api.get(f"/tasks/{task}", params={"opt_fields": cf_fields}).json()["data"]
    stories = world.api.get(
        f"/tasks/{task}/stories", params={"opt_fields": "resource_subtype,old_name,new_name"}
    ).json()["data"]
    team = world.api.get(world.path("/teams/{team_gid}")).json()["data"]

    (field,) = custom["custom_fields"]
    assert field["gid"] == size and field["format"] == "none" and field["enum_value"] is None
    assert {"description", "created_by"} <= set(field)
    rename = [s for s in stories if s["resource_subtype"] == "name_changed"]
    assert rename == [
        {
            "gid": rename[0]["gid"],
            "resource_subtype": "name_changed",
            "old_name": "Write spec",
            "new_name": "Write the spec",
        }
    ]
    assert all("old_name" not in s for s in stories if s["resource_subtype"] == "comment_added")
    assert team["edit_team_name_or_description_access_level"] in (
        "all_team_members",
        "only_team_admins",
    )


# ---- item 19: creator and clock -----------------------------------------------------------------


def test_add_task_records_a_real_creator(world: World, results: Results) -> None:
    gids = [world.fake.add_task(f"t{i}") for i in range(20)]
    creators = [world.api.get(f"/tasks/{g}").json()["data"]["created_by"] for g in gids]
    me = world.path_gids["user_gid"]
    nulls = sum(1 for c in creators if c is None)
    results.append(
        "hardening",
        "rows",
        {
            "item": 19,
            "test": "test_add_task_records_a_real_creator",
            "check": "created_by of tasks made with add_task()",
            "tried": len(gids),
            "failures": nulls,
        },
    )
    assert creators == [{"gid": me, "resource_type": "user"}] * len(gids)


def test_fake_timestamps_never_run_ahead_of_real_time(world: World, results: Results) -> None:
    """Many writes in one millisecond used to push stamps milliseconds into the future."""
    ahead = []
    checked = 0
    for i in range(200):
        resp = world.api.post(
            "/tasks", json={"data": {"workspace": world.fake.workspace_gid, "name": f"t{i}"}}
        )
        gid = resp.json()["data"]["gid"]
        done = world.api.put(f"/tasks/{gid}", json={"data": {"completed": True}}).json()["data"]
        now = dt.datetime.now(dt.UTC)
        for stamp in (done["completed_at"], done["modified_at"], done["created_at"]):
            checked += 1
            if dt.datetime.fromisoformat(stamp) > now:
                ahead.append(stamp)
    results.append(
        "hardening",
        "rows",
        {
            "item": 19,
            "test": "test_fake_timestamps_never_run_ahead_of_real_time",
            "check": "created/modified/completed_at vs datetime.now() right after each write",
            "tried": checked,
            "failures": len(ahead),
        },
    )
    assert ahead == []


# ---- item 25: download links expire by the fake's clock -----------------------------------------


def test_download_link_expires_two_minutes_after_it_was_issued(results: Results) -> None:
    clock = FakeTime()
    fake = FakeAsana(clock=clock.clock)
    world = build_world(fake)
    attachment = world.path_gids["attachment_gid"]

    def fresh_link() -> str:
        return str(world.api.get(f"/attachments/{attachment}").json()["data"]["download_url"])

    old = fresh_link()
    clock.sleep(119)
    still_valid = world.api.get(old).status_code
    clock.sleep(2)  # 121 s after issue
    expired = world.api.get(old)
    renewed = world.api.get(fresh_link())
    results.append(
        "hardening",
        "rows",
        {
            "item": 25,
            "test": "test_download_link_expires_two_minutes_after_it_was_issued",
            "check": "signed download link at 119 s and 121 s of the fake's clock",
            "tried": 3,
            "failures": int(still_valid != 200) + int(expired.status_code != 403),
        },
    )
    assert still_valid == 200
    assert expired.status_code == 403
    assert (renewed.status_code, renewed.content) == (200, b"hello")
    world.api.close()
    fake.close()


# ---- the checker itself -------------------------------------------------------------------------


def test_fake_answers_match_the_merged_spec_with_and_without_opt_fields(
    world: World, results: Results
) -> None:
    """Every record kind, listed and fetched, plain and with opt_fields, through the checker."""
    paths = [
        "/tasks/{task_gid}",
        "/projects/{project_gid}",
        "/stories/{story_gid}",
        "/teams/{team_gid}",
        "/sections/{section_gid}",
        "/tags/{tag_gid}",
        "/users/{user_gid}",
        "/workspaces/{workspace_gid}",
        "/attachments/{attachment_gid}",
        "/projects/{project_gid}/tasks",
        "/tasks/{task_gid}/stories",
        "/workspaces/{workspace_gid}/tasks/search",
    ]
    selections = [None, "name", "created_by,created_at", "notes,html_notes,projects.name"]
    checker = conformance()
    problems = []
    tried = 0
    for template in paths:
        for selection in selections:
            params = {"opt_fields": selection} if selection else {}
            resp = world.api.get(world.path(template), params=params)
            exchange = Exchange(
                "GET",
                str(resp.request.url),
                resp.status_code,
                resp.headers.get("content-type", ""),
                resp.content,
            )
            tried += 1
            problems += [f"{exchange.label()}: {p}" for p in checker.violations(exchange)]
    results.append(
        "hardening",
        "rows",
        {
            "item": 18,
            "test": "test_fake_answers_match_the_merged_spec_with_and_without_opt_fields",
            "check": "answers checked field by field against the merged spec",
            "tried": tried,
            "failures": len(problems),
        },
    )
    assert problems == []


def test_the_checker_flags_answers_that_break_the_spec(world: World) -> None:
    """Each kind of drift the checker exists for is reported (so a pass means something)."""
    task = world.path_gids["task_gid"]
    url = f"https://app.asana.com/api/1.0/tasks/{task}"
    good = world.api.get(f"/tasks/{task}").json()
    checker = conformance()

    def check(body: Any, *, status: int = 200, query: str = "") -> list[str]:
        return checker.violations(
            Exchange("GET", url + query, status, "application/json", json.dumps(body).encode())
        )

    assert check(good) == []
    assert any("html_notes" in p for p in check({"data": {**good["data"], "html_notes": ""}}))
    assert any("surprise" in p for p in check({"data": {**good["data"], "surprise": 1}}))
    assert any(
        "resource_subtype" in p
        for p in check({"data": {**good["data"], "resource_subtype": "epic"}})
    )
    assert any("due_on" in p for p in check({"data": {**good["data"], "due_on": "tomorrow"}}))
    assert any(
        "name" in p for p in check({"data": {k: v for k, v in good["data"].items() if k != "name"}})
    )
    assert any(
        "not returned" in p for p in check({"data": {"gid": task}}, query="?opt_fields=notes")
    )
    assert any("status 201" in p for p in check(good, status=201))
    assert check({"errors": [{"message": "x", "help": "y"}]}, status=404) == []
    assert check({"errors": "nope"}, status=400) != []
