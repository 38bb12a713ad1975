from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")


def _parse_enum_options(data: Any) -> list[EnumOption]:
    return [EnumOption.from_dict(item) for item in data]


def _parse_enum_value(data: Any) -> EnumOption | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return EnumOption.from_dict(data)
    raise TypeError(f"enum_value: {type(data).__name__} is none of EnumOption | None")


def _parse_multi_enum_values(data: Any) -> list[EnumOption]:
    return [EnumOption.from_dict(item) for item in data]


def _parse_people_value(data: Any) -> list[User]:
    return [User.from_dict(item) for item in data]


def _parse_date_value(data: Any) -> CustomFieldDateValue | None:
    if data is None:
        return None
    if isinstance(data, dict):
        return CustomFieldDateValue.from_dict(data)
    raise TypeError(f"date_value: {type(data).__name__} is none of CustomFieldDateValue | None")


def _parse_created_by(data: Any) -> None | User:
    if data is None:
        return None
    if isinstance(data, dict):
        return User.from_dict(data)
    raise TypeError(f"created_by: {type(data).__name__} is none of None | User")


def _parse_reference_value(data: Any) -> list[AsanaNamedResource]:
    return [AsanaNamedResource.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "gid": ("gid", None),
    "resource_type": ("resource_type", None),
    "name": ("name", None),
    "resource_subtype": ("resource_subtype", None),
    "type": ("type_", None),
    "input_restrictions": ("input_restrictions", None),
    "is_formula_field": ("is_formula_field", None),
    "enum_options": ("enum_options", _parse_enum_options),
    "enabled": ("enabled", None),
    "display_value": ("display_value", None),
    "text_value": ("text_value", None),
    "number_value": ("number_value", None),
    "enum_value": ("enum_value", _parse_enum_value),
    "multi_enum_values": ("multi_enum_values", _parse_multi_enum_values),
    "people_value": ("people_value", _parse_people_value),
    "date_value": ("date_value", _parse_date_value),
    "description": ("description", None),
    "precision": ("precision", None),
    "format": ("format_", None),
    "is_global_to_workspace": ("is_global_to_workspace", None),
    "has_notifications_enabled": ("has_notifications_enabled", None),
    "asana_created_field": ("asana_created_field", None),
    "is_value_read_only": ("is_value_read_only", None),
    "created_by": ("created_by", _parse_created_by),
    "reference_value": ("reference_value", _parse_reference_value),
    "html_text_value": ("html_text_value", None),
}
_REQUIRED = ("gid",)
_ATTRIBUTES = (
    "gid",
    "resource_type",
    "name",
    "resource_subtype",
    "type_",
    "input_restrictions",
    "is_formula_field",
    "enum_options",
    "enabled",
    "display_value",
    "text_value",
    "number_value",
    "enum_value",
    "multi_enum_values",
    "people_value",
    "date_value",
    "description",
    "precision",
    "format_",
    "is_global_to_workspace",
    "has_notifications_enabled",
    "asana_created_field",
    "is_value_read_only",
    "created_by",
    "reference_value",
    "html_text_value",
)


