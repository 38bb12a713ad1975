"""Checks for what a caller puts into a URL: gids, field names, offsets, query text.

Shared by the operations core and the hand-written file operations, so that every bad value is
a `TypeError`/`ValueError` naming the parameter before anything is sent, not a confusing 404 or
a silently changed request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

__all__ = [
    "check_gid",
    "check_gid_list",
    "check_offset",
    "check_path_parameter",
    "check_text",
    "join_fields",
    "visible_ascii",
]

EMAIL = re.compile(r"[^@\s/]+@[^@\s/]+")
# C0 and C1 control characters and DEL: never meaningful in a query value (search text, dates,
# names); refused rather than percent-encoded into something the caller did not mean.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Path parameters that name a user, which Asana also accepts as "me" or an email address
# (the official spec says so in their descriptions).
USER_PARAMETERS = frozenset({"user_gid"})


def check_path_parameter(name: str, value: object) -> str:
    """A value for the path: gids (`*_gid`) are checked as gids; other path parameters (a
    task's custom ID, "EN-12") are text, percent-encoded whole."""
    if name.endswith("_gid"):
        return check_gid(name, value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value or CONTROL.search(value):
        raise ValueError(f"{name} must be non-empty text without control characters")
    return quote(value, safe="")


def check_gid(name: str, value: object) -> str:
    """Gids are non-empty ASCII digits; a user may also be "me" or an email address."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value.isascii() and value.isdigit():
        return value
    if name in USER_PARAMETERS and (value == "me" or EMAIL.fullmatch(value)):
        return value
    allowed = 'digits, "me" or an email address' if name in USER_PARAMETERS else "digits"
    raise ValueError(f"{name} must be {allowed}, not {value!r}")


def join_fields(value: object) -> str:
    """Asana wants opt_fields as ONE comma-separated value, not a repeated parameter. Each
    name is checked alone: a comma inside one would silently ask for two fields."""
    if isinstance(value, str):  # a str is a Sequence[str] too: type checkers let it through
        raise ValueError(f"opt_fields must be a list of field names (['name']), not {value!r}")
    if not isinstance(value, Sequence):
        raise TypeError(f"opt_fields must be a list of field names, not {type(value).__name__}")
    for field in value:
        if not isinstance(field, str):
            raise TypeError(f"opt_fields entries must be str, not {type(field).__name__}")
        if not visible_ascii(field) or "," in field:
            raise ValueError(
                f"opt_fields entries are single field names such as 'assignee.name' (visible "
                f"ASCII, no comma or space; give several as a list), not {field!r}"
            )
    return ",".join(value)


def check_gid_list(name: str, value: object) -> str:
    """A filter such as `projects.any`: one comma-separated value. Given a list of gids (or
    one gid as a str), each is checked alone so a stray comma cannot add a filter value."""
    gids = [value] if isinstance(value, str) else value
    if not isinstance(gids, Sequence) or not all(isinstance(g, str) for g in gids):
        raise TypeError(f"{name} must be a list of gids (str), not {type(value).__name__}")
    for gid in gids:
        if not visible_ascii(gid) or "," in gid:
            raise ValueError(f"{name} takes gids (visible ASCII, no comma), not {gid!r}")
    return ",".join(gids)


def check_text(name: str, value: str) -> str:
    if CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters, not {value!r}")
    return value


def visible_ascii(text: str) -> bool:
    """Non-empty printable ASCII without spaces: what a name or token in a URL can be."""
    return bool(text) and text.isascii() and text.isprintable() and " " not in text


def check_offset(offset: object) -> None:
    """A pagination offset is an opaque token Asana handed out: visible ASCII."""
    if offset is None:
        return
    if not isinstance(offset, str):
        raise TypeError(f"offset must be str, not {type(offset).__name__}")
    if not visible_ascii(offset):
        raise ValueError(
            f"offset must be an offset Asana returned (next_page.offset), not {offset!r}"
        )
