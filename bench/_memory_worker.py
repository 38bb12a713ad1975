"""One measured file transfer in a fresh process: peak RSS growth over the operation.

Usage: `python bench/_memory_worker.py '<json job>'` (started by bench_memory.py). The job names
the operation (`mode`), the FakeAsana to talk to and the file. Order of work:

1. import the library and create its client;
2. warm up with the same operation on a 1 KiB file (lazy imports, connection pool, models);
3. reset the peak (`echo 5 > /proc/self/clear_refs`) and read the baseline `VmRSS`;
4. run the operation on the big file;
5. read the peak `VmHWM`. Growth = peak - baseline.

Prints one JSON line: baseline, peak and growth in bytes, seconds, bytes moved.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def status_bytes(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def reset_peak() -> bool:
    """Make VmHWM start again from the current RSS (Linux 4.0+); False where refused."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def ours(job: dict[str, Any]) -> tuple[Callable[[bool], int], Callable[[], None]]:
    from asana_client import Asana

    client = Asana(access_token=job["token"], base_url=job["base_url"])
    files = client.attachments
    if job["mode"] == "upload":

        def upload(big: bool) -> int:
            path = job["path"] if big else job["small_path"]
            record = files.create_attachment_for_object(parent=job["task_gid"], file=path)
            assert record.gid
            return os.path.getsize(path)

        return upload, client.close

    def download(big: bool) -> int:
        gid = job["attachment_gid"] if big else job["small_attachment_gid"]
        return files.download_to(gid, job["out_path"])

    return download, client.close


def official(job: dict[str, Any]) -> tuple[Callable[[bool], int], Callable[[], None]]:
    import asana
    import urllib3

    configuration = asana.Configuration()
    configuration.access_token = job["token"]
    configuration.host = job["base_url"]
    api = asana.AttachmentsApi(asana.ApiClient(configuration))
    if job["mode"] == "upload":

        def upload(big: bool) -> int:
            path = job["path"] if big else job["small_path"]
            record = api.create_attachment_for_object({"parent": job["task_gid"], "file": path})
            assert record["gid"]
            return os.path.getsize(path)

        return upload, lambda: None

    http = urllib3.PoolManager()

    def download(big: bool) -> int:
        """Asana's docs: read the attachment's `download_url`, then GET it (no credential)."""
        gid = job["attachment_gid"] if big else job["small_attachment_gid"]
        url = api.get_attachment(gid, {"opt_fields": "download_url"})["download_url"]
        with open(job["out_path"], "wb") as out:
            if job["mode"] == "download":
                data = http.request("GET", url).data
                out.write(data)
                return len(data)
            response = http.request("GET", url, preload_content=False)
            shutil.copyfileobj(response, out, 1024 * 1024)
            response.release_conn()
            return out.tell()

    return download, http.clear


def main(job: dict[str, Any]) -> None:
    make = ours if job["library"] == "asana_client" else official
    operation, close = make(job)
    small = Path(job["small_path"])
    small.write_bytes(os.urandom(1024))
    operation(False)
    gc.collect()
    exact = reset_peak()
    baseline = status_bytes("VmRSS") if exact else status_bytes("VmHWM")
    started = time.perf_counter()
    moved = operation(True)
    seconds = time.perf_counter() - started
    peak = status_bytes("VmHWM")
    close()
    result = {
        "baseline": baseline,
        "peak": peak,
        "growth": max(0, peak - baseline),
        "seconds": seconds,
        "bytes": moved,
        "exact_peak": exact,
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
    sys.exit(0)
