"""Run every benchmark and write BENCHMARKS.md at the repository root (`make bench`).

    .venv/bin/python bench/run.py            # the full suite, about 3 minutes
    .venv/bin/python bench/run.py --quick    # fewer repeats, for a smoke test

Ratios are printed as they are measured and summarised at the end; each target of the brief
is checked against the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import bench_import
import bench_memory
import bench_models
import bench_requests
import bench_sync
from _common import ROOT, Section, log, machine_info, table


@dataclass(frozen=True)
class Settings:
    get_calls: int = 300
    get_repeats: int = 5
    paging_tasks: int = 10_000
    paging_repeats: int = 5
    paging_latency_repeats: int = 3
    paging_latency: float = 0.01
    import_runs: int = 21
    memory_repeats: int = 3
    sync_ours_runs: int = 3
    sync_sdk_runs: int = 1


QUICK = Settings(
    get_calls=100,
    get_repeats=3,
    paging_tasks=2_000,
    paging_repeats=3,
    paging_latency_repeats=1,
    import_runs=5,
    memory_repeats=1,
    sync_ours_runs=1,
    sync_sdk_runs=1,
)


def sections(settings: Settings) -> list[tuple[str, Callable[[], Section]]]:
    return [
        ("GET one task", lambda: bench_requests.bench_get_task(settings.get_calls,
                                                               settings.get_repeats)),
        ("paging", lambda: paging(settings)),
        ("import time", lambda: bench_import.bench_import(settings.import_runs)),
        ("memory", lambda: bench_memory.bench_memory(settings.memory_repeats)),
        ("models", lambda: bench_models.bench_models(settings.import_runs)),
        ("sync", lambda: bench_sync.bench_sync(settings.sync_ours_runs, settings.sync_sdk_runs)),
        ("incremental sync", bench_sync.bench_incremental),
    ]  # fmt: skip


def paging(settings: Settings) -> Section:
    """No added latency, then a little (fewer repeats: each listing then takes over a second)."""
    plan = [(0.0, settings.paging_repeats)]
    plan.append((settings.paging_latency, settings.paging_latency_repeats))
    return bench_requests.bench_paging(settings.paging_tasks, plan)


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def render(
    results: list[Section],
    started: datetime.datetime,
    seconds: float,
    argv: str,
    loads: tuple[str, str],
) -> str:
    checks = [check for section in results for check in section.checks]
    met = sum(check.met for check in checks)
    summary_rows = [[c.name, c.measured, c.target, "yes" if c.met else "**no**"] for c in checks]
    timing_rows = [[section.title, f"{section.seconds:.0f} s"] for section in results]
    parts = [
        "# Benchmarks",
        "",
        f"Written by `bench/run.py` on {started:%Y-%m-%d %H:%M} UTC; the whole run took "
        f"{seconds:.0f} s. Every ratio compares numbers measured in this same run.",
        "",
        "Reproduce with:",
        "",
        "```",
        "make bench",
        f"# which runs, from the repository root: .venv/bin/python bench/run.py{argv}",
        "```",
        "",
        "## Machine",
        "",
        table(
            ["", ""],
            [
                *[list(fact) for fact in machine_info()],
                ["load average (1/5/15 min) at start", loads[0]],
                ["load average (1/5/15 min) at end", loads[1]],
            ],
        ),
        "",
        f"## Targets: {met} of {len(checks)} met",
        "",
        table(["target", "measured", "required", "met"], summary_rows),
        "",
        *[section.markdown() for section in results],
        "## Time per benchmark",
        "",
        table(["benchmark", "wall clock"], timing_rows),
        "",
    ]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke test")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"), help="report path")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    started_at = datetime.datetime.now(datetime.UTC)
    load_at_start = load_average()
    started = time.perf_counter()
    results = []
    for name, run in sections(settings):
        log(f"== {name}")
        section_started = time.perf_counter()
        section = run()
        section.seconds = time.perf_counter() - section_started
        results.append(section)
        log(f"   ({section.seconds:.0f} s)")
    seconds = time.perf_counter() - started
    loads = (load_at_start, load_average())
    report = render(results, started_at, seconds, " --quick" if args.quick else "", loads)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(report)
    log("")
    log(f"== targets (whole run {seconds:.0f} s, report: {args.output})")
    for section in results:
        for check in section.checks:
            verdict = "met" if check.met else "MISSED"
            log(f"  {verdict:6}  {check.name}: {check.measured} (required {check.target})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
