"""Scenario 6a: bad inputs fail fast with a typed error, before any request is sent.

Property-based where the input space is large (gids, types, keyword names, enum values,
limits); table-driven for configuration. Every probe runs against one fake whose request log
must stay empty for the whole module.
"""

from __future__ import annotations

import string
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asana_client import Asana, ConfigurationError
from asana_client._generated.models import (
    ProjectRequest,
    ProjectRequestColorType1,
    ProjectRequestIconType1,
)
from asana_client.testing import FakeAsana
from tests.reliability.conftest import WATCH, Results

TYPED = (ValueError, TypeError, ConfigurationError)
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SCENARIO = "bad_inputs"
TASK_GID = "1200000000000999"  # well-formed; never reached (each probe fails before sending)


class Probe:
    """One module-wide fake + client; counts probes, typed errors and requests sent."""

    def __init__(self) -> None:
        self.fake = FakeAsana()
        self.token = self.fake.add_user("Ada", "ada@example.com")
        WATCH.add_secret(self.token)
        self.client = Asana(access_token=self.token, http_client=self.fake.http_client())
        self.tried = 0
        self.typed = 0
        self.by_category: dict[str, int] = {}
        self.untyped: list[str] = []

    def expect_typed(self, category: str, call: Callable[[], Any]) -> BaseException:
        self.tried += 1
        self.by_category[category] = self.by_category.get(category, 0) + 1
        try:
            result = call()
        except TYPED as exc:
            self.typed += 1
            WATCH.exception(exc)
            assert str(exc), "a typed error needs a message"
            return exc
        except BaseException as exc:
            self.untyped.append(f"{category}: {type(exc).__name__}: {exc}")
            raise AssertionError(
                f"{category}: {type(exc).__name__} instead of a typed error"
            ) from exc
        self.untyped.append(f"{category}: no error ({result!r:.60})")
        raise AssertionError(f"{category}: accepted, returned {result!r:.60}")

    def requests_sent(self) -> int:
        return len(self.fake.requests)


@pytest.fixture(scope="module")
def probe(results: Results) -> Iterator[Probe]:
    instance = Probe()
    yield instance
    WATCH.text("client repr", repr(instance.client))
    WATCH.fake_requests(instance.fake)
    results.add(
        SCENARIO,
        tried=instance.tried,
        typed_errors=instance.typed,
        requests_sent=instance.requests_sent(),
    )
    for category, count in instance.by_category.items():
        results.add(SCENARIO + "_by_category", **{category: count})
    for line in instance.untyped:
        results.append(SCENARIO, "untyped", line)
    instance.client.close()
    instance.fake.close()


def gid_operations(client: Asana) -> list[tuple[str, Callable[[Any], Any]]]:
    return [
        ("tasks.get_task", lambda g: client.tasks.get_task(g)),
        ("tasks.update_task", lambda g: client.tasks.update_task(g, name="x")),
        ("tasks.delete_task", lambda g: client.tasks.delete_task(g)),
        ("tasks.get_tasks_for_project", lambda g: client.tasks.get_tasks_for_project(g)),
        ("projects.get_project", lambda g: client.projects.get_project(g)),
        ("stories.get_stories_for_task", lambda g: client.stories.get_stories_for_task(g)),
        ("attachments.download_to", lambda g: client.attachments.download_to(g, "/dev/null")),
    ]


NASTY_GIDS = [
    "",
    "12/34",
    "..",
    "../1",
    "1/../2",
    "1?opt_pretty=true",
    "1#frag",
    "1%2F2",
    "%2e%2e",
    "1 2",
    " 1",
    "1\n",
    "1\x00",
    "١٢٣",  # Arabic-Indic digits: str.isdigit() is True, but not ASCII
    "１２３",  # full-width digits
    "¹²³",  # superscripts: isdigit() True
    "😀",
    "me",
    "ada@example.com",
    "-1",
    "+1",
    "1.0",
    "0x1F",
]


def not_a_gid(value: str) -> bool:
    return not (value.isascii() and value.isdigit())


gid_text = st.one_of(
    st.sampled_from(NASTY_GIDS),
    st.text(min_size=0, max_size=30).filter(not_a_gid),
    st.text(alphabet=string.digits + "/?#% .", min_size=1, max_size=12).filter(not_a_gid),
)


