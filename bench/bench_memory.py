"""Peak memory of uploading and downloading a ~100 MiB file, each transfer in a fresh process.

The file (100 MiB - 1 byte of random bytes, just under Asana's limit) is written to disk once.
FakeAsana runs in the benchmark's own process tree but not in the measured one, so only the
client's memory is counted. See `_memory_worker.py` for how growth is measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from _common import (
    BENCH_DIR,
    PYTHON,
    ROOT,
    Check,
    FakeServer,
    Section,
    fmt_mib,
    fmt_ms,
    log,
    median,
)

FILE_SIZE = 100 * 1024 * 1024 - 1
TARGET = 20 * 1024 * 1024
CASES = [
    ("asana_client", "upload", "`create_attachment_for_object(parent=, file=path)`"),
    ("asana_client", "download", "`download_to(gid, path)`"),
    ("official asana", "upload", "`create_attachment_for_object({'parent', 'file': path})`"),
    ("official asana", "download", "`get_attachment` + `urllib3` GET of `download_url`"),
    (
        "official asana",
        "download-streamed",
        "`get_attachment` + `urllib3` GET, `preload_content=False`, copied in 1 MiB chunks",
    ),
]


def write_big_file(path: Path) -> None:
    chunk = 1024 * 1024
    with path.open("wb") as out:
        remaining = FILE_SIZE
        while remaining:
            out.write(os.urandom(min(chunk, remaining)))
            remaining -= min(chunk, remaining)


def run_worker(job: dict[str, Any]) -> dict[str, Any]:
    completed = subprocess.run(
        [PYTHON, str(BENCH_DIR / "_memory_worker.py"), json.dumps(job)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def bench_memory(repeats: int) -> Section:
    with tempfile.TemporaryDirectory(prefix="asana-bench-") as tmp:
        folder = Path(tmp)
        big = folder / "big-file.bin"
        write_big_file(big)
        seed = {"projects": 1, "tasks": 5, "subtasks_per_task": 0, "stories_per_task": 0}
        results: dict[tuple[str, str], list[dict[str, Any]]] = {}
        with FakeServer(seed=seed, attachment_file=str(big)) as server:
            info = server.info
            for _ in range(repeats):
                for library, mode, _how in CASES:
                    job = {
                        "library": library,
                        "mode": mode,
                        "base_url": info["base_url"],
                        "token": info["token"],
                        "task_gid": info["task_gids"][1],
                        "attachment_gid": info["attachment_gid"],
                        "small_attachment_gid": info["small_attachment_gid"],
                        "path": str(big),
                        "small_path": str(folder / "small.bin"),
                        "out_path": str(folder / "downloaded.bin"),
                    }
                    result = run_worker(job)
                    if result["bytes"] != FILE_SIZE:
                        raise RuntimeError(f"{library} {mode} moved {result['bytes']} bytes")
                    results.setdefault((library, mode), []).append(result)
                    server.command("clear")
    rows = []
    checks = []
    exact = all(r["exact_peak"] for runs in results.values() for r in runs)
    for library, mode, how in CASES:
        runs = results[(library, mode)]
        growth = median([r["growth"] for r in runs])
        seconds = median([r["seconds"] for r in runs])
        baseline = median([r["baseline"] for r in runs])
        rows.append([library, mode, how, fmt_mib(growth), fmt_mib(baseline), fmt_ms(seconds)])
        log(f"  memory {library:15} {mode:18} +{fmt_mib(growth):>10} in {fmt_ms(seconds)}")
        if library == "asana_client":
            checks.append(
                Check(
                    f"{mode} of 100 MiB, asana_client peak RSS growth",
                    fmt_mib(growth),
                    f"<= {fmt_mib(TARGET)}",
                    growth <= TARGET,
                )
            )
    notes = [
        "Growth = `VmHWM` after the transfer minus `VmRSS` right before it, in the same process, "
        "after imports, client creation and a 1 KiB warm-up transfer of the same kind"
        + (", with the peak reset through `/proc/self/clear_refs` first." if exact else "."),
        "The official SDK has no download helper; its docs point to the attachment's "
        "`download_url`, fetched here with urllib3 (the SDK's own HTTP library), as a whole "
        "body and streamed.",
    ]
    return Section(
        title="4. Memory: a 100 MiB file",
        intro=(
            f"Upload and download of one file of {FILE_SIZE:,} bytes (random content), each "
            f"in a fresh process, median of {repeats} runs, over loopback."
        ),
        headers=["library", "operation", "call", "peak RSS growth", "RSS before", "time"],
        rows=rows,
        checks=checks,
        notes=notes,
    )
