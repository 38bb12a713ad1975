from typing import Literal

RbacRoleCreateRequestBaseRoleType = Literal["admin", "guest", "member", "super_admin"]

RBAC_ROLE_CREATE_REQUEST_BASE_ROLE_TYPE_VALUES: set[RbacRoleCreateRequestBaseRoleType] = {
    "admin",
    "guest",
    "member",
    "super_admin",
}


def check_rbac_role_create_request_base_role_type(value: str) -> RbacRoleCreateRequestBaseRoleType:
    if value in RBAC_ROLE_CREATE_REQUEST_BASE_ROLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RBAC_ROLE_CREATE_REQUEST_BASE_ROLE_TYPE_VALUES!r}"
    )
