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


def parse_url(value: object, what: str) -> httpx.URL:
    """A configured URL as httpx.URL; a ConfigurationError for what httpx would refuse (or
    silently percent-encode into another host name) when the first request is sent."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a str, not {type(value).__name__}")
    if any(not c.isprintable() or c.isspace() for c in value):
        raise ConfigurationError(f"{what} must not contain spaces or control characters")
    try:
        return httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{what} is not a valid URL ({exc})") from None


def secure_url(value: str, what: str) -> httpx.URL:
    """Refuse a URL a credential must not travel to: plain HTTP to another host (anyone on the
    path could read it), embedded user:password (it would show up in reprs), query or fragment."""
    url = parse_url(value, what)
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.host)):
        raise ConfigurationError(
            f"{what} must use https (http only for loopback hosts), not {url.scheme}://{url.host}"
        )
    if not url.host or (url.port is not None and not 0 < url.port < 65536):
        raise ConfigurationError(f"{what} needs a host name and a port 1-65535 if any")
    if url.userinfo:
        raise ConfigurationError(f"{what} must not contain a user name or password")
    if url.query or url.fragment:
        raise ConfigurationError(f"{what} must not carry a query or fragment")
    return url
