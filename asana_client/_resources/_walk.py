"""Every match of a task search, not only Asana's first 100.

Asana's search has no offset: one call returns at most 100 tasks. Its documented way through is
to sort by creation time and ask again for tasks created before the last one seen. Tasks created
in the same millisecond as that last one may straddle the boundary, so each next call includes
the boundary millisecond itself and drops the tasks already yielded: no gap, no repeat.

Searches sorted another way cannot be walked like that; they stop at 100 with a warning.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import AsanaError
from .._pagination import Page

__all__ = ["created_at_walk", "warn_if_truncated"]

logger = logging.getLogger("asana_client")

SEARCH_MAXIMUM = 100  # tasks one search call returns at most
MILLISECOND = datetime.timedelta(milliseconds=1)

# fetch(params) -> (items, their created_at) for one search call
Search = Callable[[Mapping[str, str]], list[tuple[Any, datetime.datetime]]]


def created_at_walk(search: Search, params: Mapping[str, str]) -> Callable[..., Page[Any]]:
    """A PageIterator fetch function that walks `created_at` from the newest task back (or
    from the oldest forward, with sort_ascending=true). Its offsets are the boundary time."""
    ascending = params.get("sort_ascending") == "true"
    bound_name = "created_at.after" if ascending else "created_at.before"
    seen_at_boundary: dict[str, set[str]] = {}

    def fetch(offset: str | None, _size: int | None) -> Page[Any]:
        page_params = {**params, "sort_by": "created_at"}
        seen: set[str] = set()
        if offset is not None:
            boundary = datetime.datetime.fromisoformat(offset)
            step = -MILLISECOND if ascending else MILLISECOND  # include the boundary itself
            page_params[bound_name] = iso(boundary + step)
            seen = seen_at_boundary.get(offset, set())
        found = search(page_params)
        fresh = [(item, at) for item, at in found if item.gid not in seen]
        if len(found) < SEARCH_MAXIMUM:
            return Page([item for item, _ in fresh], None)
        if not fresh:
            raise AsanaError(
                f"more than {SEARCH_MAXIMUM} tasks match and were created in the same "
                f"millisecond ({offset}); narrow the search to get them all"
            )
        last = iso(fresh[-1][1])
        carried = seen if offset == last else set()
        at_last = {item.gid for item, at in fresh if iso(at) == last}
        seen_at_boundary[last] = carried | at_last
        return Page([item for item, _ in fresh], last)

    return fetch


def warn_if_truncated(name: str, count: int, sort_by: object) -> None:
    if count >= SEARCH_MAXIMUM:
        logger.warning(
            "%s sorted by %s returned %d tasks, Asana's maximum for one call: there may be "
            "more. Leave sort_by unset (or use created_at) to get every match.",
            name,
            sort_by,
            count,
        )


def iso(moment: datetime.datetime) -> str:
    """Asana's form: UTC with milliseconds and a Z."""
    utc = moment.astimezone(datetime.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
