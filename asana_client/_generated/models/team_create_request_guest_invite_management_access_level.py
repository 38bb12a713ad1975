from typing import Literal

TeamCreateRequestGuestInviteManagementAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_CREATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamCreateRequestGuestInviteManagementAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_create_request_guest_invite_management_access_level(
    value: str,
) -> TeamCreateRequestGuestInviteManagementAccessLevel:
    if value in TEAM_CREATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_GUEST_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
