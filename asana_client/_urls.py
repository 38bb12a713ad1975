"""Where secrets may be sent: HTTPS, or plain HTTP to this machine only."""

from __future__ import annotations

import ipaddress

import httpx

from ._errors import ConfigurationError

__all__ = ["is_loopback", "secure_url"]

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def secure_url(value: str, what: str) -> httpx.URL:
    """Refuse a URL a credential must not travel to: plain HTTP to another host (anyone on the
    path could read it), embedded user:password (it would show up in reprs), query or fragment."""
    url = httpx.URL(value)
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.host)):
        raise ConfigurationError(
            f"{what} must use https (http only for loopback hosts), not {url.scheme}://{url.host}"
        )
    if url.userinfo:
        raise ConfigurationError(f"{what} must not contain a user name or password")
    if url.query or url.fragment:
        raise ConfigurationError(f"{what} must not carry a query or fragment")
    return url
