"""Name search across a workspace, ranked for auto-completion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._operation import ListOperation, Namespace

if TYPE_CHECKING:
    from .._generated.models import AsanaNamedResource


class Typeahead(Namespace):
    """`client.typeahead`: name search across a workspace, ranked for auto-completion."""

    typeahead_for_workspace: ListOperation[AsanaNamedResource] = ListOperation(
        "typeahead.typeahead_for_workspace"
    )
