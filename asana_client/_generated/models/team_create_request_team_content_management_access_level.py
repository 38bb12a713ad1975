from typing import Literal

TeamCreateRequestTeamContentManagementAccessLevel = Literal["no_restriction", "only_team_admins"]

TEAM_CREATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamCreateRequestTeamContentManagementAccessLevel
] = {
    "no_restriction",
    "only_team_admins",
}


def check_team_create_request_team_content_management_access_level(
    value: str,
) -> TeamCreateRequestTeamContentManagementAccessLevel:
    if value in TEAM_CREATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_TEAM_CONTENT_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
