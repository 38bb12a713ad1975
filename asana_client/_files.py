"""Attachment uploads and downloads, streamed and safe by construction.

Uploads: the multipart body is built by httpx with a random boundary and read from the file in
chunks (the generated upload function uses the fixed boundary "+++", which file content can
forge). The size is checked before sending when it can be known.

Downloads: the attachment record's `download_url` points at a storage host, not at Asana. It is
fetched by a separate client that carries no credential at all, also across redirects, and
streamed in chunks. Storage links expire after a couple of minutes; on 403/410 the record is
fetched again once for a fresh link.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO
from urllib.parse import quote, urlsplit

import httpx

from . import _defaults
from ._errors import AsanaConnectionError, AsanaError, FileTooLargeError
from ._params import check_gid, join_fields
from ._resources._core import parse_record
from ._transport import forget_secrets

if TYPE_CHECKING:
    from ._client import Asana
    from ._generated.models import Attachment

__all__ = ["AttachmentFiles", "FileInput"]

# A path, raw bytes, a binary file object, or (name, file object, content type).
FileInput = str | os.PathLike[str] | bytes | bytearray | BinaryIO | tuple[str, BinaryIO, str | None]
RANGE = re.compile(r"bytes=([0-9]+-[0-9]*|-[0-9]+)")  # ASCII digits only: it goes in a header
# An RFC 9110 media type in visible ASCII: it becomes a header line of the file's part, where a
# CR/LF would start a header (or a part) of the caller's choosing.
TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
QUOTED = r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"'
MEDIA_TYPE = re.compile(rf"{TOKEN}/{TOKEN}(?: *; *{TOKEN}=(?:{TOKEN}|{QUOTED}))*")
EXPIRED_LINK_STATUSES = frozenset({403, 410})
MAX_REDIRECTS = 10
# Printable ASCII that may stay as is in a Content-Disposition filename (not '"', '%', '\').
FILENAME_SAFE = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"%\\')


class SignedLink:
    """A storage link, a credential for as long as it is valid: kept in this wrapper so that
    no local variable shows it in a traceback captured with locals (Sentry, pytest -l)."""

    __slots__ = ("url",)

    def __init__(self, url: httpx.URL) -> None:
        self.url = url

    def __repr__(self) -> str:
        return f"SignedLink(host={self.url.host!r})"


def encode_filename(name: str) -> str:
    """Asana expects non-ASCII file names percent-encoded (UTF-8) in Content-Disposition.
    Control characters are encoded too, so none reaches the part's header. A name read from a
    path that is not UTF-8 (os.fsdecode keeps its bytes as lone surrogates) is sent as those
    very bytes, percent-encoded: nothing of it is lost or replaced."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raise ValueError(
            f"the file name {name!r} holds a lone surrogate; it has no bytes"
        ) from None
    return quote(raw, safe=FILENAME_SAFE)


def check_content_type(content_type: object) -> str | None:
    if content_type is None:
        return None
    if not isinstance(content_type, str):
        raise TypeError(f"content_type must be a str, not {type(content_type).__name__}")
    if not MEDIA_TYPE.fullmatch(content_type):
        raise ValueError(
            f'content_type must be a media type such as "text/csv; charset=utf-8" '
            f"(visible ASCII, no line breaks), not {content_type!r}"
        )
    return content_type


def check_external_url(url: object) -> str:
    """The link of an external attachment: an absolute http(s) URL in one printable line."""
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    parts = urlsplit(url) if url.isprintable() and not any(c.isspace() for c in url) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"url must be an absolute http(s) URL without spaces or control characters, not {url!r}"
        )
    return url


def known_size(file: IO[bytes]) -> int | None:
    """The size of a seekable file (httpx sends it from the start, wherever it was left), or
    None when it cannot be known without reading it."""
    try:
        if not file.seekable():
            return None
        position = file.tell()
        size = file.seek(0, io.SEEK_END)
        file.seek(position)
    except (OSError, ValueError, AttributeError):
        return None
    return size


def is_seekable(file: IO[bytes]) -> bool:
    try:
        return bool(file.seekable())
    except (OSError, ValueError, AttributeError):
        return False


