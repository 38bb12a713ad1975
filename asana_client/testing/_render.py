"""Turning records into JSON: compact/full shapes and `opt_fields` selection.

Each record type has a table of field resolvers. A resolver returns a plain value, another
record (rendered compactly or per the nested selection), a list, or a dict of those; this
lets dotted `opt_fields` such as `memberships.section.name` walk into nested values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
ABSENT: Any = object()  # a resolver's answer for a field that does not apply (left out)


class Nested(dict[str, Any]):
    """A nested value rendered like a record: `opt_in` keys only when selected, and keys
    whose value is ABSENT never."""

    def __init__(self, fields: dict[str, Any], opt_in: frozenset[str] = frozenset()) -> None:
        super().__init__(fields)
        self.opt_in = opt_in


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


CUSTOM_FIELD_VALUE_KEYS = {
    "enum": ("enum_options", "enum_value"),
    "multi_enum": ("enum_options", "multi_enum_values"),
    "number": ("number_value",),
    "text": ("text_value",),
    "date": ("date_value",),
    "people": ("people_value",),
}


def _display(cf: CustomField, value: Any) -> str | None:
    if value is None:
        return None
    if cf.type == "enum":
        option = next((o for o in cf.enum_options if o["gid"] == value), None)
        return str(option["name"]) if option else None
    return str(value)


def _typed_value(st: State, cf: CustomField, key: str, value: Any) -> Any:
    if key == "enum_options":
        return cf.enum_options
    if key == "enum_value":
        return next((o for o in cf.enum_options if o["gid"] == value), None)
    if key == "multi_enum_values":
        return [o for o in cf.enum_options if o["gid"] in (value or [])]
    if key == "people_value":
        return [u for g in value or [] if (u := st.find(g, User)) is not None]
    if key == "date_value":
        return None if value is None else {"date": value, "date_time": None}
    return value


def _custom_field_value(
    st: State, cf: CustomField, value: Any, *, with_value: bool = True
) -> Nested:
    """CustomField as seen on a task: definition plus the value of its own type
    (Asana sends `number_value` only on number fields, and so on); `description` opt-in."""
    out: dict[str, Any] = {
        "gid": cf.gid,
        "resource_type": "custom_field",
        "name": cf.name,
        "type": cf.type,
        "resource_subtype": cf.type,
        "enabled": True,
        "display_value": _display(cf, value),
        "description": cf.description,
        "precision": cf.precision,
        "format": cf.format,
        "is_global_to_workspace": True,
        "created_by": st.find(cf.created_by, User),
    }
    for key in CUSTOM_FIELD_VALUE_KEYS.get(cf.type, ()):
        if with_value or key == "enum_options":
            out[key] = _typed_value(st, cf, key, value)
    return Nested(out, frozenset({"description"}))


def _task_custom_fields(st: State, t: Task) -> list[Nested]:
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
    "external": lambda st, t: t.external,
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
    "start_at": _attr("start_at"),
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


TASK_OPT_IN = frozenset(
    {
        "dependencies",
        "dependents",
        "external",
        "html_notes",
        "is_rendered_as_separator",
        "num_subtasks",
    }
)


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
                    "custom_field": _custom_field_value(st, cf, None, with_value=False),
                }
            )
    return out


PROJECT: dict[str, Resolver] = {
    **_base("project"),
    "archived": _attr("archived"),
    "color": _attr("color"),
    "icon": _attr("icon"),
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
    "public": lambda st, p: p.privacy_setting == "public_to_workspace",
    "privacy_setting": _attr("privacy_setting"),
    "start_on": _attr("start_on"),
    "default_access_level": _attr("default_access_level"),
    "minimum_access_level_for_customization": _attr("minimum_access_level_for_customization"),
    "minimum_access_level_for_sharing": _attr("minimum_access_level_for_sharing"),
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

TEAM_ACCESS_LEVELS = (
    "edit_team_name_or_description_access_level",
    "edit_team_visibility_or_trash_team_access_level",
    "member_invite_management_access_level",
    "guest_invite_management_access_level",
    "join_request_management_access_level",
    "team_member_removal_access_level",
    "team_content_management_access_level",
)


def _team_access(level: str) -> Resolver:
    """Who may do what in a team; Asana's defaults (admins only for content rules)."""
    default = "no_restriction" if level == "team_content_management_access_level" else None
    return lambda st, t: t.access_levels.get(level, default or "all_team_members")


TEAM: dict[str, Resolver] = {
    **_base("team"),
    "description": _attr("description"),
    "html_description": lambda st, t: f"<body>{_escape(t.description)}</body>",
    "organization": _ref(Workspace, "workspace"),
    "permalink_url": _permalink("team"),
    "visibility": _attr("visibility"),
    **{level: _team_access(level) for level in TEAM_ACCESS_LEVELS},
    "endorsed": lambda st, e: False,
    "custom_field_settings": lambda st, e: [],
}

# What a system story records about a change (a rename has old_name/new_name, ...); each is
# left out of every other story, even when opt_fields asks for it, like Asana's conditional
# fields.
STORY_CHANGES = (
    "old_name",
    "new_name",
    "old_dates",
    "new_dates",
    "old_resource_subtype",
    "new_resource_subtype",
    "story",
    "assignee",
    "follower",
    "old_section",
    "new_section",
    "task",
    "project",
    "tag",
    "custom_field",
    "old_text_value",
    "new_text_value",
    "old_number_value",
    "new_number_value",
    "old_enum_value",
    "new_enum_value",
    "old_date_value",
    "new_date_value",
    "old_people_value",
    "new_people_value",
    "old_multi_enum_values",
    "new_multi_enum_values",
    "old_approval_status",
    "new_approval_status",
    "duplicate_of",
    "duplicated_from",
    "dependency",
)


