"""asana-client: a typed, synchronous client for the Asana REST API.

    from asana_client import Asana
    with Asana() as client:                       # token from $ASANA_ACCESS_TOKEN
        for task in client.tasks.get_tasks_for_project("1200", opt_fields=["name"]):
            print(task.name)

`asana_client.testing.FakeAsana` is an in-memory Asana server for tests (imported on demand).
"""

from ._auth import OAuthCredentials
from ._client import Asana
from ._errors import (
    AsanaConnectionError,
    AsanaError,
    AsanaTimeoutError,
    ConfigurationError,
    FileTooLargeError,
    ForbiddenError,
    InvalidRequestError,
    InvalidTokenError,
    NoAuthorizationError,
    NotFoundError,
    PaymentRequiredError,
    RateLimitEnforcedError,
    ServerError,
)
from ._fanout import Outcome
from ._pagination import Page, PageIterator
from ._version import __version__

__all__ = [
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
