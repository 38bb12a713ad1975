from typing import Literal

TeamUpdateRequestMemberInviteManagementAccessLevel = Literal["all_team_members", "only_team_admins"]

TEAM_UPDATE_REQUEST_MEMBER_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES: set[
    TeamUpdateRequestMemberInviteManagementAccessLevel
] = {
    "all_team_members",
    "only_team_admins",
}


def check_team_update_request_member_invite_management_access_level(
    value: str,
) -> TeamUpdateRequestMemberInviteManagementAccessLevel:
    if value in TEAM_UPDATE_REQUEST_MEMBER_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_MEMBER_INVITE_MANAGEMENT_ACCESS_LEVEL_VALUES!r}"
    )
