from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_data import JobData
from ...models.project_template_instantiate_project_request_body import (
    ProjectTemplateInstantiateProjectRequestBody,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_template_gid: str,
    *,
    body: ProjectTemplateInstantiateProjectRequestBody | Unset = UNSET,
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
        "url": "/project_templates/{project_template_gid}/instantiateProject".format(
            project_template_gid=quote(str(project_template_gid), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobData | None:
    if response.status_code == 201:
        response_201 = JobData.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | JobData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_template_gid: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTemplateInstantiateProjectRequestBody | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> Response[ErrorResponse | JobData]:
    """Create a project from a template

     Starts a job that creates a new project from the template and returns the job; the new project is
    the job's `new_project`. Date variables and roles come from the template's `requested_dates` and
    `requested_roles` (get the template first). In an organization, `team` may place the project in
    another team than the template's.

    Args:
        project_template_gid (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        body (ProjectTemplateInstantiateProjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobData]
    """

    kwargs = _get_kwargs(
        project_template_gid=project_template_gid,
        body=body,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_template_gid: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTemplateInstantiateProjectRequestBody | Unset = UNSET,
    opt_fields: list[str] | Unset = UNSET,
    opt_pretty: bool | Unset = UNSET,
) -> ErrorResponse | JobData | None:
    """Create a project from a template

     Starts a job that creates a new project from the template and returns the job; the new project is
    the job's `new_project`. Date variables and roles come from the template's `requested_dates` and
    `requested_roles` (get the template first). In an organization, `team` may place the project in
    another team than the template's.

    Args:
        project_template_gid (str):
        opt_fields (list[str] | Unset):
        opt_pretty (bool | Unset):
        body (ProjectTemplateInstantiateProjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobData
    """

    return sync_detailed(
        project_template_gid=project_template_gid,
        client=client,
        body=body,
        opt_fields=opt_fields,
        opt_pretty=opt_pretty,
    ).parsed
