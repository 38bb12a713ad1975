from typing import Literal

PortfolioUpdateRequestColor = Literal[
    "dark-blue",
    "dark-brown",
    "dark-green",
    "dark-orange",
    "dark-pink",
    "dark-purple",
    "dark-red",
    "dark-teal",
    "dark-warm-gray",
    "light-blue",
    "light-brown",
    "light-green",
    "light-orange",
    "light-pink",
    "light-purple",
    "light-red",
    "light-teal",
    "light-warm-gray",
]

PORTFOLIO_UPDATE_REQUEST_COLOR_VALUES: set[PortfolioUpdateRequestColor] = {
    "dark-blue",
    "dark-brown",
    "dark-green",
    "dark-orange",
    "dark-pink",
    "dark-purple",
    "dark-red",
    "dark-teal",
    "dark-warm-gray",
    "light-blue",
    "light-brown",
    "light-green",
    "light-orange",
    "light-pink",
    "light-purple",
    "light-red",
    "light-teal",
    "light-warm-gray",
}


def check_portfolio_update_request_color(value: str) -> PortfolioUpdateRequestColor:
    if value in PORTFOLIO_UPDATE_REQUEST_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORTFOLIO_UPDATE_REQUEST_COLOR_VALUES!r}"
    )
