from typing import Literal

TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel = Literal[
    "all_team_members", "only_team_admins"
]

TEAM_UPDATE_REQUEST_EDIT_TEAM_VISIBILITY_OR_TRASH_TEAM_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_edit_team_visibility_or_trash_team_access_level(
    value: str,
) -> TeamUpdateRequestEditTeamVisibilityOrTrashTeamAccessLevel:
    if value in TEAM_UPDATE_REQUEST_EDIT_TEAM_VISIBILITY_OR_TRASH_TEAM_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_EDIT_TEAM_VISIBILITY_OR_TRASH_TEAM_ACCESS_LEVEL_VALUES!r}"
    )
