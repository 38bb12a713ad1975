import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.time_tracking_entry_array import TimeTrackingEntryArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    task: str | Unset = UNSET,
    attributable_to: str | Unset = UNSET,
    portfolio: str | Unset = UNSET,
    user: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    entered_on_start_date: datetime.date | Unset = UNSET,
    entered_on_end_date: datetime.date | Unset = UNSET,
    timesheet_approval_status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params["limit"] = limit

    params["offset"] = offset

    params["task"] = task

    params["attributable_to"] = attributable_to

    params["portfolio"] = portfolio

    params["user"] = user

    params["workspace"] = workspace

    json_entered_on_start_date: str | Unset = UNSET
    if not isinstance(entered_on_start_date, Unset):
        json_entered_on_start_date = entered_on_start_date.isoformat()
    params["entered_on_start_date"] = json_entered_on_start_date

    json_entered_on_end_date: str | Unset = UNSET
    if not isinstance(entered_on_end_date, Unset):
        json_entered_on_end_date = entered_on_end_date.isoformat()
    params["entered_on_end_date"] = json_entered_on_end_date

    params["timesheet_approval_status"] = timesheet_approval_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/time_tracking_entries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TimeTrackingEntryArray | None:
    if response.status_code == 200:
        response_200 = TimeTrackingEntryArray.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

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
) -> Response[ErrorResponse | TimeTrackingEntryArray]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    task: str | Unset = UNSET,
    attributable_to: str | Unset = UNSET,
    portfolio: str | Unset = UNSET,
    user: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    entered_on_start_date: datetime.date | Unset = UNSET,
    entered_on_end_date: datetime.date | Unset = UNSET,
    timesheet_approval_status: str | Unset = UNSET,
) -> Response[ErrorResponse | TimeTrackingEntryArray]:
    """List time tracking entries

     Lists time tracking entries narrowed by task, attributed project, portfolio, user, workspace,
    timesheet approval status or the days they were logged on.

    Args:
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):
        task (str | Unset):
        attributable_to (str | Unset):
        portfolio (str | Unset):
        user (str | Unset):
        workspace (str | Unset):
        entered_on_start_date (datetime.date | Unset):
        entered_on_end_date (datetime.date | Unset):
        timesheet_approval_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimeTrackingEntryArray]
    """

    kwargs = _get_kwargs(
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
        task=task,
        attributable_to=attributable_to,
        portfolio=portfolio,
        user=user,
        workspace=workspace,
        entered_on_start_date=entered_on_start_date,
        entered_on_end_date=entered_on_end_date,
        timesheet_approval_status=timesheet_approval_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    task: str | Unset = UNSET,
    attributable_to: str | Unset = UNSET,
    portfolio: str | Unset = UNSET,
    user: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    entered_on_start_date: datetime.date | Unset = UNSET,
    entered_on_end_date: datetime.date | Unset = UNSET,
    timesheet_approval_status: str | Unset = UNSET,
) -> ErrorResponse | TimeTrackingEntryArray | None:
    """List time tracking entries

     Lists time tracking entries narrowed by task, attributed project, portfolio, user, workspace,
    timesheet approval status or the days they were logged on.

    Args:
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):
        task (str | Unset):
        attributable_to (str | Unset):
        portfolio (str | Unset):
        user (str | Unset):
        workspace (str | Unset):
        entered_on_start_date (datetime.date | Unset):
        entered_on_end_date (datetime.date | Unset):
        timesheet_approval_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimeTrackingEntryArray
    """

    return sync_detailed(
        client=client,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
        task=task,
        attributable_to=attributable_to,
        portfolio=portfolio,
        user=user,
        workspace=workspace,
        entered_on_start_date=entered_on_start_date,
        entered_on_end_date=entered_on_end_date,
        timesheet_approval_status=timesheet_approval_status,
    ).parsed
