from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asana_named_resource_array import AsanaNamedResourceArray
from ...models.error_response import ErrorResponse
from ...models.get_favorites_for_user_resource_type import (
    GetFavoritesForUserResourceType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_gid: str,
    *,
    resource_type: GetFavoritesForUserResourceType,
    workspace: str,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: str = resource_type
    params["resource_type"] = json_resource_type

    params["workspace"] = workspace

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
        "url": "/users/{user_gid}/favorites".format(
            user_gid=quote(str(user_gid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsanaNamedResourceArray | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AsanaNamedResourceArray.from_dict(response.json())

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
) -> Response[AsanaNamedResourceArray | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_gid: str,
    *,
    client: AuthenticatedClient | Client,
    resource_type: GetFavoritesForUserResourceType,
    workspace: str,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> Response[AsanaNamedResourceArray | ErrorResponse]:
    """List a user's favorites

     Page through the objects of one kind that a user marked as favorite in a workspace, in the order of
    the user's sidebar. Only the caller's own favorites can be read.

    Args:
        user_gid (str):
        resource_type (GetFavoritesForUserResourceType):
        workspace (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsanaNamedResourceArray | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_gid=user_gid,
        resource_type=resource_type,
        workspace=workspace,
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
    user_gid: str,
    *,
    client: AuthenticatedClient | Client,
    resource_type: GetFavoritesForUserResourceType,
    workspace: str,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> AsanaNamedResourceArray | ErrorResponse | None:
    """List a user's favorites

     Page through the objects of one kind that a user marked as favorite in a workspace, in the order of
    the user's sidebar. Only the caller's own favorites can be read.

    Args:
        user_gid (str):
        resource_type (GetFavoritesForUserResourceType):
        workspace (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsanaNamedResourceArray | ErrorResponse
    """

    return sync_detailed(
        user_gid=user_gid,
        client=client,
        resource_type=resource_type,
        workspace=workspace,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    ).parsed
