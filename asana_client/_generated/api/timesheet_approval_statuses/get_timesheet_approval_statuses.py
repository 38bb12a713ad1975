import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.timesheet_approval_status_array import TimesheetApprovalStatusArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
    workspace: str,
    user: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    approval_statuses: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params["limit"] = limit

    params["offset"] = offset

    params["workspace"] = workspace

    params["user"] = user

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["from_date"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["to_date"] = json_to_date

    params["approval_statuses"] = approval_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timesheet_approval_statuses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TimesheetApprovalStatusArray | None:
    if response.status_code == 200:
        response_200 = TimesheetApprovalStatusArray.from_dict(response.json())

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
) -> Response[ErrorResponse | TimesheetApprovalStatusArray]:
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
    workspace: str,
    user: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    approval_statuses: str | Unset = UNSET,
) -> Response[ErrorResponse | TimesheetApprovalStatusArray]:
    """List timesheet approval statuses

     Lists the timesheet approval statuses of a workspace, narrowed by user, range of days or status when
    asked.

    Args:
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):
        workspace (str):
        user (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        approval_statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimesheetApprovalStatusArray]
    """

    kwargs = _get_kwargs(
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
        workspace=workspace,
        user=user,
        from_date=from_date,
        to_date=to_date,
        approval_statuses=approval_statuses,
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
    workspace: str,
    user: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    approval_statuses: str | Unset = UNSET,
) -> ErrorResponse | TimesheetApprovalStatusArray | None:
    """List timesheet approval statuses

     Lists the timesheet approval statuses of a workspace, narrowed by user, range of days or status when
    asked.

    Args:
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):
        workspace (str):
        user (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        approval_statuses (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimesheetApprovalStatusArray
    """

    return sync_detailed(
        client=client,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
        workspace=workspace,
        user=user,
        from_date=from_date,
        to_date=to_date,
        approval_statuses=approval_statuses,
    ).parsed
