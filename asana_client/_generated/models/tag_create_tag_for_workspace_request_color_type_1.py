from enum import StrEnum


class TagCreateTagForWorkspaceRequestColorType1(StrEnum):
    DARK_BLUE = "dark-blue"
    DARK_BROWN = "dark-brown"
    DARK_GREEN = "dark-green"
    DARK_ORANGE = "dark-orange"
    DARK_PINK = "dark-pink"
    DARK_PURPLE = "dark-purple"
    DARK_RED = "dark-red"
    DARK_TEAL = "dark-teal"
    DARK_WARM_GRAY = "dark-warm-gray"
    LIGHT_BLUE = "light-blue"
    LIGHT_BROWN = "light-brown"
    LIGHT_GREEN = "light-green"
    LIGHT_ORANGE = "light-orange"
    LIGHT_PINK = "light-pink"
    LIGHT_PURPLE = "light-purple"
    LIGHT_RED = "light-red"
    LIGHT_TEAL = "light-teal"
    LIGHT_WARM_GRAY = "light-warm-gray"

    def __str__(self) -> str:
        return str(self.value)
