"""Every one of the 69 in-scope Asana operations, called through the `Asana` facade.

Each test checks what came back (names sent are names read, lists hold exactly the expected
gids, a relation added is then listed, a deleted record is then 404) and runs twice: over the
in-process transport and over loopback HTTP (the `client` fixture). A sample of operations
also checks what went over the wire (`fake.requests`, and request bodies in-process).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from asana_client import Asana, NotFoundError, PageIterator, PaymentRequiredError
from asana_client.testing import FakeAsana, RecordedRequest

# ---- helpers -----------------------------------------------------------------------------


def gids(records: Iterable[Any]) -> list[str]:
    return [record.gid for record in records]


def names(records: Iterable[Any]) -> list[str]:
    return [record.name for record in records]


def requests_to(fake: FakeAsana, method: str, path: str) -> list[RecordedRequest]:
    """What the fake received with this method and API path (without /api/1.0)."""
    return [r for r in fake.requests if r.method == method and r.path == path]


def only_request(fake: FakeAsana, method: str, path: str) -> RecordedRequest:
    found = requests_to(fake, method, path)
    assert len(found) == 1, [(r.method, r.path) for r in fake.requests]
    return found[0]


def without_paging(query: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in query.items() if k not in ("limit", "offset")}


# ---- workspaces (5) --------------------------------------------------------------------------


def test_get_workspaces_lists_the_workspaces_the_user_belongs_to(
    client: Asana, fake: FakeAsana, token: str, workspace: str
) -> None:
    side = fake.add_workspace("Side project")
    fake.join_workspace(token, side)
    fake.add_workspace("Somebody else's")  # Ada is not a member

    found = client.workspaces.get_workspaces()

    assert isinstance(found, PageIterator)
    assert {(w.gid, w.name) for w in found} == {(workspace, "My Workspace"), (side, "Side project")}


def test_get_workspace_returns_its_name_and_organization_flag(
    client: Asana, workspace: str
) -> None:
    ws = client.workspaces.get_workspace(workspace)

    assert (ws.gid, ws.name, ws.is_organization) == (workspace, "My Workspace", True)


def test_update_workspace_renames_it(client: Asana, workspace: str) -> None:
    updated = client.workspaces.update_workspace(workspace, name="Acme Inc")

    assert updated.name == "Acme Inc"
    assert client.workspaces.get_workspace(workspace).name == "Acme Inc"


def test_add_user_for_workspace_by_email_makes_them_a_member(
    client: Asana, fake: FakeAsana, workspace: str
) -> None:
    elsewhere = fake.add_workspace("Elsewhere")
    grace = fake.user_gid(fake.add_user("Grace Hopper", "grace@example.com", workspace=elsewhere))
    assert grace not in gids(client.users.get_users_for_workspace(workspace))

    added = client.workspaces.add_user_for_workspace(workspace, user="grace@example.com")

    assert (added.gid, added.email, added.name) == (grace, "grace@example.com", "Grace Hopper")
    assert grace in gids(client.users.get_users_for_workspace(workspace))


def test_remove_user_for_workspace_removes_the_member(
    client: Asana, workspace: str, me: str, other_user: str
) -> None:
    assert client.workspaces.remove_user_for_workspace(workspace, user=other_user) is None

    assert gids(client.users.get_users_for_workspace(workspace)) == [me]


# ---- users (4) -------------------------------------------------------------------------------


def test_get_user_me_returns_the_authenticated_user(client: Asana, me: str) -> None:
    user = client.users.get_user("me")

    assert (user.gid, user.name, user.email) == (me, "Ada Lovelace", "ada@example.com")


def test_get_user_by_gid_returns_that_user(client: Asana, other_user: str) -> None:
    user = client.users.get_user(other_user)

    assert (user.gid, user.name, user.email) == (other_user, "Grace Hopper", "grace@example.com")


def test_get_user_by_email_returns_that_user(client: Asana, other_user: str) -> None:
    user = client.users.get_user("grace@example.com")

    assert (user.gid, user.name) == (other_user, "Grace Hopper")


def test_get_users_filters_by_workspace_and_by_team(
    client: Asana, workspace: str, team: str, me: str, other_user: str
) -> None:
    assert set(gids(client.users.get_users(workspace=workspace))) == {me, other_user}
    assert gids(client.users.get_users(team=team)) == [me]


def test_get_users_for_team_lists_its_members_by_name(
    client: Asana, fake: FakeAsana, team: str, me: str, other_user: str
) -> None:
    assert gids(client.users.get_users_for_team(team)) == [me]

    fake.add_team_member(team, other_user)

    assert names(client.users.get_users_for_team(team)) == ["Ada Lovelace", "Grace Hopper"]


def test_get_users_for_workspace_lists_every_member(
    client: Asana, fake: FakeAsana, workspace: str, me: str, other_user: str
) -> None:
    fake.add_user("Alan Turing", "alan@example.com", workspace=fake.add_workspace("Elsewhere"))

    members = list(client.users.get_users_for_workspace(workspace))

    assert [(u.gid, u.name) for u in members] == [
        (me, "Ada Lovelace"),
        (other_user, "Grace Hopper"),
    ]


# ---- teams (3) -------------------------------------------------------------------------------


def test_get_team_returns_its_name_and_organization(
    client: Asana, team: str, workspace: str
) -> None:
    found = client.teams.get_team(team)

    assert (found.gid, found.name, found.organization.gid) == (team, "My Team", workspace)


def test_get_teams_for_workspace_lists_every_team_of_the_organization(
    client: Asana, fake: FakeAsana, workspace: str, team: str
) -> None:
    design = fake.add_team(workspace, "Design")

    found = client.teams.get_teams_for_workspace(workspace)

    assert {(t.gid, t.name) for t in found} == {(team, "My Team"), (design, "Design")}


def test_get_teams_for_user_lists_only_the_teams_they_are_in(
    client: Asana, fake: FakeAsana, workspace: str, team: str
) -> None:
    fake.add_team(workspace, "Design")  # Ada is not a member

    assert gids(client.teams.get_teams_for_user("me", organization=workspace)) == [team]

    request = only_request(fake, "GET", "/users/me/teams")
    assert request.query["organization"] == [workspace]


# ---- typeahead (1) ---------------------------------------------------------------------------


def test_typeahead_for_workspace_ranks_name_prefixes_first(
    client: Asana, fake: FakeAsana, workspace: str, team: str
) -> None:
    marketing = fake.add_project("Marketing launch", team=team)
    launch = fake.add_project("Launch plan", team=team)
    fake.add_project("Budget", team=team)

    found = list(
        client.typeahead.typeahead_for_workspace(workspace, resource_type="project", query="launch")
    )

    assert gids(found) == [launch, marketing]
    assert names(found) == ["Launch plan", "Marketing launch"]
    request = only_request(fake, "GET", f"/workspaces/{workspace}/typeahead")
    assert request.query["resource_type"] == ["project"]
    assert request.query["query"] == ["launch"]


# ---- projects (10) ---------------------------------------------------------------------------


def test_create_project_returns_what_was_sent(
    client: Asana, workspace: str, team: str, me: str
) -> None:
    created = client.projects.create_project(
        name="Roadmap", notes="Q3 goals", workspace=workspace, team=team
    )

    assert (created.name, created.notes) == ("Roadmap", "Q3 goals")
    assert (created.workspace.gid, created.team.gid, created.owner.gid) == (workspace, team, me)
    assert client.projects.get_project(created.gid).name == "Roadmap"


def test_create_project_for_team_puts_it_in_that_team(
    client: Asana, team: str, workspace: str
) -> None:
    created = client.projects.create_project_for_team(team, name="Team plan")

    assert (created.name, created.team.gid, created.workspace.gid) == ("Team plan", team, workspace)
    assert created.gid in gids(client.projects.get_projects_for_team(team))


def test_create_project_for_workspace_puts_it_in_that_workspace(
    client: Asana, workspace: str, team: str
) -> None:
    created = client.projects.create_project_for_workspace(
        workspace, {"name": "Company plan", "team": team}
    )

    assert (created.name, created.workspace.gid) == ("Company plan", workspace)
    assert created.gid in gids(client.projects.get_projects_for_workspace(workspace))


def test_get_project_returns_the_record(client: Asana, project: str, team: str) -> None:
    found = client.projects.get_project(project)

    assert (found.gid, found.name, found.archived, found.team.gid) == (
        project,
        "Launch plan",
        False,
        team,
    )


def test_update_project_changes_the_fields_sent(client: Asana, project: str) -> None:
    updated = client.projects.update_project(project, name="Launch v2", archived=True)

    assert (updated.name, updated.archived) == ("Launch v2", True)
    found = client.projects.get_project(project)
    assert (found.name, found.archived) == ("Launch v2", True)


def test_delete_project_then_get_project_is_not_found(client: Asana, project: str) -> None:
    assert client.projects.delete_project(project) is None

    with pytest.raises(NotFoundError):
        client.projects.get_project(project)


def test_get_projects_filters_by_workspace_team_and_archived(
    client: Asana, fake: FakeAsana, workspace: str, team: str, project: str
) -> None:
    old = fake.add_project("Old plan", team=team, archived=True)
    design = fake.add_project("Design system", team=fake.add_team(workspace, "Design"))

    assert set(gids(client.projects.get_projects(workspace=workspace))) == {project, old, design}
    assert set(gids(client.projects.get_projects(workspace=workspace, team=team))) == {
        project,
        old,
    }
    assert gids(client.projects.get_projects(workspace=workspace, archived=False, team=team)) == [
        project
    ]


def test_get_projects_for_task_lists_its_projects(
    client: Asana, fake: FakeAsana, team: str, project: str
) -> None:
    second = fake.add_project("Second", team=team)
    task = fake.add_task("Shared task", projects=[project, second])
    fake.add_project("Unrelated", team=team)

    assert gids(client.projects.get_projects_for_task(task)) == [project, second]


def test_get_projects_for_team_lists_only_that_team(
    client: Asana, fake: FakeAsana, workspace: str, team: str, project: str
) -> None:
    old = fake.add_project("Old plan", team=team, archived=True)
    fake.add_project("Design system", team=fake.add_team(workspace, "Design"))

    assert set(gids(client.projects.get_projects_for_team(team))) == {project, old}
    assert gids(client.projects.get_projects_for_team(team, archived=True)) == [old]


def test_get_projects_for_workspace_lists_every_project_in_it(
    client: Asana, fake: FakeAsana, workspace: str, team: str, project: str
) -> None:
    design = fake.add_project("Design system", team=fake.add_team(workspace, "Design"))
    elsewhere = fake.add_workspace("Elsewhere")
    fake.add_project("Not here", workspace=elsewhere)

    assert set(gids(client.projects.get_projects_for_workspace(workspace))) == {project, design}


# ---- sections (6) ----------------------------------------------------------------------------


def test_create_section_for_project_appends_a_named_section(client: Asana, project: str) -> None:
    created = client.sections.create_section_for_project(project, name="Doing")

    assert created.name == "Doing"
    listed = list(client.sections.get_sections_for_project(project))
    assert names(listed) == ["Untitled section", "Doing"]
    assert gids(listed)[-1] == created.gid


def test_get_section_returns_its_name_and_project(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    section = fake.add_section(project, "Backlog")

    found = client.sections.get_section(section)

    assert (found.gid, found.name, found.project.gid) == (section, "Backlog", project)


def test_update_section_renames_it(client: Asana, fake: FakeAsana, project: str) -> None:
    section = fake.add_section(project, "Backlog")

    assert client.sections.update_section(section, name="Icebox").name == "Icebox"
    assert client.sections.get_section(section).name == "Icebox"


def test_delete_section_then_get_section_is_not_found(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    section = fake.add_section(project, "Backlog")

    assert client.sections.delete_section(section) is None

    with pytest.raises(NotFoundError):
        client.sections.get_section(section)
    assert section not in gids(client.sections.get_sections_for_project(project))


def test_get_sections_for_project_lists_them_in_order(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    first = gids(client.sections.get_sections_for_project(project))
    backlog = fake.add_section(project, "Backlog")
    doing = fake.add_section(project, "Doing")

    assert gids(client.sections.get_sections_for_project(project)) == [*first, backlog, doing]
    assert len(first) == 1


def test_add_task_for_section_moves_the_task_into_it(
    client: Asana, fake: FakeAsana, project: str, task: str
) -> None:
    section = fake.add_section(project, "Doing")

    assert client.sections.add_task_for_section(section, task=task) is None

    assert gids(client.tasks.get_tasks_for_section(section)) == [task]
    assert gids(client.projects.get_projects_for_task(task)) == [project]


# ---- stories (3) -----------------------------------------------------------------------------


def test_create_story_for_task_adds_a_comment_by_the_caller(
    client: Asana, task: str, me: str
) -> None:
    story = client.stories.create_story_for_task(task, text="Looks good to me")

    assert (story.text, story.created_by.gid) == ("Looks good to me", me)
    assert gids(client.stories.get_stories_for_task(task)) == [story.gid]


def test_get_story_returns_its_text_and_author(
    client: Asana, fake: FakeAsana, task: str, me: str
) -> None:
    story = fake.add_story(task, "Ship it", author=me)

    found = client.stories.get_story(story)

    assert (found.gid, found.text, found.created_by.gid) == (story, "Ship it", me)


def test_get_stories_for_task_lists_them_oldest_first(
    client: Asana, fake: FakeAsana, task: str, me: str
) -> None:
    first = fake.add_story(task, "First", author=me)
    second = fake.add_story(task, "Second", author=me)
    fake.add_story(fake.add_task("Another task"), "Elsewhere", author=me)

    found = list(client.stories.get_stories_for_task(task))

    assert [(s.gid, s.text) for s in found] == [(first, "First"), (second, "Second")]


# ---- tags (8) --------------------------------------------------------------------------------


def test_create_tag_in_a_workspace(client: Asana, workspace: str) -> None:
    created = client.tags.create_tag(name="urgent", workspace=workspace)

    assert (created.name, created.workspace.gid) == ("urgent", workspace)
    assert client.tags.get_tag(created.gid).name == "urgent"


def test_create_tag_for_workspace_keeps_name_and_color(client: Asana, workspace: str) -> None:
    created = client.tags.create_tag_for_workspace(workspace, name="blocked", color="dark-red")

    assert (created.name, str(created.color), created.workspace.gid) == (
        "blocked",
        "dark-red",
        workspace,
    )
    assert created.gid in gids(client.tags.get_tags_for_workspace(workspace))


def test_get_tag_returns_the_record(client: Asana, fake: FakeAsana, workspace: str) -> None:
    tag = fake.add_tag("urgent")

    found = client.tags.get_tag(tag)

    assert (found.gid, found.name, found.workspace.gid) == (tag, "urgent", workspace)


def test_update_tag_renames_it(client: Asana, fake: FakeAsana) -> None:
    tag = fake.add_tag("urgent")

    assert client.tags.update_tag(tag, name="later", notes="not now").name == "later"
    found = client.tags.get_tag(tag)
    assert (found.name, found.notes) == ("later", "not now")


def test_delete_tag_then_get_tag_is_not_found_and_tasks_lose_it(
    client: Asana, fake: FakeAsana
) -> None:
    tag = fake.add_tag("urgent")
    task = fake.add_task("Tagged", tags=[tag])

    assert client.tags.delete_tag(tag) is None

    with pytest.raises(NotFoundError):
        client.tags.get_tag(tag)
    assert gids(client.tags.get_tags_for_task(task)) == []


def test_get_tags_lists_the_tags_of_a_workspace(
    client: Asana, fake: FakeAsana, workspace: str
) -> None:
    urgent, later = fake.add_tag("urgent"), fake.add_tag("later")
    fake.add_tag("elsewhere", workspace=fake.add_workspace("Elsewhere"))

    assert {(t.gid, t.name) for t in client.tags.get_tags(workspace=workspace)} == {
        (urgent, "urgent"),
        (later, "later"),
    }


def test_get_tags_for_task_lists_its_tags(client: Asana, fake: FakeAsana) -> None:
    urgent, later = fake.add_tag("urgent"), fake.add_tag("later")
    fake.add_tag("unused")
    task = fake.add_task("Tagged", tags=[urgent, later])

    assert gids(client.tags.get_tags_for_task(task)) == [urgent, later]


def test_get_tags_for_workspace_lists_only_that_workspace(
    client: Asana, fake: FakeAsana, workspace: str
) -> None:
    urgent = fake.add_tag("urgent")
    fake.add_tag("elsewhere", workspace=fake.add_workspace("Elsewhere"))

    assert gids(client.tags.get_tags_for_workspace(workspace)) == [urgent]


# ---- tasks: records (4 + create_subtask + set_parent) ----------------------------------------


def test_create_task_returns_what_was_sent(
    client: Asana, workspace: str, project: str, me: str
) -> None:
    created = client.tasks.create_task(
        name="Ship it", notes="by Friday", workspace=workspace, projects=[project], assignee=me
    )

    assert (created.name, created.notes, created.completed) == ("Ship it", "by Friday", False)
    assert (created.workspace.gid, created.assignee.gid) == (workspace, me)
    assert gids(created.projects) == [project]
    assert gids(client.tasks.get_tasks_for_project(project)) == [created.gid]


def test_create_task_accepts_one_mapping(client: Asana, workspace: str) -> None:
    created = client.tasks.create_task({"name": "From a mapping", "workspace": workspace})

    assert created.name == "From a mapping"
    assert client.tasks.get_task(created.gid).name == "From a mapping"


def test_get_task_returns_the_record(client: Asana, task: str, me: str, workspace: str) -> None:
    found = client.tasks.get_task(task)

    assert (found.gid, found.name, found.notes) == (task, "Write spec", "The first draft")
    assert (found.assignee.gid, found.workspace.gid, found.completed) == (me, workspace, False)


def test_update_task_changes_the_fields_sent(client: Asana, task: str) -> None:
    updated = client.tasks.update_task(task, name="Rewrite spec", completed=True)

    assert (updated.name, updated.completed, updated.notes) == (
        "Rewrite spec",
        True,
        "The first draft",
    )
    assert client.tasks.get_task(task).completed is True


def test_delete_task_then_get_task_is_not_found(client: Asana, task: str) -> None:
    assert client.tasks.delete_task(task) is None

    with pytest.raises(NotFoundError):
        client.tasks.get_task(task)


def test_create_subtask_for_task_sets_its_parent(client: Asana, task: str) -> None:
    sub = client.tasks.create_subtask_for_task(task, name="Proofread")

    assert (sub.name, sub.parent.gid) == ("Proofread", task)
    assert gids(client.tasks.get_subtasks_for_task(task)) == [sub.gid]


def test_set_parent_for_task_moves_it_under_the_new_parent(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    old_parent = fake.add_task("Old parent")
    child = fake.add_task("Child", parent=old_parent)

    moved = client.tasks.set_parent_for_task(child, parent=task)

    assert (moved.gid, moved.parent.gid) == (child, task)
    assert gids(client.tasks.get_subtasks_for_task(task)) == [child]
    assert gids(client.tasks.get_subtasks_for_task(old_parent)) == []


# ---- tasks: listings (7) ---------------------------------------------------------------------


def test_get_tasks_by_project_section_or_assignee(
    client: Asana, fake: FakeAsana, workspace: str, project: str, me: str
) -> None:
    section = fake.add_section(project, "Doing")
    in_project = fake.add_task("In project", projects=[project])
    in_section = fake.add_task("In section", section=section)
    mine = fake.add_task("Mine", assignee=me)

    assert gids(client.tasks.get_tasks(project=project)) == [in_project, in_section]
    assert gids(client.tasks.get_tasks(section=section)) == [in_section]
    assert gids(client.tasks.get_tasks(assignee="me", workspace=workspace)) == [mine]


def test_get_tasks_for_project_can_leave_out_completed_tasks(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    open_task = fake.add_task("Open", projects=[project])
    done = fake.add_task("Done", projects=[project], completed=True)
    fake.add_task("Not in the project")

    assert gids(client.tasks.get_tasks_for_project(project)) == [open_task, done]
    assert gids(client.tasks.get_tasks_for_project(project, completed_since="now")) == [open_task]


def test_get_tasks_for_section_lists_only_that_section(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    doing, done = fake.add_section(project, "Doing"), fake.add_section(project, "Done")
    first = fake.add_task("First", section=doing)
    second = fake.add_task("Second", section=doing)
    fake.add_task("Finished", section=done)

    assert gids(client.tasks.get_tasks_for_section(doing)) == [first, second]


def test_get_tasks_for_tag_lists_the_tagged_tasks(client: Asana, fake: FakeAsana) -> None:
    urgent = fake.add_tag("urgent")
    tagged = fake.add_task("Tagged", tags=[urgent])
    fake.add_task("Untagged")

    assert [(t.gid, t.name) for t in client.tasks.get_tasks_for_tag(urgent)] == [(tagged, "Tagged")]


def test_get_tasks_for_user_task_list_lists_my_tasks(
    client: Asana, fake: FakeAsana, token: str, task: str, other_user: str
) -> None:
    also_mine = fake.add_task("Review spec", assignee=token)
    fake.add_task("Grace's task", assignee=other_user)
    fake.add_task("Nobody's task")

    my_tasks = fake.user_task_list_gid(token)

    assert gids(client.tasks.get_tasks_for_user_task_list(my_tasks)) == [task, also_mine]


def test_get_subtasks_for_task_lists_its_children(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    first = fake.add_task("First step", parent=task)
    second = fake.add_task("Second step", parent=task)
    fake.add_task("Grandchild", parent=first)

    assert names(client.tasks.get_subtasks_for_task(task)) == ["First step", "Second step"]
    assert gids(client.tasks.get_subtasks_for_task(task)) == [first, second]


def test_search_tasks_for_workspace_combines_text_project_and_completed_filters(
    client: Asana, fake: FakeAsana, workspace: str, project: str
) -> None:
    wanted = fake.add_task("Send invoice", projects=[project])
    fake.add_task("Send invoice (paid)", projects=[project], completed=True)
    fake.add_task("Send invoice elsewhere")
    fake.add_task("Unrelated", projects=[project])

    found = client.tasks.search_tasks_for_workspace(
        workspace, text="invoice", projects_any=project, completed=False
    )

    assert gids(found) == [wanted]
    request = only_request(fake, "GET", f"/workspaces/{workspace}/tasks/search")
    assert request.query["text"] == ["invoice"]
    assert request.query["projects.any"] == [project]  # snake_case back to Asana's dotted name
    assert request.query["completed"] == ["false"]


# ---- tasks: dependencies and dependents (6) -------------------------------------------------


def test_add_dependencies_for_task_then_they_are_listed_both_ways(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    research, design = fake.add_task("Research"), fake.add_task("Design")

    assert client.tasks.add_dependencies_for_task(task, dependencies=[research, design]) is None

    assert gids(client.tasks.get_dependencies_for_task(task)) == [research, design]
    assert gids(client.tasks.get_dependents_for_task(research)) == [task]


def test_remove_dependencies_for_task_unlinks_only_those(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    research, design = fake.add_task("Research"), fake.add_task("Design")
    client.tasks.add_dependencies_for_task(task, dependencies=[research, design])

    assert client.tasks.remove_dependencies_for_task(task, dependencies=[research]) is None

    assert gids(client.tasks.get_dependencies_for_task(task)) == [design]
    assert gids(client.tasks.get_dependents_for_task(research)) == []


def test_get_dependencies_for_task_lists_only_that_tasks_blockers(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    blocked, blocker = fake.add_task("Blocked"), fake.add_task("Blocker")
    client.tasks.add_dependencies_for_task(blocked, dependencies=[blocker])

    assert [(t.gid, t.name) for t in client.tasks.get_dependencies_for_task(blocked)] == [
        (blocker, "Blocker")
    ]
    assert list(client.tasks.get_dependencies_for_task(task)) == []


def test_add_dependents_for_task_then_they_are_listed_both_ways(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    launch, review = fake.add_task("Launch"), fake.add_task("Review")

    assert client.tasks.add_dependents_for_task(task, dependents=[launch, review]) is None

    assert gids(client.tasks.get_dependents_for_task(task)) == [launch, review]
    assert gids(client.tasks.get_dependencies_for_task(launch)) == [task]


def test_remove_dependents_for_task_unlinks_only_those(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    launch, review = fake.add_task("Launch"), fake.add_task("Review")
    client.tasks.add_dependents_for_task(task, dependents=[launch, review])

    assert client.tasks.remove_dependents_for_task(task, dependents=[review]) is None

    assert gids(client.tasks.get_dependents_for_task(task)) == [launch]
    assert gids(client.tasks.get_dependencies_for_task(review)) == []


def test_get_dependents_for_task_needs_a_premium_workspace(
    client: Asana, fake: FakeAsana, workspace: str, task: str
) -> None:
    fake.set_premium(workspace, False)

    with pytest.raises(PaymentRequiredError):
        list(client.tasks.get_dependents_for_task(task))
    with pytest.raises(PaymentRequiredError):
        list(client.tasks.get_dependencies_for_task(task))


# ---- tasks: projects, tags, followers (6) ----------------------------------------------------


def test_add_project_for_task_puts_it_in_the_given_section(
    client: Asana, fake: FakeAsana, project: str, task: str
) -> None:
    section = fake.add_section(project, "Doing")

    assert client.tasks.add_project_for_task(task, project=project, section=section) is None

    assert gids(client.projects.get_projects_for_task(task)) == [project]
    assert gids(client.tasks.get_tasks_for_section(section)) == [task]


def test_remove_project_for_task_takes_it_out_of_the_project(
    client: Asana, fake: FakeAsana, team: str, project: str
) -> None:
    other = fake.add_project("Other", team=team)
    task = fake.add_task("Shared", projects=[project, other])

    assert client.tasks.remove_project_for_task(task, project=project) is None

    assert gids(client.projects.get_projects_for_task(task)) == [other]
    assert gids(client.tasks.get_tasks_for_project(project)) == []


def test_add_tag_for_task_then_get_tags_for_task_lists_it(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    urgent = fake.add_tag("urgent")

    assert client.tasks.add_tag_for_task(task, tag=urgent) is None

    assert gids(client.tags.get_tags_for_task(task)) == [urgent]
    assert gids(client.tasks.get_tasks_for_tag(urgent)) == [task]


def test_remove_tag_for_task_then_it_is_no_longer_listed(client: Asana, fake: FakeAsana) -> None:
    urgent, later = fake.add_tag("urgent"), fake.add_tag("later")
    task = fake.add_task("Tagged", tags=[urgent, later])

    assert client.tasks.remove_tag_for_task(task, tag=urgent) is None

    assert gids(client.tags.get_tags_for_task(task)) == [later]
    assert gids(client.tasks.get_tasks_for_tag(urgent)) == []


def test_add_followers_for_task_returns_the_task_with_them(
    client: Asana, task: str, me: str, other_user: str
) -> None:
    updated = client.tasks.add_followers_for_task(task, followers=[other_user, "me"])

    assert updated.gid == task
    assert gids(updated.followers) == [other_user, me]
    assert gids(client.tasks.get_task(task).followers) == [other_user, me]


def test_remove_follower_for_task_returns_the_task_without_them(
    client: Asana, task: str, me: str, other_user: str
) -> None:
    client.tasks.add_followers_for_task(task, followers=[me, other_user])

    updated = client.tasks.remove_follower_for_task(task, followers=[other_user])

    assert gids(updated.followers) == [me]
    assert gids(client.tasks.get_task(task).followers) == [me]


# ---- attachments (4) -------------------------------------------------------------------------


def test_create_attachment_for_object_uploads_bytes(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    created = client.attachments.create_attachment_for_object(
        parent=task, file=b"hello, world", name="notes.txt"
    )

    assert (created.name, created.resource_subtype, created.parent.gid) == (
        "notes.txt",
        "asana",
        task,
    )
    assert fake.attachment_content(created.gid) == b"hello, world"
    request = only_request(fake, "POST", "/attachments")
    assert request.body_size > len(b"hello, world")  # multipart: file plus form fields


def test_create_attachment_for_object_uploads_a_file_from_disk(
    client: Asana, fake: FakeAsana, task: str, tmp_path: Path
) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")

    created = client.attachments.create_attachment_for_object(parent=task, file=path)

    assert created.name == "report.csv"
    assert fake.attachment_content(created.gid) == b"a,b\n1,2\n"


def test_create_attachment_for_object_links_an_external_url(client: Asana, task: str) -> None:
    created = client.attachments.create_attachment_for_object(
        parent=task, resource_subtype="external", url="https://example.com/spec", name="Spec"
    )

    assert (created.name, created.resource_subtype) == ("Spec", "external")
    assert client.attachments.get_attachment(created.gid).view_url == "https://example.com/spec"


def test_get_attachment_returns_its_name_parent_and_size(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    attachment = fake.add_attachment(task, "diagram.png", b"\x89PNG....", content_type="image/png")

    found = client.attachments.get_attachment(attachment)

    assert (found.gid, found.name, found.parent.gid, found.size) == (
        attachment,
        "diagram.png",
        task,
        8,
    )


def test_get_attachments_for_object_lists_the_task_attachments(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    first = fake.add_attachment(task, "a.txt", b"a")
    second = fake.add_attachment(task, "b.txt", b"b")
    fake.add_attachment(fake.add_task("Other task"), "c.txt", b"c")

    found = list(client.attachments.get_attachments_for_object(parent=task))

    assert [(a.gid, a.name) for a in found] == [(first, "a.txt"), (second, "b.txt")]


def test_delete_attachment_then_get_attachment_is_not_found(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    doomed = fake.add_attachment(task, "a.txt", b"a")
    kept = fake.add_attachment(task, "b.txt", b"b")

    assert client.attachments.delete_attachment(doomed) is None

    with pytest.raises(NotFoundError):
        client.attachments.get_attachment(doomed)
    assert gids(client.attachments.get_attachments_for_object(parent=task)) == [kept]


# ---- what goes over the wire -----------------------------------------------------------------


def test_opt_fields_are_sent_as_one_comma_separated_value(
    client: Asana, fake: FakeAsana, task: str
) -> None:
    found = client.tasks.get_task(task, opt_fields=["name", "notes"])

    assert (found.name, found.notes) == ("Write spec", "The first draft")
    request = only_request(fake, "GET", f"/tasks/{task}")
    assert request.query == {"opt_fields": ["name,notes"]}


def test_a_list_sends_nothing_until_iterated_then_follows_every_page(
    client: Asana, fake: FakeAsana, project: str
) -> None:
    tasks = [fake.add_task(f"Task {i}", projects=[project]) for i in range(5)]
    path = f"/projects/{project}/tasks"

    listing = client.tasks.get_tasks_for_project(project, limit=2, opt_fields=["name"])
    assert requests_to(fake, "GET", path) == []

    assert [(t.gid, t.name) for t in listing] == [(g, f"Task {i}") for i, g in enumerate(tasks)]
    sent = requests_to(fake, "GET", path)
    assert [r.query["limit"] for r in sent] == [["2"], ["2"], ["2"]]
    assert "offset" not in sent[0].query
    assert all(r.query.get("offset") for r in sent[1:])
    assert all(without_paging(r.query) == {"opt_fields": ["name"]} for r in sent)


def test_a_list_asks_for_the_maximum_page_size_by_default(
    client: Asana, fake: FakeAsana, workspace: str
) -> None:
    list(client.tags.get_tags(workspace=workspace))

    assert only_request(fake, "GET", "/tags").query == {"limit": ["100"], "workspace": [workspace]}


def test_an_unpaginated_member_list_sends_no_limit(
    client: Asana, fake: FakeAsana, team: str, me: str
) -> None:
    assert gids(client.users.get_users_for_team(team)) == [me]

    assert "limit" not in only_request(fake, "GET", f"/teams/{team}/users").query


def test_methods_and_paths_of_writes(client: Asana, fake: FakeAsana, task: str) -> None:
    tag = fake.add_tag("urgent")

    client.tasks.update_task(task, name="Renamed")
    client.tasks.add_tag_for_task(task, tag=tag)
    client.tasks.delete_task(task)

    sent = [(r.method, r.path, r.status) for r in fake.requests]
    assert sent == [
        ("PUT", f"/tasks/{task}", 200),
        ("POST", f"/tasks/{task}/addTag", 200),
        ("DELETE", f"/tasks/{task}", 200),
    ]
    assert only_request(fake, "DELETE", f"/tasks/{task}").body_size == 0


def test_create_task_status_is_201_and_fields_go_in_a_data_envelope(
    sent_bodies: tuple[Asana, list[bytes]], fake: FakeAsana, workspace: str
) -> None:
    client, bodies = sent_bodies

    created = client.tasks.create_task(name="Ship it", notes="by Friday", workspace=workspace)

    assert created.name == "Ship it"
    request = only_request(fake, "POST", "/tasks")
    assert (request.status, request.query) == (201, {})
    assert json.loads(bodies[-1]) == {
        "data": {"name": "Ship it", "notes": "by Friday", "workspace": workspace}
    }
    assert request.body_size == len(bodies[-1])


def test_relation_bodies_go_in_a_data_envelope(
    sent_bodies: tuple[Asana, list[bytes]], fake: FakeAsana, task: str
) -> None:
    client, bodies = sent_bodies
    tag, blocker = fake.add_tag("urgent"), fake.add_task("Blocker")

    client.tasks.add_tag_for_task(task, tag=tag)
    client.tasks.add_dependencies_for_task(task, {"dependencies": [blocker]})

    assert [json.loads(b) for b in bodies] == [
        {"data": {"tag": tag}},
        {"data": {"dependencies": [blocker]}},
    ]
    assert [r.path for r in fake.requests] == [
        f"/tasks/{task}/addTag",
        f"/tasks/{task}/addDependencies",
    ]


def test_a_request_model_is_sent_and_the_result_is_the_response_model(
    client: Asana, workspace: str, team: str
) -> None:
    from asana_client._generated import models

    request = models.ProjectRequest(
        name="Roadmap",
        workspace=workspace,
        team=team,
        color="dark-red",
    )
    created = client.projects.create_project(request)
    assert isinstance(created, models.Project)
    assert (created.name, str(created.color)) == ("Roadmap", "dark-red")
    assert client.projects.get_project(created.gid).name == "Roadmap"
