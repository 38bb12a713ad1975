"""Workspaces, users and teams."""

from __future__ import annotations

from . import _mutate as m
from ._context import Ctx, Routes
from ._http import Response
from ._model import Team, User, Workspace
from ._util import ApiError

routes = Routes()
USERS_MAX = 2000  # member lists are capped, not paginated by limit


@routes.get("/workspaces")
def get_workspaces(ctx: Ctx) -> Response:
    return ctx.listing(lambda: list(ctx.user.workspaces), Workspace)


@routes.get("/workspaces/{workspace_gid}")
def get_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    return ctx.record(ctx.workspace(workspace_gid, None))


@routes.put("/workspaces/{workspace_gid}")
def update_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    data = ctx.data()
    if "name" in data:
        if not isinstance(data["name"], str) or not data["name"]:
            raise ApiError(400, "name: Value must be a non-empty string")
        ws.name = data["name"]
    return ctx.record(ws)


def _user_arg(ctx: Ctx, *, create: bool) -> User:
    value = ctx.data().get("user")
    if value is None:
        raise ApiError(400, "user: Missing input")
    if create and isinstance(value, str) and "@" in value:
        found = ctx.core.users_by_email(value.lower())
        if found:
            return found[0]
        user = User(ctx.state.new_gid(), value.split("@")[0], value)
        return ctx.state.add(user)
    return ctx.resolve_user(value, "user")


@routes.post("/workspaces/{workspace_gid}/addUser")
def add_user(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    user = _user_arg(ctx, create=True)
    m.join_workspace(ctx.state, user, ws)
    rec = ctx.renderer.record(user)
    if ctx.renderer.selection is None:
        rec = {k: rec[k] for k in ("gid", "resource_type", "name", "email", "photo")}
    return ctx.json({"data": rec})


@routes.post("/workspaces/{workspace_gid}/removeUser")
def remove_user(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    user = _user_arg(ctx, create=False)
    if user.gid not in ws.members:
        raise ApiError(400, "user: User is not a member of this workspace")
    m.leave_workspace(ctx.state, user, ws)
    return ctx.empty()


def _sorted_users(ctx: Ctx, gids: list[str] | dict[str, None]) -> list[str]:
    users = [u for g in gids if (u := ctx.state.find(g, User)) is not None]
    return [u.gid for u in sorted(users, key=lambda u: (u.name.lower(), u.gid))]


@routes.get("/users")
def get_users(ctx: Ctx) -> Response:
    ws_arg, team_arg = ctx.arg("workspace"), ctx.arg("team")
    if team_arg:
        pool: dict[str, None] = dict(ctx.get(Team, team_arg, "team").members)
    elif ws_arg:
        pool = dict(ctx.workspace(ws_arg).members)
    else:
        pool = {}
        for wg in ctx.user.workspaces:
            ws = ctx.state.find(wg, Workspace)
            pool.update(ws.members if ws else {})
    return ctx.listing(lambda: [g for g in pool if ctx.state.find(g, User)], User)


@routes.get("/users/{user_gid}")
def get_user(ctx: Ctx, user_gid: str) -> Response:
    return ctx.record(ctx.resolve_user(user_gid, "user"))


@routes.get("/teams/{team_gid}/users")
def get_users_for_team(ctx: Ctx, team_gid: str) -> Response:
    team = ctx.get(Team, team_gid)
    return ctx.listing(lambda: _sorted_users(ctx, team.members), User, unpaged_max=USERS_MAX)


@routes.get("/workspaces/{workspace_gid}/users")
def get_users_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    return ctx.listing(lambda: _sorted_users(ctx, ws.members), User, unpaged_max=USERS_MAX)


@routes.get("/teams/{team_gid}")
def get_team(ctx: Ctx, team_gid: str) -> Response:
    return ctx.record(ctx.get(Team, team_gid))


def _teams(ctx: Ctx, workspace: str, member: str | None = None) -> list[str]:
    return [
        e.gid
        for e in ctx.state.objects.values()
        if isinstance(e, Team)
        and e.workspace == workspace
        and (member is None or member in e.members)
    ]


@routes.get("/workspaces/{workspace_gid}/teams")
def get_teams_for_workspace(ctx: Ctx, workspace_gid: str) -> Response:
    ws = ctx.workspace(workspace_gid, None)
    if not ws.is_organization:
        raise ApiError(400, "workspace: Teams are only available in organizations.")
    return ctx.listing(lambda: _teams(ctx, ws.gid), Team)


@routes.get("/users/{user_gid}/teams")
def get_teams_for_user(ctx: Ctx, user_gid: str) -> Response:
    user = ctx.resolve_user(user_gid, "user")
    org = ctx.arg("organization")
    if not org:
        raise ApiError(400, "organization: Missing input")
    ws = ctx.workspace(org, "organization")
    return ctx.listing(lambda: _teams(ctx, ws.gid, user.gid), Team)
