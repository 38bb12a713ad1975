"""Attachments (multipart upload, records), the storage host serving bytes, and OAuth."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote

from ._context import Ctx, Routes
from ._http import Request, Response
from ._model import Attachment, Blob, Entity, Project, Task
from ._multipart import parse_form
from ._util import ApiError, dumps, parse_bool

if TYPE_CHECKING:
    from ._server import Core

routes = Routes()
MAX_UPLOAD = 104_857_600  # Asana's 100 MiB attachment limit
STREAM_CHUNK = 64 * 1024


def _parent(ctx: Ctx, gid: str | None) -> Entity:
    if not gid:
        raise ApiError(400, "parent: Missing input")
    ent = ctx.state.objects.get(gid)
    if not isinstance(ent, Task | Project):
        raise ApiError(404, f"parent: Unknown object: {gid}")
    ctx.check_access(ent)
    return ent


@routes.post("/attachments", locked=False)
def create_attachment(ctx: Ctx) -> Response:
    """Parse the upload outside the state lock (it may be 100 MiB), then record it."""
    form = parse_form(ctx.req.body, ctx.req.headers.get("content-type"), max_file_bytes=MAX_UPLOAD)
    try:
        with ctx.state.lock:
            return _store_attachment(ctx, form.fields, form.files.get("file"))
    except BaseException:
        form.close()
        raise


def _store_attachment(ctx: Ctx, fields: dict[str, str], upload: Any) -> Response:
    parent = _parent(ctx, fields.get("parent"))
    subtype = fields.get("resource_subtype") or "asana"
    if subtype not in ("asana", "external"):
        raise ApiError(400, f"resource_subtype: Invalid value: {subtype}")
    connect = bool(parse_bool(fields.get("connect_to_app"), "connect_to_app"))
    st = ctx.state
    if subtype == "external":
        if not fields.get("url"):
            raise ApiError(400, "url: Missing input")
        if not fields.get("name"):
            raise ApiError(400, "name: Missing input")
        att = Attachment(st.new_gid(), fields["name"], parent.gid, st.now(), "external")
        att.host, att.url = "external", fields["url"]
    else:
        if upload is None:
            raise ApiError(400, "file: Missing input")
        name = fields.get("name") or upload.filename or "upload"
        att = Attachment(st.new_gid(), name, parent.gid, st.now(), blob=upload.blob)
        att.content_type = upload.content_type
    att.connected_to_app = connect
    st.add(att)
    if isinstance(parent, Task):
        parent.attachments.append(att.gid)
        parent.modified_at = st.now()
    return ctx.record(att)


@routes.get("/attachments/{attachment_gid}")
def get_attachment(ctx: Ctx, attachment_gid: str) -> Response:
    return ctx.record(ctx.get(Attachment, attachment_gid))


@routes.delete("/attachments/{attachment_gid}")
def delete_attachment(ctx: Ctx, attachment_gid: str) -> Response:
    att = ctx.get(Attachment, attachment_gid)
    owner = ctx.state.find(att.parent, Task)
    if owner is not None and att.gid in owner.attachments:
        owner.attachments.remove(att.gid)
    if att.blob is not None:
        att.blob.close()
    ctx.state.remove(att.gid)
    return ctx.empty()


@routes.get("/attachments")
def get_attachments(ctx: Ctx) -> Response:
    parent = _parent(ctx, ctx.arg("parent"))
    if isinstance(parent, Task):
        return ctx.listing(lambda: list(parent.attachments), Attachment)
    gids = [
        e.gid
        for e in ctx.state.objects.values()
        if isinstance(e, Attachment) and e.parent == parent.gid
    ]
    return ctx.listing(lambda: gids, Attachment)


def attachment_urls(core: Core, req: Request, att: Attachment) -> dict[str, Callable[[], Any]]:
    """Request-dependent URLs: a fresh signed storage link per record fetch (lazily)."""
    permanent = f"https://app.asana.com/app/asana/-/get_asset?asset_id={att.gid}"
    if att.host == "external":
        return {
            "download_url": lambda: None,
            "view_url": lambda: att.url,
            "permanent_url": lambda: permanent,
        }
    minted: list[str] = []

    def download() -> str:
        if not minted:
            token = core.issue_link(att.gid)
            if core.storage_redirect:
                minted.append(f"{req.api_origin}/-/download/{token}")
            else:
                minted.append(f"{req.storage_origin}/blobs/{token}/{quote(att.name)}")
        return minted[0]

    return {"download_url": download, "view_url": download, "permanent_url": lambda: permanent}


# ---- storage host -----------------------------------------------------------------------
def _plain(status: int, text: str, extra: list[tuple[str, str]] | None = None) -> Response:
    headers = [("Content-Type", "text/plain; charset=utf-8"), *(extra or [])]
    return Response(status, headers, text.encode())


def _parse_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """(start, end) inclusive, None for a full response, "bad" when unsatisfiable."""
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", header)
    if match is None or (not match.group(1) and not match.group(2)):
        return None  # unsupported syntax (e.g. multiple ranges): serve everything
    first, last = match.groups()
    if not first:
        length = int(last)
        if length == 0 or size == 0:
            return "bad"
        return (max(size - length, 0), size - 1)
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        return "bad"
    return (start, end)


def _stream(blob: Blob, start: int, end: int) -> Iterator[bytes]:
    pos = start
    while pos <= end:
        chunk = blob.read_at(pos, min(STREAM_CHUNK, end - pos + 1))
        if not chunk:
            return
        pos += len(chunk)
        yield chunk


def serve_storage(core: Core, req: Request) -> Response:
    """The storage origin: unauthenticated, signed-link downloads with Range support."""
    if req.method not in ("GET", "HEAD"):
        return _plain(405, "Method Not Allowed")
    match = re.fullmatch(r"/blobs/([^/]+)(?:/.*)?", req.path)
    if match is None:
        return _plain(404, "Not Found")
    with core.state.lock:
        att = core.resolve_link(match.group(1))
    if att is None:
        return _plain(403, "AccessDenied: Request has expired")
    blob = att.blob or Blob()
    size = blob.size
    ctype = att.content_type
    if ctype == "application/octet-stream":
        ctype = mimetypes.guess_type(att.name)[0] or ctype
    headers = [("Content-Type", ctype), ("Accept-Ranges", "bytes")]
    rng = _parse_range(req.headers.get("range"), size)
    if rng == "bad":
        return _plain(416, "Range Not Satisfiable", [("Content-Range", f"bytes */{size}")])
    status, start, end = 200, 0, size - 1
    if isinstance(rng, tuple):
        status, (start, end) = 206, rng
        headers.append(("Content-Range", f"bytes {start}-{end}/{size}"))
    headers.append(("Content-Length", str(end - start + 1)))
    body = b"" if req.method == "HEAD" else _stream(blob, start, end)
    return Response(status, headers, body)


def redirect_download(core: Core, req: Request, token: str) -> Response:
    """API-origin link that 302s to the storage origin (credential-forwarding tests)."""
    with core.state.lock:
        att = core.resolve_link(token)
    if att is None:
        return _plain(403, "AccessDenied: Request has expired")
    target = f"{req.storage_origin}/blobs/{token}/{quote(att.name)}"
    return Response(302, [("Location", target), ("Content-Length", "0")], b"")


# ---- OAuth ------------------------------------------------------------------------------
def _oauth_error(status: int, error: str, description: str) -> Response:
    body = dumps({"error": error, "error_description": description})
    return Response(status, [("Content-Type", "application/json; charset=UTF-8")], body)


def oauth_token(core: Core, req: Request) -> Response:
    """POST /-/oauth_token with grant_type=refresh_token (form encoded)."""
    if req.method != "POST":
        return _oauth_error(405, "invalid_request", "Use POST.")
    raw = req.body.read(1024 * 1024).decode("utf-8", "replace")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    grant = form.get("grant_type")
    if grant != "refresh_token":
        return _oauth_error(400, "unsupported_grant_type", f"Unsupported grant_type: {grant}")
    with core.state.lock:
        client_id = form.get("client_id", "")
        if core.oauth_clients.get(client_id) != form.get("client_secret") or not client_id:
            return _oauth_error(401, "invalid_client", "Unknown client or wrong client_secret.")
        owner = core.refresh_tokens.get(form.get("refresh_token", ""))
        if owner is None or owner[1] != client_id:
            return _oauth_error(400, "invalid_grant", "The refresh token is invalid or revoked.")
        token, user = core.issue_access_token(owner[0])
    payload = {
        "access_token": token,
        "token_type": "bearer",
        "expires_in": 3600,
        "data": {"id": int(user.gid), "gid": user.gid, "name": user.name, "email": user.email},
    }
    return Response(200, [("Content-Type", "application/json; charset=UTF-8")], dumps(payload))
