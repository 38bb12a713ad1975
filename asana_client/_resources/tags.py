"""Tags: labels that cut across projects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import TagCompact, TagResponse


class Tags(Namespace):
    """`client.tags`: tags: labels that cut across projects."""

    create_tag: RecordOperation[TagResponse] = RecordOperation("tags.create_tag")
    create_tag_for_workspace: RecordOperation[TagResponse] = RecordOperation(
        "tags.create_tag_for_workspace"
    )
    delete_tag: EmptyOperation = EmptyOperation("tags.delete_tag")
    get_tag: RecordOperation[TagResponse] = RecordOperation("tags.get_tag")
    get_tags: ListOperation[TagCompact] = ListOperation("tags.get_tags")
    get_tags_for_task: ListOperation[TagCompact] = ListOperation("tags.get_tags_for_task")
    get_tags_for_workspace: ListOperation[TagCompact] = ListOperation("tags.get_tags_for_workspace")
    update_tag: RecordOperation[TagResponse] = RecordOperation("tags.update_tag")
