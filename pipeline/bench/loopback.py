"""A scriptable HTTP server on a loopback address, for the fetch tests and the poll benchmark.

Each path maps to a handler that writes the whole response itself, so a route
can misbehave at will (stall, drip, reset, lie about its size). Every request is
recorded with its start and end time, which is how politeness is checked.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    started: float
    ended: float = 0.0
    status: int = 0
    body_bytes: int = 0


class PromptHandler(BaseHTTPRequestHandler):
    """A request handler whose answers leave at once. Headers and body go out in two writes: with Nagle's
    algorithm the body waits for the client's delayed acknowledgement of the headers, about 40 ms a
    response on loopback, which made the synthetic sites, not the pipeline, the benchmarks' bottleneck."""

    disable_nagle_algorithm = True


class RecordingHandler(PromptHandler):
    """A request handler that keeps the record of the request it is answering."""

    recorded: RecordedRequest


Handler = Callable[[RecordingHandler], None]


def send(req: RecordingHandler, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
    req.send_response(status)
    headers = dict(headers or {})
    headers.setdefault("Content-Length", str(len(body)))
    for name, value in headers.items():
        req.send_header(name, value)
    req.end_headers()
    req.wfile.write(body)
    req.recorded.status, req.recorded.body_bytes = status, len(body)


def static(
    body: bytes, content_type: str = "application/rss+xml", status: int = 200, **headers: str
) -> Handler:
    """A fixed document that answers conditional GETs (ETag from its content) with 304."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def handle(req: RecordingHandler) -> None:
        if status == 200 and req.headers.get("If-None-Match") == etag:
            return send(req, 304, b"", {"ETag": etag})
        extra = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
        if status == 200:
            extra["ETag"] = etag
        send(req, status, body, extra)

    return handle


def streamed(
    chunks: Iterable[bytes], content_type: str = "text/html", delay: float = 0.0, **headers
) -> Handler:
    """A body written chunk by chunk (no Content-Length), optionally slowly; stops when the client leaves."""

    def handle(req: RecordingHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        for name, value in headers.items():
            req.send_header(name.replace("_", "-"), value)
        req.send_header("Connection", "close")
        req.end_headers()
        req.recorded.status = 200
        try:
            for chunk in chunks:
                req.wfile.write(chunk)
                req.wfile.flush()
                req.recorded.body_bytes += len(chunk)
                if delay:
                    time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError):
            pass
        req.close_connection = True

    return handle


def dripped(raw: bytes, delay: float) -> Handler:
    """The raw response (status line and headers included) written one byte every `delay` seconds."""

    def handle(req: BaseHTTPRequestHandler) -> None:
        try:
            for byte in raw:
                req.wfile.write(bytes([byte]))
                req.wfile.flush()
                time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError):
            pass
        req.close_connection = True

    return handle


def stall(seconds: float) -> Handler:
    def handle(req: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        req.close_connection = True

    return handle


def reset(req: BaseHTTPRequestHandler) -> None:
    """Abort the connection with a TCP reset before answering."""
    req.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    req.close_connection = True
    req.connection.close()


def status(code: int, **headers: str) -> Handler:
    """A short plain-text error answer with `code` (and headers such as Retry-After)."""
    return lambda req: send(req, code, b"temporarily unavailable", {"Content-Type": "text/plain", **headers})


def truncated(body: bytes) -> Handler:
    """Promises the whole body, sends a third of it and hangs up."""

    def handle(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body[: len(body) // 3])
        req.close_connection = True

    return handle


def redirect(location: str, status: int = 302) -> Handler:
    return lambda req: send(req, status, b"", {"Location": location})


def gzip_bomb(expanded_bytes: int) -> bytes:
    """A small gzip body that expands to `expanded_bytes` zeros."""
    return gzip.compress(b"\0" * expanded_bytes, compresslevel=9)


class LoopbackServer:
    """`with LoopbackServer(routes) as server:` serves on server.base_url until the block ends.

    With a server-side `tls` context it speaks HTTPS.
    """

    def __init__(
        self,
        routes: dict[str, Handler] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: ssl.SSLContext | None = None,
    ):
        self.routes: dict[str, Handler] = dict(routes or {})
        self.requests: list[RecordedRequest] = []
        server = self

        class RequestHandler(RecordingHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                self.recorded = RecordedRequest(self.path, dict(self.headers), time.monotonic())
                server.requests.append(self.recorded)
                handler = server.routes.get(self.path.split("?", 1)[0])
                try:
                    if handler is None:
                        send(self, 404, b"not found", {"Content-Type": "text/plain"})
                    else:
                        handler(self)
                finally:
                    self.recorded.ended = time.monotonic()

            def log_message(self, format, *args) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer((host, port), RequestHandler)
        self._httpd.daemon_threads = True
        if tls:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.host, self.port = str(self._httpd.server_address[0]), self._httpd.server_port
        self.base_url = f"{'https' if tls else 'http'}://{self.host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return self.base_url + path

    def hits(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
