from typing import Literal

TeamCreateRequestVisibility = Literal["public", "request_to_join", "secret"]

TEAM_CREATE_REQUEST_VISIBILITY_VALUES: set[TeamCreateRequestVisibility] = {
    "public",
    "request_to_join",
    "secret",
}


def check_team_create_request_visibility(value: str) -> TeamCreateRequestVisibility:
    if value in TEAM_CREATE_REQUEST_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_CREATE_REQUEST_VISIBILITY_VALUES!r}"
    )
