"""Task endpoints: CRUD, listings, subtasks, dependencies, membership and followers."""

from __future__ import annotations

import re
from typing import Any

from . import _input as inp
from . import _mutate as m
from ._context import Ctx, Routes
from ._http import Response
from ._model import CustomField, Project, Section, Tag, Task, User, UserTaskList
from ._util import ApiError, parse_datetime

routes = Routes()
SUBTYPES = ("default_task", "milestone", "approval", "custom")
ASSIGNEE_STATUS = ("today", "upcoming", "later", "new", "inbox")
APPROVAL = ("pending", "approved", "rejected", "changes_requested")


def gid_list(value: Any, param: str) -> list[str]:
    """Accept a JSON list of gids or a comma-separated string (form bodies, query args)."""
    return [] if value is None else inp.gid_list(param, value)


def _cleared_date(key: str, value: Any) -> str | None:
    """A date, or null / "" to clear it."""
    return None if value in (None, "") else inp.date(key, value)


TASK_FIELDS: dict[str, inp.Check] = {
    "name": inp.text,
    "notes": inp.text,
    "html_notes": inp.text,
    "resource_subtype": inp.one_of(*SUBTYPES),
    "assignee_status": inp.one_of(*ASSIGNEE_STATUS),
    "approval_status": inp.one_of(*APPROVAL),
    "assignee": inp.nullable(inp.text),
    "assignee_section": inp.nullable(inp.text),
    "due_at": inp.nullable(inp.date_time),
    "due_on": _cleared_date,
    "start_at": inp.nullable(inp.date_time),
    "start_on": _cleared_date,
    "liked": inp.boolean,
    "completed": inp.boolean,
    "custom_fields": inp.mapping,
    "external": inp.external,
    "parent": inp.nullable(inp.text),
    "custom_type": inp.nullable(inp.text),
    "custom_type_status_option": inp.nullable(inp.text),
}
CREATE_FIELDS: dict[str, inp.Check] = {
    **TASK_FIELDS,
    "workspace": inp.nullable(inp.text),
    "projects": inp.nullable(inp.gid_list),
    "tags": inp.nullable(inp.gid_list),
    "followers": inp.nullable(inp.gid_list),
    "memberships": inp.nullable(inp.memberships),
}


def _strip_html(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _custom_value(cf: CustomField, value: Any) -> Any:
    """The stored value of one custom field, checked against its type (400 otherwise)."""
    if value is None:
        return None
    if cf.type == "enum":
        if not isinstance(value, str) or not any(o["gid"] == value for o in cf.enum_options):
            raise inp.bad("custom_fields", "an option of this enum field", value)
        return value
    if cf.type == "number":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise inp.bad("custom_fields", "a number", value)
        try:
            return float(value) if "." in str(value) else int(value)
        except ValueError:
            raise inp.bad("custom_fields", "a number", value) from None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise inp.bad("custom_fields", "a text value", value)
    return str(value)


def _custom_values(ctx: Ctx, values: dict[str, Any]) -> dict[str, Any]:
    """{custom field gid: stored value or None (clear)}, every field looked up first."""
    out = {}
    for cf_gid, value in values.items():
        cf = ctx.state.find(cf_gid, CustomField)
        if cf is None:
            raise ApiError(404, f"custom_fields: Unknown object: {cf_gid}")
        out[cf.gid] = _custom_value(cf, value)
    return out


def resolve_task_fields(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Check every writable field and look up every record named, changing nothing."""
    values = inp.parse(data, TASK_FIELDS)
    if values.get("assignee") is not None:
        values["assignee"] = ctx.resolve_user(values["assignee"], "assignee").gid
    if "custom_fields" in values:
        values["custom_fields"] = _custom_values(ctx, values["custom_fields"])
    for key in ("custom_type", "custom_type_status_option"):
        if values.get(key) is not None:  # the fake has no custom task types
            raise ApiError(404, f"{key}: Unknown object: {values[key]}")
    return values


def apply_task_fields(ctx: Ctx, task: Task, values: dict[str, Any]) -> None:
    """Write fields already checked by `resolve_task_fields`; unknown keys are ignored."""
    for key in ("name", "notes", "resource_subtype", "assignee_status", "approval_status"):
        if key in values:
            setattr(task, key, values[key])
    if "notes" not in values and "html_notes" in values:
        task.notes = _strip_html(values["html_notes"])
    for key in ("assignee", "start_on", "start_at", "external"):
        if key in values:
            setattr(task, key, values[key])
    if "due_at" in values:
        task.due_at = values["due_at"]
        task.due_on = values["due_at"][:10] if values["due_at"] else task.due_on
    if "due_on" in values:
        task.due_on = values["due_on"]
    if "liked" in values:
        task.liked = values["liked"]
    if "completed" in values:
        m.set_completed(ctx.state, task, values["completed"], ctx.user.gid)
    for cf_gid, value in values.get("custom_fields", {}).items():
        if value is None:
            task.custom_values.pop(cf_gid, None)
        else:
            task.custom_values[cf_gid] = value
    m.touch(ctx.state, task)


def _create_task(ctx: Ctx, data: dict[str, Any], parent: Task | None) -> Response:
    values = resolve_task_fields(ctx, data)
    extra = inp.parse(data, CREATE_FIELDS)
    projects = [ctx.get(Project, g, "projects") for g in extra.get("projects") or []]
    if parent is None and extra.get("parent") is not None:
        parent = ctx.get(Task, extra["parent"], "parent")
    workspace: str | None = None
    if extra.get("workspace") is not None:
        workspace = ctx.workspace(extra["workspace"]).gid
    elif projects:
        workspace = projects[0].workspace
    elif parent is not None:
        workspace = parent.workspace
    if workspace is None:
        raise ApiError(400, "workspace: Missing input")
    if any(p.workspace != workspace for p in projects):
        raise ApiError(400, "projects: Projects must be in the same workspace as the task.")
    placements = [
        (
            ctx.get(Project, project, "memberships"),
            ctx.get(Section, section, "memberships") if section else None,
        )
        for project, section in extra.get("memberships") or []
    ]
    tags = [ctx.get(Tag, g, "tags") for g in extra.get("tags") or []]
    followers = [ctx.resolve_user(g, "followers") for g in extra.get("followers") or []]
    state = ctx.state
    now = state.now()
    task = Task(state.new_gid(), "", workspace, now, now, created_by=ctx.user.gid)
    apply_task_fields(ctx, task, values)
    state.add(task)
    ctx.core.tasks_created += 1
    for proj in projects:
        m.add_task_to_project(state, task, proj)
    for proj, sec in placements:
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
    values = resolve_task_fields(ctx, ctx.data())
    parent = None
    if values.get("parent") is not None:
        parent = ctx.get(Task, values["parent"], "parent")
        m.check_parent(ctx.state, task, parent)
    old_name = task.name
    apply_task_fields(ctx, task, values)
    if "parent" in values:
        m.set_parent(ctx.state, task, parent)
    if task.name != old_name:
        m.add_change_story(ctx.state, task, ctx.user.gid, "name_changed", old_name=old_name)
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
