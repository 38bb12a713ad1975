"""Import time and modules loaded, each in a fresh interpreter.

Each run is `python -c` timing the one import with `time.perf_counter` and counting the entries
it added to `sys.modules`; only `sys` and `time` are imported before it. Runs of the three
imports are interleaved, after one untimed run each that writes the bytecode caches.

Bytecode: a pip-installed package ships compiled `.pyc` files, but an editable checkout run with
PYTHONDONTWRITEBYTECODE=1 (as on this project's machines) recompiles asana_client on every start,
which is not what users see. The probes therefore run with a private PYTHONPYCACHEPREFIX, the
same for all three packages, and with bytecode writing allowed.
"""

from __future__ import annotations

import os
import subprocess
import tempfile

from _common import PYTHON, ROOT, Check, Section, fmt_ms, fmt_ratio, log, median

MODULES = {"httpx (the floor)": "httpx", "asana_client": "asana_client", "official asana": "asana"}
PROBE = (
    "import sys, time\n"
    "{preload}"
    "before = len(sys.modules)\n"
    "started = time.perf_counter()\n"
    "import {module}\n"
    "elapsed = time.perf_counter() - started\n"
    "print(elapsed, len(sys.modules) - before)\n"
)


class Interpreter:
    """Fresh venv interpreters sharing one private bytecode cache."""

    def __init__(self, cache: str) -> None:
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPYCACHEPREFIX"] = cache

    def run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, *args], check=True, capture_output=True, text=True, cwd=ROOT, env=self.env
        )

    def probe(self, module: str, preload: str | None = None) -> tuple[float, int]:
        """Seconds to import `module` (after importing `preload`, untimed) and modules added."""
        code = PROBE.format(module=module, preload=f"import {preload}\n" if preload else "")
        output = self.run(["-c", code]).stdout.split()
        return float(output[0]), int(output[1])

    def loaded_modules(self, module: str) -> set[str]:
        code = f"import sys\nbefore = set(sys.modules)\nimport {module}\n"
        code += "print(*set(sys.modules) - before)"
        return set(self.run(["-c", code]).stdout.split())

    def self_times(self, module: str) -> dict[str, int]:
        """Each module's own import time (µs) under `python -X importtime`, one run."""
        stderr = self.run(["-X", "importtime", "-c", f"import {module}"]).stderr
        times = {}
        for line in stderr.splitlines():
            if not line.startswith("import time:") or "cumulative" in line:
                continue
            own, _, name = (part.strip() for part in line[len("import time:") :].split("|"))
            times[name] = int(own)
        return times


def added_over_httpx(python: Interpreter) -> tuple[list[list[str]], str]:
    """The modules `import asana_client` loads that `import httpx` does not, slowest first."""
    added = python.loaded_modules("asana_client") - python.loaded_modules("httpx")
    own = python.self_times("asana_client")
    ranked = sorted(((own.get(name, 0), name) for name in added), reverse=True)
    total = sum(micros for micros, _ in ranked)
    rows = [[f"`{name}`", f"{micros / 1000:.1f} ms"] for micros, name in ranked[:10]]
    summary = (
        f"`import asana_client` loads {len(added)} modules that `import httpx` does not; their "
        f"own import time adds up to {total / 1000:.1f} ms in one `-X importtime` run "
        f"(the ten slowest are listed)."
    )
    return rows, summary


def bench_import(runs: int) -> Section:
    with tempfile.TemporaryDirectory(prefix="asana-bench-pycache-") as cache:
        python = Interpreter(cache)
        for module in MODULES.values():
            python.probe(module)
        seconds: dict[str, list[float]] = {name: [] for name in MODULES}
        on_top: list[float] = []
        loaded: dict[str, int] = {}
        for _ in range(runs):
            for name, module in MODULES.items():
                elapsed, count = python.probe(module)
                seconds[name].append(elapsed)
                loaded[name] = count
            on_top.append(python.probe("asana_client", preload="httpx")[0])
        added_rows, added_summary = added_over_httpx(python)
    medians = {name: median(values) for name, values in seconds.items()}
    floor = medians["httpx (the floor)"]
    official = medians["official asana"]
    rows = []
    for name, value in medians.items():
        rows.append(
            [
                f"`import {MODULES[name]}`",
                fmt_ms(value),
                fmt_ms(min(seconds[name])),
                fmt_ratio(value / floor),
                fmt_ratio(value / official),
                str(loaded[name]),
            ]
        )
        log(f"  import {MODULES[name]:13} {fmt_ms(value):>9}  {value / floor:.2f}x httpx")
    extra = median(on_top)
    rows.append(
        [
            "`import asana_client` with httpx already imported",
            fmt_ms(extra),
            fmt_ms(min(on_top)),
            "",
            "",
            "",
        ]
    )
    log(f"  asana_client on top of httpx: {fmt_ms(extra)} (httpx itself {fmt_ms(floor)})")
    ours = medians["asana_client"]
    checks = [
        Check(
            "import time, asana_client / official asana",
            fmt_ratio(ours / official),
            "< 1.00x",
            ours < official,
        ),
        Check(
            "import time, asana_client / httpx",
            fmt_ratio(ours / floor),
            "<= 1.20x",
            ours <= 1.2 * floor,
        ),
    ]
    notes = [
        added_summary,
        "Bytecode is cached for all three (a private `PYTHONPYCACHEPREFIX`, filled by one "
        "untimed run each), as after a `pip install`; without it, an editable checkout under "
        "`PYTHONDONTWRITEBYTECODE=1` recompiles asana_client at every start.",
        "Start-up times on this machine scatter by +-20 % from run to run; the minimum shows "
        "the cost without that noise.",
    ]
    return Section(
        title="3. Import time",
        intro=(
            f"Median of {runs} fresh interpreters per import (`python -c`, `time.perf_counter` "
            "around the import statement; modules = entries added to `sys.modules`)."
        ),
        headers=[
            "import",
            "time (median)",
            "fastest",
            "vs httpx",
            "vs official asana",
            "modules loaded",
        ],
        rows=rows,
        checks=checks,
        extra_tables=[(["module loaded beyond httpx", "own import time"], added_rows)],
        notes=notes,
    )
