"""Projects, sections, tags and stories."""

from __future__ import annotations

import re
from typing import Any

from . import _input as inp
from . import _mutate as m
from ._context import Ctx, Routes
from ._http import Response
from ._model import Project, Section, Story, Tag, Task, Team, Workspace
from ._util import ApiError

routes = Routes()
VIEWS = ("list", "board", "calendar", "timeline")


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else inp.text(key, value)


def _cleared_date(key: str, value: Any) -> str | None:
    return None if value in (None, "") else inp.date(key, value)


ACCESS = ("admin", "editor", "commenter", "viewer")
PROJECT_FIELDS: dict[str, inp.Check] = {
    "name": inp.text,
    "notes": inp.text,
    "html_notes": inp.text,
    "color": inp.nullable(inp.one_of(*inp.PROJECT_COLORS)),
    "icon": inp.nullable(inp.one_of(*inp.PROJECT_ICONS)),
    "archived": inp.boolean,
    "public": inp.boolean,
    "privacy_setting": inp.one_of("public_to_workspace", "private_to_team", "private"),
    "due_on": _cleared_date,
    "due_date": _cleared_date,
    "start_on": _cleared_date,
    "default_view": inp.one_of(*VIEWS),
    "default_access_level": inp.one_of(*ACCESS),
    "minimum_access_level_for_customization": inp.one_of("admin", "editor"),
    "minimum_access_level_for_sharing": inp.one_of("admin", "editor"),
    "owner": inp.nullable(inp.text),
    "team": inp.nullable(inp.text),
    "workspace": inp.nullable(inp.text),
    "followers": inp.nullable(inp.comma_list),
    "custom_fields": inp.mapping,
}
SETTABLE = (
    "name",
    "notes",
    "color",
    "icon",
    "archived",
    "privacy_setting",
    "start_on",
    "default_view",
    "default_access_level",
    "minimum_access_level_for_customization",
    "minimum_access_level_for_sharing",
)


