from typing import Literal

PortfolioUpdateRequestDefaultAccessLevel = Literal["admin", "editor", "viewer"]

PORTFOLIO_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[
    PortfolioUpdateRequestDefaultAccessLevel
] = {
    "admin",
    "editor",
    "viewer",
}


def check_portfolio_update_request_default_access_level(
    value: str,
) -> PortfolioUpdateRequestDefaultAccessLevel:
    if value in PORTFOLIO_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORTFOLIO_UPDATE_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
