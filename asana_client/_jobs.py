"""Waiting for a background job: duplications, instantiations and exports answer a job whose
record, once it has succeeded, points at the new project, task or export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import AsanaError

if TYPE_CHECKING:
    from ._client import Asana
    from ._generated.models import Job

__all__ = ["JobOperations"]

DEFAULT_POLL_INTERVAL = 2.0  # seconds between looks at a job that is still running
FINISHED = ("succeeded", "failed")


class JobOperations:
    """`client.jobs.wait_for_job`, beside the generated `get_job`."""

    _client: Asana

    def get_job(self, job_gid: str, /) -> Job:  # the generated method, for the type checker
        raise NotImplementedError

    def wait_for_job(
        self, job_gid: str, /, *, poll_interval: float = DEFAULT_POLL_INTERVAL, max_polls: int = 900
    ) -> Job:
        """Poll the job until it has succeeded, and return its final record (`new_project`,
        `new_task`, ... name what it made). A failed job, or one still running after
        `max_polls` looks (30 minutes at the default interval), is an AsanaError."""
        if poll_interval < 0 or max_polls < 1:
            raise ValueError("poll_interval must be 0 or more and max_polls at least 1")
        for poll in range(max_polls):
            if poll:
                self._client._retries.sleep(poll_interval)
            job = self.get_job(job_gid)
            if job.status == "succeeded":
                return job
            if job.status == "failed":
                raise AsanaError(f"job {job_gid} ({job.resource_subtype}) failed")
        raise AsanaError(f"job {job_gid} did not finish after {max_polls} looks")
