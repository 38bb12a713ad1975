"""Task endpoints: CRUD, listings, subtasks, dependencies, membership and followers."""

from __future__ import annotations

import re
from typing import Any

from . import _mutate as m
from ._context import Ctx, Routes
from ._http import Response
from ._model import CustomField, Project, Section, Tag, Task, User, UserTaskList
from ._util import ApiError, parse_bool, parse_date, parse_datetime

routes = Routes()
SUBTYPES = ("default_task", "milestone", "approval", "custom")
ASSIGNEE_STATUS = ("today", "upcoming", "later", "new", "inbox")
APPROVAL = ("pending", "approved", "rejected", "changes_requested")


def gid_list(value: Any, param: str) -> list[str]:
    """Accept a JSON list of gids or a comma-separated string (form bodies, query args)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ApiError(400, f"{param}: Value must be a list of ids")


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ApiError(400, f"{key}: Value must be a string")


def _choice(data: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
    value = data.get(key)
    if value is not None and value not in allowed:
        raise ApiError(400, f"{key}: Invalid value: {value}")
    return value


def _strip_html(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _apply_custom_fields(ctx: Ctx, task: Task, values: Any) -> None:
    if not isinstance(values, dict):
        raise ApiError(400, "custom_fields: Value must be an object")
    for cf_gid, value in values.items():
        cf = ctx.state.find(cf_gid, CustomField)
        if cf is None:
            raise ApiError(404, f"custom_fields: Unknown object: {cf_gid}")
        if value is None:
            task.custom_values.pop(cf.gid, None)
        elif cf.type == "enum":
            if not any(o["gid"] == value for o in cf.enum_options):
                raise ApiError(400, f"custom_fields: Unknown enum option: {value}")
            task.custom_values[cf.gid] = value
        elif cf.type == "number":
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ApiError(400, f"custom_fields: Not a number: {value}")
            try:
                task.custom_values[cf.gid] = float(value) if "." in str(value) else int(value)
            except ValueError:
                raise ApiError(400, f"custom_fields: Not a number: {value}") from None
        else:
            task.custom_values[cf.gid] = str(value)


def apply_task_fields(ctx: Ctx, task: Task, data: dict[str, Any]) -> None:
    """Writable scalar fields shared by create and update; unknown keys are ignored."""
    if "name" in data:
        task.name = _text(data, "name") or ""
    if "notes" in data:
        task.notes = _text(data, "notes") or ""
    elif "html_notes" in data:
        task.notes = _strip_html(_text(data, "html_notes") or "")
    if "resource_subtype" in data:
        task.resource_subtype = _choice(data, "resource_subtype", SUBTYPES) or "default_task"
    if "assignee_status" in data:
        task.assignee_status = _choice(data, "assignee_status", ASSIGNEE_STATUS) or "inbox"
    if "approval_status" in data:
        task.approval_status = _choice(data, "approval_status", APPROVAL) or "pending"
    if "assignee" in data:
        value = data["assignee"]
        task.assignee = None if value is None else ctx.resolve_user(value, "assignee").gid
    if "due_at" in data:
        due_at = _text(data, "due_at")
        if due_at is not None:
            parse_datetime(due_at, "due_at")
        task.due_at = due_at
        task.due_on = due_at[:10] if due_at else task.due_on
    if "due_on" in data:
        due_on = _text(data, "due_on")
        task.due_on = parse_date(due_on, "due_on") if due_on else None
    if "start_on" in data:
        start_on = _text(data, "start_on")
        task.start_on = parse_date(start_on, "start_on") if start_on else None
    if "liked" in data:
        task.liked = bool(parse_bool(data["liked"], "liked"))
    if "completed" in data:
        done = parse_bool(data["completed"], "completed")
        m.set_completed(ctx.state, task, bool(done), ctx.user.gid)
    if "custom_fields" in data:
        _apply_custom_fields(ctx, task, data["custom_fields"])
    m.touch(ctx.state, task)


def _create_task(ctx: Ctx, data: dict[str, Any], parent: Task | None) -> Response:
    projects = [ctx.get(Project, g, "projects") for g in gid_list(data.get("projects"), "projects")]
    if parent is None and data.get("parent") is not None:
        parent = ctx.get(Task, data["parent"], "parent")
    workspace: str | None = None
    if data.get("workspace") is not None:
        workspace = ctx.workspace(data["workspace"]).gid
    elif projects:
        workspace = projects[0].workspace
    elif parent is not None:
        workspace = parent.workspace
    if workspace is None:
        raise ApiError(400, "workspace: Missing input")
    if any(p.workspace != workspace for p in projects):
        raise ApiError(400, "projects: Projects must be in the same workspace as the task.")
    state = ctx.state
    now = state.now()
    task = Task(state.new_gid(), "", workspace, now, now, created_by=ctx.user.gid)
    apply_task_fields(ctx, task, data)
    tags = [ctx.get(Tag, g, "tags") for g in gid_list(data.get("tags"), "tags")]
    followers = [ctx.resolve_user(g, "followers") for g in gid_list(data.get("followers"), "f")]
    state.add(task)
    ctx.core.tasks_created += 1
    for proj in projects:
        m.add_task_to_project(state, task, proj)
    for membership in data.get("memberships") or []:
        if isinstance(membership, dict) and membership.get("project"):
            proj = ctx.get(Project, membership["project"], "memberships")
            sec = (
                ctx.get(Section, membership["section"], "memberships")
                if membership.get("section")
                else None
            )
            m.add_task_to_project(state, task, proj, sec)
    for tag in tags:
        m.add_tag(state, task, tag)
    task.followers = list(dict.fromkeys([ctx.user.gid, *(u.gid for u in followers)]))
    if parent is not None:
        m.set_parent(state, task, parent)
    return ctx.record(task, 201, created="tasks")


@routes.post("/tasks")
def create_task(ctx: Ctx) -> Response:
    return _create_task(ctx, ctx.data(), None)


@routes.get("/tasks/{task_gid}")
def get_task(ctx: Ctx, task_gid: str) -> Response:
    return ctx.record(ctx.get(Task, task_gid))


@routes.put("/tasks/{task_gid}")
def update_task(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    data = ctx.data()
    apply_task_fields(ctx, task, data)
    if "parent" in data:
        parent = None if data["parent"] is None else ctx.get(Task, data["parent"], "parent")
        m.set_parent(ctx.state, task, parent)
    return ctx.record(task)


@routes.delete("/tasks/{task_gid}")
def delete_task(ctx: Ctx, task_gid: str) -> Response:
    m.delete_task(ctx.state, ctx.get(Task, task_gid))
    return ctx.empty()


# ---- listings -----------------------------------------------------------------------------
def _completed_filter(ctx: Ctx) -> tuple[bool, float | None] | None:
    """None: no filter; (True, None): incomplete only; (True, t): incomplete or done since t."""
    raw = ctx.arg("completed_since")
    if raw is None:
        return None
    if raw == "now":
        return (True, None)
    return (True, parse_datetime(raw, "completed_since"))


def _filtered(ctx: Ctx, gids: list[str]) -> list[str]:
    completed = _completed_filter(ctx)
    raw_mod = ctx.arg("modified_since")
    modified = parse_datetime(raw_mod, "modified_since") if raw_mod else None
    if completed is None and modified is None:
        return list(gids)
    out = []
    tasks = ctx.state.tasks
    for gid in gids:
        t = tasks.get(gid)
        if t is None:
            continue
        if completed is not None and t.completed:
            since = completed[1]
            if since is None or t.completed_at is None or t.completed_at < since:
                continue
        if modified is not None and t.modified_at < modified:
            continue
        out.append(gid)
    return out


def _assigned(ctx: Ctx, user: User, workspace: str) -> list[str]:
    return [
        g for g, t in ctx.state.tasks.items() if t.assignee == user.gid and t.workspace == workspace
    ]


@routes.get("/tasks")
def get_tasks(ctx: Ctx) -> Response:
    given = [k for k in ("project", "section", "tag", "user_task_list") if ctx.arg(k)]
    assignee, workspace = ctx.arg("assignee"), ctx.arg("workspace")
    if len(given) > 1 or (given and assignee) or (not given and not (assignee and workspace)):
        raise ApiError(
            400,
            "Must specify exactly one of project, tag, section, user task list, "
            "or assignee + workspace",
        )
    source: list[str]
    if ctx.arg("project"):
        source = ctx.get(Project, ctx.arg("project"), "project").tasks
    elif ctx.arg("section"):
        source = ctx.get(Section, ctx.arg("section"), "section").tasks
    elif ctx.arg("tag"):
        source = ctx.get(Tag, ctx.arg("tag"), "tag").tasks
    elif ctx.arg("user_task_list"):
        utl = ctx.get(UserTaskList, ctx.arg("user_task_list"), "user_task_list")
        source = _assigned(ctx, ctx.state.get(utl.owner, User), utl.workspace)
    else:
        ws = ctx.workspace(workspace)
        source = _assigned(ctx, ctx.resolve_user(assignee, "assignee"), ws.gid)
    return ctx.listing(lambda: _filtered(ctx, source), Task)


@routes.get("/projects/{project_gid}/tasks")
def get_tasks_for_project(ctx: Ctx, project_gid: str) -> Response:
    proj = ctx.get(Project, project_gid)
    return ctx.listing(lambda: _filtered(ctx, proj.tasks), Task)


@routes.get("/sections/{section_gid}/tasks")
def get_tasks_for_section(ctx: Ctx, section_gid: str) -> Response:
    sec = ctx.get(Section, section_gid)
    return ctx.listing(lambda: _filtered(ctx, sec.tasks), Task)


@routes.get("/tags/{tag_gid}/tasks")
def get_tasks_for_tag(ctx: Ctx, tag_gid: str) -> Response:
    tag = ctx.get(Tag, tag_gid)
    return ctx.listing(lambda: list(tag.tasks), Task)


@routes.get("/user_task_lists/{utl_gid}/tasks")
def get_tasks_for_user_task_list(ctx: Ctx, utl_gid: str) -> Response:
    utl = ctx.get(UserTaskList, utl_gid)
    owner = ctx.state.get(utl.owner, User)
    return ctx.listing(lambda: _filtered(ctx, _assigned(ctx, owner, utl.workspace)), Task)


@routes.get("/user_task_lists/{utl_gid}")
def get_user_task_list(ctx: Ctx, utl_gid: str) -> Response:
    return ctx.record(ctx.get(UserTaskList, utl_gid))


@routes.get("/users/{user_gid}/user_task_list")
def get_user_task_list_for_user(ctx: Ctx, user_gid: str) -> Response:
    user = ctx.resolve_user(user_gid, "user")
    ws = ctx.workspace(ctx.arg("workspace"))
    return ctx.record(ctx.state.user_task_list(user.gid, ws.gid))


# ---- subtasks and parents -------------------------------------------------------------------
@routes.get("/tasks/{task_gid}/subtasks")
def get_subtasks(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    return ctx.listing(lambda: list(task.subtasks), Task)


@routes.post("/tasks/{task_gid}/subtasks")
def create_subtask(ctx: Ctx, task_gid: str) -> Response:
    parent = ctx.get(Task, task_gid)
    return _create_task(ctx, ctx.data(), parent)


def _anchor(ctx: Ctx, data: dict[str, Any], key: str, allowed: list[str]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise ApiError(400, f"{key}: Task {value} is not in the target list")
    return str(value)


@routes.post("/tasks/{task_gid}/setParent")
def set_parent(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    data = ctx.data()
    if "parent" not in data:
        raise ApiError(400, "parent: Missing input")
    parent = None if data["parent"] is None else ctx.get(Task, data["parent"], "parent")
    siblings = parent.subtasks if parent else []
    before = _anchor(ctx, data, "insert_before", siblings)
    after = _anchor(ctx, data, "insert_after", siblings)
    m.set_parent(ctx.state, task, parent, before, after)
    return ctx.record(task)


# ---- dependencies ---------------------------------------------------------------------------
def _premium_task(ctx: Ctx, task_gid: str) -> Task:
    task = ctx.get(Task, task_gid)
    ctx.require_premium(task.workspace)
    return task


def _task_args(ctx: Ctx, key: str) -> list[Task]:
    data = ctx.data()
    if key not in data:
        raise ApiError(400, f"{key}: Missing input")
    return [ctx.get(Task, g, key) for g in gid_list(data[key], key)]


@routes.get("/tasks/{task_gid}/dependencies")
def get_dependencies(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    return ctx.listing(lambda: list(task.dependencies), Task)


@routes.get("/tasks/{task_gid}/dependents")
def get_dependents(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    return ctx.listing(lambda: list(task.dependents), Task)


@routes.post("/tasks/{task_gid}/addDependencies")
def add_dependencies(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    for dep in _task_args(ctx, "dependencies"):
        m.link_dependency(ctx.state, task, dep)
    return ctx.empty()


@routes.post("/tasks/{task_gid}/removeDependencies")
def remove_dependencies(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    for dep in _task_args(ctx, "dependencies"):
        m.unlink_dependency(ctx.state, task, dep)
    return ctx.empty()


@routes.post("/tasks/{task_gid}/addDependents")
def add_dependents(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    for other in _task_args(ctx, "dependents"):
        m.link_dependency(ctx.state, other, task)
    return ctx.empty()


@routes.post("/tasks/{task_gid}/removeDependents")
def remove_dependents(ctx: Ctx, task_gid: str) -> Response:
    task = _premium_task(ctx, task_gid)
    for other in _task_args(ctx, "dependents"):
        m.unlink_dependency(ctx.state, other, task)
    return ctx.empty()


# ---- projects, tags, followers --------------------------------------------------------------
@routes.post("/tasks/{task_gid}/addProject")
def add_project(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    data = ctx.data()
    proj = ctx.get(Project, data.get("project"), "project")
    section = None
    if data.get("section") is not None:
        section = ctx.get(Section, data["section"], "section")
        if section.project != proj.gid:
            raise ApiError(400, "section: Section is not in the given project")
    if data.get("insert_before") is not None and data.get("insert_after") is not None:
        raise ApiError(400, "insert_before: Cannot use both insert_before and insert_after")
    pool = section.tasks if section is not None else proj.tasks
    before = _anchor(ctx, data, "insert_before", pool)
    after = _anchor(ctx, data, "insert_after", pool)
    m.add_task_to_project(ctx.state, task, proj, section, before, after)
    return ctx.empty()


@routes.post("/tasks/{task_gid}/removeProject")
def remove_project(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    proj = ctx.get(Project, ctx.data().get("project"), "project")
    m.remove_task_from_project(ctx.state, task, proj)
    return ctx.empty()


@routes.post("/tasks/{task_gid}/addTag")
def add_tag(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    m.add_tag(ctx.state, task, ctx.get(Tag, ctx.data().get("tag"), "tag"))
    return ctx.empty()


@routes.post("/tasks/{task_gid}/removeTag")
def remove_tag(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    m.remove_tag(ctx.state, task, ctx.get(Tag, ctx.data().get("tag"), "tag"))
    return ctx.empty()


def _followers(ctx: Ctx) -> list[str]:
    data = ctx.data()
    if "followers" not in data:
        raise ApiError(400, "followers: Missing input")
    return [ctx.resolve_user(v, "followers").gid for v in gid_list(data["followers"], "followers")]


@routes.post("/tasks/{task_gid}/addFollowers")
def add_followers(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    task.followers = list(dict.fromkeys([*task.followers, *_followers(ctx)]))
    m.touch(ctx.state, task)
    return ctx.record(task)


@routes.post("/tasks/{task_gid}/removeFollowers")
def remove_followers(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    gone = set(_followers(ctx))
    task.followers = [g for g in task.followers if g not in gone]
    m.touch(ctx.state, task)
    return ctx.record(task)
