"""Real HTTP serving of the core: a ThreadingHTTPServer for the API and one for storage.

Both servers call `Core.handle`, so served and in-process modes share every code path.
Request bodies are streamed (Content-Length or chunked) and responses with an iterator
body are written chunk by chunk.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._server import Core

READ_CHUNK = 64 * 1024


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # bursts of concurrent connections in limit tests

    def __init__(self, core: Core, origin_slot: list[str]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.core = core
        self.origin_slot = origin_slot
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-request is normal (pools close idle connections); say
        nothing about it instead of printing a traceback. Anything else is reported."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    def close_all(self) -> None:
        """Hang up idle keep-alive connections so their threads finish promptly."""
        with self.sockets_lock:
            for sock in list(self.open_sockets):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes; without NODELAY, Nagle plus delayed
        # ACKs add ~40 ms to every keep-alive request.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.sockets_lock:
            self.server.open_sockets.add(self.connection)

    def finish(self) -> None:
        with self.server.sockets_lock:
            self.server.open_sockets.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read `fake.requests` instead of a log."""

    def _chunks(self) -> Iterator[bytes]:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            yield from self._chunked()
            return
        remaining = int(self.headers.get("Content-Length") or 0)
        while remaining > 0:
            data = self.rfile.read(min(READ_CHUNK, remaining))
            if not data:
                return
            remaining -= len(data)
            yield data

    def _chunked(self) -> Iterator[bytes]:
        while True:
            line = self.rfile.readline(1024)
            size = int(line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return
            remaining = size
            while remaining > 0:
                data = self.rfile.read(min(READ_CHUNK, remaining))
                if not data:
                    return
                remaining -= len(data)
                yield data
            self.rfile.readline(16)

    def _dispatch(self) -> None:
        origin = self.server.origin_slot[0]
        headers = httpx.Headers(list(self.headers.items()))
        resp = self.server.core.handle(self.command, origin + self.path, headers, self._chunks())
        if resp.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self._write(resp.status, resp.headers, resp.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _write(
        self, status: int, headers: list[tuple[str, str]], body: bytes | Iterable[bytes]
    ) -> None:
        self.send_response(status)
        names = {k.lower() for k, _ in headers}
        for key, value in headers:
            self.send_header(key, value)
        chunked = False
        if isinstance(body, bytes | bytearray):
            if "content-length" not in names:
                self.send_header("Content-Length", str(len(body)))
        elif "content-length" not in names:
            chunked = True
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if self.command == "HEAD":
            return
        if isinstance(body, bytes | bytearray):
            self.wfile.write(body)
            return
        for piece in body:
            if chunked:
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            else:
                self.wfile.write(piece)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _dispatch


@contextlib.contextmanager
def serve(core: Core) -> Iterator[str]:
    """Run API and storage servers on two loopback ports; yields the API base URL."""
    api_slot: list[str] = [""]
    storage_slot: list[str] = [""]
    api = _Server(core, api_slot)
    storage = _Server(core, storage_slot)
    api_slot[0] = f"http://127.0.0.1:{api.server_address[1]}"
    storage_slot[0] = f"http://127.0.0.1:{storage.server_address[1]}"
    core.register_origins(api_slot[0], storage_slot[0])
    threads = [
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        for srv in (api, storage)
    ]
    for thread in threads:
        thread.start()
    try:
        yield f"{api_slot[0]}/api/1.0"
    finally:
        for srv in (api, storage):
            srv.shutdown()
            srv.close_all()
            srv.server_close()
        for thread in threads:
            thread.join(timeout=5)
        core.unregister_origins(api_slot[0], storage_slot[0])
