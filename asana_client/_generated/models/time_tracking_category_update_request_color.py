from typing import Literal

TimeTrackingCategoryUpdateRequestColor = Literal[
    "aqua",
    "blue",
    "blue-green",
    "cool-gray",
    "green",
    "hot-pink",
    "indigo",
    "magenta",
    "none",
    "orange",
    "pink",
    "purple",
    "red",
    "yellow",
    "yellow-green",
    "yellow-orange",
]

TIME_TRACKING_CATEGORY_UPDATE_REQUEST_COLOR_VALUES: set[TimeTrackingCategoryUpdateRequestColor] = {
    "aqua",
    "blue",
    "blue-green",
    "cool-gray",
    "green",
    "hot-pink",
    "indigo",
    "magenta",
    "none",
    "orange",
    "pink",
    "purple",
    "red",
    "yellow",
    "yellow-green",
    "yellow-orange",
}


def check_time_tracking_category_update_request_color(
    value: str,
) -> TimeTrackingCategoryUpdateRequestColor:
    if value in TIME_TRACKING_CATEGORY_UPDATE_REQUEST_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIME_TRACKING_CATEGORY_UPDATE_REQUEST_COLOR_VALUES!r}"
    )
