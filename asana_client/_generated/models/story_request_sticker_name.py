from typing import Literal

StoryRequestStickerName = Literal[
    "celebrating_people",
    "dancing_unicorn",
    "determined_climbers",
    "green_checkmark",
    "heart",
    "party_popper",
    "people_dancing",
    "people_waving_flags",
    "phoenix_spreading_love",
    "splashing_narwhal",
    "trophy",
    "yeti_riding_unicorn",
]

STORY_REQUEST_STICKER_NAME_VALUES: set[StoryRequestStickerName] = {
    "celebrating_people",
    "dancing_unicorn",
    "determined_climbers",
    "green_checkmark",
    "heart",
    "party_popper",
    "people_dancing",
    "people_waving_flags",
    "phoenix_spreading_love",
    "splashing_narwhal",
    "trophy",
    "yeti_riding_unicorn",
}


def check_story_request_sticker_name(value: str) -> StoryRequestStickerName:
    if value in STORY_REQUEST_STICKER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STORY_REQUEST_STICKER_NAME_VALUES!r}"
    )
