"""Every one of the 69 in-scope operations, hit with raw httpx in both transport modes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from asana_client.testing import FakeAsana

IN_SCOPE = {
    "getAttachment", "deleteAttachment", "getAttachmentsForObject", "createAttachmentForObject",
    "getProjects", "createProject", "getProject", "updateProject", "deleteProject",
    "getProjectsForTask", "getProjectsForTeam", "createProjectForTeam",
    "getProjectsForWorkspace", "createProjectForWorkspace",
    "getSection", "updateSection", "deleteSection", "getSectionsForProject",
    "createSectionForProject", "addTaskForSection",
    "getStory", "getStoriesForTask", "createStoryForTask",
    "getTags", "createTag", "getTag", "updateTag", "deleteTag", "getTagsForTask",
    "getTagsForWorkspace", "createTagForWorkspace",
    "getTasks", "createTask", "getTask", "updateTask", "deleteTask", "getTasksForProject",
    "getTasksForSection", "getTasksForTag", "getTasksForUserTaskList", "getSubtasksForTask",
    "createSubtaskForTask", "setParentForTask", "getDependenciesForTask",
    "addDependenciesForTask", "removeDependenciesForTask", "getDependentsForTask",
    "addDependentsForTask", "removeDependentsForTask", "addProjectForTask",
    "removeProjectForTask", "addTagForTask", "removeTagForTask", "addFollowersForTask",
    "removeFollowerForTask", "searchTasksForWorkspace",
    "getTeam", "getTeamsForWorkspace", "getTeamsForUser",
    "typeaheadForWorkspace",
    "getUsers", "getUser", "getUsersForTeam", "getUsersForWorkspace",
    "getWorkspaces", "getWorkspace", "updateWorkspace", "addUserForWorkspace",
    "removeUserForWorkspace",
}  # fmt: skip


@dataclass
class World:
    fake: FakeAsana
    me: str
    ws: str
    team: str
    project: str
    section: str
    section2: str
    tag: str
    task: str
    task2: str
    sub: str
    story: str
    attachment: str
    other: str
    n: int


def build_world(fake: FakeAsana, token: str, n: int) -> World:
    """Records for one operation; `n` keeps names unique within the shared fake."""
    me = fake.user_gid(token)
    other = fake.user_gid(fake.add_user(f"Grace Hopper {n}", f"grace{n}@example.com"))
    team = fake.default_team_gid
    project = fake.add_project("Launch plan", team=team)
    section = fake.add_section(project, "Backlog")
    section2 = fake.add_section(project, "Doing")
    tag = fake.add_tag("urgent")
    task = fake.add_task("Write spec", assignee=me, tags=[tag], notes=f"needle{n}x haystack")
    task2 = fake.add_task(f"Review{n} spec", projects=[project], section=section)
    sub = fake.add_task("Proofread", parent=task)
    story = fake.add_story(task, "Looks good", author=me)
    attachment = fake.add_attachment(task, "a.txt", b"attached bytes")
    return World(
        fake, me, fake.workspace_gid, team, project, section, section2, tag, task, task2, sub,
        story, attachment, other, n,
    )  # fmt: skip


Op = Callable[[httpx.Client, World], None]
OPS: dict[str, Op] = {}


def op(name: str) -> Callable[[Op], Op]:
    def deco(fn: Op) -> Op:
        OPS[name] = fn
        return fn

    return deco


def ok(resp: httpx.Response, status: int = 200) -> Any:
    assert resp.status_code == status, resp.text
    return resp.json()["data"]


def gids(items: list[dict[str, Any]]) -> list[str]:
    return [item["gid"] for item in items]


# ---- attachments ---------------------------------------------------------------------------
@op("getAttachment")
def _get_attachment(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/attachments/{w.attachment}"))
    assert (data["resource_type"], data["name"], data["size"]) == ("attachment", "a.txt", 14)
    assert data["parent"]["gid"] == w.task and data["host"] == "asana"
    assert data["download_url"].startswith("http")


@op("deleteAttachment")
def _delete_attachment(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_attachment(w.task, "gone.txt", b"x")
    assert ok(c.delete(f"/attachments/{gid}")) == {}
    assert c.get(f"/attachments/{gid}").status_code == 404


@op("getAttachmentsForObject")
def _get_attachments(c: httpx.Client, w: World) -> None:
    assert w.attachment in gids(ok(c.get("/attachments", params={"parent": w.task})))


@op("createAttachmentForObject")
def _create_attachment(c: httpx.Client, w: World) -> None:
    resp = c.post("/attachments", data={"parent": w.task}, files={"file": ("hi.txt", b"hello")})
    data = ok(resp, 200)
    assert data["name"] == "hi.txt" and data["size"] == 5
    assert w.fake.attachment_content(data["gid"]) == b"hello"


# ---- projects ------------------------------------------------------------------------------
@op("getProjects")
def _get_projects(c: httpx.Client, w: World) -> None:
    assert w.project in gids(ok(c.get("/projects", params={"workspace": w.ws})))


@op("createProject")
def _create_project(c: httpx.Client, w: World) -> None:
    body = {"data": {"name": "New", "workspace": w.ws, "team": w.team, "notes": "n"}}
    resp = c.post("/projects", json=body)
    data = ok(resp, 201)
    assert data["name"] == "New" and data["team"]["gid"] == w.team
    assert resp.headers["Location"].endswith(f"/projects/{data['gid']}")


@op("getProject")
def _get_project(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/projects/{w.project}"))
    assert data["name"] == "Launch plan" and data["workspace"]["gid"] == w.ws


@op("updateProject")
def _update_project(c: httpx.Client, w: World) -> None:
    data = ok(c.put(f"/projects/{w.project}", json={"data": {"notes": "updated"}}))
    assert data["notes"] == "updated"


@op("deleteProject")
def _delete_project(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_project("Doomed")
    assert ok(c.delete(f"/projects/{gid}")) == {}
    assert c.get(f"/projects/{gid}").status_code == 404


@op("getProjectsForTask")
def _get_projects_for_task(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/tasks/{w.task2}/projects"))) == [w.project]


@op("getProjectsForTeam")
def _get_projects_for_team(c: httpx.Client, w: World) -> None:
    assert w.project in gids(ok(c.get(f"/teams/{w.team}/projects")))


@op("createProjectForTeam")
def _create_project_for_team(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/teams/{w.team}/projects", json={"data": {"name": "T"}}), 201)
    assert data["team"]["gid"] == w.team


@op("getProjectsForWorkspace")
def _get_projects_for_workspace(c: httpx.Client, w: World) -> None:
    assert w.project in gids(ok(c.get(f"/workspaces/{w.ws}/projects")))


@op("createProjectForWorkspace")
def _create_project_for_workspace(c: httpx.Client, w: World) -> None:
    body = {"data": {"name": "W", "team": w.team}}
    data = ok(c.post(f"/workspaces/{w.ws}/projects", json=body), 201)
    assert data["workspace"]["gid"] == w.ws and data["name"] == "W"


# ---- sections ------------------------------------------------------------------------------
@op("getSection")
def _get_section(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/sections/{w.section}"))
    assert data["name"] == "Backlog" and data["project"]["gid"] == w.project


@op("updateSection")
def _update_section(c: httpx.Client, w: World) -> None:
    assert ok(c.put(f"/sections/{w.section2}", json={"data": {"name": "Now"}}))["name"] == "Now"


@op("deleteSection")
def _delete_section(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_section(w.project, "Empty")
    assert ok(c.delete(f"/sections/{gid}")) == {}
    assert c.get(f"/sections/{gid}").status_code == 404


@op("getSectionsForProject")
def _get_sections(c: httpx.Client, w: World) -> None:
    names = [s["name"] for s in ok(c.get(f"/projects/{w.project}/sections"))]
    assert "Backlog" in names


@op("createSectionForProject")
def _create_section(c: httpx.Client, w: World) -> None:
    resp = c.post(f"/projects/{w.project}/sections", json={"data": {"name": "Later"}})
    assert ok(resp, 201)["name"] == "Later"


@op("addTaskForSection")
def _add_task_for_section(c: httpx.Client, w: World) -> None:
    assert ok(c.post(f"/sections/{w.section2}/addTask", json={"data": {"task": w.task2}})) == {}
    assert w.task2 in gids(ok(c.get(f"/sections/{w.section2}/tasks")))
    assert w.task2 not in gids(ok(c.get(f"/sections/{w.section}/tasks")))


# ---- stories -------------------------------------------------------------------------------
@op("getStory")
def _get_story(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/stories/{w.story}"))
    assert data["text"] == "Looks good" and data["created_by"]["gid"] == w.me


@op("getStoriesForTask")
def _get_stories(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/tasks/{w.task}/stories"))) == [w.story]


@op("createStoryForTask")
def _create_story(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/tasks/{w.task}/stories", json={"data": {"text": "Ship it"}}), 201)
    assert (data["text"], data["type"], data["created_by"]["gid"]) == ("Ship it", "comment", w.me)


# ---- tags ----------------------------------------------------------------------------------
@op("getTags")
def _get_tags(c: httpx.Client, w: World) -> None:
    assert w.tag in gids(ok(c.get("/tags", params={"workspace": w.ws})))


@op("createTag")
def _create_tag(c: httpx.Client, w: World) -> None:
    body = {"data": {"name": "blocked", "workspace": w.ws, "color": "dark-red"}}
    data = ok(c.post("/tags", json=body), 201)
    assert data["name"] == "blocked" and data["color"] == "dark-red"


@op("getTag")
def _get_tag(c: httpx.Client, w: World) -> None:
    assert ok(c.get(f"/tags/{w.tag}"))["name"] == "urgent"


@op("updateTag")
def _update_tag(c: httpx.Client, w: World) -> None:
    assert ok(c.put(f"/tags/{w.tag}", json={"data": {"notes": "hot"}}))["notes"] == "hot"


@op("deleteTag")
def _delete_tag(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_tag("temp")
    assert ok(c.delete(f"/tags/{gid}")) == {}
    assert c.get(f"/tags/{gid}").status_code == 404


@op("getTagsForTask")
def _get_tags_for_task(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/tasks/{w.task}/tags"))) == [w.tag]


@op("getTagsForWorkspace")
def _get_tags_for_workspace(c: httpx.Client, w: World) -> None:
    assert w.tag in gids(ok(c.get(f"/workspaces/{w.ws}/tags")))


@op("createTagForWorkspace")
def _create_tag_for_workspace(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/workspaces/{w.ws}/tags", json={"data": {"name": "x"}}), 201)
    assert data["workspace"]["gid"] == w.ws


# ---- tasks ---------------------------------------------------------------------------------
@op("getTasks")
def _get_tasks(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get("/tasks", params={"project": w.project}))) == [w.task2]
    mine = gids(ok(c.get("/tasks", params={"assignee": "me", "workspace": w.ws})))
    assert w.task in mine and w.task2 not in mine


@op("createTask")
def _create_task(c: httpx.Client, w: World) -> None:
    before = w.fake.tasks_created
    body = {"data": {"name": "Fresh", "projects": [w.project], "assignee": "me"}}
    resp = c.post("/tasks", json=body)
    data = ok(resp, 201)
    assert data["name"] == "Fresh" and data["assignee"]["gid"] == w.me
    assert data["memberships"][0]["project"]["gid"] == w.project
    assert resp.headers["Location"].endswith(f"/tasks/{data['gid']}")
    assert w.fake.tasks_created == before + 1


@op("getTask")
def _get_task(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/tasks/{w.task}"))
    assert data["name"] == "Write spec" and "num_subtasks" not in data  # opt-in
    assert data["tags"][0]["gid"] == w.tag and data["workspace"]["gid"] == w.ws
    counted = ok(c.get(f"/tasks/{w.task}", params={"opt_fields": "num_subtasks"}))
    assert counted == {"gid": w.task, "num_subtasks": 1}


@op("updateTask")
def _update_task(c: httpx.Client, w: World) -> None:
    data = ok(
        c.put(f"/tasks/{w.task2}", json={"data": {"completed": True, "due_on": "2030-01-02"}})
    )
    assert data["completed"] is True and data["completed_at"].endswith("Z")
    assert data["due_on"] == "2030-01-02"


@op("deleteTask")
def _delete_task(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_task("Temp", projects=[w.project])
    assert ok(c.delete(f"/tasks/{gid}")) == {}
    assert c.get(f"/tasks/{gid}").status_code == 404
    assert gid not in gids(ok(c.get(f"/projects/{w.project}/tasks")))


@op("getTasksForProject")
def _get_tasks_for_project(c: httpx.Client, w: World) -> None:
    assert w.task2 in gids(ok(c.get(f"/projects/{w.project}/tasks")))


@op("getTasksForSection")
def _get_tasks_for_section(c: httpx.Client, w: World) -> None:
    gid = w.fake.add_task("In section", section=w.section)
    assert gid in gids(ok(c.get(f"/sections/{w.section}/tasks")))


@op("getTasksForTag")
def _get_tasks_for_tag(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/tags/{w.tag}/tasks"))) == [w.task]


@op("getTasksForUserTaskList")
def _get_tasks_for_utl(c: httpx.Client, w: World) -> None:
    utl = w.fake.user_task_list_gid(w.me)
    assert w.task in gids(ok(c.get(f"/user_task_lists/{utl}/tasks")))


@op("getSubtasksForTask")
def _get_subtasks(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/tasks/{w.task}/subtasks"))) == [w.sub]


@op("createSubtaskForTask")
def _create_subtask(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/tasks/{w.task2}/subtasks", json={"data": {"name": "Step"}}), 201)
    assert data["parent"]["gid"] == w.task2


@op("setParentForTask")
def _set_parent(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/tasks/{w.sub}/setParent", json={"data": {"parent": w.task2}}))
    assert data["parent"]["gid"] == w.task2
    data = ok(c.post(f"/tasks/{w.sub}/setParent", json={"data": {"parent": None}}))
    assert data["parent"] is None


def _deps(c: httpx.Client, w: World, verb: str, kind: str) -> None:
    resp = c.post(f"/tasks/{w.task}/{verb}", json={"data": {kind: [w.task2]}})
    assert ok(resp) == {}


@op("addDependenciesForTask")
def _add_deps(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependencies", "dependencies")
    assert gids(ok(c.get(f"/tasks/{w.task2}/dependents"))) == [w.task]


@op("getDependenciesForTask")
def _get_deps(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependencies", "dependencies")
    assert gids(ok(c.get(f"/tasks/{w.task}/dependencies"))) == [w.task2]


@op("removeDependenciesForTask")
def _remove_deps(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependencies", "dependencies")
    _deps(c, w, "removeDependencies", "dependencies")
    assert ok(c.get(f"/tasks/{w.task}/dependencies")) == []


@op("getDependentsForTask")
def _get_dependents(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependents", "dependents")
    assert gids(ok(c.get(f"/tasks/{w.task}/dependents"))) == [w.task2]


@op("addDependentsForTask")
def _add_dependents(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependents", "dependents")
    assert gids(ok(c.get(f"/tasks/{w.task2}/dependencies"))) == [w.task]


@op("removeDependentsForTask")
def _remove_dependents(c: httpx.Client, w: World) -> None:
    _deps(c, w, "addDependents", "dependents")
    _deps(c, w, "removeDependents", "dependents")
    assert ok(c.get(f"/tasks/{w.task}/dependents")) == []


@op("addProjectForTask")
def _add_project(c: httpx.Client, w: World) -> None:
    body = {"data": {"project": w.project, "section": w.section2}}
    assert ok(c.post(f"/tasks/{w.task}/addProject", json=body)) == {}
    data = ok(c.get(f"/tasks/{w.task}", params={"opt_fields": "memberships.section.name"}))
    assert data["memberships"] == [{"section": {"gid": w.section2, "name": "Doing"}}]


@op("removeProjectForTask")
def _remove_project(c: httpx.Client, w: World) -> None:
    assert (
        ok(c.post(f"/tasks/{w.task2}/removeProject", json={"data": {"project": w.project}})) == {}
    )
    assert w.task2 not in gids(ok(c.get(f"/projects/{w.project}/tasks")))


@op("addTagForTask")
def _add_tag(c: httpx.Client, w: World) -> None:
    assert ok(c.post(f"/tasks/{w.task2}/addTag", json={"data": {"tag": w.tag}})) == {}
    assert w.task2 in gids(ok(c.get(f"/tags/{w.tag}/tasks")))


@op("removeTagForTask")
def _remove_tag(c: httpx.Client, w: World) -> None:
    assert ok(c.post(f"/tasks/{w.task}/removeTag", json={"data": {"tag": w.tag}})) == {}
    assert ok(c.get(f"/tasks/{w.task}/tags")) == []


@op("addFollowersForTask")
def _add_followers(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/tasks/{w.task}/addFollowers", json={"data": {"followers": [w.other]}}))
    assert w.other in gids(data["followers"]) and data["gid"] == w.task


@op("removeFollowerForTask")
def _remove_followers(c: httpx.Client, w: World) -> None:
    c.post(f"/tasks/{w.task}/addFollowers", json={"data": {"followers": [w.other]}})
    body = {"data": {"followers": [w.other]}}
    data = ok(c.post(f"/tasks/{w.task}/removeFollowers", json=body))
    assert w.other not in gids(data["followers"])


@op("searchTasksForWorkspace")
def _search(c: httpx.Client, w: World) -> None:
    found = ok(c.get(f"/workspaces/{w.ws}/tasks/search", params={"text": f"needle{w.n}x"}))
    assert gids(found) == [w.task]


# ---- teams, typeahead, users, workspaces -----------------------------------------------------
@op("getTeam")
def _get_team(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/teams/{w.team}"))
    assert data["name"] == "My Team" and data["organization"]["gid"] == w.ws


@op("getTeamsForWorkspace")
def _get_teams_for_workspace(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/workspaces/{w.ws}/teams"))) == [w.team]


@op("getTeamsForUser")
def _get_teams_for_user(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get("/users/me/teams", params={"organization": w.ws}))) == [w.team]


@op("typeaheadForWorkspace")
def _typeahead(c: httpx.Client, w: World) -> None:
    params = {"resource_type": "task", "query": f"review{w.n}"}
    assert gids(ok(c.get(f"/workspaces/{w.ws}/typeahead", params=params))) == [w.task2]


@op("getUsers")
def _get_users(c: httpx.Client, w: World) -> None:
    assert {w.me, w.other} <= set(gids(ok(c.get("/users", params={"workspace": w.ws}))))


@op("getUser")
def _get_user(c: httpx.Client, w: World) -> None:
    data = ok(c.get("/users/me"))
    assert data["gid"] == w.me and data["email"] == "ada@example.com"
    assert ok(c.get(f"/users/grace{w.n}@example.com"))["gid"] == w.other


@op("getUsersForTeam")
def _get_users_for_team(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get(f"/teams/{w.team}/users"))) == [w.me]


@op("getUsersForWorkspace")
def _get_users_for_workspace(c: httpx.Client, w: World) -> None:
    names = [u["name"] for u in ok(c.get(f"/workspaces/{w.ws}/users"))]
    assert "Ada Lovelace" in names and f"Grace Hopper {w.n}" in names
    assert names == sorted(names, key=str.lower)  # Asana sorts member lists by name


@op("getWorkspaces")
def _get_workspaces(c: httpx.Client, w: World) -> None:
    assert gids(ok(c.get("/workspaces"))) == [w.ws]


@op("getWorkspace")
def _get_workspace(c: httpx.Client, w: World) -> None:
    data = ok(c.get(f"/workspaces/{w.ws}"))
    assert data["name"] == "My Workspace" and data["is_organization"] is True


@op("updateWorkspace")
def _update_workspace(c: httpx.Client, w: World) -> None:
    assert ok(c.put(f"/workspaces/{w.ws}", json={"data": {"name": "Acme"}}))["name"] == "Acme"


@op("addUserForWorkspace")
def _add_user_for_workspace(c: httpx.Client, w: World) -> None:
    data = ok(c.post(f"/workspaces/{w.ws}/addUser", json={"data": {"user": "new@example.com"}}))
    assert data["email"] == "new@example.com" and data["resource_type"] == "user"
    assert data["gid"] in gids(ok(c.get(f"/workspaces/{w.ws}/users")))


@op("removeUserForWorkspace")
def _remove_user_for_workspace(c: httpx.Client, w: World) -> None:
    assert ok(c.post(f"/workspaces/{w.ws}/removeUser", json={"data": {"user": w.other}})) == {}
    assert w.other not in gids(ok(c.get(f"/workspaces/{w.ws}/users")))


def test_table_covers_exactly_the_in_scope_operations() -> None:
    assert len(IN_SCOPE) == 69
    assert set(OPS) == IN_SCOPE


def test_every_operation(fake: FakeAsana, token: str, api: httpx.Client) -> None:
    """Fresh world per operation so destructive ops cannot hide each other's effects."""
    failures: list[str] = []
    for n, (name, fn) in enumerate(OPS.items()):
        world = build_world(fake, token, n)
        try:
            fn(api, world)
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
    assert failures == [], "\n".join(failures)
    assert len(fake.requests) >= 69 and all(r.status < 500 for r in fake.requests)
