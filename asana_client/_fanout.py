"""Run one call per item on a thread pool, keeping each item's result or error.

Sync scripts mostly wait on the network ("for each of these 200 projects, list the tasks"), so
running the calls side by side is where a shared client gets its speed. The client's own limits
(concurrent reads/writes, rate limit, shared 429 pause) keep the fan-out inside Asana's limits,
whatever `max_workers` is. One failing item does not hide the others: each outcome carries its
own value or exception.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Outcome", "fan_out"]

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

DEFAULT_WORKERS = 16


@dataclass(frozen=True)
class Outcome(Generic[ItemT, ResultT]):
    """What happened to one item: `value` when the call returned, `error` when it raised."""

    item: ItemT
    value: ResultT | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> ResultT:
        """The value, or the item's exception raised here."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def fan_out(
    call: Callable[[ItemT], ResultT],
    items: Iterable[ItemT],
    *,
    max_workers: int = DEFAULT_WORKERS,
) -> Iterator[Outcome[ItemT, ResultT]]:
    """Yield one Outcome per item, in the order of `items`, as soon as each is ready in turn.
    Exceptions (including AsanaError) are captured per item, never raised from here. Items are
    read lazily, a bounded window ahead, so a long or endless iterable is fine; nothing starts
    before the first Outcome is asked for."""
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    return _fan_out(call, iter(items), max_workers)


def _fan_out(
    call: Callable[[ItemT], ResultT], items: Iterator[ItemT], max_workers: int
) -> Iterator[Outcome[ItemT, ResultT]]:
    from concurrent.futures import ThreadPoolExecutor  # loaded by those who fan out

    window: deque[tuple[ItemT, Future[ResultT]]] = deque()
    source = ItemSource(items)
    with ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="asana-fan-out") as pool:
        try:
            while True:
                for item in source.take(2 * max_workers - len(window)):
                    window.append((item, pool.submit(call, item)))
                if not window:
                    source.raise_failure()  # after every call that ran has been reported
                    return
                item, future = window.popleft()
                error = future.exception()
                if error is None:
                    yield Outcome(item, value=future.result())
                else:
                    yield Outcome(item, error=error)
        finally:  # the caller stopped early: do not start the calls still queued
            for _, future in window:
                future.cancel()


class ItemSource(Generic[ItemT]):
    """Reads the caller's items lazily. When reading fails (say, the next page of a list),
    reading stops and the error waits until the outcome of every call already started has been
    yielded: for writes, the caller must learn which of them happened."""

    def __init__(self, items: Iterator[ItemT]) -> None:
        self._items = items
        self._failure: BaseException | None = None
        self._exhausted = False

    def take(self, count: int) -> list[ItemT]:
        taken: list[ItemT] = []
        while not self._exhausted and len(taken) < count:
            try:
                taken.append(next(self._items))
            except StopIteration:
                self._exhausted = True
            except Exception as exc:
                self._failure, self._exhausted = exc, True
        return taken

    def raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure
