"""Typed checks of request fields, run before a handler changes anything.

Asana answers 400 for a field of the wrong type or an unknown enum value; a handler that
reached into such a value (`value[:10]` on an int) would answer 500 instead. Each handler
declares its writable fields as `{name: check}` and calls `parse()` first, so a bad field
is refused while the state is still untouched. Form-encoded bodies carry every value as a
string, which the boolean and list checks accept too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._util import ApiError, parse_bool, parse_date, parse_datetime

Check = Callable[[str, Any], Any]

COLORS = (
    "dark-pink",
    "dark-green",
    "dark-blue",
    "dark-red",
    "dark-teal",
    "dark-brown",
    "dark-orange",
    "dark-purple",
    "dark-warm-gray",
    "light-pink",
    "light-green",
    "light-blue",
    "light-red",
    "light-teal",
    "light-brown",
    "light-orange",
    "light-purple",
    "light-warm-gray",
)
PROJECT_COLORS = (*COLORS, "none")
PROJECT_ICONS = (
    "list",
    "board",
    "timeline",
    "calendar",
    "rocket",
    "people",
    "graph",
    "star",
    "bug",
    "light_bulb",
    "globe",
    "gear",
    "notebook",
    "computer",
    "check",
    "target",
    "html",
    "megaphone",
    "chat_bubbles",
    "briefcase",
    "page_layout",
    "mountain_flag",
    "puzzle",
    "presentation",
    "line_and_symbols",
    "speed_dial",
    "ribbon",
    "shoe",
    "shopping_basket",
    "map",
    "ticket",
    "coins",
)
STICKERS = (
    "green_checkmark",
    "people_dancing",
    "dancing_unicorn",
    "heart",
    "party_popper",
    "people_waving_flags",
    "splashing_narwhal",
    "trophy",
    "yeti_riding_unicorn",
    "celebrating_people",
    "determined_climbers",
    "phoenix_spreading_love",
)


def bad(key: str, what: str, value: Any) -> ApiError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return ApiError(400, f"{key}: Not {what}: {shown}")


def text(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise bad(key, "a string", value)
    return value


def boolean(key: str, value: Any) -> bool:
    if not isinstance(value, bool | str):
        raise bad(key, "a boolean", value)
    result = parse_bool(value, key)
    assert result is not None
    return result


def date(key: str, value: Any) -> str:
    return parse_date(text(key, value), key)


def date_time(key: str, value: Any) -> str:
    parse_datetime(text(key, value), key)
    return str(value)


def gid_list(key: str, value: Any) -> list[str]:
    """A JSON list of ids, or a comma-separated string (form bodies, query args)."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise bad(key, "a list of ids", value)


def comma_list(key: str, value: Any) -> list[str]:
    """Ids as one comma-separated string (what Asana takes for a project's followers)."""
    return [v.strip() for v in text(key, value).split(",") if v.strip()]


def mapping(key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad(key, "an object", value)
    return value


def nullable(check: Check) -> Check:
    return lambda key, value: None if value is None else check(key, value)


def one_of(*allowed: str) -> Check:
    def check(key: str, value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise bad(key, f"one of {', '.join(allowed)}", value)
        return value

    return check


def external(key: str, value: Any) -> dict[str, str]:
    """A task's integration data: {"gid": str, "data": str}, both optional."""
    found = mapping(key, value)
    for part in ("gid", "data"):
        if part in found and not isinstance(found[part], str):
            raise bad(f"{key}.{part}", "a string", found[part])
    return {k: v for k, v in found.items() if k in ("gid", "data")}


def memberships(key: str, value: Any) -> list[tuple[str, str | None]]:
    """[{"project": gid, "section": gid?}, ...] -> [(project, section), ...]."""
    if not isinstance(value, list):
        raise bad(key, "a list of memberships", value)
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("project"), str):
            raise bad(key, "a list of {project, section} objects", item)
        section = item.get("section")
        if section is not None and not isinstance(section, str):
            raise bad(f"{key}.section", "an id", section)
        out.append((item["project"], section))
    return out


def parse(data: dict[str, Any], checks: dict[str, Check]) -> dict[str, Any]:
    """The given fields of `data`, each checked (400 on the first bad one)."""
    return {key: check(key, data[key]) for key, check in checks.items() if key in data}
