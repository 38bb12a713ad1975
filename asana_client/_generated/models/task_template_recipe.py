from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskTemplateRecipe")


def _parse_memberships(data: Any) -> list[Project]:
    return [Project.from_dict(item) for item in data]


def _parse_dependencies(data: Any) -> list[TaskTemplateRecipeSummary]:
    return [TaskTemplateRecipeSummary.from_dict(item) for item in data]


def _parse_dependents(data: Any) -> list[TaskTemplateRecipeSummary]:
    return [TaskTemplateRecipeSummary.from_dict(item) for item in data]


def _parse_followers(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_attachments(data: Any) -> list[Attachment]:
    return [Attachment.from_dict(item) for item in data]


def _parse_subtasks(data: Any) -> list[TaskTemplateRecipeSummary]:
    return [TaskTemplateRecipeSummary.from_dict(item) for item in data]


def _parse_custom_fields(data: Any) -> list[CustomField]:
    return [CustomField.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "name": ("name", None),
    "task_resource_subtype": ("task_resource_subtype", None),
    "description": ("description", None),
    "html_description": ("html_description", None),
    "memberships": ("memberships", _parse_memberships),
    "relative_start_on": ("relative_start_on", None),
    "relative_due_on": ("relative_due_on", None),
    "due_time": ("due_time", None),
    "dependencies": ("dependencies", _parse_dependencies),
    "dependents": ("dependents", _parse_dependents),
    "followers": ("followers", _parse_followers),
    "attachments": ("attachments", _parse_attachments),
    "subtasks": ("subtasks", _parse_subtasks),
    "custom_fields": ("custom_fields", _parse_custom_fields),
}
_ATTRIBUTES = (
    "name",
    "task_resource_subtype",
    "description",
    "html_description",
    "memberships",
    "relative_start_on",
    "relative_due_on",
    "due_time",
    "dependencies",
    "dependents",
    "followers",
    "attachments",
    "subtasks",
    "custom_fields",
)


@_attrs_define(repr=False)
class TaskTemplateRecipe:
    """The task a task template creates.

    Attributes:
        name (str | Unset): The name of the task created.
        task_resource_subtype (str | Unset): The kind of task created. Known values: default_task, milestone_task,
            approval_task.
        description (str | Unset): The task's description, as plain text.
        html_description (str | Unset): The task's description with its formatting, as HTML.
        memberships (list[Project] | Unset): The projects the task is added to.
        relative_start_on (int | None | Unset): Days after instantiation on which the task starts, or null.
        relative_due_on (int | None | Unset): Days after instantiation on which the task is due, or null.
        due_time (None | str | Unset): The time of day the task is due (`HH:MM:SS.sssZ`), or null.
        dependencies (list[TaskTemplateRecipeSummary] | Unset): Templated tasks the created task will depend on.
        dependents (list[TaskTemplateRecipeSummary] | Unset): Templated tasks that will depend on the created task.
        followers (list[User] | Unset): Users who will follow the task.
        attachments (list[Attachment] | Unset): Files attached to the task.
        subtasks (list[TaskTemplateRecipeSummary] | Unset): Subtasks created under the task.
        custom_fields (list[CustomField] | Unset): Custom fields the task will carry.
    """

    name: str | Unset = UNSET
    task_resource_subtype: str | Unset = UNSET
    description: str | Unset = UNSET
    html_description: str | Unset = UNSET
    memberships: list[Project] | Unset = UNSET
    relative_start_on: int | None | Unset = UNSET
    relative_due_on: int | None | Unset = UNSET
    due_time: None | str | Unset = UNSET
    dependencies: list[TaskTemplateRecipeSummary] | Unset = UNSET
    dependents: list[TaskTemplateRecipeSummary] | Unset = UNSET
    followers: list[User] | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    subtasks: list[TaskTemplateRecipeSummary] | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        task_resource_subtype = self.task_resource_subtype

        description = self.description

        html_description = self.html_description

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        relative_start_on: int | None | Unset
        if isinstance(self.relative_start_on, Unset):
            relative_start_on = UNSET
        else:
            relative_start_on = self.relative_start_on

        relative_due_on: int | None | Unset
        if isinstance(self.relative_due_on, Unset):
            relative_due_on = UNSET
        else:
            relative_due_on = self.relative_due_on

        due_time: None | str | Unset
        if isinstance(self.due_time, Unset):
            due_time = UNSET
        else:
            due_time = self.due_time

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        dependents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependents, Unset):
            dependents = []
            for dependents_item_data in self.dependents:
                dependents_item = dependents_item_data.to_dict()
                dependents.append(dependents_item)

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        subtasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subtasks, Unset):
            subtasks = []
            for subtasks_item_data in self.subtasks:
                subtasks_item = subtasks_item_data.to_dict()
                subtasks.append(subtasks_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if task_resource_subtype is not UNSET:
            field_dict["task_resource_subtype"] = task_resource_subtype
        if description is not UNSET:
            field_dict["description"] = description
        if html_description is not UNSET:
            field_dict["html_description"] = html_description
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if relative_start_on is not UNSET:
            field_dict["relative_start_on"] = relative_start_on
        if relative_due_on is not UNSET:
            field_dict["relative_due_on"] = relative_due_on
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if dependents is not UNSET:
            field_dict["dependents"] = dependents
        if followers is not UNSET:
            field_dict["followers"] = followers
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if subtasks is not UNSET:
            field_dict["subtasks"] = subtasks
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the keys present (through `_FIELDS`); a value that does not parse raises.
        Keys the spec does not declare go to `additional_properties`."""
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            known = _FIELDS.get(key)
            if known is None:
                extra[key] = value
                continue
            name, parse = known
            values[name] = value if parse is None else parse(value)
        task_template_recipe = cls(**values)
        task_template_recipe.additional_properties = extra
        return task_template_recipe

    def __repr__(self) -> str:
        """Only the fields that are set: `TaskTemplateRecipe(gid='1', name='x')`."""
        shown = [
            f"{name}={value!r}"
            for name in _ATTRIBUTES
            if (value := getattr(self, name)) is not UNSET
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Related models, imported once the class exists so that models referring to each other load.
from ..models.attachment import Attachment  # noqa: E402
from ..models.custom_field import CustomField  # noqa: E402
from ..models.project import Project  # noqa: E402
from ..models.task_template_recipe_summary import TaskTemplateRecipeSummary  # noqa: E402
from ..models.user import User  # noqa: E402
