"""Smoke test: the official `asana` SDK talks to the served fake."""

from __future__ import annotations

import pytest

from asana_client.testing import FakeAsana

asana = pytest.importorskip("asana")


def test_official_sdk_against_served_fake() -> None:
    fake = FakeAsana()
    token = fake.add_user()
    project = fake.add_project("SDK")
    first = fake.add_task("first", projects=[project])
    for i in range(150):
        fake.add_task(f"t{i}", projects=[project])
    with fake.serve() as base_url:
        config = asana.Configuration()
        config.host = base_url
        config.access_token = token
        client = asana.ApiClient(config)
        tasks = asana.TasksApi(client)
        task = tasks.get_task(first, {"opt_fields": "name,projects.name"})
        assert task["name"] == "first" and task["projects"][0]["name"] == "SDK"
        listed = list(tasks.get_tasks_for_project(project, {"limit": 100}))
        assert len(listed) == 151 and listed[0]["gid"] == first  # the SDK followed next_page
        created = tasks.create_task({"data": {"name": "from sdk", "projects": [project]}}, {})
        assert created["name"] == "from sdk"
    assert fake.tasks_created == 1
    assert any(r.query.get("offset") for r in fake.requests)
