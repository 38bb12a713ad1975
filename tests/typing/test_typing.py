"""What a type checker sees: mypy --strict, and pyright in strict mode (what VS Code's Pylance
runs), on ordinary user code, on the README's examples, and on a file of deliberate mistakes, each
of which must be flagged (and nothing else)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
README = ROOT / "README.md"


def mypy_errors(*files: Path) -> dict[str, set[int]]:
    """File name -> lines mypy --strict reports an error on (the project's mypy settings)."""
    stdout, _, _ = api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"]
        + [str(f) for f in files]
    )
    found: dict[str, set[int]] = {}
    for match in re.finditer(r"^(.+?):(\d+): error: ", stdout, re.MULTILINE):
        found.setdefault(Path(match[1]).name, set()).add(int(match[2]))
    return found


def pyright_errors(config_dir: Path, *files: Path) -> dict[str, set[int]]:
    """File name -> lines pyright (strict) reports an error on, resolving imports through this
    interpreter's packages."""
    config = config_dir / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    pyright = Path(sys.executable).parent / "pyright"
    command = [str(pyright), "--outputjson", "--pythonpath", sys.executable, "-p", str(config)]
    quiet = dict(os.environ, PYRIGHT_PYTHON_IGNORE_WARNINGS="1")  # no look for a newer release
    command += [str(f) for f in files]
    run = subprocess.run(command, capture_output=True, text=True, env=quiet)
    report = json.loads(run.stdout)
    found: dict[str, set[int]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1  # pyright counts from 0
            found.setdefault(Path(diagnostic["file"]).name, set()).add(line)
    return found


def marked_mistakes(mistakes: Path) -> set[int]:
    return {
        number
        for number, line in enumerate(mistakes.read_text().splitlines(), start=1)
        if line.rstrip().endswith("# error")
    }


def readme_code() -> str:
    """The README's Python blocks, in order, as one module (later blocks use earlier names)."""
    return "\n".join(re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL))


def test_user_code_the_readme_and_deliberate_mistakes_under_mypy_strict(tmp_path: Path) -> None:
    readme = tmp_path / "readme_examples.py"
    readme.write_text(readme_code())
    mistakes = HERE / "mistakes.py"
    errors = mypy_errors(HERE / "usage.py", readme, mistakes)
    assert errors.get("usage.py", set()) == set()
    assert errors.get("readme_examples.py", set()) == set()
    marked = marked_mistakes(mistakes)
    assert len(marked) == 10
    assert errors.get("mistakes.py", set()) == marked


def test_user_code_the_readme_and_deliberate_mistakes_under_pyright_strict(
    tmp_path: Path,
) -> None:
    readme = tmp_path / "readme_examples.py"
    readme.write_text(readme_code())
    mistakes = HERE / "mistakes.py"
    errors = pyright_errors(tmp_path, HERE / "usage.py", readme, mistakes)
    assert errors.get("usage.py", set()) == set()
    assert errors.get("readme_examples.py", set()) == set()
    assert errors.get("mistakes.py", set()) == marked_mistakes(mistakes)
