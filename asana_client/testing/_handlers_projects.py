"""Projects, sections, tags and stories."""

from __future__ import annotations

import re
from typing import Any

from . import _mutate as m
from ._context import Ctx, Routes
from ._http import Response
from ._model import Project, Section, Story, Tag, Task, Team, Workspace
from ._util import ApiError, parse_bool, parse_date

routes = Routes()
VIEWS = ("list", "board", "calendar", "timeline")


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ApiError(400, f"{key}: Value must be a string")
    return value or ""


# ---- projects -------------------------------------------------------------------------------
def _apply_project(ctx: Ctx, proj: Project, data: dict[str, Any]) -> None:
    if "name" in data:
        proj.name = _str(data, "name")
    if "notes" in data:
        proj.notes = _str(data, "notes")
    elif "html_notes" in data:
        proj.notes = re.sub(r"<[^>]+>", "", _str(data, "html_notes"))
    if "color" in data:
        proj.color = data["color"]
    if "archived" in data:
        proj.archived = bool(parse_bool(data["archived"], "archived"))
    if "public" in data:
        proj.public = bool(parse_bool(data["public"], "public"))
    if "privacy_setting" in data:
        proj.public = data["privacy_setting"] == "public_to_workspace"
    for key in ("due_on", "due_date"):
        if key in data:
            proj.due_on = parse_date(data[key], key) if data[key] else None
    if "start_on" in data:
        proj.start_on = parse_date(data["start_on"], "start_on") if data["start_on"] else None
    if "default_view" in data:
        if data["default_view"] not in VIEWS:
            raise ApiError(400, f"default_view: Invalid value: {data['default_view']}")
        proj.default_view = data["default_view"]
    if "owner" in data:
        proj.owner = None if data["owner"] is None else ctx.resolve_user(data["owner"], "owner").gid
    if "team" in data and data["team"] is not None:
        proj.team = ctx.get(Team, data["team"], "team").gid
    proj.modified_at = ctx.state.now()


def _create_project(ctx: Ctx, ws: Workspace | None, team: Team | None) -> Response:
    data = ctx.data()
    if team is None and data.get("team") is not None:
        team = ctx.get(Team, data["team"], "team")
    if ws is None and data.get("workspace") is not None:
        ws = ctx.workspace(data["workspace"])
    if ws is None and team is not None:
        ws = ctx.workspace(team.workspace)
    if ws is None:
        raise ApiError(400, "workspace: Missing input")
    if team is not None and team.workspace != ws.gid:
        raise ApiError(400, "team: Team is not in the given workspace")
    if ws.is_organization and team is None:
        raise ApiError(400, "team: Missing input. Projects in organizations need a team.")
    proj = m.new_project(ctx.state, "", ws.gid, team.gid if team else None, ctx.user.gid)
    _apply_project(ctx, proj, {k: v for k, v in data.items() if k != "team"})
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
    _apply_project(ctx, proj, ctx.data())
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
    proj = ctx.state.get(sec.project, Project)
    if "name" in data:
        if not _str(data, "name"):
            raise ApiError(400, "name: Missing input")
        sec.name = _str(data, "name")
    before = _section_anchor(ctx, proj, data, "insert_before")
    after = _section_anchor(ctx, proj, data, "insert_after")
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
def _apply_tag(tag: Tag, data: dict[str, Any]) -> None:
    if "name" in data:
        tag.name = _str(data, "name")
    if "color" in data:
        tag.color = data["color"]
    if "notes" in data:
        tag.notes = _str(data, "notes")


def _create_tag(ctx: Ctx, ws: Workspace) -> Response:
    data = ctx.data()
    tag = ctx.state.add(Tag(ctx.state.new_gid(), "", ws.gid, ctx.state.now()))
    _apply_tag(tag, data)
    tag.followers = [ctx.user.gid]
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
    data = ctx.data()
    if data.get("workspace") is None:
        raise ApiError(400, "workspace: Missing input")
    return _create_tag(ctx, ctx.workspace(data["workspace"]))


@routes.get("/tags/{tag_gid}")
def get_tag(ctx: Ctx, tag_gid: str) -> Response:
    return ctx.record(ctx.get(Tag, tag_gid))


@routes.put("/tags/{tag_gid}")
def update_tag(ctx: Ctx, tag_gid: str) -> Response:
    tag = ctx.get(Tag, tag_gid)
    _apply_tag(tag, ctx.data())
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
    return _create_tag(ctx, ctx.workspace(workspace_gid, None))


# ---- stories --------------------------------------------------------------------------------
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
    data = ctx.data()
    text = _str(data, "text") or re.sub(r"<[^>]+>", "", _str(data, "html_text"))
    if not text:
        raise ApiError(400, "text: Missing input")
    story = m.add_story(ctx.state, task, text, ctx.user.gid)
    story.is_pinned = bool(parse_bool(data.get("is_pinned"), "is_pinned"))
    return ctx.record(story, 201, created="stories")