@SETTINGS
@given(gid=gid_text, which=st.integers(min_value=0, max_value=6))
def test_malformed_gids_are_rejected_before_sending(probe: Probe, gid: str, which: int) -> None:
    name, operation = gid_operations(probe.client)[which]
    exc = probe.expect_typed("malformed gid", lambda: operation(gid))
    assert isinstance(exc, ValueError), name
    assert probe.requests_sent() == 0


@SETTINGS
@given(
    user=st.one_of(
        st.sampled_from(["", "a/b@c.d", "a b@c.d", "a@b@c", "@", "me/", "../me", "ME "]),
        st.text(max_size=20).filter(
            lambda s: not (s.isascii() and s.isdigit()) and s != "me" and s.count("@") != 1
        ),
    )
)
def test_malformed_user_ids_are_rejected(probe: Probe, user: str) -> None:
    probe.expect_typed("malformed user id", lambda: probe.client.users.get_user(user))
    assert probe.requests_sent() == 0


non_strings = st.one_of(
    st.integers(),
    st.none(),
    st.binary(max_size=8),
    st.lists(st.sampled_from(["1", "2"]), max_size=3),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)


@SETTINGS
@given(value=non_strings, which=st.integers(min_value=0, max_value=6))
def test_non_string_gids_are_type_errors(probe: Probe, value: object, which: int) -> None:
    _, operation = gid_operations(probe.client)[which]
    exc = probe.expect_typed("non-string gid", lambda: operation(value))
    assert isinstance(exc, TypeError)
    assert probe.requests_sent() == 0


@SETTINGS
@given(
    keyword=st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True).filter(
        lambda k: (
            k
            not in {
                "name",
                "notes",
                "workspace",
                "projects",
                "assignee",
                "opt_fields",
                "opt_pretty",
            }
        )
    ),
    which=st.integers(min_value=0, max_value=3),
)
def test_unknown_keyword_arguments_are_type_errors(probe: Probe, keyword: str, which: int) -> None:
    client = probe.client
    calls: list[Callable[[], Any]] = [
        lambda: client.tasks.get_task(TASK_GID, **{keyword: "x"}),
        lambda: client.tasks.get_tasks_for_project(TASK_GID, **{keyword: "x"}),
        lambda: client.projects.get_project(TASK_GID, **{keyword: "x"}),
        lambda: client.users.get_user("me", **{keyword: "x"}),
    ]
    known_body_fields = {"limit", "offset", "max_items", "completed_since"}  # real options
    if keyword in known_body_fields:
        return
    exc = probe.expect_typed("unknown keyword", calls[which])
    assert isinstance(exc, TypeError)
    assert keyword in str(exc)
    assert probe.requests_sent() == 0


@pytest.mark.parametrize(
    "typo",
    [
        lambda c: c.tasks.update_task(TASK_GID, nmae="typo"),
        lambda c: c.tasks.create_task(name="x", workspace="1", bogus=1),
        lambda c: c.tasks.create_task({"name": "x"}, name="both"),
        lambda c: c.tasks.create_task("not a mapping"),
        lambda c: c.tasks.get_task(),
        lambda c: c.tasks.get_task(TASK_GID, TASK_GID),
        lambda c: c.tasks.get_task(TASK_GID, opt_fields=5),
        lambda c: c.tasks.get_task(TASK_GID, opt_fields=[1, 2]),
    ],
    ids=[
        "typo",
        "unknown-field",
        "model-and-fields",
        "not-mapping",
        "missing-gid",
        "extra-gid",
        "opt-fields-int",
        "opt-fields-ints",
    ],
)
def test_misused_call_shapes_are_typed(probe: Probe, typo: Callable[[Asana], Any]) -> None:
    probe.expect_typed("call shape", lambda: typo(probe.client))
    assert probe.requests_sent() == 0


