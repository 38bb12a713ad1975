from typing import Literal

GetMembershipsResourceSubtype = Literal["project_membership"]

GET_MEMBERSHIPS_RESOURCE_SUBTYPE_VALUES: set[GetMembershipsResourceSubtype] = {
    "project_membership",
}


def check_get_memberships_resource_subtype(value: str) -> GetMembershipsResourceSubtype:
    if value in GET_MEMBERSHIPS_RESOURCE_SUBTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEMBERSHIPS_RESOURCE_SUBTYPE_VALUES!r}"
    )
