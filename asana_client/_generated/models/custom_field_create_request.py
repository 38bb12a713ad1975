from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_create_request_custom_label_position_type_1 import (
    CustomFieldCreateRequestCustomLabelPositionType1,
)
from ..models.custom_field_create_request_default_access_level import (
    CustomFieldCreateRequestDefaultAccessLevel,
)
from ..models.custom_field_create_request_format import (
    CustomFieldCreateRequestFormat,
)
from ..models.custom_field_create_request_input_restrictions_item import (
    CustomFieldCreateRequestInputRestrictionsItem,
)
from ..models.custom_field_create_request_privacy_setting import (
    CustomFieldCreateRequestPrivacySetting,
)
from ..models.custom_field_create_request_resource_subtype import (
    CustomFieldCreateRequestResourceSubtype,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldCreateRequest")


def _parse_enum_options(data: Any) -> list[EnumOptionUpdateRequest]:
    return [EnumOptionUpdateRequest.from_dict(item) for item in data]


# JSON key -> (attribute, parser); a parser of None keeps the JSON value as it is.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "workspace": ("workspace", None),
    "resource_subtype": ("resource_subtype", None),
    "name": ("name", None),
    "description": ("description", None),
    "enum_options": ("enum_options", _parse_enum_options),
    "id_prefix": ("id_prefix", None),
    "input_restrictions": ("input_restrictions", None),
    "precision": ("precision", None),
    "format": ("format_", None),
    "currency_code": ("currency_code", None),
    "custom_label": ("custom_label", None),
    "custom_label_position": ("custom_label_position", None),
    "has_notifications_enabled": ("has_notifications_enabled", None),
    "privacy_setting": ("privacy_setting", None),
    "default_access_level": ("default_access_level", None),
    "owned_by_app": ("owned_by_app", None),
}
_REQUIRED = (
    "workspace",
    "resource_subtype",
)
_ATTRIBUTES = (
    "workspace",
    "resource_subtype",
    "name",
    "description",
    "enum_options",
    "id_prefix",
    "input_restrictions",
    "precision",
    "format_",
    "currency_code",
    "custom_label",
    "custom_label_position",
    "has_notifications_enabled",
    "privacy_setting",
    "default_access_level",
    "owned_by_app",
)


@_attrs_define(repr=False)
class CustomFieldCreateRequest:
    """The fields a new custom field is made with.

    Attributes:
        workspace (str): The workspace the field is made in; cannot change later.
        resource_subtype (CustomFieldCreateRequestResourceSubtype): The kind of value the field holds; cannot change
            later.
        name (str | Unset): The field's name, unique within the workspace.
        description (str | Unset): What the field is for.
        enum_options (list[EnumOptionUpdateRequest] | Unset): The choices of an enum or multi-enum field, in order.
        id_prefix (None | str | Unset): The prefix of the IDs a custom-ID field hands out.
        input_restrictions (list[CustomFieldCreateRequestInputRestrictionsItem] | Unset): The kinds of objects a
            reference field may point at.
        precision (int | Unset): Digits after the decimal point shown for a number field (0 to 6).
        format_ (CustomFieldCreateRequestFormat | Unset): How a number field's value is shown.
        currency_code (None | str | Unset): ISO 4217 code, for the `currency` format.
        custom_label (None | str | Unset): The text shown beside values, for the `custom` format.
        custom_label_position (CustomFieldCreateRequestCustomLabelPositionType1 | None | Unset): Whether the custom
            label goes before or after the value.
        has_notifications_enabled (bool | Unset): Whether followers of a task hear about changes to this field's value.
        privacy_setting (CustomFieldCreateRequestPrivacySetting | Unset): Who may see and use the field (an organization
            may restrict the choices).
        default_access_level (CustomFieldCreateRequestDefaultAccessLevel | Unset): The access new members of the field
            get.
        owned_by_app (bool | Unset): Make the field owned by the calling app (allowed for some apps only).
    """

    workspace: str
    resource_subtype: CustomFieldCreateRequestResourceSubtype | str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    enum_options: list[EnumOptionUpdateRequest] | Unset = UNSET
    id_prefix: None | str | Unset = UNSET
    input_restrictions: list[CustomFieldCreateRequestInputRestrictionsItem | str] | Unset = UNSET
    precision: int | Unset = UNSET
    format_: CustomFieldCreateRequestFormat | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    custom_label_position: CustomFieldCreateRequestCustomLabelPositionType1 | None | str | Unset = (
        UNSET
    )
    has_notifications_enabled: bool | Unset = UNSET
    privacy_setting: CustomFieldCreateRequestPrivacySetting | str | Unset = UNSET
    default_access_level: CustomFieldCreateRequestDefaultAccessLevel | str | Unset = UNSET
    owned_by_app: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace = self.workspace

        resource_subtype: str = self.resource_subtype

        name = self.name

        description = self.description

        enum_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enum_options, Unset):
            enum_options = []
            for enum_options_item_data in self.enum_options:
                enum_options_item = enum_options_item_data.to_dict()
                enum_options.append(enum_options_item)

        id_prefix: None | str | Unset
        if isinstance(self.id_prefix, Unset):
            id_prefix = UNSET
        else:
            id_prefix = self.id_prefix

        input_restrictions: list[str] | Unset = UNSET
        if not isinstance(self.input_restrictions, Unset):
            input_restrictions = []
            for input_restrictions_item_data in self.input_restrictions:
                input_restrictions_item: str = input_restrictions_item_data
                input_restrictions.append(input_restrictions_item)

        precision = self.precision

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        custom_label_position: None | str | Unset
        if isinstance(self.custom_label_position, Unset):
            custom_label_position = UNSET
        elif isinstance(self.custom_label_position, str):
            custom_label_position = self.custom_label_position
        else:
            custom_label_position = self.custom_label_position

        has_notifications_enabled = self.has_notifications_enabled

        privacy_setting: str | Unset = UNSET
        if not isinstance(self.privacy_setting, Unset):
            privacy_setting = self.privacy_setting

        default_access_level: str | Unset = UNSET
        if not isinstance(self.default_access_level, Unset):
            default_access_level = self.default_access_level

        owned_by_app = self.owned_by_app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace": workspace,
                "resource_subtype": resource_subtype,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if enum_options is not UNSET:
            field_dict["enum_options"] = enum_options
        if id_prefix is not UNSET:
            field_dict["id_prefix"] = id_prefix
        if input_restrictions is not UNSET:
            field_dict["input_restrictions"] = input_restrictions
        if precision is not UNSET:
            field_dict["precision"] = precision
        if format_ is not UNSET:
            field_dict["format"] = format_
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
        if custom_label_position is not UNSET:
            field_dict["custom_label_position"] = custom_label_position
        if has_notifications_enabled is not UNSET:
            field_dict["has_notifications_enabled"] = has_notifications_enabled
        if privacy_setting is not UNSET:
            field_dict["privacy_setting"] = privacy_setting
        if default_access_level is not UNSET:
            field_dict["default_access_level"] = default_access_level
        if owned_by_app is not UNSET:
            field_dict["owned_by_app"] = owned_by_app

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
        custom_field_create_request = cls(**values)
        custom_field_create_request.additional_properties = extra
        return custom_field_create_request

    def __repr__(self) -> str:
        """Only the fields that are set: `CustomFieldCreateRequest(gid='1', name='x')`."""
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
from ..models.enum_option_update_request import EnumOptionUpdateRequest  # noqa: E402
