from typing import Literal

TeamUpdateRequestJoinRequestManagementAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_UPDATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestJoinRequestManagementAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_join_request_management_access_level(
    value: str,
) -> TeamUpdateRequestJoinRequestManagementAccessLevel:
    if value in TEAM_UPDATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_JOIN_REQUEST_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
