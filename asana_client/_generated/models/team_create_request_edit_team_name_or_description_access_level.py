from typing import Literal

TeamCreateRequestEditTeamNameOrDescriptionAccessLevel = Literal[
    "all_team_members", "only_team_admins"
]

TEAM_CREATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES: set[
    TeamCreateRequestEditTeamNameOrDescriptionAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_create_request_edit_team_name_or_description_access_level(
    value: str,
) -> TeamCreateRequestEditTeamNameOrDescriptionAccessLevel:
    if value in TEAM_CREATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_EDIT_TEAM_NAME_OR_DESCRIPTION_ACCESS_LEVEL_VALUES!r}"
    )
