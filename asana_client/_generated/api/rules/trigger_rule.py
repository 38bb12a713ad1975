from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rule_trigger_request_body import RuleTriggerRequestBody
from ...models.rule_trigger_result_data import RuleTriggerResultData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    rule_trigger_gid: str,
    *,
    body: RuleTriggerRequestBody,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_opt_fields: list[str] | Unset = UNSET
    if not isinstance(opt_fields, Unset):
        json_opt_fields = opt_fields

    params["opt_fields"] = json_opt_fields

    params["opt_pretty"] = opt_pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rule_triggers/{rule_trigger_gid}/run".format(
            rule_trigger_gid=quote(str(rule_trigger_gid), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RuleTriggerResultData | None:
    if response.status_code == 200:
        response_200 = RuleTriggerResultData.from_dict(response.json())

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
) -> Response[ErrorResponse | RuleTriggerResultData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rule_trigger_gid: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleTriggerRequestBody,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | RuleTriggerResultData]:
    """Trigger a rule

     Run a rule whose trigger is an incoming web request, handing it a resource and data.

    Args:
        rule_trigger_gid (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        body (RuleTriggerRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RuleTriggerResultData]
    """

    kwargs = _get_kwargs(
        rule_trigger_gid=rule_trigger_gid,
        body=body,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rule_trigger_gid: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleTriggerRequestBody,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | RuleTriggerResultData | None:
    """Trigger a rule

     Run a rule whose trigger is an incoming web request, handing it a resource and data.

    Args:
        rule_trigger_gid (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        body (RuleTriggerRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RuleTriggerResultData
    """

    return sync_detailed(
        rule_trigger_gid=rule_trigger_gid,
        client=client,
        body=body,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
