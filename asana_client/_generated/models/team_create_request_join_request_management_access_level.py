from typing import Literal

TeamCreateRequestJoinRequestManagementAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_CREATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamCreateRequestJoinRequestManagementAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_create_request_join_request_management_access_level(
    value: str,
) -> TeamCreateRequestJoinRequestManagementAccessLevel:
    if value in TEAM_CREATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
