"""A client library for accessing Asana API (asana-client subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
