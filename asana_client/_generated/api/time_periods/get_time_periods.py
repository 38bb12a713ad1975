import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.time_period_array import TimePeriodArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace: str,
    start_on: datetime.date | Unset = UNSET,
    end_on: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    json_start_on: str | Unset = UNSET
    if not isinstance(start_on, Unset):
        json_start_on = start_on.isoformat()
    params["start_on"] = json_start_on

    json_end_on: str | Unset = UNSET
    if not isinstance(end_on, Unset):
        json_end_on = end_on.isoformat()
    params["end_on"] = json_end_on

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
        "url": "/time_periods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TimePeriodArray | None:
    if response.status_code == 200:
        response_200 = TimePeriodArray.from_dict(response.json())

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
) -> Response[ErrorResponse | TimePeriodArray]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    workspace: str,
    start_on: datetime.date | Unset = UNSET,
    end_on: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> Response[ErrorResponse | TimePeriodArray]:
    """List a workspace's time periods

     Lists, as compact records, the time periods of a workspace, optionally only those within a date
    range.

    Args:
        workspace (str):
        start_on (datetime.date | Unset):
        end_on (datetime.date | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimePeriodArray]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        start_on=start_on,
        end_on=end_on,
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
    client: AuthenticatedClient,
    workspace: str,
    start_on: datetime.date | Unset = UNSET,
    end_on: datetime.date | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> ErrorResponse | TimePeriodArray | None:
    """List a workspace's time periods

     Lists, as compact records, the time periods of a workspace, optionally only those within a date
    range.

    Args:
        workspace (str):
        start_on (datetime.date | Unset):
        end_on (datetime.date | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimePeriodArray
    """

    return sync_detailed(
        client=client,
        workspace=workspace,
        start_on=start_on,
        end_on=end_on,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    ).parsed
