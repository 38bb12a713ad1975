from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_data import TaskData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    custom_id: str,
    *,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_gid}/tasks/custom_id/{custom_id}".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
            custom_id=quote(str(custom_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskData | None:
    if response.status_code == 200:
        response_200 = TaskData.from_dict(response.json())

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
) -> Response[ErrorResponse | TaskData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_gid: str,
    custom_id: str,
    *,
    client: AuthenticatedClient | Client,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | TaskData]:
    """Get a task by its custom ID

     Fetch the full record of a task by the custom ID (for example `EN-1234`) that an ID custom field
    gave it.

    Args:
        workspace_gid (str):
        custom_id (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskData]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        custom_id=custom_id,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_gid: str,
    custom_id: str,
    *,
    client: AuthenticatedClient | Client,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | TaskData | None:
    """Get a task by its custom ID

     Fetch the full record of a task by the custom ID (for example `EN-1234`) that an ID custom field
    gave it.

    Args:
        workspace_gid (str):
        custom_id (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskData
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        custom_id=custom_id,
        client=client,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
