from typing import Literal

ProjectUpdateRequestColorType1 = Literal[
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

PROJECT_UPDATE_REQUEST_COLOR_TYPE_1_VALUES: set[ProjectUpdateRequestColorType1] = {
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


def check_project_update_request_color_type_1(value: str) -> ProjectUpdateRequestColorType1:
    if value in PROJECT_UPDATE_REQUEST_COLOR_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_COLOR_TYPE_1_VALUES!r}"
    )
