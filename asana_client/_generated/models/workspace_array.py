from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.next_page import NextPage
    from ..models.workspace import Workspace


T = TypeVar("T", bound="WorkspaceArray")


@_attrs_define
class WorkspaceArray:
    """
    Attributes:
        data (list[Workspace] | Unset):
        next_page (NextPage | None | Unset):
    """

    data: list[Workspace] | Unset = UNSET
    next_page: NextPage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        next_page: dict[str, Any] | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        elif isinstance(self.next_page, NextPage):
            next_page = self.next_page.to_dict()
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[Workspace] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Workspace.from_dict(data_item_data)

                data.append(data_item)

        def _parse_next_page(data: object) -> NextPage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_page_type_1 = NextPage.from_dict(data)

                return next_page_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextPage | None | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        workspace_array = cls(
            data=data,
            next_page=next_page,
        )

        workspace_array.additional_properties = d
        return workspace_array

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
from ..models.next_page import NextPage
from ..models.workspace import Workspace
