from enum import StrEnum


class AttachmentRequestResourceSubtype(StrEnum):
    ASANA = "asana"
    EXTERNAL = "external"

    def __str__(self) -> str:
        return str(self.value)
