import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_tasks_for_workspace_sort_by import (
    SearchTasksForWorkspaceSortBy,
)
from ...models.task_array import TaskArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    *,
    text: str | Unset = UNSET,
    assignee_any: str | Unset = UNSET,
    projects_any: str | Unset = UNSET,
    tags_any: str | Unset = UNSET,
    completed: bool | Unset = UNSET,
    is_subtask: bool | Unset = UNSET,
    sort_by: SearchTasksForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    resource_subtype: str | Unset = UNSET,
    assignee_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    projects_not: str | Unset = UNSET,
    projects_all: str | Unset = UNSET,
    sections_any: str | Unset = UNSET,
    sections_not: str | Unset = UNSET,
    sections_all: str | Unset = UNSET,
    tags_not: str | Unset = UNSET,
    tags_all: str | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    followers_any: str | Unset = UNSET,
    followers_not: str | Unset = UNSET,
    created_by_any: str | Unset = UNSET,
    created_by_not: str | Unset = UNSET,
    assigned_by_any: str | Unset = UNSET,
    assigned_by_not: str | Unset = UNSET,
    liked_by_not: str | Unset = UNSET,
    commented_on_by_not: str | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_on: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    start_on: datetime.date | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_on: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    modified_on_before: datetime.date | Unset = UNSET,
    modified_on_after: datetime.date | Unset = UNSET,
    modified_on: datetime.date | Unset = UNSET,
    modified_at_before: datetime.datetime | Unset = UNSET,
    modified_at_after: datetime.datetime | Unset = UNSET,
    is_blocking: bool | Unset = UNSET,
    is_blocked: bool | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    params["assignee.any"] = assignee_any

    params["projects.any"] = projects_any

    params["tags.any"] = tags_any

    params["completed"] = completed

    params["is_subtask"] = is_subtask

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params["sort_ascending"] = sort_ascending

    params["resource_subtype"] = resource_subtype

    params["assignee.not"] = assignee_not

    params["portfolios.any"] = portfolios_any

    params["projects.not"] = projects_not

    params["projects.all"] = projects_all

    params["sections.any"] = sections_any

    params["sections.not"] = sections_not

    params["sections.all"] = sections_all

    params["tags.not"] = tags_not

    params["tags.all"] = tags_all

    params["teams.any"] = teams_any

    params["followers.any"] = followers_any

    params["followers.not"] = followers_not

    params["created_by.any"] = created_by_any

    params["created_by.not"] = created_by_not

    params["assigned_by.any"] = assigned_by_any

    params["assigned_by.not"] = assigned_by_not

    params["liked_by.not"] = liked_by_not

    params["commented_on_by.not"] = commented_on_by_not

    json_due_on_before: str | Unset = UNSET
    if not isinstance(due_on_before, Unset):
        json_due_on_before = due_on_before.isoformat()
    params["due_on.before"] = json_due_on_before

    json_due_on_after: str | Unset = UNSET
    if not isinstance(due_on_after, Unset):
        json_due_on_after = due_on_after.isoformat()
    params["due_on.after"] = json_due_on_after

    json_due_on: str | Unset = UNSET
    if not isinstance(due_on, Unset):
        json_due_on = due_on.isoformat()
    params["due_on"] = json_due_on

    json_due_at_before: str | Unset = UNSET
    if not isinstance(due_at_before, Unset):
        json_due_at_before = due_at_before.isoformat()
    params["due_at.before"] = json_due_at_before

    json_due_at_after: str | Unset = UNSET
    if not isinstance(due_at_after, Unset):
        json_due_at_after = due_at_after.isoformat()
    params["due_at.after"] = json_due_at_after

    json_start_on_before: str | Unset = UNSET
    if not isinstance(start_on_before, Unset):
        json_start_on_before = start_on_before.isoformat()
    params["start_on.before"] = json_start_on_before

    json_start_on_after: str | Unset = UNSET
    if not isinstance(start_on_after, Unset):
        json_start_on_after = start_on_after.isoformat()
    params["start_on.after"] = json_start_on_after

    json_start_on: str | Unset = UNSET
    if not isinstance(start_on, Unset):
        json_start_on = start_on.isoformat()
    params["start_on"] = json_start_on

    json_created_on_before: str | Unset = UNSET
    if not isinstance(created_on_before, Unset):
        json_created_on_before = created_on_before.isoformat()
    params["created_on.before"] = json_created_on_before

    json_created_on_after: str | Unset = UNSET
    if not isinstance(created_on_after, Unset):
        json_created_on_after = created_on_after.isoformat()
    params["created_on.after"] = json_created_on_after

    json_created_on: str | Unset = UNSET
    if not isinstance(created_on, Unset):
        json_created_on = created_on.isoformat()
    params["created_on"] = json_created_on

    json_created_at_before: str | Unset = UNSET
    if not isinstance(created_at_before, Unset):
        json_created_at_before = created_at_before.isoformat()
    params["created_at.before"] = json_created_at_before

    json_created_at_after: str | Unset = UNSET
    if not isinstance(created_at_after, Unset):
        json_created_at_after = created_at_after.isoformat()
    params["created_at.after"] = json_created_at_after

    json_completed_on_before: str | Unset = UNSET
    if not isinstance(completed_on_before, Unset):
        json_completed_on_before = completed_on_before.isoformat()
    params["completed_on.before"] = json_completed_on_before

    json_completed_on_after: str | Unset = UNSET
    if not isinstance(completed_on_after, Unset):
        json_completed_on_after = completed_on_after.isoformat()
    params["completed_on.after"] = json_completed_on_after

    json_completed_on: str | Unset = UNSET
    if not isinstance(completed_on, Unset):
        json_completed_on = completed_on.isoformat()
    params["completed_on"] = json_completed_on

    json_completed_at_before: str | Unset = UNSET
    if not isinstance(completed_at_before, Unset):
        json_completed_at_before = completed_at_before.isoformat()
    params["completed_at.before"] = json_completed_at_before

    json_completed_at_after: str | Unset = UNSET
    if not isinstance(completed_at_after, Unset):
        json_completed_at_after = completed_at_after.isoformat()
    params["completed_at.after"] = json_completed_at_after

    json_modified_on_before: str | Unset = UNSET
    if not isinstance(modified_on_before, Unset):
        json_modified_on_before = modified_on_before.isoformat()
    params["modified_on.before"] = json_modified_on_before

    json_modified_on_after: str | Unset = UNSET
    if not isinstance(modified_on_after, Unset):
        json_modified_on_after = modified_on_after.isoformat()
    params["modified_on.after"] = json_modified_on_after

    json_modified_on: str | Unset = UNSET
    if not isinstance(modified_on, Unset):
        json_modified_on = modified_on.isoformat()
    params["modified_on"] = json_modified_on

    json_modified_at_before: str | Unset = UNSET
    if not isinstance(modified_at_before, Unset):
        json_modified_at_before = modified_at_before.isoformat()
    params["modified_at.before"] = json_modified_at_before

    json_modified_at_after: str | Unset = UNSET
    if not isinstance(modified_at_after, Unset):
        json_modified_at_after = modified_at_after.isoformat()
    params["modified_at.after"] = json_modified_at_after

    params["is_blocking"] = is_blocking

    params["is_blocked"] = is_blocked

    params["has_attachment"] = has_attachment

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_gid}/tasks/search".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskArray | None:
    if response.status_code == 200:
        response_200 = TaskArray.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskArray]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    text: str | Unset = UNSET,
    assignee_any: str | Unset = UNSET,
    projects_any: str | Unset = UNSET,
    tags_any: str | Unset = UNSET,
    completed: bool | Unset = UNSET,
    is_subtask: bool | Unset = UNSET,
    sort_by: SearchTasksForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    resource_subtype: str | Unset = UNSET,
    assignee_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    projects_not: str | Unset = UNSET,
    projects_all: str | Unset = UNSET,
    sections_any: str | Unset = UNSET,
    sections_not: str | Unset = UNSET,
    sections_all: str | Unset = UNSET,
    tags_not: str | Unset = UNSET,
    tags_all: str | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    followers_any: str | Unset = UNSET,
    followers_not: str | Unset = UNSET,
    created_by_any: str | Unset = UNSET,
    created_by_not: str | Unset = UNSET,
    assigned_by_any: str | Unset = UNSET,
    assigned_by_not: str | Unset = UNSET,
    liked_by_not: str | Unset = UNSET,
    commented_on_by_not: str | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_on: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    start_on: datetime.date | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_on: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    modified_on_before: datetime.date | Unset = UNSET,
    modified_on_after: datetime.date | Unset = UNSET,
    modified_on: datetime.date | Unset = UNSET,
    modified_at_before: datetime.datetime | Unset = UNSET,
    modified_at_after: datetime.datetime | Unset = UNSET,
    is_blocking: bool | Unset = UNSET,
    is_blocked: bool | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | TaskArray]:
    """Asana Search tasks in a workspace

     Performs an advanced search for tasks within a workspace.

    Args:
        workspace_gid (str):
        text (str | Unset):
        assignee_any (str | Unset):
        projects_any (str | Unset):
        tags_any (str | Unset):
        completed (bool | Unset):
        is_subtask (bool | Unset):
        sort_by (SearchTasksForWorkspaceSortBy | Unset):
        sort_ascending (bool | Unset):
        resource_subtype (str | Unset):
        assignee_not (str | Unset):
        portfolios_any (str | Unset):
        projects_not (str | Unset):
        projects_all (str | Unset):
        sections_any (str | Unset):
        sections_not (str | Unset):
        sections_all (str | Unset):
        tags_not (str | Unset):
        tags_all (str | Unset):
        teams_any (str | Unset):
        followers_any (str | Unset):
        followers_not (str | Unset):
        created_by_any (str | Unset):
        created_by_not (str | Unset):
        assigned_by_any (str | Unset):
        assigned_by_not (str | Unset):
        liked_by_not (str | Unset):
        commented_on_by_not (str | Unset):
        due_on_before (datetime.date | Unset):
        due_on_after (datetime.date | Unset):
        due_on (datetime.date | Unset):
        due_at_before (datetime.datetime | Unset):
        due_at_after (datetime.datetime | Unset):
        start_on_before (datetime.date | Unset):
        start_on_after (datetime.date | Unset):
        start_on (datetime.date | Unset):
        created_on_before (datetime.date | Unset):
        created_on_after (datetime.date | Unset):
        created_on (datetime.date | Unset):
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        completed_on_before (datetime.date | Unset):
        completed_on_after (datetime.date | Unset):
        completed_on (datetime.date | Unset):
        completed_at_before (datetime.datetime | Unset):
        completed_at_after (datetime.datetime | Unset):
        modified_on_before (datetime.date | Unset):
        modified_on_after (datetime.date | Unset):
        modified_on (datetime.date | Unset):
        modified_at_before (datetime.datetime | Unset):
        modified_at_after (datetime.datetime | Unset):
        is_blocking (bool | Unset):
        is_blocked (bool | Unset):
        has_attachment (bool | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskArray]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        text=text,
        assignee_any=assignee_any,
        projects_any=projects_any,
        tags_any=tags_any,
        completed=completed,
        is_subtask=is_subtask,
        sort_by=sort_by,
        sort_ascending=sort_ascending,
        resource_subtype=resource_subtype,
        assignee_not=assignee_not,
        portfolios_any=portfolios_any,
        projects_not=projects_not,
        projects_all=projects_all,
        sections_any=sections_any,
        sections_not=sections_not,
        sections_all=sections_all,
        tags_not=tags_not,
        tags_all=tags_all,
        teams_any=teams_any,
        followers_any=followers_any,
        followers_not=followers_not,
        created_by_any=created_by_any,
        created_by_not=created_by_not,
        assigned_by_any=assigned_by_any,
        assigned_by_not=assigned_by_not,
        liked_by_not=liked_by_not,
        commented_on_by_not=commented_on_by_not,
        due_on_before=due_on_before,
        due_on_after=due_on_after,
        due_on=due_on,
        due_at_before=due_at_before,
        due_at_after=due_at_after,
        start_on_before=start_on_before,
        start_on_after=start_on_after,
        start_on=start_on,
        created_on_before=created_on_before,
        created_on_after=created_on_after,
        created_on=created_on,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        completed_on_before=completed_on_before,
        completed_on_after=completed_on_after,
        completed_on=completed_on,
        completed_at_before=completed_at_before,
        completed_at_after=completed_at_after,
        modified_on_before=modified_on_before,
        modified_on_after=modified_on_after,
        modified_on=modified_on,
        modified_at_before=modified_at_before,
        modified_at_after=modified_at_after,
        is_blocking=is_blocking,
        is_blocked=is_blocked,
        has_attachment=has_attachment,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    text: str | Unset = UNSET,
    assignee_any: str | Unset = UNSET,
    projects_any: str | Unset = UNSET,
    tags_any: str | Unset = UNSET,
    completed: bool | Unset = UNSET,
    is_subtask: bool | Unset = UNSET,
    sort_by: SearchTasksForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    resource_subtype: str | Unset = UNSET,
    assignee_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    projects_not: str | Unset = UNSET,
    projects_all: str | Unset = UNSET,
    sections_any: str | Unset = UNSET,
    sections_not: str | Unset = UNSET,
    sections_all: str | Unset = UNSET,
    tags_not: str | Unset = UNSET,
    tags_all: str | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    followers_any: str | Unset = UNSET,
    followers_not: str | Unset = UNSET,
    created_by_any: str | Unset = UNSET,
    created_by_not: str | Unset = UNSET,
    assigned_by_any: str | Unset = UNSET,
    assigned_by_not: str | Unset = UNSET,
    liked_by_not: str | Unset = UNSET,
    commented_on_by_not: str | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_on: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    start_on: datetime.date | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_on: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    modified_on_before: datetime.date | Unset = UNSET,
    modified_on_after: datetime.date | Unset = UNSET,
    modified_on: datetime.date | Unset = UNSET,
    modified_at_before: datetime.datetime | Unset = UNSET,
    modified_at_after: datetime.datetime | Unset = UNSET,
    is_blocking: bool | Unset = UNSET,
    is_blocked: bool | Unset = UNSET,
    has_attachment: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | TaskArray | None:
    """Asana Search tasks in a workspace

     Performs an advanced search for tasks within a workspace.

    Args:
        workspace_gid (str):
        text (str | Unset):
        assignee_any (str | Unset):
        projects_any (str | Unset):
        tags_any (str | Unset):
        completed (bool | Unset):
        is_subtask (bool | Unset):
        sort_by (SearchTasksForWorkspaceSortBy | Unset):
        sort_ascending (bool | Unset):
        resource_subtype (str | Unset):
        assignee_not (str | Unset):
        portfolios_any (str | Unset):
        projects_not (str | Unset):
        projects_all (str | Unset):
        sections_any (str | Unset):
        sections_not (str | Unset):
        sections_all (str | Unset):
        tags_not (str | Unset):
        tags_all (str | Unset):
        teams_any (str | Unset):
        followers_any (str | Unset):
        followers_not (str | Unset):
        created_by_any (str | Unset):
        created_by_not (str | Unset):
        assigned_by_any (str | Unset):
        assigned_by_not (str | Unset):
        liked_by_not (str | Unset):
        commented_on_by_not (str | Unset):
        due_on_before (datetime.date | Unset):
        due_on_after (datetime.date | Unset):
        due_on (datetime.date | Unset):
        due_at_before (datetime.datetime | Unset):
        due_at_after (datetime.datetime | Unset):
        start_on_before (datetime.date | Unset):
        start_on_after (datetime.date | Unset):
        start_on (datetime.date | Unset):
        created_on_before (datetime.date | Unset):
        created_on_after (datetime.date | Unset):
        created_on (datetime.date | Unset):
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        completed_on_before (datetime.date | Unset):
        completed_on_after (datetime.date | Unset):
        completed_on (datetime.date | Unset):
        completed_at_before (datetime.datetime | Unset):
        completed_at_after (datetime.datetime | Unset):
        modified_on_before (datetime.date | Unset):
        modified_on_after (datetime.date | Unset):
        modified_on (datetime.date | Unset):
        modified_at_before (datetime.datetime | Unset):
        modified_at_after (datetime.datetime | Unset):
        is_blocking (bool | Unset):
        is_blocked (bool | Unset):
        has_attachment (bool | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskArray
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        client=client,
        text=text,
        assignee_any=assignee_any,
        projects_any=projects_any,
        tags_any=tags_any,
        completed=completed,
        is_subtask=is_subtask,
        sort_by=sort_by,
        sort_ascending=sort_ascending,
        resource_subtype=resource_subtype,
        assignee_not=assignee_not,
        portfolios_any=portfolios_any,
        projects_not=projects_not,
        projects_all=projects_all,
        sections_any=sections_any,
        sections_not=sections_not,
        sections_all=sections_all,
        tags_not=tags_not,
        tags_all=tags_all,
        teams_any=teams_any,
        followers_any=followers_any,
        followers_not=followers_not,
        created_by_any=created_by_any,
        created_by_not=created_by_not,
        assigned_by_any=assigned_by_any,
        assigned_by_not=assigned_by_not,
        liked_by_not=liked_by_not,
        commented_on_by_not=commented_on_by_not,
        due_on_before=due_on_before,
        due_on_after=due_on_after,
        due_on=due_on,
        due_at_before=due_at_before,
        due_at_after=due_at_after,
        start_on_before=start_on_before,
        start_on_after=start_on_after,
        start_on=start_on,
        created_on_before=created_on_before,
        created_on_after=created_on_after,
        created_on=created_on,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        completed_on_before=completed_on_before,
        completed_on_after=completed_on_after,
        completed_on=completed_on,
        completed_at_before=completed_at_before,
        completed_at_after=completed_at_after,
        modified_on_before=modified_on_before,
        modified_on_after=modified_on_after,
        modified_on=modified_on,
        modified_at_before=modified_at_before,
        modified_at_after=modified_at_after,
        is_blocking=is_blocking,
        is_blocked=is_blocked,
        has_attachment=has_attachment,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
