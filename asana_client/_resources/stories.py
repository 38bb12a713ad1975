"""Stories: comments and the activity log of a task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import StoryCompact, StoryResponse


class Stories(Namespace):
    """`client.stories`: stories: comments and the activity log of a task."""

    create_story_for_task: RecordOperation[StoryResponse] = RecordOperation(
        "stories.create_story_for_task"
    )
    get_stories_for_task: ListOperation[StoryCompact] = ListOperation(
        "stories.get_stories_for_task"
    )
    get_story: RecordOperation[StoryResponse] = RecordOperation("stories.get_story")
