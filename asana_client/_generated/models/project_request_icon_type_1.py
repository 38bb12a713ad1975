from enum import StrEnum


class ProjectRequestIconType1(StrEnum):
    BOARD = "board"
    BRIEFCASE = "briefcase"
    BUG = "bug"
    CALENDAR = "calendar"
    CHAT_BUBBLES = "chat_bubbles"
    CHECK = "check"
    COINS = "coins"
    COMPUTER = "computer"
    GEAR = "gear"
    GLOBE = "globe"
    GRAPH = "graph"
    HTML = "html"
    LIGHT_BULB = "light_bulb"
    LINE_AND_SYMBOLS = "line_and_symbols"
    LIST = "list"
    MAP = "map"
    MEGAPHONE = "megaphone"
    MOUNTAIN_FLAG = "mountain_flag"
    NOTEBOOK = "notebook"
    PAGE_LAYOUT = "page_layout"
    PEOPLE = "people"
    PRESENTATION = "presentation"
    PUZZLE = "puzzle"
    RIBBON = "ribbon"
    ROCKET = "rocket"
    SHOE = "shoe"
    SHOPPING_BASKET = "shopping_basket"
    SPEED_DIAL = "speed_dial"
    STAR = "star"
    TARGET = "target"
    TICKET = "ticket"
    TIMELINE = "timeline"

    def __str__(self) -> str:
        return str(self.value)
