"""FakeAsana on loopback, in a process of its own, for the benchmarks (started by `FakeServer`).

Usage: `python bench/_fake_server.py '<json config>'`. The config gives the FakeAsana knobs
(`latency`, `max_concurrent_reads`, `max_concurrent_writes`, `requests_per_minute`), the
`seed_demo` arguments (`seed`), and optionally `attachment_file`, a path whose content becomes an
attachment of the first task. The server prints one JSON line once it serves (base URL, token,
gids), then answers one JSON line per command read from stdin ("stats", "clear") and stops when
stdin closes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from asana_client.testing import FakeAsana


def stats(fake: FakeAsana) -> dict[str, Any]:
    return {
        "rate_limited_count": fake.rate_limited_count,
        "requests": len(fake.requests),
        "max_seen_concurrent_reads": fake.max_seen_concurrent_reads,
        "max_seen_concurrent_writes": fake.max_seen_concurrent_writes,
        "errors": [repr(error) for error in fake.errors],
    }


def main(config: dict[str, Any]) -> None:
    fake = FakeAsana(
        latency=config.get("latency", 0.0),
        max_concurrent_reads=config.get("max_concurrent_reads"),
        max_concurrent_writes=config.get("max_concurrent_writes"),
        requests_per_minute=config.get("requests_per_minute"),
    )
    seed = fake.seed_demo(**config.get("seed", {}))
    info: dict[str, Any] = {
        "token": seed.token,
        "workspace_gid": seed.workspace_gid,
        "project_gids": seed.project_gids,
        "task_gids": seed.task_gids[:10],
        "task_count": len(seed.task_gids),
        "subtask_count": len(seed.subtask_gids),
        "story_count": seed.story_count,
    }
    first_task = seed.task_gids[0]
    info["small_attachment_gid"] = fake.add_attachment(first_task, "small.bin", b"x" * 1024)
    if config.get("attachment_file"):
        path = Path(config["attachment_file"])
        info["attachment_gid"] = fake.add_attachment(first_task, path.name, path.read_bytes())
    try:
        with fake.serve() as base_url:
            info["base_url"] = base_url
            print(json.dumps(info), flush=True)
            for line in sys.stdin:
                command = line.strip()
                if command == "clear":
                    fake.clear_requests()
                    print(json.dumps({"cleared": True}), flush=True)
                else:
                    print(json.dumps(stats(fake)), flush=True)
    finally:
        fake.close()


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