class UploadFile:
    """A file argument resolved to (name, open binary file, content type); opened paths are
    closed by the ExitStack that opened them."""

    def __init__(
        self, file: FileInput, name: str | None, content_type: str | None, stack: ExitStack
    ):
        if isinstance(file, tuple):
            tuple_name, handle, tuple_type = file
            name, content_type = name or tuple_name, content_type or tuple_type
        elif isinstance(file, str | os.PathLike):
            path = Path(file)
            handle = stack.enter_context(path.open("rb"))
            name = name or path.name
        elif isinstance(file, bytes | bytearray | memoryview):
            handle = io.BytesIO(bytes(file))
        elif hasattr(file, "read"):
            handle = file
            name = name or os.path.basename(str(getattr(file, "name", "") or "")) or None
        else:
            raise TypeError(
                "file must be a path, bytes, a binary file object or (name, file, content_type)"
            )
        if not name:
            raise ValueError("name= is required when the file has no name of its own")
        if not isinstance(name, str):
            raise TypeError(f"the file name must be a str, not {type(name).__name__}")
        self.name = name
        self.wire_name = encode_filename(name)
        self.handle: IO[bytes] = handle
        self.content_type = check_content_type(content_type) or guess_content_type(name)
        self.size = known_size(handle)
        self.replayable = is_seekable(handle)

    def check_size(self) -> None:
        if self.size is not None and self.size > _defaults.ATTACHMENT_MAX_BYTES:
            raise FileTooLargeError(
                f"{self.name} is {self.size:,} bytes; Asana accepts at most "
                f"{_defaults.ATTACHMENT_MAX_BYTES:,} bytes (100 MiB) per attachment"
            )


