"""Shared pieces of the benchmark suite: timing, results, machine facts, FakeAsana in a process.

FakeAsana runs in a process of its own (`bench/_fake_server.py`) for the loopback benchmarks, so
the server's work never competes with the measured client for the same interpreter lock; the
client talks to it over real HTTP on 127.0.0.1, as it would to Asana.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
PYTHON = sys.executable


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(call: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def timed_with_cpu(call: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock seconds and this process's CPU seconds (all its threads) of one call."""
    started, started_cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - started, time.process_time() - started_cpu


def fmt_ratio(value: float) -> str:
    return f"{value:.2f}x"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def fmt_mib(size: float) -> str:
    """MiB with one decimal; sizes under 1 MiB in KiB, so a few pages do not read as 0.0."""
    if abs(size) < 1024 * 1024:
        return f"{size / 1024:,.0f} KiB"
    return f"{size / (1024 * 1024):,.1f} MiB"


@dataclass
class Check:
    """One target from the brief and whether this run met it."""

    name: str
    measured: str
    target: str
    met: bool


@dataclass
class Section:
    """One benchmark's part of BENCHMARKS.md."""

    title: str
    intro: str
    headers: list[str]
    rows: list[list[str]]
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra_tables: list[tuple[list[str], list[list[str]]]] = field(default_factory=list)
    seconds: float = 0.0

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", self.intro, ""]
        for headers, rows in [(self.headers, self.rows), *self.extra_tables]:
            lines += [table(headers, rows), ""]
        if self.checks:
            lines += ["| target | measured | required | met |", "| --- | --- | --- | --- |"]
            lines += [
                f"| {c.name} | {c.measured} | {c.target} | {'yes' if c.met else '**no**'} |"
                for c in self.checks
            ]
            lines.append("")
        lines += [f"- {note}" for note in self.notes]
        if self.notes:
            lines.append("")
        return "\n".join(lines)


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def log(message: str) -> None:
    print(message, flush=True)


# --- machine facts ------------------------------------------------------------------------------


def _first_line(path: str, prefix: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> list[tuple[str, str]]:
    memory = _first_line("/proc/meminfo", "MemTotal")
    if memory is not None:
        memory = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB"
    return [
        ("CPU", _first_line("/proc/cpuinfo", "model name") or platform.processor() or "unknown"),
        ("cores", str(os.cpu_count())),
        ("memory", memory or "unknown"),
        ("OS", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("asana-client", version_of("asana-client")),
        ("httpx", version_of("httpx")),
        ("asana (official SDK)", version_of("asana")),
        ("urllib3", version_of("urllib3")),
    ]


# --- FakeAsana in its own process ---------------------------------------------------------------


class FakeServer:
    """`bench/_fake_server.py` in a subprocess: seeded as `config` says, serving on loopback.

    `info` holds what the server reported once ready (base_url, token, gids); `stats()` asks it
    for its counters (429s sent, requests seen). Leaving the `with` block stops it.
    """

    def __init__(self, **config: Any) -> None:
        self.config = config
        self.info: dict[str, Any] = {}
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> FakeServer:
        self._process = subprocess.Popen(
            [PYTHON, str(BENCH_DIR / "_fake_server.py"), json.dumps(self.config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.info = self._read()
        return self

    def _read(self) -> dict[str, Any]:
        assert self._process is not None and self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the FakeAsana server process exited ({self._process.wait()})")
        result: dict[str, Any] = json.loads(line)
        return result

    def command(self, name: str) -> dict[str, Any]:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(name + "\n")
        self._process.stdin.flush()
        return self._read()

    def stats(self) -> dict[str, Any]:
        return self.command("stats")

    def __exit__(self, *exc_info: object) -> None:
        process = self._process
        if process is None:
            return
        assert process.stdin is not None
        try:
            process.stdin.close()
            process.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
        finally:
            if process.stdout is not None:
                process.stdout.close()
