"""Turning records into JSON: compact/full shapes and `opt_fields` selection.

Each record type has a table of field resolvers. A resolver returns a plain value, another
record (rendered compactly or per the nested selection), a list, or a dict of those; this
lets dotted `opt_fields` such as `memberships.section.name` walk into nested values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._model import (
    Attachment,
    CustomField,
    Entity,
    Project,
    Section,
    State,
    Story,
    Tag,
    Task,
    Team,
    User,
    UserTaskList,
    Workspace,
)
from ._util import iso

Selection = dict[str, "Selection"]
Resolver = Callable[[State, Any], Any]
APP = "https://app.asana.com"


def parse_opt_fields(values: list[str] | None) -> Selection | None:
    """`opt_fields=a,b.c` (possibly repeated) -> {"a": {}, "b": {"c": {}}}."""
    if not values:
        return None
    sel: Selection = {}
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if item.startswith("this."):
                item = item[5:]
            node = sel
            for part in (p for p in item.split(".") if p):
                node = node.setdefault(part, {})
    return sel or None


def _ref(cls: type[Entity], attr: str) -> Resolver:
    return lambda st, e: st.find(getattr(e, attr), cls)


def _refs(cls: type[Entity], attr: str) -> Resolver:
    def resolve(st: State, e: Any) -> list[Entity]:
        return [x for g in getattr(e, attr) if (x := st.find(g, cls)) is not None]

    return resolve


def _attr(attr: str) -> Resolver:
    return lambda st, e: getattr(e, attr)


def _time(attr: str) -> Resolver:
    return lambda st, e: iso(getattr(e, attr))


def _permalink(kind: str) -> Resolver:
    return lambda st, e: f"{APP}/0/{kind}/{e.gid}"


def _base(resource_type: str) -> dict[str, Resolver]:
    return {
        "gid": _attr("gid"),
        "resource_type": lambda st, e: resource_type,
        "name": _attr("name"),
    }


def _custom_field_value(st: State, cf: CustomField, value: Any) -> dict[str, Any]:
    """CustomFieldResponse as seen on a task: definition plus typed value."""
    out: dict[str, Any] = {
        "gid": cf.gid,
        "resource_type": "custom_field",
        "name": cf.name,
        "type": cf.type,
        "resource_subtype": cf.type,
        "display_value": None,
        "enabled": True,
    }
    if cf.type == "enum":
        option = next((o for o in cf.enum_options if o["gid"] == value), None)
        out["enum_options"] = cf.enum_options
        out["enum_value"] = option
        out["display_value"] = option["name"] if option else None
    elif cf.type == "number":
        out["number_value"] = value
        out["precision"] = cf.precision
        out["display_value"] = None if value is None else str(value)
    else:
        out["text_value"] = value
        out["display_value"] = value
    return out


def _task_custom_fields(st: State, t: Task) -> list[dict[str, Any]]:
    seen: dict[str, None] = {}
    for pg in t.projects:
        proj = st.find(pg, Project)
        for cg in proj.custom_fields if proj else []:
            seen[cg] = None
    for cg in t.custom_values:
        seen[cg] = None
    out = []
    for cg in seen:
        cf = st.find(cg, CustomField)
        if cf is not None:
            out.append(_custom_field_value(st, cf, t.custom_values.get(cg)))
    return out


def _memberships(st: State, t: Task) -> list[dict[str, Any]]:
    return [
        {"project": st.find(pg, Project), "section": st.find(t.sections.get(pg), Section)}
        for pg in t.projects
    ]


def _user_ref(attr: str) -> Resolver:
    def resolve(st: State, e: Any) -> dict[str, str] | None:
        gid = getattr(e, attr)
        return {"gid": gid, "resource_type": "user"} if gid else None

    return resolve


TASK: dict[str, Resolver] = {
    **_base("task"),
    "resource_subtype": _attr("resource_subtype"),
    "created_by": _user_ref("created_by"),
    "approval_status": _attr("approval_status"),
    "assignee_status": _attr("assignee_status"),
    "assigned_by": lambda st, e: None,
    "completed": _attr("completed"),
    "completed_at": _time("completed_at"),
    "completed_by": _ref(User, "completed_by"),
    "created_at": _time("created_at"),
    "dependencies": lambda st, t: [{"gid": g, "resource_type": "task"} for g in t.dependencies],
    "dependents": lambda st, t: [{"gid": g, "resource_type": "task"} for g in t.dependents],
    "due_at": _attr("due_at"),
    "due_on": _attr("due_on"),
    "external": lambda st, e: None,
    "html_notes": lambda st, t: f"<body>{_escape(t.notes)}</body>",
    "hearted": _attr("liked"),
    "hearts": lambda st, e: [],
    "is_rendered_as_separator": lambda st, e: False,
    "liked": _attr("liked"),
    "likes": lambda st, e: [],
    "memberships": _memberships,
    "modified_at": _time("modified_at"),
    "notes": _attr("notes"),
    "num_hearts": lambda st, e: 0,
    "num_likes": lambda st, e: 0,
    "num_subtasks": lambda st, t: len(t.subtasks),
    "start_at": lambda st, e: None,
    "start_on": _attr("start_on"),
    "actual_time_minutes": lambda st, e: None,
    "assignee": _ref(User, "assignee"),
    "assignee_section": lambda st, e: None,
    "custom_fields": _task_custom_fields,
    "custom_type": lambda st, e: None,
    "custom_type_status_option": lambda st, e: None,
    "followers": _refs(User, "followers"),
    "parent": _ref(Task, "parent"),
    "projects": _refs(Project, "projects"),
    "tags": _refs(Tag, "tags"),
    "workspace": _ref(Workspace, "workspace"),
    "permalink_url": lambda st, t: f"{APP}/0/0/{t.gid}",
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _project_cf_settings(st: State, p: Project) -> list[dict[str, Any]]:
    out = []
    for cg in p.custom_fields:
        cf = st.find(cg, CustomField)
        if cf is not None:
            out.append(
                {
                    "gid": f"{p.gid}{cf.gid}",
                    "resource_type": "custom_field_setting",
                    "is_important": True,
                    "project": p,
                    "custom_field": cf,
                }
            )
    return out


PROJECT: dict[str, Resolver] = {
    **_base("project"),
    "archived": _attr("archived"),
    "color": _attr("color"),
    "icon": lambda st, e: "list",
    "created_at": _time("created_at"),
    "current_status": lambda st, e: None,
    "current_status_update": lambda st, e: None,
    "custom_field_settings": _project_cf_settings,
    "default_view": _attr("default_view"),
    "due_date": _attr("due_on"),
    "due_on": _attr("due_on"),
    "html_notes": lambda st, p: f"<body>{_escape(p.notes)}</body>",
    "members": _refs(User, "members"),
    "modified_at": _time("modified_at"),
    "notes": _attr("notes"),
    "public": _attr("public"),
    "privacy_setting": lambda st, p: "public_to_workspace" if p.public else "private",
    "start_on": _attr("start_on"),
    "default_access_level": lambda st, e: "editor",
    "minimum_access_level_for_customization": lambda st, e: "editor",
    "minimum_access_level_for_sharing": lambda st, e: "editor",
    "custom_fields": _refs(CustomField, "custom_fields"),
    "completed": _attr("completed"),
    "completed_at": _time("completed_at"),
    "completed_by": lambda st, e: None,
    "followers": _refs(User, "followers"),
    "owner": _ref(User, "owner"),
    "team": _ref(Team, "team"),
    "permalink_url": _permalink("project"),
    "project_brief": lambda st, e: None,
    "created_from_template": lambda st, e: None,
    "workspace": _ref(Workspace, "workspace"),
}

SECTION: dict[str, Resolver] = {
    **_base("section"),
    "created_at": _time("created_at"),
    "project": _ref(Project, "project"),
    "projects": lambda st, s: [p] if (p := st.find(s.project, Project)) else [],
}

TAG: dict[str, Resolver] = {
    **_base("tag"),
    "color": _attr("color"),
    "notes": _attr("notes"),
    "created_at": _time("created_at"),
    "followers": _refs(User, "followers"),
    "workspace": _ref(Workspace, "workspace"),
    "permalink_url": _permalink("tag"),
}

USER: dict[str, Resolver] = {
    **_base("user"),
    "email": _attr("email"),
    "photo": lambda st, e: None,
    "workspaces": lambda st, u: [w for g in u.workspaces if (w := st.find(g, Workspace))],
    "custom_fields": lambda st, e: [],
}

WORKSPACE: dict[str, Resolver] = {
    **_base("workspace"),
    "email_domains": _attr("email_domains"),
    "is_organization": _attr("is_organization"),
}

TEAM: dict[str, Resolver] = {
    **_base("team"),
    "description": _attr("description"),
    "html_description": lambda st, t: f"<body>{_escape(t.description)}</body>",
    "organization": _ref(Workspace, "workspace"),
    "permalink_url": _permalink("team"),
    "visibility": lambda st, e: "request_to_join",
}

STORY: dict[str, Resolver] = {
    "gid": _attr("gid"),
    "resource_type": lambda st, e: "story",
    "created_at": _time("created_at"),
    "created_by": _ref(User, "created_by"),
    "resource_subtype": _attr("resource_subtype"),
    "text": _attr("text"),
    "html_text": lambda st, s: f"<body>{_escape(s.text)}</body>",
    "is_pinned": _attr("is_pinned"),
    "type": _attr("type"),
    "is_editable": lambda st, s: s.type == "comment",
    "is_edited": lambda st, e: False,
    "hearted": lambda st, e: False,
    "hearts": lambda st, e: [],
    "num_hearts": lambda st, e: 0,
    "liked": lambda st, e: False,
    "likes": lambda st, e: [],
    "num_likes": lambda st, e: 0,
    "reaction_summary": lambda st, e: [],
    "previews": lambda st, e: [],
    "source": lambda st, e: "api",
    "target": _ref(Task, "task"),
}

CUSTOM_FIELD: dict[str, Resolver] = {
    **_base("custom_field"),
    "type": _attr("type"),
    "resource_subtype": _attr("type"),
    "enum_options": _attr("enum_options"),
    "precision": _attr("precision"),
    "enabled": lambda st, e: True,
}

USER_TASK_LIST: dict[str, Resolver] = {
    **_base("user_task_list"),
    "owner": _ref(User, "owner"),
    "workspace": _ref(Workspace, "workspace"),
}

# Attachment URLs depend on the request's origins; the handler fills the "links" context.
ATTACHMENT: dict[str, Resolver] = {
    **_base("attachment"),
    "resource_subtype": _attr("resource_subtype"),
    "created_at": _time("created_at"),
    "host": _attr("host"),
    "parent": lambda st, a: st.objects.get(a.parent),
    "size": lambda st, a: a.size,
    "connected_to_app": _attr("connected_to_app"),
}

SPECS: dict[type[Entity], tuple[dict[str, Resolver], tuple[str, ...]]] = {
    Task: (TASK, ("gid", "resource_type", "name", "resource_subtype", "created_by")),
    Project: (PROJECT, ("gid", "resource_type", "name")),
    Section: (SECTION, ("gid", "resource_type", "name")),
    Tag: (TAG, ("gid", "resource_type", "name")),
    User: (USER, ("gid", "resource_type", "name")),
    Workspace: (WORKSPACE, ("gid", "resource_type", "name")),
    Team: (TEAM, ("gid", "resource_type", "name")),
    Story: (
        STORY,
        ("gid", "resource_type", "created_at", "created_by", "resource_subtype", "text"),
    ),
    CustomField: (CUSTOM_FIELD, ("gid", "resource_type", "name", "type", "resource_subtype")),
    UserTaskList: (USER_TASK_LIST, ("gid", "resource_type", "name")),
    Attachment: (ATTACHMENT, ("gid", "resource_type", "name", "resource_subtype")),
}
NESTED_COMPACT: dict[type[Entity], tuple[str, ...]] = {
    Task: ("gid", "resource_type", "name", "resource_subtype"),
    Story: ("gid", "resource_type", "created_at", "resource_subtype", "text"),
}


def _deferred(fn: Callable[[], Any]) -> Resolver:
    return lambda st, e: fn()


class Renderer:
    """Renders records for one request; `extra` adds lazily computed, request-dependent
    fields (attachment URLs need the caller's origin and mint a fresh signed link)."""

    def __init__(
        self,
        state: State,
        selection: Selection | None,
        extra: Callable[[Entity], dict[str, Callable[[], Any]]] | None = None,
    ) -> None:
        self.state = state
        self.selection = selection
        self.extra = extra

    def record(self, ent: Entity, *, compact: bool = False) -> dict[str, Any]:
        """Top-level record: the opt_fields selection if given, else compact/full."""
        return self._render(ent, self.selection, compact=compact, nested=False)

    def _fields(self, ent: Entity) -> dict[str, Resolver]:
        fields = SPECS[type(ent)][0]
        if self.extra is not None:
            more = self.extra(ent)
            if more:
                fields = {**fields, **{k: _deferred(f) for k, f in more.items()}}
        return fields

    def _render(
        self, ent: Entity, sel: Selection | None, *, compact: bool, nested: bool
    ) -> dict[str, Any]:
        fields = self._fields(ent)
        if sel:
            out: dict[str, Any] = {"gid": ent.gid}
            for name, sub in sel.items():
                resolver = fields.get(name)
                if resolver is not None:
                    out[name] = self._convert(resolver(self.state, ent), sub)
            return out
        if nested:
            names = NESTED_COMPACT.get(type(ent), SPECS[type(ent)][1])
        else:
            names = SPECS[type(ent)][1] if compact else tuple(fields)
        return {n: self._convert(fields[n](self.state, ent), None) for n in names}

    def _convert(self, value: Any, sub: Selection | None) -> Any:
        if isinstance(value, Entity):
            return self._render(value, sub, compact=True, nested=True)
        if isinstance(value, list):
            return [self._convert(v, sub) for v in value]
        if isinstance(value, dict):
            if not sub:
                return {k: self._convert(v, None) for k, v in value.items()}
            out = {"gid": value["gid"]} if "gid" in value else {}
            for key, sub2 in sub.items():
                if key in value:
                    out[key] = self._convert(value[key], sub2)
            return out
        return value
