from typing import Literal

TeamUpdateRequestVisibility = Literal["public", "request_to_join", "secret"]

TEAM_UPDATE_REQUEST_VISIBILITY_VALUES: set[TeamUpdateRequestVisibility] = {
    "public",
    "request_to_join",
    "secret",
}


def check_team_update_request_visibility(value: str) -> TeamUpdateRequestVisibility:
    if value in TEAM_UPDATE_REQUEST_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_UPDATE_REQUEST_VISIBILITY_VALUES!r}"
    )