def _change(name: str) -> Resolver:
    def resolve(st: State, story: Story) -> Any:
        if name not in story.changes:
            return ABSENT
        value = story.changes[name]
        if isinstance(value, str) and name in STORY_CHANGE_REFS:
            return st.find(value, STORY_CHANGE_REFS[name])
        return value

    return resolve


STORY_CHANGE_REFS: dict[str, type[Entity]] = {
    "assignee": User,
    "follower": User,
    "old_section": Section,
    "new_section": Section,
    "task": Task,
    "project": Project,
    "tag": Tag,
    "dependency": Task,
    "duplicate_of": Task,
    "duplicated_from": Task,
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
    "sticker_name": lambda st, e: None,
    "source": lambda st, e: "api",
    "target": _ref(Task, "task"),
    **{name: _change(name) for name in STORY_CHANGES},
}


def _definition_field(name: str) -> Resolver:
    def resolve(st: State, cf: CustomField) -> Any:
        return _custom_field_value(st, cf, None, with_value=False).get(name, ABSENT)

    return resolve


CUSTOM_FIELD: dict[str, Resolver] = {
    name: _definition_field(name)
    for name in (
        "gid",
        "resource_type",
        "name",
        "type",
        "resource_subtype",
        "enabled",
        "display_value",
        "enum_options",
        "description",
        "precision",
        "format",
        "is_global_to_workspace",
        "created_by",
    )
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

COMPACT = ("gid", "resource_type", "name")


@dataclass(frozen=True)
class Shape:
    """How a record type renders: every field, the compact subset lists return, the fields
    Asana sends only when asked for (opt-in), and the subset used when nested in another."""

    fields: dict[str, Resolver]
    compact: tuple[str, ...] = COMPACT
    opt_in: frozenset[str] = frozenset()
    nested: tuple[str, ...] | None = None


SHAPES: dict[type[Entity], Shape] = {
    # created_by is opt-in on compact tasks (lists) but part of the full record
    Task: Shape(
        TASK,
        ("gid", "resource_type", "name", "resource_subtype"),
        TASK_OPT_IN,
    ),
    Project: Shape(
        PROJECT, opt_in=frozenset({"html_notes", "project_brief", "created_from_template"})
    ),
    Section: Shape(SECTION),
    Tag: Shape(TAG),
    User: Shape(USER),
    Workspace: Shape(WORKSPACE),
    Team: Shape(TEAM, opt_in=frozenset({"description", "html_description"})),
    Story: Shape(
        STORY,
        ("gid", "resource_type", "created_at", "created_by", "resource_subtype", "text"),
        frozenset({"html_text"}),
        nested=("gid", "resource_type", "created_at", "resource_subtype", "text"),
    ),
    CustomField: Shape(
        CUSTOM_FIELD,
        ("gid", "resource_type", "name", "type", "resource_subtype", "enabled", "enum_options"),
        frozenset({"description"}),
    ),
    UserTaskList: Shape(USER_TASK_LIST),
    Attachment: Shape(ATTACHMENT, ("gid", "resource_type", "name", "resource_subtype")),
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

    def record(
        self, ent: Entity, *, compact: bool = False, names: tuple[str, ...] | None = None
    ) -> dict[str, Any]:
        """Top-level record: the opt_fields selection if given, else compact/full (or the
        default `names`, e.g. typeahead's gid/resource_type/name)."""
        if names is not None and not self.selection:
            fields = self._fields(ent)
            return self._pick(ent, fields, names)
        return self._render(ent, self.selection, compact=compact, nested=False)

    def _fields(self, ent: Entity) -> dict[str, Resolver]:
        fields = SHAPES[type(ent)].fields
        if self.extra is not None:
            more = self.extra(ent)
            if more:
                fields = {**fields, **{k: _deferred(f) for k, f in more.items()}}
        return fields

    def _pick(
        self, ent: Entity, fields: dict[str, Resolver], names: Iterable[str]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in names:
            value = fields[name](self.state, ent)
            if value is not ABSENT:
                out[name] = self._convert(value, None)
        return out

    def _render(
        self, ent: Entity, sel: Selection | None, *, compact: bool, nested: bool
    ) -> dict[str, Any]:
        fields = self._fields(ent)
        shape = SHAPES[type(ent)]
        if sel:
            out: dict[str, Any] = {"gid": ent.gid}
            for name, sub in sel.items():
                resolver = fields.get(name)
                value = ABSENT if resolver is None else resolver(self.state, ent)
                if value is not ABSENT:
                    out[name] = self._convert(value, sub)
            return out
        if nested:
            names: Iterable[str] = shape.nested or shape.compact
        elif compact:
            names = shape.compact
        else:
            names = (n for n in fields if n not in shape.opt_in)
        return self._pick(ent, fields, names)

    def _convert(self, value: Any, sub: Selection | None) -> Any:
        if isinstance(value, Entity):
            return self._render(value, sub, compact=True, nested=True)
        if isinstance(value, list):
            return [self._convert(v, sub) for v in value]
        if isinstance(value, dict):
            if not sub:
                hidden: frozenset[str] = getattr(value, "opt_in", frozenset())
                return {
                    k: self._convert(v, None)
                    for k, v in value.items()
                    if k not in hidden and v is not ABSENT
                }
            out = {"gid": value["gid"]} if "gid" in value else {}
            for key, sub2 in sub.items():
                if key in value and value[key] is not ABSENT:
                    out[key] = self._convert(value[key], sub2)
            return out
        return value
