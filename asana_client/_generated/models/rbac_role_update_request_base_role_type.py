from typing import Literal

RbacRoleUpdateRequestBaseRoleType = Literal["admin", "guest", "member", "super_admin"]

RBAC_ROLE_UPDATE_REQUEST_BASE_ROLE_TYPE_VALUES: set[RbacRoleUpdateRequestBaseRoleType] = {
    "admin",
    "guest",
    "member",
    "super_admin",
}


def check_rbac_role_update_request_base_role_type(value: str) -> RbacRoleUpdateRequestBaseRoleType:
    if value in RBAC_ROLE_UPDATE_REQUEST_BASE_ROLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_ROLE_UPDATE_REQUEST_BASE_ROLE_TYPE_VALUES!r}"
    )
