import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_array import ProjectArray
from ...models.search_projects_for_workspace_sort_by import (
    SearchProjectsForWorkspaceSortBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    *,
    text: str | Unset = UNSET,
    sort_by: SearchProjectsForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    completed: bool | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    owner_any: str | Unset = UNSET,
    members_any: str | Unset = UNSET,
    members_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    completed_on: datetime.date | None | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    created_on: datetime.date | None | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    due_on: datetime.date | None | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on: datetime.date | None | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params["sort_ascending"] = sort_ascending

    params["completed"] = completed

    params["teams.any"] = teams_any

    params["owner.any"] = owner_any

    params["members.any"] = members_any

    params["members.not"] = members_not

    params["portfolios.any"] = portfolios_any

    json_completed_on: None | str | Unset
    if isinstance(completed_on, Unset):
        json_completed_on = UNSET
    elif isinstance(completed_on, datetime.date):
        json_completed_on = completed_on.isoformat()
    else:
        json_completed_on = completed_on
    params["completed_on"] = json_completed_on

    json_completed_on_before: str | Unset = UNSET
    if not isinstance(completed_on_before, Unset):
        json_completed_on_before = completed_on_before.isoformat()
    params["completed_on.before"] = json_completed_on_before

    json_completed_on_after: str | Unset = UNSET
    if not isinstance(completed_on_after, Unset):
        json_completed_on_after = completed_on_after.isoformat()
    params["completed_on.after"] = json_completed_on_after

    json_completed_at_before: str | Unset = UNSET
    if not isinstance(completed_at_before, Unset):
        json_completed_at_before = completed_at_before.isoformat()
    params["completed_at.before"] = json_completed_at_before

    json_completed_at_after: str | Unset = UNSET
    if not isinstance(completed_at_after, Unset):
        json_completed_at_after = completed_at_after.isoformat()
    params["completed_at.after"] = json_completed_at_after

    json_created_on: None | str | Unset
    if isinstance(created_on, Unset):
        json_created_on = UNSET
    elif isinstance(created_on, datetime.date):
        json_created_on = created_on.isoformat()
    else:
        json_created_on = created_on
    params["created_on"] = json_created_on

    json_created_on_before: str | Unset = UNSET
    if not isinstance(created_on_before, Unset):
        json_created_on_before = created_on_before.isoformat()
    params["created_on.before"] = json_created_on_before

    json_created_on_after: str | Unset = UNSET
    if not isinstance(created_on_after, Unset):
        json_created_on_after = created_on_after.isoformat()
    params["created_on.after"] = json_created_on_after

    json_created_at_before: str | Unset = UNSET
    if not isinstance(created_at_before, Unset):
        json_created_at_before = created_at_before.isoformat()
    params["created_at.before"] = json_created_at_before

    json_created_at_after: str | Unset = UNSET
    if not isinstance(created_at_after, Unset):
        json_created_at_after = created_at_after.isoformat()
    params["created_at.after"] = json_created_at_after

    json_due_on: None | str | Unset
    if isinstance(due_on, Unset):
        json_due_on = UNSET
    elif isinstance(due_on, datetime.date):
        json_due_on = due_on.isoformat()
    else:
        json_due_on = due_on
    params["due_on"] = json_due_on

    json_due_on_before: str | Unset = UNSET
    if not isinstance(due_on_before, Unset):
        json_due_on_before = due_on_before.isoformat()
    params["due_on.before"] = json_due_on_before

    json_due_on_after: str | Unset = UNSET
    if not isinstance(due_on_after, Unset):
        json_due_on_after = due_on_after.isoformat()
    params["due_on.after"] = json_due_on_after

    json_due_at_before: str | Unset = UNSET
    if not isinstance(due_at_before, Unset):
        json_due_at_before = due_at_before.isoformat()
    params["due_at.before"] = json_due_at_before

    json_due_at_after: str | Unset = UNSET
    if not isinstance(due_at_after, Unset):
        json_due_at_after = due_at_after.isoformat()
    params["due_at.after"] = json_due_at_after

    json_start_on: None | str | Unset
    if isinstance(start_on, Unset):
        json_start_on = UNSET
    elif isinstance(start_on, datetime.date):
        json_start_on = start_on.isoformat()
    else:
        json_start_on = start_on
    params["start_on"] = json_start_on

    json_start_on_before: str | Unset = UNSET
    if not isinstance(start_on_before, Unset):
        json_start_on_before = start_on_before.isoformat()
    params["start_on.before"] = json_start_on_before

    json_start_on_after: str | Unset = UNSET
    if not isinstance(start_on_after, Unset):
        json_start_on_after = start_on_after.isoformat()
    params["start_on.after"] = json_start_on_after

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_gid}/projects/search".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectArray | None:
    if response.status_code == 200:
        response_200 = ProjectArray.from_dict(response.json())

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
) -> Response[ErrorResponse | ProjectArray]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_gid: str,
    *,
    client: AuthenticatedClient,
    text: str | Unset = UNSET,
    sort_by: SearchProjectsForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    completed: bool | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    owner_any: str | Unset = UNSET,
    members_any: str | Unset = UNSET,
    members_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    completed_on: datetime.date | None | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    created_on: datetime.date | None | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    due_on: datetime.date | None | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on: datetime.date | None | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectArray]:
    """Search the projects of a workspace

     Find projects of a workspace by text and filters (premium workspaces only). Results come in one list
    of at most 100 projects, without paging; narrow the filters (for instance by creation date) to walk
    through more.

    Args:
        workspace_gid (str):
        text (str | Unset):
        sort_by (SearchProjectsForWorkspaceSortBy | Unset):
        sort_ascending (bool | Unset):
        completed (bool | Unset):
        teams_any (str | Unset):
        owner_any (str | Unset):
        members_any (str | Unset):
        members_not (str | Unset):
        portfolios_any (str | Unset):
        completed_on (datetime.date | None | Unset):
        completed_on_before (datetime.date | Unset):
        completed_on_after (datetime.date | Unset):
        completed_at_before (datetime.datetime | Unset):
        completed_at_after (datetime.datetime | Unset):
        created_on (datetime.date | None | Unset):
        created_on_before (datetime.date | Unset):
        created_on_after (datetime.date | Unset):
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        due_on (datetime.date | None | Unset):
        due_on_before (datetime.date | Unset):
        due_on_after (datetime.date | Unset):
        due_at_before (datetime.datetime | Unset):
        due_at_after (datetime.datetime | Unset):
        start_on (datetime.date | None | Unset):
        start_on_before (datetime.date | Unset):
        start_on_after (datetime.date | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectArray]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        text=text,
        sort_by=sort_by,
        sort_ascending=sort_ascending,
        completed=completed,
        teams_any=teams_any,
        owner_any=owner_any,
        members_any=members_any,
        members_not=members_not,
        portfolios_any=portfolios_any,
        completed_on=completed_on,
        completed_on_before=completed_on_before,
        completed_on_after=completed_on_after,
        completed_at_before=completed_at_before,
        completed_at_after=completed_at_after,
        created_on=created_on,
        created_on_before=created_on_before,
        created_on_after=created_on_after,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        due_on=due_on,
        due_on_before=due_on_before,
        due_on_after=due_on_after,
        due_at_before=due_at_before,
        due_at_after=due_at_after,
        start_on=start_on,
        start_on_before=start_on_before,
        start_on_after=start_on_after,
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
    client: AuthenticatedClient,
    text: str | Unset = UNSET,
    sort_by: SearchProjectsForWorkspaceSortBy | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
    completed: bool | Unset = UNSET,
    teams_any: str | Unset = UNSET,
    owner_any: str | Unset = UNSET,
    members_any: str | Unset = UNSET,
    members_not: str | Unset = UNSET,
    portfolios_any: str | Unset = UNSET,
    completed_on: datetime.date | None | Unset = UNSET,
    completed_on_before: datetime.date | Unset = UNSET,
    completed_on_after: datetime.date | Unset = UNSET,
    completed_at_before: datetime.datetime | Unset = UNSET,
    completed_at_after: datetime.datetime | Unset = UNSET,
    created_on: datetime.date | None | Unset = UNSET,
    created_on_before: datetime.date | Unset = UNSET,
    created_on_after: datetime.date | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    due_on: datetime.date | None | Unset = UNSET,
    due_on_before: datetime.date | Unset = UNSET,
    due_on_after: datetime.date | Unset = UNSET,
    due_at_before: datetime.datetime | Unset = UNSET,
    due_at_after: datetime.datetime | Unset = UNSET,
    start_on: datetime.date | None | Unset = UNSET,
    start_on_before: datetime.date | Unset = UNSET,
    start_on_after: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | ProjectArray | None:
    """Search the projects of a workspace

     Find projects of a workspace by text and filters (premium workspaces only). Results come in one list
    of at most 100 projects, without paging; narrow the filters (for instance by creation date) to walk
    through more.

    Args:
        workspace_gid (str):
        text (str | Unset):
        sort_by (SearchProjectsForWorkspaceSortBy | Unset):
        sort_ascending (bool | Unset):
        completed (bool | Unset):
        teams_any (str | Unset):
        owner_any (str | Unset):
        members_any (str | Unset):
        members_not (str | Unset):
        portfolios_any (str | Unset):
        completed_on (datetime.date | None | Unset):
        completed_on_before (datetime.date | Unset):
        completed_on_after (datetime.date | Unset):
        completed_at_before (datetime.datetime | Unset):
        completed_at_after (datetime.datetime | Unset):
        created_on (datetime.date | None | Unset):
        created_on_before (datetime.date | Unset):
        created_on_after (datetime.date | Unset):
        created_at_before (datetime.datetime | Unset):
        created_at_after (datetime.datetime | Unset):
        due_on (datetime.date | None | Unset):
        due_on_before (datetime.date | Unset):
        due_on_after (datetime.date | Unset):
        due_at_before (datetime.datetime | Unset):
        due_at_after (datetime.datetime | Unset):
        start_on (datetime.date | None | Unset):
        start_on_before (datetime.date | Unset):
        start_on_after (datetime.date | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectArray
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        client=client,
        text=text,
        sort_by=sort_by,
        sort_ascending=sort_ascending,
        completed=completed,
        teams_any=teams_any,
        owner_any=owner_any,
        members_any=members_any,
        members_not=members_not,
        portfolios_any=portfolios_any,
        completed_on=completed_on,
        completed_on_before=completed_on_before,
        completed_on_after=completed_on_after,
        completed_at_before=completed_at_before,
        completed_at_after=completed_at_after,
        created_on=created_on,
        created_on_before=created_on_before,
        created_on_after=created_on_after,
        created_at_before=created_at_before,
        created_at_after=created_at_after,
        due_on=due_on,
        due_on_before=due_on_before,
        due_on_after=due_on_after,
        due_at_before=due_at_before,
        due_at_after=due_at_after,
        start_on=start_on,
        start_on_before=start_on_before,
        start_on_after=start_on_after,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
