"""State changes shared by API handlers and the FakeAsana seeding helpers.

Keeping both sides of every relation in sync lives here, so handlers stay about HTTP.
"""

from __future__ import annotations

from ._model import (
    Attachment,
    Project,
    Section,
    State,
    Story,
    Tag,
    Task,
    Team,
    User,
    Workspace,
)
from ._util import ApiError


def touch(state: State, *tasks: Task) -> None:
    now = state.now()
    for t in tasks:
        t.modified_at = now


def _insert(seq: list[str], gid: str, before: str | None, after: str | None) -> None:
    """Insert gid relative to an anchor (end by default), removing an older position."""
    if gid in seq:
        seq.remove(gid)
    if before is not None and before in seq:
        seq.insert(seq.index(before), gid)
    elif after is not None and after in seq:
        seq.insert(seq.index(after) + 1, gid)
    else:
        seq.append(gid)


def new_project(
    state: State, name: str, workspace: str, team: str | None, owner: str | None
) -> Project:
    now = state.now()
    proj = state.add(Project(state.new_gid(), name, workspace, team, now, now, owner=owner))
    if owner:
        proj.members.append(owner)
        proj.followers.append(owner)
    sec = state.add(Section(state.new_gid(), "Untitled section", proj.gid, now))
    proj.sections.append(sec.gid)
    return proj


def new_section(
    state: State, proj: Project, name: str, before: str | None = None, after: str | None = None
) -> Section:
    sec = state.add(Section(state.new_gid(), name, proj.gid, state.now()))
    _insert(proj.sections, sec.gid, before, after)
    return sec


def add_task_to_project(
    state: State,
    task: Task,
    proj: Project,
    section: Section | None = None,
    before: str | None = None,
    after: str | None = None,
) -> None:
    """Add (or move) a task in a project; without a section it lands in the first one."""
    if section is None and task.sections.get(proj.gid) is None and proj.sections:
        section = state.find(proj.sections[0], Section)
    if proj.gid not in task.projects:
        task.projects.append(proj.gid)
        if before is None and after is None:
            proj.tasks.append(task.gid)
        else:
            _insert(proj.tasks, task.gid, before, after)
    elif before is not None or after is not None:
        _insert(proj.tasks, task.gid, before, after)
    if section is not None:
        old = state.find(task.sections.get(proj.gid), Section)
        if old is not None and old is not section and task.gid in old.tasks:
            old.tasks.remove(task.gid)
        if old is not section or before or after:
            _insert(section.tasks, task.gid, before, after)
        task.sections[proj.gid] = section.gid
    touch(state, task)


def remove_task_from_project(state: State, task: Task, proj: Project) -> None:
    if proj.gid in task.projects:
        task.projects.remove(proj.gid)
    if task.gid in proj.tasks:
        proj.tasks.remove(task.gid)
    sec = state.find(task.sections.pop(proj.gid, None), Section)
    if sec is not None and task.gid in sec.tasks:
        sec.tasks.remove(task.gid)
    touch(state, task)


def add_tag(state: State, task: Task, tag: Tag) -> None:
    if tag.gid not in task.tags:
        task.tags.append(tag.gid)
        tag.tasks.append(task.gid)
    touch(state, task)


def remove_tag(state: State, task: Task, tag: Tag) -> None:
    if tag.gid in task.tags:
        task.tags.remove(tag.gid)
    if task.gid in tag.tasks:
        tag.tasks.remove(task.gid)
    touch(state, task)


def set_parent(
    state: State,
    task: Task,
    parent: Task | None,
    before: str | None = None,
    after: str | None = None,
) -> None:
    """Move a task under a new parent (None makes it top-level); refuses cycles."""
    check_parent(state, task, parent)
    old = state.find(task.parent, Task)
    if old is not None and task.gid in old.subtasks:
        old.subtasks.remove(task.gid)
        touch(state, old)
    task.parent = parent.gid if parent else None
    if parent is not None:
        _insert(parent.subtasks, task.gid, before, after)
        touch(state, parent)
    touch(state, task)


