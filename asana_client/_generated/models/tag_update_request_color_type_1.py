from typing import Literal

TagUpdateRequestColorType1 = Literal[
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

TAG_UPDATE_REQUEST_COLOR_TYPE_1_VALUES: set[TagUpdateRequestColorType1] = {
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


def check_tag_update_request_color_type_1(value: str) -> TagUpdateRequestColorType1:
    if value in TAG_UPDATE_REQUEST_COLOR_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TAG_UPDATE_REQUEST_COLOR_TYPE_1_VALUES!r}"
    )
