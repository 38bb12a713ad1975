from enum import StrEnum


class StoryRequestStickerName(StrEnum):
    CELEBRATING_PEOPLE = "celebrating_people"
    DANCING_UNICORN = "dancing_unicorn"
    DETERMINED_CLIMBERS = "determined_climbers"
    GREEN_CHECKMARK = "green_checkmark"
    HEART = "heart"
    PARTY_POPPER = "party_popper"
    PEOPLE_DANCING = "people_dancing"
    PEOPLE_WAVING_FLAGS = "people_waving_flags"
    PHOENIX_SPREADING_LOVE = "phoenix_spreading_love"
    SPLASHING_NARWHAL = "splashing_narwhal"
    TROPHY = "trophy"
    YETI_RIDING_UNICORN = "yeti_riding_unicorn"

    def __str__(self) -> str:
        return str(self.value)
