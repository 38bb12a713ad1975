"""Files attached to tasks and other objects: list, read, delete; uploads and downloads stream."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import AttachmentCompact, AttachmentResponse

from .._files import AttachmentFiles


class Attachments(AttachmentFiles, Namespace):
    """`client.attachments`: list, read and delete attachments; upload and download files."""

    delete_attachment: EmptyOperation = EmptyOperation("attachments.delete_attachment")
    get_attachment: RecordOperation[AttachmentResponse] = RecordOperation(
        "attachments.get_attachment"
    )
    get_attachments_for_object: ListOperation[AttachmentCompact] = ListOperation(
        "attachments.get_attachments_for_object"
    )
