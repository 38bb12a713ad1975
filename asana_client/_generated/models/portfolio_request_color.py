from typing import Literal

PortfolioRequestColor = Literal[
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

PORTFOLIO_REQUEST_COLOR_VALUES: set[PortfolioRequestColor] = {
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


def check_portfolio_request_color(value: str) -> PortfolioRequestColor:
    if value in PORTFOLIO_REQUEST_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORTFOLIO_REQUEST_COLOR_VALUES!r}"
    )