PROJECT_COLORS = list(typing.get_args(ProjectRequestColorType1))
PROJECT_ICONS = list(typing.get_args(ProjectRequestIconType1))
ENUMS: list[tuple[str, Callable[[Asana, str], Any], set[str]]] = [
    (
        "create_task(resource_subtype=)",
        lambda c, v: c.tasks.create_task(name="x", workspace="1", resource_subtype=v),
        {"default_task", "milestone", "section", "approval"},
    ),
    (
        "create_task(approval_status=)",
        lambda c, v: c.tasks.create_task(name="x", workspace="1", approval_status=v),
        {"pending", "approved", "rejected", "changes_requested"},
    ),
    (
        "create_project(default_view=)",
        lambda c, v: c.projects.create_project(name="x", workspace="1", default_view=v),
        {"list", "board", "calendar", "timeline"},
    ),
    (
        "create_project(color=), a nullable enum",
        lambda c, v: c.projects.create_project(name="x", workspace="1", color=v),
        set(PROJECT_COLORS),
    ),
    (
        "update_tag(color=) in a request mapping",
        lambda c, v: c.tags.update_tag("1", {"color": v}),
        set(PROJECT_COLORS),
    ),
    (
        "create_project(ProjectRequest(icon=)) as a model",
        lambda c, v: c.projects.create_project(ProjectRequest(name="x", workspace="1", icon=v)),
        set(PROJECT_ICONS),
    ),
    (
        "typeahead_for_workspace(resource_type=)",
        lambda c, v: c.typeahead.typeahead_for_workspace("1", resource_type=v, query="a"),
        {
            "custom_field",
            "goal",
            "portfolio",
            "project",
            "project_template",
            "tag",
            "task",
            "team",
            "user",
        },
    ),
    (
        "search_tasks_for_workspace(sort_by=)",
        lambda c, v: c.tasks.search_tasks_for_workspace("1", sort_by=v),
        {"completed_at", "created_at", "due_date", "likes", "modified_at", "relevance"},
    ),
]


@SETTINGS
@given(which=st.integers(min_value=0, max_value=len(ENUMS) - 1), data=st.data())
def test_wrong_enum_values_are_value_errors(probe: Probe, which: int, data: st.DataObject) -> None:
    label, call, valid = ENUMS[which]
    value = data.draw(
        st.one_of(
            st.sampled_from(["bogus", "", "DEFAULT_TASK", "list "]), st.text(max_size=12)
        ).filter(lambda v: v not in valid),
        label="value",
    )
    exc = probe.expect_typed("wrong enum value", lambda: call(probe.client, value))
    assert isinstance(exc, ValueError), label
    assert probe.requests_sent() == 0


def garbled_field_name(name: str) -> bool:
    """A name that cannot be one opt_fields entry: empty, non-ASCII, a control, comma or space."""
    return not (name.isascii() and name.isprintable()) or not name or any(c in name for c in " ,")


@SETTINGS
@given(
    fields=st.lists(
        st.one_of(
            st.sampled_from(["name,notes", "name notes", "", "na\nme", "nämé", "x\x00"]),
            st.text(max_size=12).filter(garbled_field_name),
        ),
        min_size=1,
        max_size=3,
    ),
    valid=st.sampled_from([[], ["name"], ["assignee.email", "due_on"]]),
)
def test_garbled_opt_fields_names_are_value_errors(
    probe: Probe, fields: list[str], valid: list[str]
) -> None:
    exc = probe.expect_typed(
        "garbled opt_fields name",
        lambda: probe.client.tasks.get_task(TASK_GID, opt_fields=[*valid, *fields]),
    )
    assert isinstance(exc, ValueError)
    assert probe.requests_sent() == 0


CONTROL_CHARACTERS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]


@SETTINGS
@given(
    text=st.builds(
        lambda before, control, after: before + control + after,
        st.text(max_size=8),
        st.sampled_from(CONTROL_CHARACTERS),
        st.text(max_size=8),
    ),
    which=st.integers(min_value=0, max_value=2),
)
def test_control_characters_in_query_values_and_offsets_are_value_errors(
    probe: Probe, text: str, which: int
) -> None:
    client = probe.client
    calls: list[Callable[[], Any]] = [
        lambda: list(client.tasks.search_tasks_for_workspace(TASK_GID, text=text)),
        lambda: list(
            client.typeahead.typeahead_for_workspace(TASK_GID, resource_type="task", query=text)
        ),
        lambda: list(client.tasks.get_tasks_for_project(TASK_GID, offset=text)),
    ]
    exc = probe.expect_typed("control character in a query value", calls[which])
    assert isinstance(exc, ValueError)
    assert probe.requests_sent() == 0


