"""What a credential could leak through: every text reachable from a raised exception.

A caller, a logger or an error tracker (Sentry captures locals) can reach the exception's text
and repr, its traceback with each frame's local variables, and, for it and every chained
`__cause__`/`__context__`, the response and request it carries (headers, URL, body).
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from pathlib import Path

import httpx

TESTS = Path(__file__).resolve().parents[1]


def reachable_texts(exc: BaseException) -> list[str]:
    texts = ["".join(traceback.format_exception(exc))]
    for error in chain(exc):
        texts += [str(error), repr(error), *library_locals(error)]
        for request in carried_requests(error):
            texts += [str(request.url), repr(request.headers.raw), body_of(request)]
    return texts


def library_locals(error: BaseException) -> list[str]:
    """repr() of every local variable of every frame the error passed through outside the
    tests themselves (a test's own locals hold the token it made)."""
    texts = []
    for frame, _ in traceback.walk_tb(error.__traceback__):
        if TESTS not in Path(frame.f_code.co_filename).parents:
            texts += [f"{name}={safe_repr(value)}" for name, value in frame.f_locals.items()]
    return texts


def safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception as exc:  # a half-built object; its repr is not what an error tracker sees
        return f"<repr failed: {type(exc).__name__}>"


def leaked(exc: BaseException, secrets: Iterable[str]) -> list[str]:
    """The secrets found in any text reachable from `exc` (empty when nothing leaks)."""
    texts = reachable_texts(exc)
    return [secret for secret in secrets if any(secret in text for text in texts)]


def chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or any(error is seen for seen in found):
            continue
        found.append(error)
        pending += [error.__cause__, error.__context__]
    return found


def carried_requests(error: BaseException) -> list[httpx.Request]:
    """The request an httpx error or an AsanaError's response holds (httpx raises
    RuntimeError from `.request` when none was attached)."""
    requests = []
    response = getattr(error, "response", None)
    for holder, attribute in ((error, "request"), (response, "request")):
        try:
            request = getattr(holder, attribute, None)
        except RuntimeError:
            continue
        if isinstance(request, httpx.Request):
            requests.append(request)
    return requests


def body_of(request: httpx.Request) -> str:
    try:
        return request.read().decode("utf-8", "replace")
    except (httpx.StreamConsumed, httpx.StreamClosed, RuntimeError):
        return ""