# ---- projects -------------------------------------------------------------------------------
def _resolve_project(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Check every field and look up every record named, changing nothing."""
    values = inp.parse(data, PROJECT_FIELDS)
    if values.get("owner") is not None:
        values["owner"] = ctx.resolve_user(values["owner"], "owner").gid
    if values.get("team") is not None:
        values["team"] = ctx.get(Team, values["team"], "team")
    values["followers"] = [
        ctx.resolve_user(g, "followers").gid for g in values.get("followers") or []
    ]
    if "public" in values and "privacy_setting" not in values:
        values["privacy_setting"] = "public_to_workspace" if values["public"] else "private"
    if "notes" not in values and "html_notes" in values:
        values["notes"] = re.sub(r"<[^>]+>", "", values["html_notes"])
    for key in ("due_date", "due_on"):
        if key in values:
            values["due"] = values[key]
    return values


def _apply_project(ctx: Ctx, proj: Project, values: dict[str, Any]) -> None:
    for key in SETTABLE:
        if key in values:
            setattr(proj, key, values[key])
    if "due" in values:
        proj.due_on = values["due"]
    if "owner" in values:
        proj.owner = values["owner"]
    if values.get("team") is not None:
        proj.team = values["team"].gid
    proj.followers = list(dict.fromkeys([*proj.followers, *values["followers"]]))
    proj.modified_at = ctx.state.now()


def _create_project(ctx: Ctx, ws: Workspace | None, team: Team | None) -> Response:
    values = _resolve_project(ctx, ctx.data())
    if team is None and values.get("team") is not None:
        team = values["team"]
    if ws is None and values.get("workspace") is not None:
        ws = ctx.workspace(values["workspace"])
    if ws is None and team is not None:
        ws = ctx.workspace(team.workspace)
    if ws is None:
        raise ApiError(400, "workspace: Missing input")
    if team is not None and team.workspace != ws.gid:
        raise ApiError(400, "team: Team is not in the given workspace")
    if ws.is_organization and team is None:
        raise ApiError(400, "team: Missing input. Projects in organizations need a team.")
    proj = m.new_project(ctx.state, "", ws.gid, team.gid if team else None, ctx.user.gid)
    _apply_project(ctx, proj, {k: v for k, v in values.items() if k != "team"})
    return ctx.record(proj, 201, created="projects")


def _projects_in(ctx: Ctx, pred: Any) -> list[str]:
    archived = ctx.bool_arg("archived")
    return [
        e.gid
        for e in ctx.state.objects.values()
        if isinstance(e, Project) and pred(e) and (archived is None or e.archived == archived)
    ]


@routes.get("/projects")
def get_projects(ctx: Ctx) -> Response:
    ws_arg, team_arg = ctx.arg("workspace"), ctx.arg("team")
    ws = ctx.workspace(ws_arg).gid if ws_arg else None
    team = ctx.get(Team, team_arg, "team").gid if team_arg else None
    mine = ctx.user.workspaces

    def pred(p: Project) -> bool:
        if ws is not None and p.workspace != ws:
            return False
        if team is not None and p.team != team:
            return False
        return p.workspace in mine

    return ctx.listing(lambda: _projects_in(ctx, pred), Project)


@routes.post("/projects")
def create_project(ctx: Ctx) -> Response:
    return _create_project(ctx, None, None)


@routes.get("/projects/{project_gid}")
def get_project(ctx: Ctx, project_gid: str) -> Response:
    return ctx.record(ctx.get(Project, project_gid))


@routes.put("/projects/{project_gid}")
def update_project(ctx: Ctx, project_gid: str) -> Response:
    proj = ctx.get(Project, project_gid)
    _apply_project(ctx, proj, _resolve_project(ctx, ctx.data()))
    return ctx.record(proj)


@routes.delete("/projects/{project_gid}")
def delete_project(ctx: Ctx, project_gid: str) -> Response:
    m.delete_project(ctx.state, ctx.get(Project, project_gid))
    return ctx.empty()


@routes.get("/tasks/{task_gid}/projects")
def get_projects_for_task(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    return ctx.listing(lambda: list(task.projects), Project)


@routes.get("/teams/{team_gid}/projects")
def get_projects_for_team(ctx: Ctx, team_gid: str) -> Response:
    team = ctx.get(Team, team_gid)
    return ctx.listing(lambda: _projects_in(ctx, lambda p: p.team == team.gid), Project)


@routes.post("/teams/{team_gid}/projects")
def create_project_for_team(ctx: Ctx, team_gid: str) -> Response:
    team = ctx.get(Team, team_gid)
    return _create_project(ctx, ctx.workspace(team.workspace), team)


@routes.get("/workspaces/{workspace_gid}/projects")
def get_projects_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    return ctx.listing(lambda: _projects_in(ctx, lambda p: p.workspace == ws.gid), Project)


@routes.post("/workspaces/{workspace_gid}/projects")
def create_project_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    return _create_project(ctx, ctx.workspace(workspace_gid, None), None)


# ---- sections -------------------------------------------------------------------------------
SECTION_FIELDS: dict[str, inp.Check] = {
    "name": inp.text,
    "insert_before": inp.nullable(inp.text),
    "insert_after": inp.nullable(inp.text),
}


def _section_anchor(ctx: Ctx, proj: Project, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if value not in proj.sections:
        raise ApiError(400, f"{key}: Section {value} is not in this project")
    return str(value)


@routes.get("/sections/{section_gid}")
def get_section(ctx: Ctx, section_gid: str) -> Response:
    return ctx.record(ctx.get(Section, section_gid))


@routes.put("/sections/{section_gid}")
def update_section(ctx: Ctx, section_gid: str) -> Response:
    sec = ctx.get(Section, section_gid)
    data = ctx.data()
    inp.parse(data, SECTION_FIELDS)
    proj = ctx.state.get(sec.project, Project)
    if "name" in data and not _str(data, "name"):
        raise ApiError(400, "name: Missing input")
    before = _section_anchor(ctx, proj, data, "insert_before")
    after = _section_anchor(ctx, proj, data, "insert_after")
    if "name" in data:
        sec.name = _str(data, "name")
    if before or after:
        proj.sections.remove(sec.gid)
        anchor = before or after
        assert anchor is not None
        proj.sections.insert(proj.sections.index(anchor) + (0 if before else 1), sec.gid)
    return ctx.record(sec)


@routes.delete("/sections/{section_gid}")
def delete_section(ctx: Ctx, section_gid: str) -> Response:
    sec = ctx.get(Section, section_gid)
    proj = ctx.state.get(sec.project, Project)
    if sec.tasks:
        raise ApiError(400, "Section must be empty to be deleted.")
    if len(proj.sections) <= 1:
        raise ApiError(400, "The last remaining section of a project cannot be deleted.")
    proj.sections.remove(sec.gid)
    ctx.state.remove(sec.gid)
    return ctx.empty()


@routes.get("/projects/{project_gid}/sections")
def get_sections(ctx: Ctx, project_gid: str) -> Response:
    proj = ctx.get(Project, project_gid)
    return ctx.listing(lambda: list(proj.sections), Section)


@routes.post("/projects/{project_gid}/sections")
def create_section(ctx: Ctx, project_gid: str) -> Response:
    proj = ctx.get(Project, project_gid)
    data = ctx.data()
    inp.parse(data, SECTION_FIELDS)
    name = _str(data, "name")
    if not name:
        raise ApiError(400, "name: Missing input")
    before = _section_anchor(ctx, proj, data, "insert_before")
    after = _section_anchor(ctx, proj, data, "insert_after")
    sec = m.new_section(ctx.state, proj, name, before, after)
    return ctx.record(sec, 201, created="sections")


@routes.post("/sections/{section_gid}/addTask")
def add_task_for_section(ctx: Ctx, section_gid: str) -> Response:
    sec = ctx.get(Section, section_gid)
    data = ctx.data()
    inp.parse(data, {**SECTION_FIELDS, "task": inp.text})
    task = ctx.get(Task, data.get("task"), "task")
    proj = ctx.state.get(sec.project, Project)
    anchors = {}
    for key in ("insert_before", "insert_after"):
        value = data.get(key)
        if value is not None and value not in sec.tasks:
            raise ApiError(400, f"{key}: Task {value} is not in this section")
        anchors[key] = value
    m.add_task_to_project(
        ctx.state, task, proj, sec, anchors["insert_before"], anchors["insert_after"]
    )
    return ctx.empty()


# ---- tags -----------------------------------------------------------------------------------
TAG_FIELDS: dict[str, inp.Check] = {
    "name": inp.text,
    "notes": inp.text,
    "color": inp.nullable(inp.one_of(*inp.COLORS)),
    "followers": inp.nullable(inp.gid_list),
    "workspace": inp.nullable(inp.text),
}


def _apply_tag(tag: Tag, values: dict[str, Any]) -> None:
    for key in ("name", "notes", "color"):
        if key in values:
            setattr(tag, key, values[key])


def _create_tag(ctx: Ctx, ws: Workspace, values: dict[str, Any]) -> Response:
    followers = [ctx.resolve_user(g, "followers").gid for g in values.get("followers") or []]
    tag = ctx.state.add(Tag(ctx.state.new_gid(), "", ws.gid, ctx.state.now()))
    _apply_tag(tag, values)
    tag.followers = list(dict.fromkeys([ctx.user.gid, *followers]))
    return ctx.record(tag, 201, created="tags")


def _tags_in(ctx: Ctx, workspaces: set[str] | dict[str, None]) -> list[str]:
    return [
        e.gid
        for e in ctx.state.objects.values()
        if isinstance(e, Tag) and e.workspace in workspaces
    ]


@routes.get("/tags")
def get_tags(ctx: Ctx) -> Response:
    ws_arg = ctx.arg("workspace")
    scope = {ctx.workspace(ws_arg).gid} if ws_arg else ctx.user.workspaces
    return ctx.listing(lambda: _tags_in(ctx, scope), Tag)


@routes.post("/tags")
def create_tag(ctx: Ctx) -> Response:
    values = inp.parse(ctx.data(), TAG_FIELDS)
    if values.get("workspace") is None:
        raise ApiError(400, "workspace: Missing input")
    return _create_tag(ctx, ctx.workspace(values["workspace"]), values)


@routes.get("/tags/{tag_gid}")
def get_tag(ctx: Ctx, tag_gid: str) -> Response:
    return ctx.record(ctx.get(Tag, tag_gid))


@routes.put("/tags/{tag_gid}")
def update_tag(ctx: Ctx, tag_gid: str) -> Response:
    tag = ctx.get(Tag, tag_gid)
    _apply_tag(tag, inp.parse(ctx.data(), TAG_FIELDS))
    return ctx.record(tag)


@routes.delete("/tags/{tag_gid}")
def delete_tag(ctx: Ctx, tag_gid: str) -> Response:
    m.delete_tag(ctx.state, ctx.get(Tag, tag_gid))
    return ctx.empty()


@routes.get("/tasks/{task_gid}/tags")
def get_tags_for_task(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    return ctx.listing(lambda: list(task.tags), Tag)


@routes.get("/workspaces/{workspace_gid}/tags")
def get_tags_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    return ctx.listing(lambda: _tags_in(ctx, {ws.gid}), Tag)


@routes.post("/workspaces/{workspace_gid}/tags")
def create_tag_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    return _create_tag(ctx, ws, inp.parse(ctx.data(), TAG_FIELDS))


# ---- stories --------------------------------------------------------------------------------
STORY_FIELDS: dict[str, inp.Check] = {
    "text": inp.text,
    "html_text": inp.text,
    "is_pinned": inp.boolean,
    "sticker_name": inp.nullable(inp.one_of(*inp.STICKERS)),
}


@routes.get("/stories/{story_gid}")
def get_story(ctx: Ctx, story_gid: str) -> Response:
    return ctx.record(ctx.get(Story, story_gid))


@routes.get("/tasks/{task_gid}/stories")
def get_stories(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    return ctx.listing(lambda: list(task.stories), Story)


@routes.post("/tasks/{task_gid}/stories")
def create_story(ctx: Ctx, task_gid: str) -> Response:
    task = ctx.get(Task, task_gid)
    values = inp.parse(ctx.data(), STORY_FIELDS)
    text = values.get("text") or re.sub(r"<[^>]+>", "", values.get("html_text") or "")
    if not text:
        raise ApiError(400, "text: Missing input")
    story = m.add_story(ctx.state, task, text, ctx.user.gid)
    story.is_pinned = values.get("is_pinned", False)
    return ctx.record(story, 201, created="stories")
