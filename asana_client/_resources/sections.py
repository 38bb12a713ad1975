"""Sections: the columns or headings that divide a project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import EmptyOperation, ListOperation, Namespace, RecordOperation

if TYPE_CHECKING:
    from .._generated.models import SectionCompact, SectionResponse


class Sections(Namespace):
    """`client.sections`: sections: the columns or headings that divide a project."""

    add_task_for_section: EmptyOperation = EmptyOperation("sections.add_task_for_section")
    create_section_for_project: RecordOperation[SectionResponse] = RecordOperation(
        "sections.create_section_for_project"
    )
    delete_section: EmptyOperation = EmptyOperation("sections.delete_section")
    get_section: RecordOperation[SectionResponse] = RecordOperation("sections.get_section")
    get_sections_for_project: ListOperation[SectionCompact] = ListOperation(
        "sections.get_sections_for_project"
    )
    update_section: RecordOperation[SectionResponse] = RecordOperation("sections.update_section")
