from typing import Literal

AttachmentRequestResourceSubtype = Literal["asana", "external"]

ATTACHMENT_REQUEST_RESOURCE_SUBTYPE_VALUES: set[AttachmentRequestResourceSubtype] = {
    "asana",
    "external",
}


def check_attachment_request_resource_subtype(value: str) -> AttachmentRequestResourceSubtype:
    if value in ATTACHMENT_REQUEST_RESOURCE_SUBTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACHMENT_REQUEST_RESOURCE_SUBTYPE_VALUES!r}"
    )
