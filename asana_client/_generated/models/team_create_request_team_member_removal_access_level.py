from typing import Literal

TeamCreateRequestTeamMemberRemovalAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_CREATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES: set[
    TeamCreateRequestTeamMemberRemovalAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_create_request_team_member_removal_access_level(
    value: str,
) -> TeamCreateRequestTeamMemberRemovalAccessLevel:
    if value in TEAM_CREATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES!r}"
    )
