from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_array import EventArray
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    *,
    sync: str | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sync"] = sync

    params["opt_pretty"] = opt_pretty

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_gid}/events".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventArray | None:
    if response.status_code == 200:
        response_200 = EventArray.from_dict(response.json())

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
) -> Response[ErrorResponse | EventArray]:
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
    sync: str | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | EventArray]:
    """Get a workspace's events

     Read the changes made in a workspace since a sync token was issued, oldest first, at most 1000 at a
    time; `has_more` says whether more are waiting. Each answer carries the token for the next call.
    Like `getEvents`, a call without a token (or with one too old to resume from) is refused with status
    412 and a fresh token in the error body.

    Args:
        workspace_gid (str):
        sync (str | Unset):
        opt_pretty (bool | Unset):
        opt_fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventArray]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        sync=sync,
        opt_pretty=opt_pretty,
        opt_fields=opt_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    sync: str | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
) -> ErrorResponse | EventArray | None:
    """Get a workspace's events

     Read the changes made in a workspace since a sync token was issued, oldest first, at most 1000 at a
    time; `has_more` says whether more are waiting. Each answer carries the token for the next call.
    Like `getEvents`, a call without a token (or with one too old to resume from) is refused with status
    412 and a fresh token in the error body.

    Args:
        workspace_gid (str):
        sync (str | Unset):
        opt_pretty (bool | Unset):
        opt_fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventArray
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        client=client,
        sync=sync,
        opt_pretty=opt_pretty,
        opt_fields=opt_fields,
    ).parsed
