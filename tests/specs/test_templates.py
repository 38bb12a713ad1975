"""The generator templates this project overrides are ports of known originals.

A template in `templates/` silently replaces the generator's file of the same name. If an upgrade
of openapi-python-client changes that original, the port would keep generating the old behaviour
(or break on a renamed variable): this test fails first, naming what to re-port.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"

# sha256 of openapi-python-client 0.29.1's original of each template in templates/.
PORTED_FROM = {
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "types.py.jinja": "93df9d75883a4eafac77dd21bc6907f3ef612e3f7841e08656618dcf6c4ce494",
    "models_init.py.jinja": "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
}


def overridden() -> list[str]:
    return sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.jinja"))


def test_every_overridden_template_has_a_pinned_original() -> None:
    assert overridden() == sorted(PORTED_FROM)


def test_the_generator_originals_are_the_ones_the_templates_were_ported_from() -> None:
    originals = resources.files("openapi_python_client") / "templates"
    changed = [
        name
        for name, digest in PORTED_FROM.items()
        if hashlib.sha256((originals / name).read_bytes()).hexdigest() != digest
    ]
    assert changed == [], (
        f"openapi-python-client changed {changed}: re-port templates/{changed[0]} from the new "
        "original (see templates/README.md), then update its hash here"
    )
