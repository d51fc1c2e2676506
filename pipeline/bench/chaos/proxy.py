"""An HTTP proxy on loopback in front of the shared Elasticsearch node, injecting the failures a client
sees from a real node in trouble.

It can cut the network in the middle of a bulk request (half of its items reach Elasticsearch, then every
connection is reset until it is restored) and answer bulk items or whole requests with 429. Stopping a
second node instead would cost a JVM on a 2-core machine, and a tiny `thread_pool.write.queue_size` is a
node-level static setting that would slow every other user of the shared node; the proxy injects the same
failures the client sees from a real node (connection reset, `es_rejected_execution_exception`) and
nothing else.
"""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass, field, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from pipeline.bench.loopback import PromptHandler, reset


@dataclass
class ProxyFaults:
    """What the proxy does to the next requests; counters say what it did."""

    down: bool = False  # every request: connection reset
    cut_next_bulk: bool = False  # forward half of the next bulk's items, then go down
    reject_bulk_requests: int = 0  # this many bulk requests answered with a whole-request 429
    reject_bulk_items: int = 0  # this many bulk requests get every other item refused with 429
    hold_bulk: threading.Event | None = None  # when set: a bulk request waits here (for a kill)
    bulk_seen: threading.Event = field(default_factory=threading.Event)
    requests: int = 0
    bulk_requests: int = 0
    resets: int = 0
    rejected_requests: int = 0
    rejected_items: int = 0

    def counters(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.type == "int" and not f.name.startswith("reject_")}


REJECTED = {"type": "es_rejected_execution_exception", "reason": "rejected execution (write queue full)"}


def _bulk_pairs(body: bytes) -> list[list[bytes]]:
    """NDJSON bulk body -> one list of lines per operation (delete has no source line)."""
    lines = [line for line in body.split(b"\n") if line.strip()]
    operations, i = [], 0
    while i < len(lines):
        action = json.loads(lines[i])
        width = 1 if "delete" in action else 2
        operations.append(lines[i : i + width])
        i += width
    return operations


class EsProxy:
    """`with EsProxy(upstream) as proxy:` point ES_URL at proxy.url and steer `proxy.faults`."""

    def __init__(self, upstream: str):
        parts = urlsplit(upstream)
        if not parts.hostname:
            raise ValueError(f"no host in the Elasticsearch URL {upstream[:200]!r}")
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.faults = ProxyFaults()
        self._lock = threading.Lock()
        proxy = self

        class Handler(PromptHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any  # noqa: N815 (http.server's naming)

            def log_message(self, format, *args) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> EsProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.faults.hold_bulk is not None:
            self.faults.hold_bulk.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _forward(self, method: str, path: str, headers: dict, body: bytes) -> tuple[int, list, bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=120)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        headers = {k: v for k, v in req.headers.items() if k.lower() not in ("host", "connection")}
        faults = self.faults
        is_bulk = "/_bulk" in urlsplit(req.path).path and req.command in ("POST", "PUT")
        with self._lock:
            faults.requests += 1
            if faults.down:
                faults.resets += 1
                return reset(req)  # a TCP reset, as from a node that went away
            reject_request = is_bulk and faults.reject_bulk_requests > 0
            reject_items = is_bulk and not reject_request and faults.reject_bulk_items > 0
            cut = is_bulk and faults.cut_next_bulk
            if is_bulk:
                faults.bulk_requests += 1
                faults.reject_bulk_requests -= reject_request
                faults.reject_bulk_items -= reject_items
                faults.cut_next_bulk = faults.cut_next_bulk and not cut
        if is_bulk:
            faults.bulk_seen.set()
            if faults.hold_bulk is not None:
                faults.hold_bulk.wait()
        if reject_request:
            faults.rejected_requests += 1
            error = {"error": REJECTED, "status": 429}
            return self._reply(req, 429, [("Content-Type", "application/json")], json.dumps(error).encode())
        if cut:
            operations = _bulk_pairs(body)
            half = b"".join(line + b"\n" for op in operations[: len(operations) // 2] for line in op)
            if half:
                self._forward(req.command, req.path, {**headers, "Content-Length": str(len(half))}, half)
            with self._lock:
                faults.down, faults.resets = True, faults.resets + 1
            return reset(req)  # a TCP reset, as from a node that went away
        if reject_items:
            return self._reject_items(req, headers, body)
        status_code, response_headers, payload = self._forward(req.command, req.path, headers, body)
        self._reply(req, status_code, response_headers, payload)

    def _reject_items(self, req: BaseHTTPRequestHandler, headers: dict, body: bytes) -> None:
        """Forward every other operation; answer the rest as an overloaded node does, item by item."""
        operations = _bulk_pairs(body)
        passed = [op for i, op in enumerate(operations) if i % 2 == 0]
        data = b"".join(line + b"\n" for op in passed for line in op)
        status_code, response_headers, payload = self._forward(
            req.command, req.path, {**headers, "Content-Length": str(len(data))}, data)
        forwarded = iter(json.loads(payload)["items"]) if status_code == 200 else None
        if forwarded is None:
            return self._reply(req, status_code, response_headers, payload)
        items = []
        for i, op in enumerate(operations):
            if i % 2 == 0:
                items.append(next(forwarded))
                continue
            action, meta = next(iter(json.loads(op[0]).items()))
            self.faults.rejected_items += 1
            items.append({action: {"_id": meta.get("_id"), "status": 429, "error": REJECTED}})
        merged = json.dumps({"took": 1, "errors": True, "items": items}).encode()
        self._reply(req, 200, [("Content-Type", "application/json")], merged)

    @staticmethod
    def _reply(req: BaseHTTPRequestHandler, code: int, headers: list, payload: bytes) -> None:
        req.send_response(code)
        skip = {"content-length", "transfer-encoding", "connection"}
        sent = {name.lower() for name, _ in headers}
        for name, value in headers:
            if name.lower() not in skip:
                req.send_header(name, value)
        if "x-elastic-product" not in sent:
            req.send_header("X-Elastic-Product", "Elasticsearch")
        req.send_header("Content-Length", str(len(payload)))
        req.end_headers()
        if req.command != "HEAD":
            req.wfile.write(payload)
