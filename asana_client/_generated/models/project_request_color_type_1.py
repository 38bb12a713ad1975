from typing import Literal

ProjectRequestColorType1 = Literal[
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
    "none",
]

PROJECT_REQUEST_COLOR_TYPE_1_VALUES: set[ProjectRequestColorType1] = {
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
    "none",
}


def check_project_request_color_type_1(value: str) -> ProjectRequestColorType1:
    if value in PROJECT_REQUEST_COLOR_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_REQUEST_COLOR_TYPE_1_VALUES!r}"
    )
