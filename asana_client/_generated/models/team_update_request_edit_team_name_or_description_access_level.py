from typing import Literal

TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel = Literal[
    "all_team_members", "only_team_admins"
]

TEAM_UPDATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_edit_team_name_or_description_access_level(
    value: str,
) -> TeamUpdateRequestEditTeamNameOrDescriptionAccessLevel:
    if value in TEAM_UPDATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES!r}"
    )