@_attrs_define(repr=False)
class CustomField:
    """One custom field record (Asana's CustomFieldCompact, CustomFieldResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset): The field's name, unique within its workspace.
            resource_subtype (str | Unset): The kind of value the field holds. Known values: text, enum, multi_enum, number,
                date, people, reference.
            type_ (str | Unset): Older name of `resource_subtype`, kept by Asana for old integrations. Known values: text,
                enum, multi_enum, number, date, people, reference.
            input_restrictions (list[str] | Unset): The kinds of objects a reference field may point at.
            is_formula_field (bool | Unset): Whether the value is computed by a formula.
            enum_options (list[EnumOption] | Unset): The choices of an enum or multi-enum field, in display order.
            enabled (bool | Unset): On a value, whether the field is active in its container.
            display_value (None | str | Unset): The value as text, whatever the field's kind; null when empty.
            text_value (None | str | Unset): The value of a text field.
            number_value (float | None | Unset): The value of a number field.
            enum_value (EnumOption | None | Unset): The chosen option of an enum field.
            multi_enum_values (list[EnumOption] | Unset): The chosen options of a multi-enum field.
            people_value (list[User] | Unset): The users chosen in a people field.
            date_value (CustomFieldDateValue | None | Unset): The value of a date field.
            description (str | Unset): What the field is for.
            precision (int | Unset): Digits after the decimal point shown for a number field (0 to 6).
            format_ (str | Unset): How a number field's value is shown. Known values: currency, identifier, percentage,
                custom, duration, none.
            is_global_to_workspace (bool | Unset): Whether every project of the workspace can use the field.
            has_notifications_enabled (bool | Unset): Whether followers of a task hear about changes to this field's value.
            asana_created_field (None | str | Unset): For fields Asana made from a template, which template field this is.
            is_value_read_only (bool | Unset): Whether the value can be changed through the API.
            created_by (None | Unset | User): The user who made the field.
            reference_value (list[AsanaNamedResource] | Unset): The objects chosen in a reference field.
            html_text_value (None | str | Unset): The value of a text field as rich text (HTML).
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    type_: str | Unset = UNSET
    input_restrictions: list[str] | Unset = UNSET
    is_formula_field: bool | Unset = UNSET
    enum_options: list[EnumOption] | Unset = UNSET
    enabled: bool | Unset = UNSET
    display_value: None | str | Unset = UNSET
    text_value: None | str | Unset = UNSET
    number_value: float | None | Unset = UNSET
    enum_value: EnumOption | None | Unset = UNSET
    multi_enum_values: list[EnumOption] | Unset = UNSET
    people_value: list[User] | Unset = UNSET
    date_value: CustomFieldDateValue | None | Unset = UNSET
    description: str | Unset = UNSET
    precision: int | Unset = UNSET
    format_: str | Unset = UNSET
    is_global_to_workspace: bool | Unset = UNSET
    has_notifications_enabled: bool | Unset = UNSET
    asana_created_field: None | str | Unset = UNSET
    is_value_read_only: bool | Unset = UNSET
    created_by: None | User | Unset = UNSET
    reference_value: list[AsanaNamedResource] | Unset = UNSET
    html_text_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        resource_subtype = self.resource_subtype

        type_ = self.type_

        input_restrictions: list[str] | Unset = UNSET
        if not isinstance(self.input_restrictions, Unset):
            input_restrictions = self.input_restrictions

        is_formula_field = self.is_formula_field

        enum_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enum_options, Unset):
            enum_options = []
            for enum_options_item_data in self.enum_options:
                enum_options_item = enum_options_item_data.to_dict()
                enum_options.append(enum_options_item)

        enabled = self.enabled

        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        text_value: None | str | Unset
        if isinstance(self.text_value, Unset):
            text_value = UNSET
        else:
            text_value = self.text_value

        number_value: float | None | Unset
        if isinstance(self.number_value, Unset):
            number_value = UNSET
        else:
            number_value = self.number_value

        enum_value: dict[str, Any] | None | Unset
        if isinstance(self.enum_value, Unset):
            enum_value = UNSET
        elif isinstance(self.enum_value, EnumOption):
            enum_value = self.enum_value.to_dict()
        else:
            enum_value = self.enum_value

        multi_enum_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_enum_values, Unset):
            multi_enum_values = []
            for multi_enum_values_item_data in self.multi_enum_values:
                multi_enum_values_item = multi_enum_values_item_data.to_dict()
                multi_enum_values.append(multi_enum_values_item)

        people_value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people_value, Unset):
            people_value = []
            for people_value_item_data in self.people_value:
                people_value_item = people_value_item_data.to_dict()
                people_value.append(people_value_item)

        date_value: dict[str, Any] | None | Unset
        if isinstance(self.date_value, Unset):
            date_value = UNSET
        elif isinstance(self.date_value, CustomFieldDateValue):
            date_value = self.date_value.to_dict()
        else:
            date_value = self.date_value

        description = self.description

        precision = self.precision

        format_ = self.format_

        is_global_to_workspace = self.is_global_to_workspace

        has_notifications_enabled = self.has_notifications_enabled

        asana_created_field: None | str | Unset
        if isinstance(self.asana_created_field, Unset):
            asana_created_field = UNSET
        else:
            asana_created_field = self.asana_created_field

        is_value_read_only = self.is_value_read_only

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        reference_value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_value, Unset):
            reference_value = []
            for reference_value_item_data in self.reference_value:
                reference_value_item = reference_value_item_data.to_dict()
                reference_value.append(reference_value_item)

        html_text_value: None | str | Unset
        if isinstance(self.html_text_value, Unset):
            html_text_value = UNSET
        else:
            html_text_value = self.html_text_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gid": gid,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if name is not UNSET:
            field_dict["name"] = name
        if resource_subtype is not UNSET:
            field_dict["resource_subtype"] = resource_subtype
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_restrictions is not UNSET:
            field_dict["input_restrictions"] = input_restrictions
        if is_formula_field is not UNSET:
            field_dict["is_formula_field"] = is_formula_field
        if enum_options is not UNSET:
            field_dict["enum_options"] = enum_options
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if text_value is not UNSET:
            field_dict["text_value"] = text_value
        if number_value is not UNSET:
            field_dict["number_value"] = number_value
        if enum_value is not UNSET:
            field_dict["enum_value"] = enum_value
        if multi_enum_values is not UNSET:
            field_dict["multi_enum_values"] = multi_enum_values
        if people_value is not UNSET:
            field_dict["people_value"] = people_value
        if date_value is not UNSET:
            field_dict["date_value"] = date_value
        if description is not UNSET:
            field_dict["description"] = description
        if precision is not UNSET:
            field_dict["precision"] = precision
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_global_to_workspace is not UNSET:
            field_dict["is_global_to_workspace"] = is_global_to_workspace
        if has_notifications_enabled is not UNSET:
            field_dict["has_notifications_enabled"] = has_notifications_enabled
        if asana_created_field is not UNSET:
            field_dict["asana_created_field"] = asana_created_field
        if is_value_read_only is not UNSET:
            field_dict["is_value_read_only"] = is_value_read_only
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if reference_value is not UNSET:
            field_dict["reference_value"] = reference_value
        if html_text_value is not UNSET:
            field_dict["html_text_value"] = html_text_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the keys present (through `_FIELDS`); a value that does not parse raises.
        Keys the spec does not declare go to `additional_properties`."""
        for key in _REQUIRED:
            if key not in src_dict:
                raise KeyError(key)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in src_dict.items():
            known = _FIELDS.get(key)
            if known is None:
                extra[key] = value
                continue
            name, parse = known
            values[name] = value if parse is None else parse(value)
        custom_field = cls(**values)
        custom_field.additional_properties = extra
        return custom_field

    def __repr__(self) -> str:
        """Only the fields that are set: `CustomField(gid='1', name='x')`."""
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
from ..models.asana_named_resource import AsanaNamedResource  # noqa: E402
from ..models.custom_field_date_value import CustomFieldDateValue  # noqa: E402
from ..models.enum_option import EnumOption  # noqa: E402
from ..models.user import User  # noqa: E402
