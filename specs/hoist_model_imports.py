"""Generation step (a post_hook in generator-config.yaml): run each model's imports of related
models once, at the end of its module, instead of on every call.

openapi-python-client imports related models inside `to_dict`/`from_dict`
(`from ..models.asana_resource import AsanaResource  # noqa: PLC0415`), so that models that
refer to each other do not import each other in a cycle. Python executes such a statement on
every call, about 1 µs for a relative import: half the cost of parsing a compact task, and most
of what the client spends per item of a listing. Placed after the class, the same imports are
cycle-safe (a module's class exists before it imports its neighbours, so a neighbour importing
it back finds the class) and run once, when the module loads.

    python specs/hoist_model_imports.py asana_client/_generated

Works on the generator's raw output (before ruff reformats it), rewrites the files in place,
and is a no-op on files already rewritten. Imports under `if TYPE_CHECKING:` stay where they are.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PER_CALL_IMPORT = re.compile(
    r"^[ \t]+(from \.\.models\.\w+ import \w+)[ \t]*# noqa: PLC0415[ \t]*\n", re.MULTILINE
)
TRAILER = (
    "\n\n# Related models, imported after the class so that cycles resolve; see specs/{}.\n"
    "# ruff: noqa: E402\n"
)


def hoist(source: str) -> str:
    """The module with its per-call model imports moved to its end (unchanged if none)."""
    imports = sorted(set(PER_CALL_IMPORT.findall(source)))
    if not imports:
        return source
    body = PER_CALL_IMPORT.sub("", source).rstrip("\n")
    lines = "".join(f"{statement}\n" for statement in imports)
    return body + TRAILER.format(Path(__file__).name) + lines


def main(package: Path) -> int:
    models = sorted((package / "models").glob("*.py"))
    if not models:
        print(f"hoist_model_imports: no models under {package}", file=sys.stderr)
        return 1
    for path in models:
        source = path.read_text(encoding="utf-8")
        rewritten = hoist(source)
        if rewritten != source:
            path.write_text(rewritten, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
