from typing import Literal

TeamUpdateRequestTeamMemberRemovalAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_UPDATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestTeamMemberRemovalAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_team_member_removal_access_level(
    value: str,
) -> TeamUpdateRequestTeamMemberRemovalAccessLevel:
    if value in TEAM_UPDATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_TEAM_MEMBER_REMOVAL_ACCESS_LEVEL_VALUES!r}"
    )
