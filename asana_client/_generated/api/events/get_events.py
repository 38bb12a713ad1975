from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.events_page import EventsPage
from ...models.sync_token_error import SyncTokenError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource: str,
    sync: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource"] = resource

    params["sync"] = sync

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventsPage | SyncTokenError | None:
    if response.status_code == 200:
        response_200 = EventsPage.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = SyncTokenError.from_dict(response.json())

        return response_412

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventsPage | SyncTokenError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: str,
    sync: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | EventsPage | SyncTokenError]:
    """Get the events of a resource

     Returns every event on the resource since the sync token was issued, at most 100 per call (has_more
    says whether more are waiting), with the token for the next call. Without a token, or with one too
    old, Asana answers 412 with a fresh token and no events: start there. Events on objects inside the
    resource are included (a project's events include changes to its tasks), so an event's resource may
    differ from the one asked for.

    Args:
        resource (str):
        sync (str | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventsPage | SyncTokenError]
    """

    kwargs = _get_kwargs(
        resource=resource,
        sync=sync,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource: str,
    sync: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | EventsPage | SyncTokenError | None:
    """Get the events of a resource

     Returns every event on the resource since the sync token was issued, at most 100 per call (has_more
    says whether more are waiting), with the token for the next call. Without a token, or with one too
    old, Asana answers 412 with a fresh token and no events: start there. Events on objects inside the
    resource are included (a project's events include changes to its tasks), so an event's resource may
    differ from the one asked for.

    Args:
        resource (str):
        sync (str | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventsPage | SyncTokenError
    """

    return sync_detailed(
        client=client,
        resource=resource,
        sync=sync,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