def check_parent(state: State, task: Task, parent: Task | None) -> None:
    """400 when `parent` is the task itself or one of its descendants."""
    node = parent
    while node is not None:
        if node.gid == task.gid:
            raise ApiError(400, "parent: A task cannot be its own ancestor.")
        node = state.find(node.parent, Task)


def link_dependency(state: State, task: Task, dep: Task) -> None:
    """`task` depends on `dep` (dep blocks task)."""
    if dep.gid == task.gid:
        raise ApiError(400, "dependencies: A task cannot depend on itself.")
    if dep.gid not in task.dependencies:
        task.dependencies.append(dep.gid)
    if task.gid not in dep.dependents:
        dep.dependents.append(task.gid)
    touch(state, task, dep)


def unlink_dependency(state: State, task: Task, dep: Task) -> None:
    if dep.gid in task.dependencies:
        task.dependencies.remove(dep.gid)
    if task.gid in dep.dependents:
        dep.dependents.remove(task.gid)
    touch(state, task, dep)


def set_completed(state: State, task: Task, completed: bool, by: str | None) -> None:
    if completed and not task.completed:
        task.completed_at = state.now()
        task.completed_by = by
    elif not completed:
        task.completed_at = None
        task.completed_by = None
    task.completed = completed


def delete_task(state: State, task: Task) -> None:
    """Delete a task with its subtasks, stories and attachments, unlinking everything."""
    for sub_gid in list(task.subtasks):
        sub = state.find(sub_gid, Task)
        if sub is not None:
            delete_task(state, sub)
    set_parent(state, task, None)
    for pg in list(task.projects):
        proj = state.find(pg, Project)
        if proj is not None:
            remove_task_from_project(state, task, proj)
    for tg in list(task.tags):
        tag = state.find(tg, Tag)
        if tag is not None:
            remove_tag(state, task, tag)
    for dg in list(task.dependencies):
        dep = state.find(dg, Task)
        if dep is not None:
            unlink_dependency(state, task, dep)
    for dg in list(task.dependents):
        other = state.find(dg, Task)
        if other is not None:
            unlink_dependency(state, other, task)
    for ag in task.attachments:
        att = state.find(ag, Attachment)
        if att is not None and att.blob is not None:
            att.blob.close()
        state.remove(ag)
    for sg in task.stories:
        state.remove(sg)
    state.remove(task.gid)


def delete_project(state: State, proj: Project) -> None:
    for tg in list(proj.tasks):
        task = state.find(tg, Task)
        if task is not None:
            remove_task_from_project(state, task, proj)
    for sg in proj.sections:
        state.remove(sg)
    state.remove(proj.gid)


def delete_tag(state: State, tag: Tag) -> None:
    for tg in list(tag.tasks):
        task = state.find(tg, Task)
        if task is not None:
            remove_tag(state, task, tag)
    state.remove(tag.gid)


def add_story(state: State, task: Task, text: str, author: str | None) -> Story:
    story = state.add(Story(state.new_gid(), task.gid, text, state.now(), author))
    task.stories.append(story.gid)
    return story


def add_change_story(
    state: State, task: Task, author: str | None, subtype: str, **change: object
) -> Story:
    """A system story recording a change (a rename keeps old_name and new_name)."""
    texts = {"name_changed": f'changed the name to "{task.name}"'}
    story = add_story(state, task, texts.get(subtype, subtype.replace("_", " ")), author)
    story.type, story.resource_subtype = "system", subtype
    story.changes = {**change, **({"new_name": task.name} if subtype == "name_changed" else {})}
    return story


def join_workspace(state: State, user: User, ws: Workspace) -> None:
    user.workspaces[ws.gid] = None
    ws.members[user.gid] = None


def leave_workspace(state: State, user: User, ws: Workspace) -> None:
    user.workspaces.pop(ws.gid, None)
    ws.members.pop(user.gid, None)
    for ent in list(state.objects.values()):
        if isinstance(ent, Team) and ent.workspace == ws.gid:
            ent.members.pop(user.gid, None)