def guess_content_type(name: str) -> str:
    import mimetypes  # reads the system's type tables on first use: not at import time

    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class AttachmentFiles:
    """Upload and download methods of `client.attachments`."""

    _client: Asana

    def create_attachment_for_object(
        self,
        *,
        parent: str,
        file: FileInput | None = None,
        name: str | None = None,
        resource_subtype: str | None = None,
        url: str | None = None,
        connect_to_app: bool | None = None,
        content_type: str | None = None,
        opt_fields: Sequence[str] | None = None,
        opt_pretty: bool | None = None,
    ) -> Attachment:
        """Upload `file` to the task (or project) `parent`, or attach an external link with
        `resource_subtype="external", url=..., name=...`. Returns the new attachment record."""
        form: dict[str, str] = {"parent": check_gid("parent", parent)}
        if resource_subtype is not None:
            form["resource_subtype"] = resource_subtype
        if connect_to_app is not None:
            form["connect_to_app"] = "true" if connect_to_app else "false"
        params = self._query(opt_fields, opt_pretty)
        if resource_subtype == "external":
            if file is not None or not url or not name:
                raise ValueError("an external attachment needs url= and name=, and no file=")
            if not isinstance(name, str):
                raise TypeError(f"name must be a str, not {type(name).__name__}")
            form.update(url=check_external_url(url), name=name)
            return self._send_upload(form, None, params)
        if resource_subtype not in (None, "asana"):
            raise ValueError(
                f"resource_subtype must be 'asana' or 'external', not {resource_subtype!r}"
            )
        if file is None:
            raise ValueError("file= is required (or resource_subtype='external' with url=)")
        with ExitStack() as stack:
            upload = UploadFile(file, name, content_type, stack)
            upload.check_size()
            return self._send_upload(form, upload, params)

    def _query(self, opt_fields: Sequence[str] | None, opt_pretty: bool | None) -> dict[str, str]:
        params = {} if opt_pretty is None else {"opt_pretty": "true" if opt_pretty else "false"}
        if opt_fields is not None:
            params["opt_fields"] = join_fields(opt_fields)
        return params

    def _send_upload(
        self, form: dict[str, str], upload: UploadFile | None, params: dict[str, str]
    ) -> Attachment:
        from ._resources.attachments import CREATE_ATTACHMENT_FOR_OBJECT as operation

        # Always multipart (Asana refuses url-encoded forms here): without a file, the fields
        # themselves go as parts with no filename.
        files: dict[str, Any] = {name: (None, value) for name, value in form.items()}
        if upload is not None:
            files["file"] = (upload.wire_name, upload.handle, upload.content_type)
        replayable = upload is None or upload.replayable
        response = self._client._send(
            "POST", operation.path, params, files=files, replayable=replayable
        )
        record: Attachment = parse_record(operation, response)
        return record

    @contextmanager
    def download(
        self, attachment_gid: str, *, range: str | None = None
    ) -> Iterator[Iterator[bytes]]:
        """Stream an attachment's bytes: `with client.attachments.download(gid) as chunks:`.
        `range` is an HTTP byte range such as "bytes=0-99" (the storage host answers 206)."""
        with self._open_download(attachment_gid, range) as response:
            yield self._chunks(response)

    def download_to(
        self,
        attachment_gid: str,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        range: str | None = None,
    ) -> int:
        """Write an attachment to a path or binary file; return the number of bytes written. A
        path is written through a temporary file renamed on success, so a failed download
        leaves nothing behind."""
        if not isinstance(destination, str | os.PathLike):
            return self._copy(attachment_gid, destination, range)
        target = Path(destination)
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                written = self._copy(attachment_gid, handle, range)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return written

    def _copy(self, attachment_gid: str, handle: IO[bytes], range: str | None) -> int:
        written = 0
        with self.download(attachment_gid, range=range) as chunks:
            for chunk in chunks:
                handle.write(chunk)
                written += len(chunk)
        return written

    @contextmanager
    def _open_download(self, attachment_gid: str, range: str | None) -> Iterator[httpx.Response]:
        check_gid("attachment_gid", attachment_gid)
        if range is not None and not isinstance(range, str):
            raise TypeError(f"range must be a str, not {type(range).__name__}")
        if range is not None and not RANGE.fullmatch(range):
            raise ValueError(
                f'range must look like "bytes=0-99", "bytes=100-" or "bytes=-5", not {range!r}'
            )
        with self._client._download_slots:  # held while the body streams
            response = self._request_content(attachment_gid, range)
            try:
                yield response
            finally:
                response.close()

    def _request_content(self, attachment_gid: str, range: str | None) -> httpx.Response:
        link = self._download_link(attachment_gid)
        try:
            return self._get_stored(link, range)
        except AsanaError as exc:
            if exc.status not in EXPIRED_LINK_STATUSES:
                raise
        return self._get_stored(self._download_link(attachment_gid), range)  # fresh link, once

    def _download_link(self, attachment_gid: str) -> SignedLink:
        record = self._client.attachments.get_attachment(
            attachment_gid, opt_fields=["download_url"]
        )
        link = record.download_url
        if not isinstance(link, str) or not link:
            raise AsanaError(
                f"attachment {attachment_gid} has no download_url (external, Box or Vimeo files "
                "are not stored by Asana)"
            )
        return SignedLink(httpx.URL(link))

    def _get_stored(self, link: SignedLink, range: str | None) -> httpx.Response:
        # A range counts bytes of the file itself, so ask for it uncompressed.
        headers = {"Range": range, "Accept-Encoding": "identity"} if range else {}
        response = self._follow_redirects(link, headers)
        if range and response.status_code != 206:
            response.close()
            raise AsanaError(
                f"the storage host ignored the range and answered {response.status_code}",
                status=response.status_code,
            )
        return response

    def _follow_redirects(self, link: SignedLink, headers: dict[str, str]) -> httpx.Response:
        """GET a storage link, following its redirects hop by hop (each hop goes through the
        transport, which never gives a storage host the credential), at most MAX_REDIRECTS."""
        for _ in range(MAX_REDIRECTS + 1):
            response = self._client._send_stored(httpx.Request("GET", link.url, headers=headers))
            if not response.is_redirect or "Location" not in response.headers:
                return response
            response.close()
            link = SignedLink(link.url.join(response.headers["Location"]))
        raise AsanaError(f"the download link redirected more than {MAX_REDIRECTS} times")

    @staticmethod
    def _chunks(response: httpx.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_bytes(_defaults.DOWNLOAD_CHUNK_BYTES)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            forget_secrets(response.request, api_origin=False)  # the link is a credential
            if isinstance(exc, httpx.DecodingError):
                status = response.status_code
                raise AsanaError("the download could not be decoded", status=status) from exc
            raise AsanaConnectionError("the download was interrupted") from exc
