"""In-memory records and the state container that indexes them.

Relations are stored as ordered lists of gids on both sides (e.g. `Project.tasks` and
`Task.projects`) so listing endpoints read a ready-made ordering instead of scanning.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar, TypeVar

from ._util import ApiError, is_gid


class Entity:
    """Base of every stored record; `resource_type` is what the API reports."""

    __slots__ = ()
    resource_type: ClassVar[str] = ""
    gid: str


@dataclass(slots=True, eq=False)
class Workspace(Entity):
    resource_type: ClassVar[str] = "workspace"
    gid: str
    name: str
    is_organization: bool
    premium: bool
    email_domains: list[str] = field(default_factory=list)
    members: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, eq=False)
class User(Entity):
    resource_type: ClassVar[str] = "user"
    gid: str
    name: str
    email: str
    workspaces: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, eq=False)
class Team(Entity):
    resource_type: ClassVar[str] = "team"
    gid: str
    name: str
    workspace: str
    description: str = ""
    visibility: str = "request_to_join"
    access_levels: dict[str, str] = field(default_factory=dict)
    members: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True, eq=False)
class CustomField(Entity):
    resource_type: ClassVar[str] = "custom_field"
    gid: str
    name: str
    type: str  # "enum", "multi_enum", "number", "text", "date" or "people"
    workspace: str
    enum_options: list[dict[str, Any]] = field(default_factory=list)
    precision: int = 0
    description: str = ""
    format: str = "none"
    created_by: str | None = None


@dataclass(slots=True, eq=False)
class Project(Entity):
    resource_type: ClassVar[str] = "project"
    gid: str
    name: str
    workspace: str
    team: str | None
    created_at: float
    modified_at: float
    archived: bool = False
    color: str | None = None
    icon: str = "list"
    notes: str = ""
    owner: str | None = None
    privacy_setting: str = "public_to_workspace"
    default_access_level: str = "editor"
    minimum_access_level_for_customization: str = "editor"
    minimum_access_level_for_sharing: str = "editor"
    due_on: str | None = None
    start_on: str | None = None
    default_view: str = "list"
    completed: bool = False
    completed_at: float | None = None
    followers: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    custom_fields: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Section(Entity):
    resource_type: ClassVar[str] = "section"
    gid: str
    name: str
    project: str
    created_at: float
    tasks: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Tag(Entity):
    resource_type: ClassVar[str] = "tag"
    gid: str
    name: str
    workspace: str
    created_at: float
    color: str | None = None
    notes: str = ""
    followers: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Task(Entity):
    resource_type: ClassVar[str] = "task"
    gid: str
    name: str
    workspace: str
    created_at: float
    modified_at: float
    created_by: str | None = None
    notes: str = ""
    resource_subtype: str = "default_task"
    completed: bool = False
    completed_at: float | None = None
    completed_by: str | None = None
    assignee: str | None = None
    assignee_status: str = "inbox"
    due_on: str | None = None
    due_at: str | None = None
    start_on: str | None = None
    start_at: str | None = None
    approval_status: str = "pending"
    liked: bool = False
    external: dict[str, str] | None = None  # {"gid": ..., "data": ...} set by an integration
    parent: str | None = None
    subtasks: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    sections: dict[str, str | None] = field(default_factory=dict)  # project gid -> section
    tags: list[str] = field(default_factory=list)
    followers: list[str] = field(default_factory=list)
    dependencies: list[str] = field(default_factory=list)
    dependents: list[str] = field(default_factory=list)
    custom_values: dict[str, Any] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Story(Entity):
    resource_type: ClassVar[str] = "story"
    gid: str
    task: str
    text: str
    created_at: float
    created_by: str | None
    resource_subtype: str = "comment_added"
    type: str = "comment"
    is_pinned: bool = False
    changes: dict[str, Any] = field(default_factory=dict)  # old_name/new_name, ... (system)


class Blob:
    """Attachment bytes: kept in memory while small, spooled to an anonymous temp file after.

    Reads use `os.pread` so concurrent streamed downloads of one file do not fight over a
    shared file position.
    """

    MEMORY_LIMIT = 4 * 1024 * 1024

    def __init__(self) -> None:
        self._mem: bytearray | None = bytearray()
        self._file: IO[bytes] | None = None
        self._lock = threading.Lock()
        self.size = 0

    def write(self, data: bytes) -> None:
        if self._mem is not None and len(self._mem) + len(data) > self.MEMORY_LIMIT:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the blob
            self._file.write(self._mem)
            self._mem = None
        if self._mem is not None:
            self._mem += data
        else:
            assert self._file is not None
            self._file.write(data)
        self.size += len(data)

    def read_at(self, offset: int, n: int) -> bytes:
        if self._mem is not None:
            return bytes(self._mem[offset : offset + n])
        assert self._file is not None
        if hasattr(os, "pread"):
            self._file.flush()
            return os.pread(self._file.fileno(), n, offset)
        with self._lock:
            self._file.seek(offset)
            return self._file.read(n)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._mem = bytearray()
        self._file = None


@dataclass(slots=True, eq=False)
class Attachment(Entity):
    resource_type: ClassVar[str] = "attachment"
    gid: str
    name: str
    parent: str
    created_at: float
    resource_subtype: str = "asana"
    host: str = "asana"
    url: str | None = None
    content_type: str = "application/octet-stream"
    blob: Blob | None = None
    connected_to_app: bool = False

    @property
    def size(self) -> int:
        return self.blob.size if self.blob is not None else 0


@dataclass(slots=True, eq=False)
class UserTaskList(Entity):
    resource_type: ClassVar[str] = "user_task_list"
    gid: str
    owner: str
    workspace: str
    name: str = "My Tasks"


@dataclass
class TokenInfo:
    """A bearer token (PAT or OAuth access token) bound to a user."""

    user: str
    expires_at: float | None = None
    revoked: bool = False


E = TypeVar("E", bound=Entity)


class State:
    """All records. Callers hold `lock` while reading or mutating."""

    def __init__(self, wall_clock: Callable[[], float] = time.time) -> None:
        self.wall_clock = wall_clock
        self.lock = threading.RLock()
        self.objects: dict[str, Entity] = {}
        self.tasks: dict[str, Task] = {}
        self.tokens: dict[str, TokenInfo] = {}
        self.user_task_lists: dict[tuple[str, str], str] = {}
        self._next_gid = 1_200_000_000_000_001
        self._last_ts = 0.0

    def new_gid(self) -> str:
        """Numeric string ids, unique across all record types like Asana's."""
        gid = str(self._next_gid)
        self._next_gid += 1
        return gid

    def new_gid_watermark(self) -> int:
        """The number the next gid will have: every gid below it was handed out already."""
        return self._next_gid

    def now(self) -> float:
        """Wall-clock time, strictly increasing so modified_at always moves forward, and
        never ahead of the real clock: a caller comparing a timestamp with its own
        `datetime.now()` right after the request must see it in the past. Two calls in the
        same clock tick wait for the next one (well under a microsecond); a wall clock set
        back by more than a second is followed rather than waited for. An injected clock
        that stands still is nudged forward by a microsecond instead."""
        ts = self.wall_clock()
        if self.wall_clock is time.time:
            while ts <= self._last_ts and self._last_ts - ts < 1.0:
                ts = time.time()
        elif ts <= self._last_ts:
            ts = self._last_ts + 1e-6
        self._last_ts = ts
        return ts

    def add(self, ent: E) -> E:
        self.objects[ent.gid] = ent
        if isinstance(ent, Task):
            self.tasks[ent.gid] = ent
        return ent

    def remove(self, gid: str) -> None:
        self.objects.pop(gid, None)
        self.tasks.pop(gid, None)

    def find(self, gid: str | None, cls: type[E]) -> E | None:
        ent = self.objects.get(gid or "")
        return ent if isinstance(ent, cls) else None

    def get(self, gid: object, cls: type[E], param: str | None = None) -> E:
        """Look a record up by gid, raising Asana's 404 for unknown or mistyped ids."""
        prefix = f"{param}: " if param else ""
        if not isinstance(gid, str) or not gid:
            raise ApiError(400, f"{prefix}Missing input")
        ent = self.objects.get(gid) if is_gid(gid) else None
        if not isinstance(ent, cls):
            raise ApiError(404, f"{prefix}Unknown object: {gid}")
        return ent

    def workspace_of(self, ent: Entity) -> str | None:
        """The workspace that guards access to a record (None: visible to everyone)."""
        if isinstance(ent, Workspace):
            return ent.gid
        if isinstance(ent, Task | Project | Tag | Team | CustomField | UserTaskList):
            return ent.workspace
        if isinstance(ent, Section):
            proj = self.find(ent.project, Project)
            return proj.workspace if proj else None
        if isinstance(ent, Story):
            task = self.find(ent.task, Task)
            return task.workspace if task else None
        if isinstance(ent, Attachment):
            owner = self.objects.get(ent.parent)
            return self.workspace_of(owner) if owner is not None else None
        return None

    def user_task_list(self, user: str, workspace: str) -> UserTaskList:
        """The lazily created "My Tasks" list of a user in a workspace."""
        key = (user, workspace)
        gid = self.user_task_lists.get(key)
        if gid is None:
            utl = self.add(UserTaskList(self.new_gid(), user, workspace))
            self.user_task_lists[key] = utl.gid
            return utl
        found = self.find(gid, UserTaskList)
        assert found is not None
        return found
