"""client.jobs.wait_for_job: poll a duplication's job until it is done, on the client's clock."""

from __future__ import annotations

import httpx
import pytest

from asana_client import Asana, AsanaError
from asana_client.testing import VirtualClock


def job_server(statuses: list[str]) -> tuple[Asana, VirtualClock, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        status = statuses[min(len(seen), len(statuses)) - 1]
        job = {"gid": "77", "resource_type": "job", "resource_subtype": "duplicate_project"}
        if status == "succeeded":
            job["new_project"] = {"gid": "88", "resource_type": "project", "name": "Copy"}
        return httpx.Response(200, json={"data": {**job, "status": status}})

    clock = VirtualClock()
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Asana(access_token="1/2:3", http_client=http, clock=clock), clock, seen


def test_waits_until_the_job_succeeds_and_returns_what_it_made() -> None:
    client, clock, seen = job_server(["not_started", "in_progress", "in_progress", "succeeded"])
    job = client.jobs.wait_for_job("77", poll_interval=3.0)
    assert job.status == "succeeded" and job.new_project.gid == "88"  # type: ignore[union-attr]
    assert seen == ["/api/1.0/jobs/77"] * 4
    assert clock.sleeps == [3.0, 3.0, 3.0]


def test_a_failed_job_is_an_error() -> None:
    client, _, seen = job_server(["in_progress", "failed"])
    with pytest.raises(AsanaError, match=r"job 77 .*failed"):
        client.jobs.wait_for_job("77")
    assert len(seen) == 2


def test_a_job_that_never_finishes_stops_after_max_polls() -> None:
    client, clock, seen = job_server(["in_progress"])
    with pytest.raises(AsanaError, match="did not finish after 5"):
        client.jobs.wait_for_job("77", max_polls=5)
    assert len(seen) == 5 and len(clock.sleeps) == 4
