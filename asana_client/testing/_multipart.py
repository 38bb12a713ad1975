"""Streaming multipart/form-data parser (RFC 7578 / RFC 2046).

Only the exact delimiter `CRLF--boundary` followed by `--` or optional whitespace and CRLF
ends a part, so file content that merely looks like a boundary or like part headers stays
content. File parts are streamed into a `Blob` and size-checked as they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

from ._http import BodyReader
from ._model import Blob
from ._util import ApiError

CHUNK = 256 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_FIELD_BYTES = 1024 * 1024


@dataclass
class FormFile:
    filename: str | None
    content_type: str
    blob: Blob


@dataclass
class FormData:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, FormFile] = field(default_factory=dict)

    def close(self) -> None:
        for f in self.files.values():
            f.blob.close()


def parse_header_params(value: str) -> tuple[str, dict[str, str]]:
    """Split `type; a=b; c="d;e"` into ("type", {...}), honouring quotes and escapes."""
    items: list[str] = []
    buf: list[str] = []
    quoted = escaped = False
    for ch in value:
        if escaped:
            buf.append(ch)
            escaped = False
        elif quoted and ch == "\\":
            buf.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            buf.append(ch)
        elif ch == ";" and not quoted:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    items.append("".join(buf))
    main = items[0].strip().lower()
    params: dict[str, str] = {}
    for item in items[1:]:
        name, sep, raw = item.partition("=")
        if not sep:
            continue
        raw = raw.strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        params[name.strip().lower()] = raw
    return main, params


def boundary_of(content_type: str | None) -> bytes:
    """The boundary parameter of a multipart Content-Type (400 when absent or invalid)."""
    main, params = parse_header_params(content_type or "")
    boundary = params.get("boundary", "")
    if main != "multipart/form-data" or not 1 <= len(boundary) <= 70:
        raise ApiError(400, "file: Missing input. Expected a multipart/form-data body.")
    return boundary.encode("latin-1", "replace")


def filename_of(params: dict[str, str]) -> str | None:
    """Prefer RFC 5987 `filename*`; percent-decode ASCII `filename` per Asana's docs."""
    star = params.get("filename*")
    if star:
        charset, _, rest = star.partition("'")
        _, _, encoded = rest.partition("'")
        try:
            return unquote(encoded, encoding=charset or "utf-8", errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    name = params.get("filename")
    if name is not None and name.isascii() and "%" in name:
        try:
            return unquote(name, errors="strict")
        except UnicodeDecodeError:
            return name
    return name


class _Scanner:
    """Buffer over the body that finds real delimiters without holding whole parts."""

    def __init__(self, reader: BodyReader, boundary: bytes) -> None:
        self.reader = reader
        self.delim = b"\r\n--" + boundary
        self.buf = b"\r\n"  # lets the very first delimiter match without a leading CRLF

    def _more(self) -> bool:
        chunk = self.reader.read(CHUNK)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def _delimiter_end(self, idx: int) -> int | None:
        """Index after a real delimiter at idx (before CRLF/--), None if merely content."""
        end = idx + len(self.delim)
        while True:
            tail = self.buf[end:]
            stripped = tail.lstrip(b" \t")
            if stripped.startswith((b"--", b"\r\n")):
                return end
            if len(stripped) >= 2 or (stripped and stripped[:1] not in b"-\r"):
                return None
            if not self._more():
                return None

    def copy_until_delimiter(self, sink: Callable[[bytes], None]) -> None:
        """Feed content to sink up to the next real delimiter, leaving the buffer after it."""
        start = 0
        keep = len(self.delim) + 2
        while True:
            idx = self.buf.find(self.delim, start)
            if idx >= 0:
                end = self._delimiter_end(idx)
                if end is not None:
                    sink(self.buf[:idx])
                    self.buf = self.buf[end:]
                    return
                start = idx + 1
                continue
            safe = max(len(self.buf) - keep, 0)
            if safe:
                sink(self.buf[:safe])
                self.buf = self.buf[safe:]
            start = max(len(self.buf) - keep, 0)
            if not self._more():
                raise ApiError(400, "Malformed multipart body: missing closing boundary.")

    def after_delimiter(self) -> bool:
        """Consume what follows a delimiter; True when another part follows."""
        while len(self.buf) < 2 and self._more():
            pass
        if self.buf.startswith(b"--"):
            return False
        self.buf = self.buf.lstrip(b" \t")
        if not self.buf.startswith(b"\r\n"):
            raise ApiError(400, "Malformed multipart body.")
        self.buf = self.buf[2:]
        return True

    def headers(self) -> dict[str, str]:
        """Parse one part's header block."""
        while True:
            if self.buf.startswith(b"\r\n"):
                self.buf = self.buf[2:]
                return {}
            idx = self.buf.find(b"\r\n\r\n")
            if idx >= 0:
                break
            if len(self.buf) > MAX_HEADER_BYTES or not self._more():
                raise ApiError(400, "Malformed multipart body: bad part headers.")
        block, self.buf = self.buf[:idx], self.buf[idx + 4 :]
        out: dict[str, str] = {}
        for line in block.split(b"\r\n"):
            name, sep, value = line.partition(b":")
            if sep:
                try:
                    text = value.decode("utf-8")
                except UnicodeDecodeError:
                    text = value.decode("latin-1")
                out[name.decode("latin-1").strip().lower()] = text.strip()
        return out


def parse_form(reader: BodyReader, content_type: str | None, *, max_file_bytes: int) -> FormData:
    """Parse a multipart body; files over `max_file_bytes` raise 413 and are discarded."""
    scanner = _Scanner(reader, boundary_of(content_type))
    form = FormData()
    try:
        scanner.copy_until_delimiter(lambda _preamble: None)
        while scanner.after_delimiter():
            _read_part(scanner, form, max_file_bytes)
    except BaseException:
        form.close()
        raise
    return form


def _read_part(scanner: _Scanner, form: FormData, max_file_bytes: int) -> None:
    headers = scanner.headers()
    _, params = parse_header_params(headers.get("content-disposition", ""))
    name = params.get("name", "")
    if "filename" in params or "filename*" in params:
        blob = Blob()
        upload = FormFile(
            filename_of(params),
            headers.get("content-type", "application/octet-stream"),
            blob,
        )
        form.files.setdefault(name, upload)

        def write(data: bytes) -> None:
            if blob.size + len(data) > max_file_bytes:
                raise ApiError(413, "file: File is too large. The maximum file size is 100MB.")
            if data:
                blob.write(data)

        scanner.copy_until_delimiter(write)
        if form.files[name] is not upload:
            blob.close()
        return
    parts: list[bytes] = []
    size = [0]

    def collect(data: bytes) -> None:
        size[0] += len(data)
        if size[0] > MAX_FIELD_BYTES:
            raise ApiError(400, f"{name}: Value is too long.")
        parts.append(data)

    scanner.copy_until_delimiter(collect)
    form.fields.setdefault(name, b"".join(parts).decode("utf-8", "replace"))
