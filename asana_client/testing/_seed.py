"""Fast, deterministic demo data: thousands of tasks built directly on the state.

Records are created without per-item validation or API round trips, which keeps 10,000
tasks (with sections, tags, custom fields, subtasks, stories and attachments) well under
a second.
"""

from __future__ import annotations

import datetime as _dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ._model import (
    Attachment,
    Blob,
    CustomField,
    Project,
    Section,
    State,
    Story,
    Tag,
    Task,
)

WORDS = tuple(
    [
        "review",
        "draft",
        "update",
        "fix",
        "plan",
        "ship",
        "design",
        "test",
        "migrate",
        "refactor",
        "write",
        "call",
        "prepare",
        "budget",
        "launch",
        "report",
        "roadmap",
        "invoice",
        "onboarding",
        "release",
        "audit",
        "sync",
        "customer",
        "bug",
        "feature",
        "docs",
        "api",
        "mobile",
        "web",
        "backend",
        "frontend",
        "data",
        "pipeline",
        "dashboard",
    ]
)
SECTION_NAMES = ("To do", "In progress", "Done")
# Every OWNER_SHARE-th task is assigned to the owner, whose token `seed_demo` hands back: a test
# of "my tasks" (assignee="me", the user task list) then always finds a third of the tasks.
OWNER_SHARE = 3


@dataclass
class DemoSeed:
    """What `FakeAsana.seed_demo` created (gids), for tests to navigate the data.

    `token` belongs to `user_gid`, the demo's owner: creator of every task, assignee of at
    least a third of them (and of their subtasks), member and owner of every project.
    """

    workspace_gid: str
    token: str
    user_gid: str
    team_gid: str
    project_gids: list[str]
    section_gids: dict[str, list[str]]
    tag_gids: list[str]
    user_gids: list[str]
    task_gids: list[str]
    subtask_gids: list[str] = field(default_factory=list)
    story_count: int = 0
    attachment_gids: list[str] = field(default_factory=list)
    custom_field_gids: dict[str, str] = field(default_factory=dict)


def _custom_fields(st: State, workspace: str) -> dict[str, CustomField]:
    priority = st.add(CustomField(st.new_gid(), "Priority", "enum", workspace))
    for name, color in (("Low", "blue"), ("Medium", "yellow"), ("High", "red")):
        priority.enum_options.append(
            {
                "gid": st.new_gid(),
                "resource_type": "enum_option",
                "name": name,
                "enabled": True,
                "color": color,
            }
        )
    estimate = st.add(CustomField(st.new_gid(), "Estimate", "number", workspace, precision=1))
    ref = st.add(CustomField(st.new_gid(), "Reference", "text", workspace))
    return {"Priority": priority, "Estimate": estimate, "Reference": ref}


def seed_demo(
    st: State,
    *,
    owner: str,
    token: str,
    workspace: str,
    team: str,
    add_user: Callable[[str, str], str],
    projects: int,
    tasks: int,
    subtasks_per_task: float,
    stories_per_task: float,
    attachments_per_task: float,
    tags: int,
    users: int,
    seed: int,
) -> DemoSeed:
    rng = random.Random(seed)
    user_gids = [owner] + [
        add_user(f"User {i}", f"user{i}.{seed}@example.com") for i in range(1, users)
    ]
    now = time.time()
    base = now - 90 * 86400
    step = (now - base) / max(tasks, 1)
    cfs = _custom_fields(st, workspace)
    cf_list = list(cfs.values())
    tag_objs = [
        st.add(Tag(st.new_gid(), f"{rng.choice(WORDS)}-{i}", workspace, base)) for i in range(tags)
    ]
    proj_objs: list[Project] = []
    sections: dict[str, list[Section]] = {}
    for i in range(projects):
        proj = st.add(
            Project(st.new_gid(), f"Project {i + 1}", workspace, team, base, base, owner=owner)
        )
        proj.members, proj.followers = list(user_gids[:3]), [owner]
        proj.custom_fields = [cf.gid for cf in cf_list]
        secs = [st.add(Section(st.new_gid(), n, proj.gid, base)) for n in SECTION_NAMES]
        proj.sections = [s.gid for s in secs]
        sections[proj.gid] = secs
        proj_objs.append(proj)
    options = [o["gid"] for o in cfs["Priority"].enum_options]
    today = _dt.date.today()
    result = DemoSeed(
        workspace,
        token,
        owner,
        team,
        [p.gid for p in proj_objs],
        {p: [s.gid for s in secs] for p, secs in sections.items()},
        [t.gid for t in tag_objs],
        user_gids,
        [],
        custom_field_gids={name: cf.gid for name, cf in cfs.items()},
    )
    for i in range(tasks):
        created = base + i * step
        task = st.add(
            Task(
                st.new_gid(),
                f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} #{i + 1}",
                workspace,
                created,
                created + rng.random() * step,
                created_by=owner,
                notes=f"Demo task {i + 1}",
            )
        )
        task.followers = [owner]
        if rng.random() < 0.8:
            task.assignee = rng.choice(user_gids)
        if i % OWNER_SHARE == 0:  # after the draw, so the rest of the data stays as it was
            task.assignee = owner
        if rng.random() < 0.7:
            task.due_on = (today + _dt.timedelta(days=rng.randint(-30, 60))).isoformat()
        if rng.random() < 0.3:
            task.completed, task.completed_at, task.completed_by = True, task.modified_at, owner
        task.custom_values = {
            cf_list[0].gid: rng.choice(options),
            cf_list[1].gid: rng.randint(1, 20),
            cf_list[2].gid: f"REF-{i + 1}",
        }
        if proj_objs:
            proj = proj_objs[i % len(proj_objs)]
            sec = rng.choice(sections[proj.gid])
            proj.tasks.append(task.gid)
            sec.tasks.append(task.gid)
            task.projects = [proj.gid]
            task.sections = {proj.gid: sec.gid}
        if tag_objs and rng.random() < 0.3:
            tag = rng.choice(tag_objs)
            task.tags = [tag.gid]
            tag.tasks.append(task.gid)
        result.task_gids.append(task.gid)
        _extras(st, rng, task, result, subtasks_per_task, stories_per_task, attachments_per_task)
    return result


def _count(rng: random.Random, rate: float) -> int:
    """Integer part of the rate plus one more with the fractional probability."""
    whole = int(rate)
    return whole + (1 if rng.random() < rate - whole else 0)


def _extras(
    st: State,
    rng: random.Random,
    task: Task,
    result: DemoSeed,
    subtasks: float,
    stories: float,
    attachments: float,
) -> None:
    for n in range(_count(rng, subtasks)):
        sub = st.add(
            Task(
                st.new_gid(),
                f"Subtask {n + 1} of {task.name}",
                task.workspace,
                task.created_at,
                task.modified_at,
                created_by=task.created_by,
                parent=task.gid,
                assignee=task.assignee,
            )
        )
        task.subtasks.append(sub.gid)
        result.subtask_gids.append(sub.gid)
    for n in range(_count(rng, stories)):
        text = f"Comment {n + 1}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
        story = st.add(Story(st.new_gid(), task.gid, text, task.modified_at, task.created_by))
        task.stories.append(story.gid)
        result.story_count += 1
    for n in range(_count(rng, attachments)):
        blob = Blob()
        blob.write(f"demo attachment {n} of task {task.gid}\n".encode())
        att = st.add(
            Attachment(st.new_gid(), f"notes-{n + 1}.txt", task.gid, task.created_at, blob=blob)
        )
        att.content_type = "text/plain"
        task.attachments.append(att.gid)
        result.attachment_gids.append(att.gid)
