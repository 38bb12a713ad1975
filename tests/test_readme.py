"""The README's FakeAsana example is real code: extract it and run it."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_fake_asana_example_in_the_readme_passes() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    (example,) = [b for b in blocks if "def test_my_sync_survives_rate_limits" in b]
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    test = namespace["test_my_sync_survives_rate_limits"]
    assert callable(test)
    test()