@SETTINGS
@given(
    limit=st.one_of(
        st.sampled_from([0, 101, 1000, -1]), st.integers().filter(lambda n: not 1 <= n <= 100)
    )
)
def test_out_of_range_limits_are_value_errors(probe: Probe, limit: int) -> None:
    probe.expect_typed(
        "limit out of range",
        lambda: probe.client.tasks.get_tasks_for_project(TASK_GID, limit=limit),
    )
    assert probe.requests_sent() == 0


def test_negative_max_items_is_a_value_error(probe: Probe) -> None:
    probe.expect_typed(
        "max_items < 0",
        lambda: probe.client.tasks.get_tasks_for_project(TASK_GID, max_items=-1),
    )
    assert probe.requests_sent() == 0


@pytest.mark.parametrize(
    "paging",
    [{"limit": 1.5}, {"limit": True}, {"max_items": 2.5}, {"limit": "5"}],
    ids=["limit-float", "limit-bool", "max-items-float", "limit-str"],
)
def test_non_integer_limits_are_type_errors(probe: Probe, paging: dict[str, Any]) -> None:
    probe.expect_typed(
        f"non-integer paging {sorted(paging)[0]}",
        lambda: probe.client.tasks.get_tasks_for_project(TASK_GID, **paging),
    )
    assert probe.requests_sent() == 0


CONFIGS: list[tuple[str, dict[str, Any]]] = [
    ("http base_url, public host", {"base_url": "http://app.asana.com/api/1.0"}),
    ("http base_url, other host", {"base_url": "http://example.com/api/1.0"}),
    ("http base_url, private LAN", {"base_url": "http://10.0.0.5/api/1.0"}),
    ("http base_url, look-alike", {"base_url": "http://localhost.example.com/api/1.0"}),
    ("ftp base_url", {"base_url": "ftp://app.asana.com/api/1.0"}),
    ("base_url with query", {"base_url": "https://app.asana.com/api/1.0?token=x"}),
    ("two credentials", {"api_key": "key"}),
    ("negative max_retries", {"max_retries": -1}),
    ("zero max_concurrent_reads", {"max_concurrent_reads": 0}),
    ("zero rate_limit", {"rate_limit": 0}),
    ("negative timeout", {"timeout": -1.0}),
    ("CR/LF in base_url", {"base_url": "https://app.asana.com/api/1.0\r\nX: 1"}),
    ("CR/LF in enable=", {"enable": ["new_goal_memberships\r\nX: 1"]}),
    ("non-ASCII in disable=", {"disable": ["résumé"]}),
]


@pytest.mark.parametrize(("label", "options"), CONFIGS, ids=[c[0] for c in CONFIGS])
def test_bad_configuration_is_rejected_at_construction(
    probe: Probe, label: str, options: dict[str, Any]
) -> None:
    exc = probe.expect_typed(
        "configuration",
        lambda: Asana(access_token=probe.token, http_client=probe.fake.http_client(), **options),
    )
    assert isinstance(exc, ConfigurationError), label
    assert probe.token not in str(exc)
    assert probe.requests_sent() == 0


@pytest.mark.parametrize("given", [None, ""], ids=["absent", "empty"])
def test_missing_credential_names_the_environment_variable(
    probe: Probe, monkeypatch: pytest.MonkeyPatch, given: str | None
) -> None:
    monkeypatch.delenv("ASANA_ACCESS_TOKEN", raising=False)
    exc = probe.expect_typed(
        "missing credential",
        lambda: Asana(access_token=given, http_client=probe.fake.http_client()),
    )
    assert isinstance(exc, ConfigurationError)
    assert "ASANA_ACCESS_TOKEN" in str(exc)
    assert probe.requests_sent() == 0


@pytest.mark.parametrize("value", [123, b"1/2:abc", ["1/2:abc"]], ids=["int", "bytes", "list"])
def test_non_string_token_is_rejected(probe: Probe, value: object) -> None:
    probe.expect_typed(
        "non-string credential",
        lambda: Asana(access_token=value, http_client=probe.fake.http_client()),  # type: ignore[arg-type]
    )
    assert probe.requests_sent() == 0
