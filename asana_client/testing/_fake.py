"""`FakeAsana`: the public face of the fake (seeding helpers, knobs, transports)."""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx

from .._client import Asana
from . import _mutate as m
from ._clock import VirtualClock
from ._model import (
    Attachment,
    Blob,
    CustomField,
    Project,
    Section,
    Tag,
    Task,
    Team,
    User,
    Workspace,
)
from ._seed import DemoSeed, seed_demo
from ._serve import serve as _serve
from ._server import Core, Fault, RecordedRequest, _Window
from ._webhooks import Delivery, Target

API_BASE = "https://app.asana.com/api/1.0"


class _StreamingMockTransport(httpx.MockTransport):
    """MockTransport that hands the request stream over unread (stock MockTransport
    buffers the whole body first, which would defeat streamed 100 MiB uploads)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.handler(request)
        assert isinstance(response, httpx.Response)
        return response


class FakeAsana:
    """In-memory Asana REST API reachable in-process (`transport()`) or over HTTP (`serve()`).

    All helpers take the state lock, so they are safe while a server thread is running.
    """

    def __init__(
        self,
        *,
        latency: float = 0.0,
        max_concurrent_reads: int | None = None,
        max_concurrent_writes: int | None = None,
        requests_per_minute: int | None = None,
        offset_ttl: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        premium: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`clock` (seconds, any origin) times rate limits, offsets and download links;
        `wall_clock` (epoch seconds) stamps records (created_at, modified_at, ...); `sleep`
        waits out `latency` and `fail_next(delay=)` on the server's side (see `.sleep`)."""
        self._core = Core(
            latency=latency,
            max_reads=max_concurrent_reads,
            max_writes=max_concurrent_writes,
            rpm=requests_per_minute,
            offset_ttl=offset_ttl,
            clock=clock,
            wall_clock=wall_clock,
            sleep=sleep,
        )
        self._state = self._core.state
        self._default_team: str | None = None
        self._first_user: str | None = None
        self._users_added = 0
        self.base_url = API_BASE
        self.workspace_gid = self.add_workspace(
            "My Workspace", is_organization=True, premium=premium
        )

    # ---- knobs and observations -------------------------------------------------------------
    @property
    def latency(self) -> float:
        return self._core.latency

    @latency.setter
    def latency(self, value: float) -> None:
        self._core.latency = value

    @property
    def storage_redirect(self) -> bool:
        """When True, download_url points at the API origin and 302s to storage."""
        return self._core.storage_redirect

    @storage_redirect.setter
    def storage_redirect(self, value: bool) -> None:
        self._core.storage_redirect = value

    @property
    def sleep(self) -> Callable[[float], None]:
        """What a request waits with for the fake's latency and injected delays, in the thread
        answering it; replace it (a gate, a virtual clock) to decide when an answer comes."""
        return self._core.sleep

    @sleep.setter
    def sleep(self, value: Callable[[float], None]) -> None:
        self._core.sleep = value

    @property
    def requests(self) -> list[RecordedRequest]:
        return list(self._core.requests)

    @property
    def storage_requests(self) -> list[RecordedRequest]:
        return list(self._core.storage_requests)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Block until `condition()` is true, looking again each time the fake records a
        request; False if `timeout` seconds pass first. For requests a served fake finishes
        after the client gave up on them (a delayed answer the client timed out on).
        `condition` should only read the fake: recording waits while it runs."""
        with self._core.recorded:
            return self._core.recorded.wait_for(condition, timeout)

    def clear_requests(self) -> None:
        self._core.requests.clear()
        self._core.storage_requests.clear()

    @property
    def errors(self) -> list[Exception]:
        """Unexpected exceptions inside the fake (answered as 500); should stay empty."""
        return list(self._core.errors)

    @property
    def tasks_created(self) -> int:
        return self._core.tasks_created

    def task_count(self) -> int:
        with self._state.lock:
            return len(self._state.tasks)

    @property
    def max_seen_concurrent_reads(self) -> int:
        return self._core.max_seen["read"]

    @property
    def max_seen_concurrent_writes(self) -> int:
        return self._core.max_seen["write"]

    @property
    def rate_limited_count(self) -> int:
        return self._core.rate_limited_count

    def fail_next(
        self,
        status: int | None = None,
        *,
        retry_after: float | None = None,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        drop: bool = False,
        delay: float | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Make the next `times` matching requests fail before they are processed.

        `path` matches exactly, as a prefix on a segment boundary, or as an fnmatch
        pattern; it may include the /api/1.0 prefix. Without `path` only API and OAuth
        requests match; storage requests need an explicit path such as "/blobs/*".
        """
        if status is None and not drop and delay is None:
            status = 500
        fault = Fault(
            status, retry_after, times, method, path, body, content_type, drop, delay, headers
        )
        with self._core._meta:
            self._core.faults.append(fault)

    def rate_limit(self, requests: int, window: float, retry_after: float | None = None) -> None:
        """Allow `requests` API requests per `window` seconds (all tokens), then 429."""
        with self._core._meta:
            self._core.global_window = _Window(requests, window, retry_after)

    def expire_offsets(self) -> None:
        with self._state.lock:
            self._core.pager.expire_all()

    def expire_download_links(self) -> None:
        with self._state.lock:
            self._core.links_expired_upto = self._core.link_serial

    def expire_sync_tokens(self) -> None:
        """Make every events sync token issued so far stale: the next `GET /events` with one
        answers 412 and a fresh token, as Asana does when a token is too old (which it also
        does here 24 hours after issue, on the fake's `clock`)."""
        with self._state.lock:
            self._core.events.expire_all()

    # ---- webhooks ---------------------------------------------------------------------------
    def webhook_target(self, target: Target) -> str:
        """Register an in-process webhook receiver and return the URL to create a webhook with.

        `target` is a function `(httpx.Request) -> httpx.Response` or any httpx transport, so a
        WSGI receiver plugs in as `fake.webhook_target(httpx.WSGITransport(app=app))`. The
        handshake and every delivery to that URL call it directly: no sockets, no threads.
        A loopback URL (a receiver served by the test) works as a target too."""
        with self._state.lock:
            return self._core.webhooks.register_target(target)

    def deliver_webhooks(self) -> list[Delivery]:
        """POST the queued events of every webhook to its target, now, in this thread.

        Each POST carries up to 100 events as `{"events": [...]}` with `X-Hook-Signature`
        (hex HMAC-SHA256 of the body, keyed by the webhook's secret). A batch the target
        does not accept with 2xx stays queued and is retried by a later call once the fake's
        `clock` reaches the webhook's `next_attempt_after` (30 s, then doubling up to an hour);
        a webhook that fails for 24 hours is deleted. Returns one `Delivery` per POST made."""
        return self._core.webhooks.deliver()

    def expire_token(self, token: str) -> None:
        with self._state.lock:
            info = self._state.tokens.get(token)
            if info is not None:
                info.revoked = True

    def add_oauth_client(self, client_id: str, client_secret: str) -> None:
        with self._state.lock:
            self._core.oauth_clients[client_id] = client_secret

    def issue_refresh_token(self, token_of_user: str, client_id: str) -> str:
        """A long-lived refresh token usable at POST /-/oauth_token by `client_id`."""
        with self._state.lock:
            user = self.user_gid(token_of_user)
            refresh = f"2/{user}/{secrets.token_hex(16)}"
            self._core.refresh_tokens[refresh] = (user, client_id)
            return refresh

    # ---- transports -------------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        """In-process transport routing app.asana.com and storage.fake-asana.test."""
        core = self._core

        def handler(request: httpx.Request) -> httpx.Response:
            timeout = (request.extensions.get("timeout") or {}).get("read")
            chunks: Iterable[bytes] = request.stream  # type: ignore[assignment]
            try:
                # A copy, as a server over the wire has: the client may change its request later.
                headers = request.headers.copy()
                resp = core.handle(
                    request.method, str(request.url), headers, chunks, timeout=timeout
                )
            except TimeoutError:
                raise httpx.ReadTimeout("Read timed out.", request=request) from None
            if resp.drop:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
            content: Any = resp.body
            return httpx.Response(resp.status, headers=resp.headers, content=content)

        return _StreamingMockTransport(handler)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        kwargs.setdefault("base_url", API_BASE)
        return httpx.Client(transport=self.transport(), **kwargs)

    def client(self, token: str | None = None, **options: Any) -> Asana:
        """An `Asana` client wired to this fake in-process, whose retries take no real time.

        `token` defaults to a new token of the first user added (the one `seed_demo` returns
        when it made the first user); with no user yet, the default user "Ada" is added.
        `options` go to `Asana(...)`. Unless given, `clock` is a fresh `VirtualClock`, so
        5xx backoff and 429 Retry-After waits are recorded there and return at once: pass
        your own `clock=VirtualClock()` to read its `sleeps`, or `clock=None` for real waits.
        """
        if token is None:
            with self._state.lock:
                token = self.add_token(self._first_user) if self._first_user else self.add_user()
        options.setdefault("http_client", self.http_client())
        options.setdefault("clock", VirtualClock())
        return Asana(access_token=token, **options)

    @contextlib.contextmanager
    def serve(self) -> Iterator[str]:
        """Serve over real HTTP on loopback; yields "http://127.0.0.1:<port>/api/1.0"."""
        with _serve(self._core) as base_url:
            yield base_url

    def close(self) -> None:
        """Release spooled attachment files."""
        with self._state.lock:
            for ent in self._state.objects.values():
                if isinstance(ent, Attachment) and ent.blob is not None:
                    ent.blob.close()

    # ---- seeding helpers ----------------------------------------------------------------------
    def _user(self, value: str | None) -> str | None:
        """Accept a token or a user gid."""
        if value is None:
            return None
        info = self._state.tokens.get(value)
        return info.user if info is not None else self._state.get(value, User).gid

    def user_gid(self, token: str) -> str:
        with self._state.lock:
            return self._state.tokens[token].user

    def add_workspace(
        self, name: str, *, is_organization: bool = False, premium: bool = True
    ) -> str:
        with self._state.lock:
            st = self._state
            ws = st.add(Workspace(st.new_gid(), name, is_organization, premium))
            ws.email_domains = ["example.com"] if is_organization else []
            return ws.gid

    def set_premium(self, workspace_gid: str, premium: bool) -> None:
        with self._state.lock:
            self._state.get(workspace_gid, Workspace).premium = premium

    @property
    def default_team_gid(self) -> str:
        """The team of the default workspace that the first user joins."""
        with self._state.lock:
            if self._default_team is None:
                self._default_team = self.add_team(self.workspace_gid, "My Team")
            return self._default_team

    def add_user(
        self, name: str = "Ada", email: str = "ada@example.com", workspace: str | None = None
    ) -> str:
        """Create a user in a workspace and return a personal access token for it."""
        with self._state.lock:
            st = self._state
            user = st.add(User(st.new_gid(), name, email))
            m.join_workspace(st, user, st.get(workspace or self.workspace_gid, Workspace))
            self._users_added += 1
            if self._users_added == 1:
                self._first_user = user.gid
                st.get(self.default_team_gid, Team).members[user.gid] = None
            return self._core.new_token(user.gid)

    def add_token(self, user: str) -> str:
        """Another token for an existing user (gid or token)."""
        with self._state.lock:
            gid = self._user(user)
            assert gid is not None
            return self._core.new_token(gid)

    def join_workspace(self, user: str, workspace_gid: str) -> None:
        with self._state.lock:
            gid = self._user(user)
            ws = self._state.get(workspace_gid, Workspace)
            m.join_workspace(self._state, self._state.get(gid, User), ws)

    def add_team(self, workspace_gid: str, name: str, *, members: Iterable[str] = ()) -> str:
        with self._state.lock:
            st = self._state
            team = st.add(Team(st.new_gid(), name, st.get(workspace_gid, Workspace).gid))
            for member in members:
                gid = self._user(member)
                if gid is not None:
                    team.members[gid] = None
            return team.gid

    def add_team_member(self, team_gid: str, user: str) -> None:
        with self._state.lock:
            gid = self._user(user)
            if gid is not None:
                self._state.get(team_gid, Team).members[gid] = None

    def add_project(
        self,
        name: str,
        *,
        workspace: str | None = None,
        team: str | None = None,
        archived: bool = False,
    ) -> str:
        with self._state.lock:
            st = self._state
            ws = st.get(workspace or self.workspace_gid, Workspace)
            if team is None and ws.gid == self.workspace_gid:
                team = self.default_team_gid
            proj = m.new_project(st, name, ws.gid, team, None)
            proj.archived = archived
            return proj.gid

    def add_section(self, project_gid: str, name: str) -> str:
        with self._state.lock:
            proj = self._state.get(project_gid, Project)
            return m.new_section(self._state, proj, name).gid

    def add_tag(self, name: str, *, workspace: str | None = None) -> str:
        with self._state.lock:
            st = self._state
            ws = workspace or self.workspace_gid
            return st.add(Tag(st.new_gid(), name, st.get(ws, Workspace).gid, st.now())).gid

    def add_custom_field(
        self,
        name: str,
        type: str = "text",
        *,
        workspace: str | None = None,
        enum_options: Iterable[str] = (),
        projects: Iterable[str] = (),
    ) -> str:
        """A custom field (enum/number/text) optionally attached to projects."""
        with self._state.lock:
            st = self._state
            cf = st.add(CustomField(st.new_gid(), name, type, workspace or self.workspace_gid))
            for option in enum_options:
                cf.enum_options.append(
                    {
                        "gid": st.new_gid(),
                        "resource_type": "enum_option",
                        "name": option,
                        "enabled": True,
                        "color": "none",
                    }
                )
            for pg in projects:
                st.get(pg, Project).custom_fields.append(cf.gid)
            return cf.gid

    def enum_option_gid(self, custom_field_gid: str, name: str) -> str:
        with self._state.lock:
            cf = self._state.get(custom_field_gid, CustomField)
            return str(next(o["gid"] for o in cf.enum_options if o["name"] == name))

    def add_task(
        self,
        name: str,
        *,
        workspace: str | None = None,
        projects: Iterable[str] = (),
        section: str | None = None,
        parent: str | None = None,
        assignee: str | None = None,
        completed: bool = False,
        due_on: str | None = None,
        tags: Iterable[str] = (),
        notes: str = "",
        custom_fields: dict[str, Any] | None = None,
        created_by: str | None = None,
    ) -> str:
        """Create a task directly (does not count towards `tasks_created`).

        `created_by` (a token or user gid) defaults to the first user added, so the record
        names a real creator like every task Asana returns."""
        with self._state.lock:
            st = self._state
            sec = st.get(section, Section) if section else None
            project_gids = list(dict.fromkeys(projects))
            if sec is not None and sec.project not in project_gids:
                project_gids.append(sec.project)
            parent_task = st.get(parent, Task) if parent else None
            ws = workspace
            if ws is None and project_gids:
                ws = st.get(project_gids[0], Project).workspace
            if ws is None and parent_task is not None:
                ws = parent_task.workspace
            now = st.now()
            task = Task(st.new_gid(), name, ws or self.workspace_gid, now, now, notes=notes)
            task.created_by = self._user(created_by) or self._first_user
            task.assignee = self._user(assignee)
            task.due_on = due_on
            st.add(task)
            for pg in project_gids:
                proj = st.get(pg, Project)
                m.add_task_to_project(st, task, proj, sec if sec and sec.project == pg else None)
            for tg in tags:
                m.add_tag(st, task, st.get(tg, Tag))
            if parent_task is not None:
                m.set_parent(st, task, parent_task)
            m.set_completed(st, task, completed, None)
            task.custom_values.update(custom_fields or {})
            return task.gid

    def add_story(self, task_gid: str, text: str, *, author: str | None = None) -> str:
        with self._state.lock:
            task = self._state.get(task_gid, Task)
            return m.add_story(self._state, task, text, self._user(author)).gid

    def add_attachment(
        self, task_gid: str, name: str, content: bytes, *, content_type: str | None = None
    ) -> str:
        with self._state.lock:
            st = self._state
            task = st.get(task_gid, Task)
            blob = Blob()
            blob.write(content)
            att = st.add(Attachment(st.new_gid(), name, task.gid, st.now(), blob=blob))
            if content_type:
                att.content_type = content_type
            task.attachments.append(att.gid)
            return att.gid

    def attachment_content(self, gid: str) -> bytes:
        with self._state.lock:
            att = self._state.get(gid, Attachment)
        blob = att.blob
        return blob.read_at(0, blob.size) if blob is not None else b""

    def add_record(self, resource_type: str, *, parents: Iterable[str] = (), **fields: Any) -> str:
        """A record of the generic store, which answers the operations on everything beyond
        the core entities (a "portfolio", "goal", "webhook", ... by resource_type or schema
        name); `fields` as a create request sends them, `parents` the gids it is listed under
        (`add_record("portfolio", parents=[workspace])`). Returns its gid."""
        with self._state.lock:
            return self._core.generic.add(resource_type, fields, parents).gid

    def user_task_list_gid(self, user: str, workspace: str | None = None) -> str:
        """The "My Tasks" list of a user (token or gid) for getTasksForUserTaskList."""
        with self._state.lock:
            gid = self._user(user)
            assert gid is not None
            return self._state.user_task_list(gid, workspace or self.workspace_gid).gid

    def seed_demo(
        self,
        *,
        projects: int = 20,
        tasks: int = 10_000,
        subtasks_per_task: float = 0.1,
        stories_per_task: float = 0.5,
        attachments_per_task: float = 0.05,
        tags: int = 10,
        users: int = 10,
        seed: int = 0,
    ) -> DemoSeed:
        """Fill the default workspace with a realistic, deterministic data set, owned by a new
        user "Demo Owner" whose token the result carries (see `DemoSeed`)."""
        with self._state.lock:
            token = self.add_user("Demo Owner", "owner@example.com")
            self.add_team_member(self.default_team_gid, token)  # even when not the first user
            return seed_demo(
                self._state,
                owner=self.user_gid(token),
                token=token,
                workspace=self.workspace_gid,
                team=self.default_team_gid,
                add_user=lambda name, email: self.user_gid(self.add_user(name, email)),
                projects=projects,
                tasks=tasks,
                subtasks_per_task=subtasks_per_task,
                stories_per_task=stories_per_task,
                attachments_per_task=attachments_per_task,
                tags=tags,
                users=users,
                seed=seed,
            )
