from typing import Literal

ProjectUpdateRequestIconType1 = Literal[
    "board",
    "briefcase",
    "bug",
    "calendar",
    "chat_bubbles",
    "check",
    "coins",
    "computer",
    "gear",
    "globe",
    "graph",
    "html",
    "light_bulb",
    "line_and_symbols",
    "list",
    "map",
    "megaphone",
    "mountain_flag",
    "notebook",
    "page_layout",
    "people",
    "presentation",
    "puzzle",
    "ribbon",
    "rocket",
    "shoe",
    "shopping_basket",
    "speed_dial",
    "star",
    "target",
    "ticket",
    "timeline",
]

PROJECT_UPDATE_REQUEST_ICON_TYPE_1_VALUES: set[ProjectUpdateRequestIconType1] = {
    "board",
    "briefcase",
    "bug",
    "calendar",
    "chat_bubbles",
    "check",
    "coins",
    "computer",
    "gear",
    "globe",
    "graph",
    "html",
    "light_bulb",
    "line_and_symbols",
    "list",
    "map",
    "megaphone",
    "mountain_flag",
    "notebook",
    "page_layout",
    "people",
    "presentation",
    "puzzle",
    "ribbon",
    "rocket",
    "shoe",
    "shopping_basket",
    "speed_dial",
    "star",
    "target",
    "ticket",
    "timeline",
}


def check_project_update_request_icon_type_1(value: str) -> ProjectUpdateRequestIconType1:
    if value in PROJECT_UPDATE_REQUEST_ICON_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_UPDATE_REQUEST_ICON_TYPE_1_VALUES!r}"
    )
