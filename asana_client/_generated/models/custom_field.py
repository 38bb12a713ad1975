from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_date_value import CustomFieldDateValue
    from ..models.enum_option import EnumOption
    from ..models.user import User


T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """One custom field record (Asana's CustomFieldCompact, CustomFieldResponse). Single records, list items and nested
    records all use it; a field the response left out stays unset.

        Attributes:
            gid (str):
            resource_type (str | Unset):
            name (str | Unset):
            resource_subtype (str | Unset):
            type_ (str | Unset):
            enum_options (list[EnumOption] | Unset):
            enabled (bool | Unset):
            display_value (None | str | Unset):
            text_value (None | str | Unset):
            number_value (float | None | Unset):
            enum_value (EnumOption | None | Unset):
            multi_enum_values (list[EnumOption] | Unset):
            people_value (list[User] | Unset):
            date_value (CustomFieldDateValue | None | Unset):
            description (str | Unset):
            precision (int | Unset):
            format_ (str | Unset):
            is_global_to_workspace (bool | Unset):
            created_by (None | Unset | User):
    """

    gid: str
    resource_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_subtype: str | Unset = UNSET
    type_: str | Unset = UNSET
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
    created_by: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gid = self.gid

        resource_type = self.resource_type

        name = self.name

        resource_subtype = self.resource_subtype

        type_ = self.type_

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

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, User):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

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
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gid = d.pop("gid")

        resource_type = d.pop("resource_type", UNSET)

        name = d.pop("name", UNSET)

        resource_subtype = d.pop("resource_subtype", UNSET)

        type_ = d.pop("type", UNSET)

        _enum_options = d.pop("enum_options", UNSET)
        enum_options: list[EnumOption] | Unset = UNSET
        if _enum_options is not UNSET:
            enum_options = []
            for enum_options_item_data in _enum_options:
                enum_options_item = EnumOption.from_dict(enum_options_item_data)

                enum_options.append(enum_options_item)

        enabled = d.pop("enabled", UNSET)

        def _parse_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value = _parse_display_value(d.pop("display_value", UNSET))

        def _parse_text_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_value = _parse_text_value(d.pop("text_value", UNSET))

        def _parse_number_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        number_value = _parse_number_value(d.pop("number_value", UNSET))

        def _parse_enum_value(data: object) -> EnumOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enum_value_type_1 = EnumOption.from_dict(data)

                return enum_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnumOption | None | Unset, data)

        enum_value = _parse_enum_value(d.pop("enum_value", UNSET))

        _multi_enum_values = d.pop("multi_enum_values", UNSET)
        multi_enum_values: list[EnumOption] | Unset = UNSET
        if _multi_enum_values is not UNSET:
            multi_enum_values = []
            for multi_enum_values_item_data in _multi_enum_values:
                multi_enum_values_item = EnumOption.from_dict(multi_enum_values_item_data)

                multi_enum_values.append(multi_enum_values_item)

        _people_value = d.pop("people_value", UNSET)
        people_value: list[User] | Unset = UNSET
        if _people_value is not UNSET:
            people_value = []
            for people_value_item_data in _people_value:
                people_value_item = User.from_dict(people_value_item_data)

                people_value.append(people_value_item)

        def _parse_date_value(data: object) -> CustomFieldDateValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_value_type_1 = CustomFieldDateValue.from_dict(data)

                return date_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldDateValue | None | Unset, data)

        date_value = _parse_date_value(d.pop("date_value", UNSET))

        description = d.pop("description", UNSET)

        precision = d.pop("precision", UNSET)

        format_ = d.pop("format", UNSET)

        is_global_to_workspace = d.pop("is_global_to_workspace", UNSET)

        def _parse_created_by(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = User.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        custom_field = cls(
            gid=gid,
            resource_type=resource_type,
            name=name,
            resource_subtype=resource_subtype,
            type_=type_,
            enum_options=enum_options,
            enabled=enabled,
            display_value=display_value,
            text_value=text_value,
            number_value=number_value,
            enum_value=enum_value,
            multi_enum_values=multi_enum_values,
            people_value=people_value,
            date_value=date_value,
            description=description,
            precision=precision,
            format_=format_,
            is_global_to_workspace=is_global_to_workspace,
            created_by=created_by,
        )

        custom_field.additional_properties = d
        return custom_field

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


# Related models, imported after the class so that cycles resolve; see specs/hoist_model_imports.py.
# ruff: noqa: E402
from ..models.custom_field_date_value import CustomFieldDateValue
from ..models.enum_option import EnumOption
from ..models.user import User
