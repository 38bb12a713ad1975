import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_array import TaskArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    section: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_since: datetime.datetime | Unset = UNSET,
    modified_since: datetime.datetime | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["section"] = section

    params["workspace"] = workspace

    params["assignee"] = assignee

    json_completed_since: str | Unset = UNSET
    if not isinstance(completed_since, Unset):
        json_completed_since = completed_since.isoformat()
    params["completed_since"] = json_completed_since

    json_modified_since: str | Unset = UNSET
    if not isinstance(modified_since, Unset):
        json_modified_since = modified_since.isoformat()
    params["modified_since"] = json_modified_since

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
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
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    section: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_since: datetime.datetime | Unset = UNSET,
    modified_since: datetime.datetime | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> Response[ErrorResponse | TaskArray]:
    """Asana Get multiple tasks

     Returns the compact task records for some filtered set of tasks.

    Args:
        project (str | Unset):
        section (str | Unset):
        workspace (str | Unset):
        assignee (str | Unset):
        completed_since (datetime.datetime | Unset):
        modified_since (datetime.datetime | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskArray]
    """

    kwargs = _get_kwargs(
        project=project,
        section=section,
        workspace=workspace,
        assignee=assignee,
        completed_since=completed_since,
        modified_since=modified_since,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    section: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_since: datetime.datetime | Unset = UNSET,
    modified_since: datetime.datetime | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> ErrorResponse | TaskArray | None:
    """Asana Get multiple tasks

     Returns the compact task records for some filtered set of tasks.

    Args:
        project (str | Unset):
        section (str | Unset):
        workspace (str | Unset):
        assignee (str | Unset):
        completed_since (datetime.datetime | Unset):
        modified_since (datetime.datetime | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskArray
    """

    return sync_detailed(
        client=client,
        project=project,
        section=section,
        workspace=workspace,
        assignee=assignee,
        completed_since=completed_since,
        modified_since=modified_since,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    ).parsed
