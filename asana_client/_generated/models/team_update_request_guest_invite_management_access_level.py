from typing import Literal

TeamUpdateRequestGuestInviteManagementAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_UPDATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestGuestInviteManagementAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_guest_invite_management_access_level(
    value: str,
) -> TeamUpdateRequestGuestInviteManagementAccessLevel:
    if value in TEAM_UPDATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
