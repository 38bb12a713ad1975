"""The generic record store, on operations the merged spec of today does not hold yet.

Two tables drive it: a small hand-written one (a "widget" entity) for the store's rules, and
one that `specs/fake_routes.py` generates from the merged spec plus a throwaway Portfolios
fragment written in the merged spec's form (facts from Asana's official spec), whose every
answer is checked against that extended spec like the fake's answers always are.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from asana_client.testing import FakeAsana, _server
from asana_client.testing._generic import GenericStore
from tests.specs.scripts import load_spec_script
from tests.testing.spec_conformance import ResponseLog, SpecConformance, conformance

WIDGET_FIELDS: dict[str, Any] = {
    "gid": {"kind": "value", "type": "string", "blank": ""},
    "resource_type": {"kind": "value", "type": "string", "blank": ""},
    "name": {"kind": "value", "type": "string", "blank": ""},
    "size": {"kind": "value", "type": "string", "enum": ["small", "large"], "blank": "small"},
    "weight": {"kind": "value", "type": "number", "nullable": True},
    "secret": {"kind": "value", "type": "string", "blank": ""},
    "owner": {"kind": "ref", "entity": "User", "nullable": True},
    "workspace": {"kind": "ref", "entity": "Workspace"},
    "followers": {"kind": "refs", "entity": "User"},
}
ENTITIES: dict[str, Any] = {
    "Widget": {
        "resource_type": "widget",
        "fields": WIDGET_FIELDS,
        "default": [n for n in WIDGET_FIELDS if n != "secret"],  # secret is opt-in
        "compact": ["gid", "resource_type", "name"],
    },
    "User": {
        "resource_type": "user",
        "fields": {n: WIDGET_FIELDS[n] for n in ("gid", "resource_type", "name")},
        "default": ["gid", "resource_type", "name"],
        "compact": ["gid", "resource_type", "name"],
    },
    "Workspace": {
        "resource_type": "workspace",
        "fields": {n: WIDGET_FIELDS[n] for n in ("gid", "resource_type", "name")},
        "default": ["gid", "resource_type", "name"],
        "compact": ["gid", "resource_type", "name"],
    },
}
BODY = {
    "name": {"type": "str"},
    "size": {"type": "str", "enum": ["small", "large"]},
    "weight": {"type": "number", "nullable": True},
    "workspace": {"type": "str"},
}


def route(method: str, path: str, action: str, shape: str = "record", **more: Any) -> Any:
    return {
        "method": method,
        "path": path,
        "operation_id": f"{action}Widget",
        "entity": "Widget",
        "owner": "Widget",
        "action": action,
        "shape": shape,
        "status": 200,
        **more,
    }


ROUTES = [
    route("POST", "/widgets", "create", status=201, body=BODY, required=["workspace"]),
    route(
        "GET",
        "/widgets",
        "list",
        "list",
        paged=True,
        query={"workspace": {"type": "str", "required": True}},
    ),
    route("GET", "/widgets/{widget_gid}", "get"),
    route("PUT", "/widgets/{widget_gid}", "update", body=BODY),
    route("DELETE", "/widgets/{widget_gid}", "delete", "empty"),
    route(
        "POST",
        "/widgets/{widget_gid}/addFollowers",
        "add",
        relation="followers",
        body={"followers": {"type": "gids"}},
        required=["followers"],
    ),
    route(
        "POST",
        "/widgets/{widget_gid}/removeFollowers",
        "remove",
        relation="followers",
        body={"followers": {"type": "gids"}},
        required=["followers"],
    ),
]


@pytest.fixture
def widgets(fake: FakeAsana, token: str) -> Iterator[httpx.Client]:
    """A client of a fake whose generic store knows only the widget table."""
    fake._core.generic = GenericStore(fake._core.state, ROUTES, ENTITIES)
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


@pytest.fixture
def _answers_match_spec() -> None:
    """Widgets are in no spec: this module checks the portfolio answers itself."""


def data(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()["data"]


def test_a_widget_round_trips_create_get_list_update_delete(
    widgets: httpx.Client, fake: FakeAsana
) -> None:
    ws = fake.workspace_gid
    made = data(widgets.post("/widgets", json={"data": {"name": "W", "workspace": ws}}), 201)
    gid = made["gid"]

    assert data(widgets.get(f"/widgets/{gid}"))["name"] == "W"
    assert data(widgets.get("/widgets", params={"workspace": ws})) == [
        {"gid": gid, "resource_type": "widget", "name": "W"}
    ]
    changed = data(widgets.put(f"/widgets/{gid}", json={"data": {"size": "large"}}))
    assert (changed["name"], changed["size"]) == ("W", "large")
    assert data(widgets.delete(f"/widgets/{gid}")) == {}
    assert widgets.get(f"/widgets/{gid}").status_code == 404


def test_a_full_widget_has_every_default_field_with_blanks_that_fit_its_schema(
    widgets: httpx.Client, fake: FakeAsana
) -> None:
    ws = fake.workspace_gid
    made = data(widgets.post("/widgets", json={"data": {"workspace": ws, "weight": None}}), 201)

    assert made == {
        "gid": made["gid"],
        "resource_type": "widget",
        "name": "",
        "size": "small",
        "weight": None,
        "owner": None,
        "workspace": {"gid": ws, "resource_type": "workspace", "name": "My Workspace"},
        "followers": [],
    }


def test_opt_fields_selects_fields_opt_in_ones_included_and_nested_ones_too(
    widgets: httpx.Client, fake: FakeAsana
) -> None:
    gid = fake.add_record("widget", name="W", secret="s", workspace=fake.workspace_gid)

    found = data(widgets.get(f"/widgets/{gid}", params={"opt_fields": "secret,workspace.name"}))

    assert found == {
        "gid": gid,
        "secret": "s",
        "workspace": {"gid": fake.workspace_gid, "name": "My Workspace"},
    }


def test_followers_added_then_removed_show_in_the_record(
    widgets: httpx.Client, fake: FakeAsana, token: str
) -> None:
    gid = fake.add_record("widget", workspace=fake.workspace_gid)
    me = fake.user_gid(token)

    added = data(widgets.post(f"/widgets/{gid}/addFollowers", json={"data": {"followers": [me]}}))
    assert [f["gid"] for f in added["followers"]] == [me]
    assert [f["name"] for f in data(widgets.get(f"/widgets/{gid}"))["followers"]] == [
        "Ada Lovelace"
    ]
    body = {"data": {"followers": me}}  # a comma-separated string works too
    assert data(widgets.post(f"/widgets/{gid}/removeFollowers", json=body))["followers"] == []


def test_lists_page_with_next_page_like_the_hand_made_ones(
    widgets: httpx.Client, fake: FakeAsana
) -> None:
    ws = fake.workspace_gid
    made = [fake.add_record("widget", parents=[ws], name=f"W{i}") for i in range(5)]
    seen: list[str] = []
    params = {"workspace": ws, "limit": "2"}
    pages = 0
    while True:
        page = widgets.get("/widgets", params=params).json()
        seen += [w["gid"] for w in page["data"]]
        pages += 1
        if page["next_page"] is None:
            break
        params["offset"] = page["next_page"]["offset"]

    assert (seen, pages) == (made, 3)


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        (("POST", "/widgets", {"data": {"name": "W"}}), "workspace: Missing input"),
        (("POST", "/widgets", {"data": {"workspace": "1", "size": "huge"}}), "size: Not one of"),
        (("POST", "/widgets", {"data": {"workspace": "1", "weight": "9"}}), "weight: Not a number"),
        (("POST", "/widgets", {"data": {"workspace": 7}}), "workspace: Not a string"),
        (("POST", "/widgets", {"data": []}), "data: Value must be an object"),
        (("POST", "/widgets", None), "data: Missing input"),
        (("GET", "/widgets", None), "workspace: Missing input"),
    ],
)
def test_malformed_input_is_a_400_and_stores_nothing(
    widgets: httpx.Client, fake: FakeAsana, request_args: Any, message: str
) -> None:
    method, path, body = request_args

    response = widgets.request(method, path, json=body)

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith(message)
    assert fake._core.generic.records == {}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("gid", ["999", "not-a-gid", "workspace"])
def test_an_unknown_or_mistyped_gid_is_a_404(
    widgets: httpx.Client, fake: FakeAsana, method: str, gid: str
) -> None:
    gid = fake.workspace_gid if gid == "workspace" else gid  # a record, but not a widget

    response = widgets.request(method, f"/widgets/{gid}", json={"data": {}})

    assert response.status_code == 404


def test_a_method_the_table_lacks_on_a_known_path_is_a_405(widgets: httpx.Client) -> None:
    assert widgets.patch("/widgets").status_code == 405


# ---- a throwaway Portfolios fragment, through the generator -----------------------------------

PORTFOLIOS = """
components:
  schemas:
    Portfolio:
      type: object
      required: [gid]
      properties:
        gid: {type: string, readOnly: true, x-compact: true}
        resource_type: {type: string, readOnly: true, description: Always `portfolio`.,
                        x-compact: true}
        name: {type: string, x-compact: true}
        archived: {type: boolean, x-opt-in: true}
        color:
          type: string
          description: "Known values: dark-pink, dark-green, light-blue, none."
        start_on: {type: string, format: date, nullable: true}
        due_on: {type: string, format: date, nullable: true}
        default_access_level: {type: string, enum: [admin, editor, viewer]}
        created_at: {type: string, format: date-time, readOnly: true}
        owner: {allOf: [{$ref: '#/components/schemas/User'}], nullable: true}
        workspace: {allOf: [{$ref: '#/components/schemas/Workspace'}]}
        members: {type: array, readOnly: true, items: {$ref: '#/components/schemas/User'}}
        public: {type: boolean}
    PortfolioData:
      type: object
      properties: {data: {$ref: '#/components/schemas/Portfolio'}}
    PortfolioArray:
      type: object
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/Portfolio'}}
        next_page: {allOf: [{$ref: '#/components/schemas/NextPage'}], nullable: true}
    PortfolioRequest:
      type: object
      properties:
        name: {type: string}
        color: {type: string, enum: [dark-pink, dark-green, light-blue, none]}
        workspace: {type: string}
        public: {type: boolean}
        due_on: {type: string, format: date, nullable: true}
    PortfolioRequestBody:
      type: object
      properties: {data: {$ref: '#/components/schemas/PortfolioRequest'}}
    PortfolioAddMembersRequest:
      type: object
      required: [members]
      properties: {members: {type: string}}
    PortfolioAddMembersRequestBody:
      type: object
      properties: {data: {$ref: '#/components/schemas/PortfolioAddMembersRequest'}}
    PortfolioAddItemRequest:
      type: object
      required: [item]
      properties: {item: {type: string}}
    PortfolioAddItemRequestBody:
      type: object
      properties: {data: {$ref: '#/components/schemas/PortfolioAddItemRequest'}}
