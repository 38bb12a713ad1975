from typing import Literal

PortfolioRequestDefaultAccessLevel = Literal["admin", "editor", "viewer"]

PORTFOLIO_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES: set[PortfolioRequestDefaultAccessLevel] = {
    "admin",
    "editor",
    "viewer",
}


def check_portfolio_request_default_access_level(value: str) -> PortfolioRequestDefaultAccessLevel:
    if value in PORTFOLIO_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORTFOLIO_REQUEST_DEFAULT_ACCESS_LEVEL_VALUES!r}"
    )
