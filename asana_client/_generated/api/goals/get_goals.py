from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.goal_array import GoalArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    portfolio: str | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    is_workspace_level: bool | Unset = UNSET,
    team: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    time_periods: list[str] | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["portfolio"] = portfolio

    params["project"] = project

    params["task"] = task

    params["is_workspace_level"] = is_workspace_level

    params["team"] = team

    params["workspace"] = workspace

    json_time_periods: list[str] | Unset = UNSET
    if not isinstance(time_periods, Unset):
        json_time_periods = time_periods

    params["time_periods"] = json_time_periods

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
        "url": "/goals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GoalArray | None:
    if response.status_code == 200:
        response_200 = GoalArray.from_dict(response.json())

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
) -> Response[ErrorResponse | GoalArray]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    portfolio: str | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    is_workspace_level: bool | Unset = UNSET,
    team: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    time_periods: list[str] | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> Response[ErrorResponse | GoalArray]:
    """List goals

     Page through goals in compact form, narrowed by the filters given (a workspace or a team is the
    usual starting point).

    Args:
        portfolio (str | Unset):
        project (str | Unset):
        task (str | Unset):
        is_workspace_level (bool | Unset):
        team (str | Unset):
        workspace (str | Unset):
        time_periods (list[str] | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoalArray]
    """

    kwargs = _get_kwargs(
        portfolio=portfolio,
        project=project,
        task=task,
        is_workspace_level=is_workspace_level,
        team=team,
        workspace=workspace,
        time_periods=time_periods,
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
    portfolio: str | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    is_workspace_level: bool | Unset = UNSET,
    team: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    time_periods: list[str] | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> ErrorResponse | GoalArray | None:
    """List goals

     Page through goals in compact form, narrowed by the filters given (a workspace or a team is the
    usual starting point).

    Args:
        portfolio (str | Unset):
        project (str | Unset):
        task (str | Unset):
        is_workspace_level (bool | Unset):
        team (str | Unset):
        workspace (str | Unset):
        time_periods (list[str] | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GoalArray
    """

    return sync_detailed(
        client=client,
        portfolio=portfolio,
        project=project,
        task=task,
        is_workspace_level=is_workspace_level,
        team=team,
        workspace=workspace,
        time_periods=time_periods,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    ).parsed