"""


def portfolio_paths() -> dict[str, Any]:
    gid = {"name": "portfolio_gid", "in": "path", "required": True, "schema": {"type": "string"}}

    def op(op_id: str, status: str, envelope: str, body: str | None = None, **more: Any) -> Any:
        schema = {"$ref": f"#/components/schemas/{envelope}"}
        found: dict[str, Any] = {
            "tags": ["Portfolios"],
            "operationId": op_id,
            "parameters": [
                *([gid] if "{" in more.get("path", "{") else []),
                {"$ref": "#/components/parameters/opt_fields"},
                *more.get("q", []),
            ],
            "responses": {
                status: {"description": "ok", "content": {"application/json": {"schema": schema}}},
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        }
        if body:
            ref = {"$ref": f"#/components/schemas/{body}"}
            found["requestBody"] = {"content": {"application/json": {"schema": ref}}}
        return found

    query = [
        {"name": "workspace", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "owner", "in": "query", "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/limit"},
        {"$ref": "#/components/parameters/offset"},
    ]
    return {
        "/portfolios": {
            "get": op("getPortfolios", "200", "PortfolioArray", q=query, path="/"),
            "post": op("createPortfolio", "201", "PortfolioData", "PortfolioRequestBody", path="/"),
        },
        "/portfolios/{portfolio_gid}": {
            "get": op("getPortfolio", "200", "PortfolioData"),
            "put": op("updatePortfolio", "200", "PortfolioData", "PortfolioRequestBody"),
            "delete": op("deletePortfolio", "200", "EmptyResponseData"),
        },
        "/portfolios/{portfolio_gid}/addMembers": {
            "post": op(
                "addMembersForPortfolio", "200", "PortfolioData", "PortfolioAddMembersRequestBody"
            ),
        },
        "/portfolios/{portfolio_gid}/addItem": {
            "post": op(
                "addItemForPortfolio", "200", "EmptyResponseData", "PortfolioAddItemRequestBody"
            ),
        },
        "/portfolios/{portfolio_gid}/items": {
            "get": op("getItemsForPortfolio", "200", "ProjectArray", q=query[2:]),
        },
    }


@pytest.fixture(scope="module")
def extended_spec() -> dict[str, Any]:
    """The merged spec with the Portfolios fragment added, as the merge would write it."""
    doc = copy.deepcopy(conformance().doc)
    doc["components"]["schemas"].update(yaml.safe_load(PORTFOLIOS)["components"]["schemas"])
    doc["paths"].update(portfolio_paths())
    return doc


@pytest.fixture
def portfolios(
    fake: FakeAsana, token: str, extended_spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """A client of a fake whose route table was generated from the extended spec; at the end
    every answer is checked against that spec."""
    generator = load_spec_script("fake_routes.py", "fake_routes")
    routes, entities = generator.build(extended_spec)
    fake._core.generic = GenericStore(fake._core.state, routes, entities)
    log = ResponseLog()
    monkeypatch.setattr(_server.Core, "handle", log.wrap(_server.Core.handle))
    with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as client:
        yield client, routes
    problems = log.report(SpecConformance(extended_spec))
    assert not problems, "\n".join(problems[:20])


def test_generated_routes_name_each_portfolio_operations_action(portfolios: Any) -> None:
    _, routes = portfolios
    actions = {r["operation_id"]: r["action"] for r in routes if "ortfolio" in r["operation_id"]}
    expected = {
        "getPortfolios": "list",
        "createPortfolio": "create",
        "getPortfolio": "get",
        "updatePortfolio": "update",
        "deletePortfolio": "delete",
        "addMembersForPortfolio": "add",
        "addItemForPortfolio": "add",
        "getItemsForPortfolio": "list",
    }
    assert {op: actions.get(op) for op in expected} == expected


def test_a_portfolio_round_trips_and_every_answer_fits_the_spec(
    portfolios: Any, fake: FakeAsana, token: str
) -> None:
    client, _ = portfolios
    ws, me = fake.workspace_gid, fake.user_gid(token)
    project = fake.add_project("Launch", team=fake.default_team_gid)
    body = {"data": {"name": "Roadmap", "workspace": ws, "color": "dark-green"}}

    made = data(client.post("/portfolios", json=body), 201)
    gid = made["gid"]
    assert (made["name"], made["color"], made["workspace"]["gid"]) == ("Roadmap", "dark-green", ws)
    assert "archived" not in made  # opt-in
    listed = data(client.get("/portfolios", params={"workspace": ws, "owner": "me"}))
    assert listed == [{"gid": gid, "resource_type": "portfolio", "name": "Roadmap"}]
    client.post(f"/portfolios/{gid}/addMembers", json={"data": {"members": me}})
    data(client.post(f"/portfolios/{gid}/addItem", json={"data": {"item": project}}))
    assert [p["name"] for p in data(client.get(f"/portfolios/{gid}/items"))] == ["Launch"]
    changed = data(client.put(f"/portfolios/{gid}", json={"data": {"due_on": "2025-03-01"}}))
    assert (changed["due_on"], [m["gid"] for m in changed["members"]]) == ("2025-03-01", [me])
    picked = data(client.get(f"/portfolios/{gid}", params={"opt_fields": "archived,owner"}))
    assert picked == {"gid": gid, "archived": False, "owner": None}
    assert data(client.delete(f"/portfolios/{gid}")) == {}
    assert client.get(f"/portfolios/{gid}").status_code == 404
    bad = client.post("/portfolios", json={"data": {"workspace": ws, "color": "plaid"}})
    assert bad.status_code == 400
