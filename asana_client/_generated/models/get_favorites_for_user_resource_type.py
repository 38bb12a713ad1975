from typing import Literal

GetFavoritesForUserResourceType = Literal[
    "portfolio", "project", "project_template", "tag", "task", "user"
]

GET_FAVORITES_FOR_USER_RESOURCE_TYPE_VALUES: set[GetFavoritesForUserResourceType] = {
    "portfolio",
    "project",
    "project_template",
    "tag",
    "task",
    "user",
}


def check_get_favorites_for_user_resource_type(value: str) -> GetFavoritesForUserResourceType:
    if value in GET_FAVORITES_FOR_USER_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FAVORITES_FOR_USER_RESOURCE_TYPE_VALUES!r}"
    )
