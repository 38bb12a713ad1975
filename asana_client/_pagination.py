"""Lazy iteration over Asana's offset-paginated lists.

Asana answers a list with one page and `next_page.offset`, a token valid only for the same query
and only for a while. `PageIterator` follows those tokens by itself. Nothing is sent until
iteration starts. With prefetch on, a caller that does work between pages gets the next page
requested in the background while it works (one page ahead, never more); its error, if any, is
raised exactly where the caller reaches that page.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from . import _defaults
from ._errors import AsanaError, InvalidRequestError

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

__all__ = ["Page", "PageIterator"]

T = TypeVar("T")

# Seconds a caller must spend on a page before the next one is fetched in the background: less
# than that, and the thread hand-off costs more than the overlap saves.
PREFETCH_WHEN_CALLER_WORKS = 0.001


CLOSED = "the Asana client was closed while this list was being read"
# Empty pages in a row that still point at a next page: past this, the server is going round
# in circles (a filter that matches nothing would end the list, not page through nothing).
MAX_EMPTY_PAGES = 10


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the offset of the next page (None on the last)."""

    items: list[T]
    next_offset: str | None


class Progress:
    """Refuses a list that would never end: a next offset seen before, or page after page of
    nothing. Either is an AsanaError, never a loop (server state is not trusted to converge)."""

    def __init__(self, first_offset: str | None) -> None:
        self.seen: set[str] = set() if first_offset is None else {first_offset}
        self.empty_in_a_row = 0

    def check(self, page: Page[T]) -> str:
        offset = page.next_offset
        assert offset is not None
        if offset in self.seen:
            raise AsanaError(f"the server sent next_page.offset {offset!r} a second time")
        self.seen.add(offset)
        self.empty_in_a_row = 0 if page.items else self.empty_in_a_row + 1
        if self.empty_in_a_row > MAX_EMPTY_PAGES:
            raise AsanaError(
                f"the server sent {self.empty_in_a_row} empty pages in a row, each with a next page"
            )
        return offset


def received(pending: Future[Page[T]]) -> Page[T]:
    """The prefetched page, or its error; a prefetch cancelled by close() is an AsanaError."""
    from concurrent.futures import CancelledError

    try:
        return pending.result()
    except CancelledError:
        raise AsanaError(CLOSED) from None


# fetch(offset, limit) -> Page; limit is None for the few lists Asana does not paginate.
FetchPage = Callable[[str | None, int | None], Page[T]]


class PageIterator(Generic[T]):
    """Iterate items (`for task in it`) or pages (`it.pages()`); re-iterating starts over."""

    def __init__(
        self,
        fetch: FetchPage[T],
        *,
        limit: int | None = _defaults.PAGE_LIMIT,
        max_items: int | None = None,
        offset: str | None = None,
        executor: Executor | None = None,
    ) -> None:
        for name, value in (("limit", limit), ("max_items", max_items), ("offset", offset)):
            expected = str if name == "offset" else int
            if value is not None and (not isinstance(value, expected) or isinstance(value, bool)):
                raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
        if limit is not None and not 1 <= limit <= 100:
            raise ValueError(f"limit must be between 1 and 100, not {limit!r}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be 0 or more, not {max_items!r}")
        self._fetch = fetch
        self._limit = limit
        self._max_items = max_items
        self._offset = offset
        self._executor = executor

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[T]]:
        """Yield pages in order, trimmed so that no more than `max_items` items come out."""
        remaining = self._max_items
        for page in self._raw_pages():
            if remaining is not None:
                if remaining <= 0:
                    return
                if len(page.items) > remaining:
                    page = Page(page.items[:remaining], page.next_offset)
                remaining -= len(page.items)
            yield page

    def _page_size(self, remaining: int | None) -> int | None:
        if self._limit is None or remaining is None:
            return self._limit
        return max(1, min(self._limit, remaining))

    def _raw_pages(self) -> Iterator[Page[T]]:
        """Fetch page after page. With an executor, the next page is requested in the background
        while the caller works on this one, but only once the caller has shown it does work
        between pages (a bare `list()` gains nothing from a thread hand-off and pays for it).
        A caller that stops after the first page costs one request; a prefetch left behind by
        an early stop is cancelled."""
        if self._max_items == 0:
            return
        offset, fetched = self._offset, 0
        pending: Future[Page[T]] | None = None
        caller_works = False  # did the caller spend time on the previous page?
        progress = Progress(offset)
        try:
            while True:
                page = self._fetch_at(offset, fetched) if pending is None else received(pending)
                pending = None
                fetched += len(page.items)
                if page.next_offset is None or self._reached_cap(fetched):
                    yield page
                    return
                offset = progress.check(page)
                if self._executor is not None and caller_works:
                    pending = self._prefetch(offset, fetched)
                handed_over = time.perf_counter()
                yield page
                caller_works = time.perf_counter() - handed_over >= PREFETCH_WHEN_CALLER_WORKS
        finally:
            if pending is not None:
                pending.cancel()

    def _prefetch(self, offset: str, fetched: int) -> Future[Page[T]]:
        assert self._executor is not None
        try:
            return self._executor.submit(self._fetch_at, offset, fetched)
        except RuntimeError:  # the executor was shut down: the client was closed
            raise AsanaError(CLOSED) from None

    def _reached_cap(self, fetched: int) -> bool:
        return self._max_items is not None and fetched >= self._max_items

    def _fetch_at(self, offset: str | None, fetched: int) -> Page[T]:
        remaining = None if self._max_items is None else self._max_items - fetched
        try:
            return self._fetch(offset, self._page_size(remaining))
        except InvalidRequestError as exc:
            if offset is not None and "offset" in exc.message.lower():
                exc.offset = offset
                exc.add_note(f"Resume from a fresh query; the rejected offset was {offset!r}.")
            raise
