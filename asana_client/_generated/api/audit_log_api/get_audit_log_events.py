import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_event_array import AuditLogEventArray
from ...models.error_response import ErrorResponse
from ...models.get_audit_log_events_actor_type import (
    GetAuditLogEventsActorType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_gid: str,
    *,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    actor_type: GetAuditLogEventsActorType | Unset = UNSET,
    actor_gid: str | Unset = UNSET,
    resource_gid: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_at: str | Unset = UNSET
    if not isinstance(start_at, Unset):
        json_start_at = start_at.isoformat()
    params["start_at"] = json_start_at

    json_end_at: str | Unset = UNSET
    if not isinstance(end_at, Unset):
        json_end_at = end_at.isoformat()
    params["end_at"] = json_end_at

    params["event_type"] = event_type

    json_actor_type: str | Unset = UNSET
    if not isinstance(actor_type, Unset):
        json_actor_type = actor_type

    params["actor_type"] = json_actor_type

    params["actor_gid"] = actor_gid

    params["resource_gid"] = resource_gid

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
        "url": "/workspaces/{workspace_gid}/audit_log_events".format(
            workspace_gid=quote(str(workspace_gid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogEventArray | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuditLogEventArray.from_dict(response.json())

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
) -> Response[AuditLogEventArray | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_gid: str,
    *,
    client: AuthenticatedClient,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    actor_type: GetAuditLogEventsActorType | Unset = UNSET,
    actor_gid: str | Unset = UNSET,
    resource_gid: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> Response[AuditLogEventArray | ErrorResponse]:
    """List a domain's audit log events

     Lists the audit log events of the domain, oldest first, filtered by any combination of the
    parameters (none: every event). Events older than 90 days are gone, and none before 8 October 2021
    exist. Once caught up Asana answers pages without events that still point at a next page (to poll
    later); the client ends the list at the first of them, and resuming from the last offset received
    reads the events that happened since.

    Args:
        workspace_gid (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        event_type (str | Unset):
        actor_type (GetAuditLogEventsActorType | Unset):
        actor_gid (str | Unset):
        resource_gid (str | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogEventArray | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_gid=workspace_gid,
        start_at=start_at,
        end_at=end_at,
        event_type=event_type,
        actor_type=actor_type,
        actor_gid=actor_gid,
        resource_gid=resource_gid,
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
    workspace_gid: str,
    *,
    client: AuthenticatedClient,
    start_at: datetime.datetime | Unset = UNSET,
    end_at: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    actor_type: GetAuditLogEventsActorType | Unset = UNSET,
    actor_gid: str | Unset = UNSET,
    resource_gid: str | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: str | Unset = UNSET,
) -> AuditLogEventArray | ErrorResponse | None:
    """List a domain's audit log events

     Lists the audit log events of the domain, oldest first, filtered by any combination of the
    parameters (none: every event). Events older than 90 days are gone, and none before 8 October 2021
    exist. Once caught up Asana answers pages without events that still point at a next page (to poll
    later); the client ends the list at the first of them, and resuming from the last offset received
    reads the events that happened since.

    Args:
        workspace_gid (str):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        event_type (str | Unset):
        actor_type (GetAuditLogEventsActorType | Unset):
        actor_gid (str | Unset):
        resource_gid (str | Unset):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        limit (int | Unset):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogEventArray | ErrorResponse
    """

    return sync_detailed(
        workspace_gid=workspace_gid,
        client=client,
        start_at=start_at,
        end_at=end_at,
        event_type=event_type,
        actor_type=actor_type,
        actor_gid=actor_gid,
        resource_gid=resource_gid,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
        limit=limit,
        offset=offset,
    ).parsed
