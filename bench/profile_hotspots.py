"""Where asana_client spends its time, next to raw httpx doing the same requests (cProfile).

    .venv/bin/python bench/profile_hotspots.py get_task   # GET /tasks/{gid}, 1,000 calls
    .venv/bin/python bench/profile_hotspots.py paging     # 10,000 tasks, limit 100, 3 listings

FakeAsana serves from its own process over loopback, so only the client is profiled. Own time
("tottime") is summed per layer (socket, httpx/httpcore/h11, json, the generated models, the
facade, ...) and shown per request for each contender, followed by asana_client's slowest
functions. cProfile slows pure-Python code more than C code, so read the layers as shares.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections import defaultdict
from collections.abc import Callable
from functools import partial

import bench_requests
from _common import FakeServer

LAYERS = [
    ("asana_client/_generated/", "asana_client: generated models and endpoints"),
    ("asana_client/_resources/", "asana_client: facade operations"),
    ("asana_client/_pagination", "asana_client: pagination"),
    ("asana_client/_transport", "asana_client: transport (auth, limits, retries)"),
    ("asana_client/_limits", "asana_client: limits"),
    ("asana_client/", "asana_client: other"),
    ("/attr/", "attrs"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore"),
    ("/h11/", "h11"),
    ("/json/", "json"),
    ("/concurrent/", "concurrent.futures"),
    ("threading.py", "threading"),
    ("/logging/", "logging"),
    ("/urllib3/", "urllib3"),
    ("/asana/", "official SDK"),
]


def layer_of(filename: str, function: str) -> str:
    if "socket" in function and filename == "~":
        return "socket send/recv"
    if filename == "~" and "acquire" in function:
        return "lock waits"
    for fragment, layer in LAYERS:
        if fragment in filename:
            return layer
    return "builtins" if filename == "~" else "other stdlib"


def profile(run: Callable[[], object]) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    return pstats.Stats(profiler)


def by_layer(stats: pstats.Stats) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, function), row in stats.stats.items():  # type: ignore[attr-defined]
        totals[layer_of(filename, function)] += row[2]
    return totals


def report(profiles: dict[str, pstats.Stats], requests: int, focus: str) -> None:
    layers = {name: by_layer(stats) for name, stats in profiles.items()}
    names = list(profiles)
    all_layers = sorted(
        {layer for totals in layers.values() for layer in totals},
        key=lambda layer: -max(totals.get(layer, 0.0) for totals in layers.values()),
    )
    print(f"own time per request (µs, under cProfile), {requests} requests each")
    print(f"{'layer':52}" + "".join(f"{name[:26]:>28}" for name in names))
    for layer in all_layers:
        cells = "".join(f"{layers[n].get(layer, 0.0) / requests * 1e6:28.1f}" for n in names)
        print(f"{layer:52}{cells}")
    totals = "".join(f"{sum(layers[n].values()) / requests * 1e6:28.1f}" for n in names)
    print(f"{'total':52}{totals}")
    print(f"\n{focus}: slowest functions by own time")
    profiles[focus].sort_stats("tottime").print_stats(20)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("scenario", choices=["get_task", "paging"])
    args = parser.parse_args(argv)
    if args.scenario == "get_task":
        seed = {"projects": 1, "tasks": 10, "subtasks_per_task": 0, "stories_per_task": 0}
        with FakeServer(seed=seed) as server:
            info = server.info
            contenders = bench_requests.get_task_contenders(
                info["base_url"], info["token"], info["task_gids"][0]
            )
            calls = 1000
            for run in contenders.values():
                run(50)
            profiles = {name: profile(partial(run, calls)) for name, run in contenders.items()}
        report(profiles, calls, "asana_client")
        return
    seed = {"projects": 1, "tasks": 10_000, "subtasks_per_task": 0, "stories_per_task": 0}
    with FakeServer(seed=seed) as server:
        info = server.info
        contenders = bench_requests.paging_contenders(
            info["base_url"], info["token"], info["project_gids"][0], 10_000
        )
        listings = 3
        for run in contenders.values():
            run(1)
        profiles = {name: profile(partial(run, listings)) for name, run in contenders.items()}
    report(profiles, listings * 100, "asana_client (prefetch off)")


if __name__ == "__main__":
    main(sys.argv[1:])
