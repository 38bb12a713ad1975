"""The public surface is pinned; importing the package stays cheap and side-effect free."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import asana_client

ROOT = Path(__file__).resolve().parents[2]

PUBLIC_NAMES = [
    "Asana",
    "AsanaConnectionError",
    "AsanaError",
    "AsanaTimeoutError",
    "ConfigurationError",
    "FileTooLargeError",
    "ForbiddenError",
    "InvalidRequestError",
    "InvalidTokenError",
    "NoAuthorizationError",
    "NotFoundError",
    "OAuthCredentials",
    "Outcome",
    "Page",
    "PageIterator",
    "PaymentRequiredError",
    "RateLimitEnforcedError",
    "ServerError",
    "__version__",
]


def test_public_names_are_pinned() -> None:
    assert sorted(asana_client.__all__) == sorted(PUBLIC_NAMES)
    for name in PUBLIC_NAMES:
        assert hasattr(asana_client, name), name


def test_every_error_derives_from_asana_error() -> None:
    for name in PUBLIC_NAMES:
        value = getattr(asana_client, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, asana_client.AsanaError), name
    assert issubclass(asana_client.AsanaTimeoutError, asana_client.AsanaConnectionError)


def namespaces() -> list[str]:
    from functools import cached_property

    from asana_client._resources import Namespaces

    return [name for name, v in vars(Namespaces).items() if isinstance(v, cached_property)]


NAMESPACES = namespaces()


def snake_case(operation_id: str) -> str:
    """An acronym stays one word, as the facade generator names it: getTaskForCustomID ->
    get_task_for_custom_id."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id).lower()


def test_each_operation_is_a_method_of_exactly_one_namespace() -> None:
    import yaml

    merged = yaml.load(
        (ROOT / "specs" / "merged" / "asana.yaml").read_text(),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    client = asana_client.Asana(access_token="t")
    operation_ids = [op["operationId"] for item in merged["paths"].values() for op in item.values()]
    assert len(operation_ids) >= 69
    for op_id in operation_ids:
        name = snake_case(op_id)
        owners = [ns for ns in NAMESPACES if callable(getattr(getattr(client, ns), name, None))]
        assert len(owners) == 1, (op_id, owners)


def test_import_loads_neither_the_testing_package_nor_the_generated_layer() -> None:
    code = (
        "import sys, asana_client;"
        "print(sorted(m for m in sys.modules if m.startswith('asana_client.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout
    assert "asana_client.testing" not in loaded
    assert "asana_client._generated" not in loaded
    # Only the namespace properties load with the client; the operations load on first use.
    assert "asana_client._resources._core" not in loaded
    assert "asana_client._resources.tasks" not in loaded


def test_methods_show_their_real_signature_and_a_summary() -> None:
    import inspect

    client = asana_client.Asana(access_token="t")
    listing = inspect.signature(client.tasks.get_tasks_for_project)
    assert list(listing.parameters)[:2] == ["project_gid", "completed_since"]
    assert {"opt_fields", "limit", "offset", "max_items"} <= set(listing.parameters)
    create = inspect.signature(client.tasks.create_task)
    assert {"name", "workspace", "due_on", "opt_fields"} <= set(create.parameters)
    assert "tasks" in (client.tasks.get_tasks_for_project.__doc__ or "").lower()
