from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asana_named_resource_array import AsanaNamedResourceArray
from ...models.error_response import ErrorResponse
from ...models.typeahead_for_workspace_resource_type import (
    TypeaheadForWorkspaceResourceType,
)
from ...models.typeahead_for_workspace_type import TypeaheadForWorkspaceType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    *,
    resource_type: TypeaheadForWorkspaceResourceType,
    type_: TypeaheadForWorkspaceType | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type = resource_type.value
    params["resource_type"] = json_resource_type

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["query"] = query

    params["count"] = count

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_gid}/typeahead".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
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
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    resource_type: TypeaheadForWorkspaceResourceType,
    type_: TypeaheadForWorkspaceType | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[AsanaNamedResourceArray | ErrorResponse]:
    """Search a workspace by name

     Find objects of one type whose names match a short text, ranked for auto-completion. The result is a
    single list (no paging); `count` caps its length.

    Args:
        workspace_gid (str):
        resource_type (TypeaheadForWorkspaceResourceType):
        type_ (TypeaheadForWorkspaceType | Unset):
        query (str | Unset):
        count (int | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsanaNamedResourceArray | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        resource_type=resource_type,
        type_=type_,
        query=query,
        count=count,
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
    resource_type: TypeaheadForWorkspaceResourceType,
    type_: TypeaheadForWorkspaceType | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> AsanaNamedResourceArray | ErrorResponse | None:
    """Search a workspace by name

     Find objects of one type whose names match a short text, ranked for auto-completion. The result is a
    single list (no paging); `count` caps its length.

    Args:
        workspace_gid (str):
        resource_type (TypeaheadForWorkspaceResourceType):
        type_ (TypeaheadForWorkspaceType | Unset):
        query (str | Unset):
        count (int | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsanaNamedResourceArray | ErrorResponse
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        client=client,
        resource_type=resource_type,
        type_=type_,
        query=query,
        count=count,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed


async def asyncio_detailed(
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    resource_type: TypeaheadForWorkspaceResourceType,
    type_: TypeaheadForWorkspaceType | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[AsanaNamedResourceArray | ErrorResponse]:
    """Search a workspace by name

     Find objects of one type whose names match a short text, ranked for auto-completion. The result is a
    single list (no paging); `count` caps its length.

    Args:
        workspace_gid (str):
        resource_type (TypeaheadForWorkspaceResourceType):
        type_ (TypeaheadForWorkspaceType | Unset):
        query (str | Unset):
        count (int | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsanaNamedResourceArray | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        resource_type=resource_type,
        type_=type_,
        query=query,
        count=count,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_gid: str,
    *,
    client: AuthenticatedClient | Client,
    resource_type: TypeaheadForWorkspaceResourceType,
    type_: TypeaheadForWorkspaceType | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> AsanaNamedResourceArray | ErrorResponse | None:
    """Search a workspace by name

     Find objects of one type whose names match a short text, ranked for auto-completion. The result is a
    single list (no paging); `count` caps its length.

    Args:
        workspace_gid (str):
        resource_type (TypeaheadForWorkspaceResourceType):
        type_ (TypeaheadForWorkspaceType | Unset):
        query (str | Unset):
        count (int | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsanaNamedResourceArray | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_gid=workspace_gid,
            client=client,
            resource_type=resource_type,
            type_=type_,
            query=query,
            count=count,
            opt_fields=opt_fields,
            opt_pretty=opt_pretty,
        )
    ).parsed
