from typing import Literal

TeamUpdateRequestTeamContentManagementAccessLevel = Literal["no_restriction", "only_team_admins"]

TEAM_UPDATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestTeamContentManagementAccessLevel
] = {
    "no_restriction",
    "only_team_admins",
}


def check_team_update_request_team_content_management_access_level(
    value: str,
) -> TeamUpdateRequestTeamContentManagementAccessLevel:
    if value in TEAM_UPDATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
