"""The one HTTP client every feed and page request goes through.

What it guarantees, whatever the server does:
- only http and https; at most `max_redirects` hops, loops detected;
- every connection goes to an address checked *after* DNS resolution by
  `pipeline.fetch.guard` (inside the connection backend, so redirects and pooled hosts
  are covered): non-public addresses are refused unless allowlisted (host, address or
  network, optionally one port only; for every fetch or, with `allowing`, for one
  feed's); cloud-metadata addresses always;
- connect and read timeouts plus a total deadline per fetch, enforced on every socket
  operation (connect, TLS handshake, request, headers, body), so a server dripping one
  byte at a time is cut off at the deadline;
- a body limit enforced while streaming (feeds and pages have their own), and
  decompression done here in bounded steps so a gzip bomb stops at the limit;
- per-host politeness: one request at a time per host, a minimum delay between
  requests, longer when the server asks (Retry-After, robots Crawl-delay).
"""

from __future__ import annotations

import email.utils
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from pipeline.fetch.guard import AddressGuard, AllowRule, BlockedAddress, DeadlineExceeded, GuardedBackend
from pipeline.utc import as_utc

USER_AGENT = "canews/0.1 (Central Asia news ingest; respects robots.txt)"
DAY = 24 * 3600.0


@dataclass(frozen=True)
class HttpPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # seconds for a whole fetch, redirects included
    max_feed_bytes: int = 10 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024
    max_robots_bytes: int = 512 * 1024
    max_error_body_bytes: int = 64 * 1024  # a 4xx/5xx body is kept only this far
    max_redirects: int = 5
    min_host_delay: float = 1.0  # seconds between two requests to one host
    max_host_wait: float = 30.0  # longer waits (Retry-After, Crawl-delay) skip the host for this run
    user_agent: str = USER_AGENT


class FetchError(Exception):
    """A fetch that produced no usable response. `reason` is a short stable code for counting."""

    def __init__(self, reason: str, detail: str = "", retry_after: float | None = None):
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    wire_bytes: int  # body bytes as received, before decompression

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.header("retry-after"))


def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), capped at a day."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), DAY)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max((as_utc(when) - (now or datetime.now(UTC))).total_seconds(), 0.0), DAY)


class HostGate:
    """One request at a time per host, with a minimum gap between requests.

    Holds within a process; across workers, `pipeline.fetch.run.host_batches` puts
    all feeds of a host in one batch so that one worker talks to a host at a time.
    """

    def __init__(self, min_delay: float, max_wait: float):
        self.min_delay = min_delay
        self.max_wait = max_wait
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._next_allowed: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def _lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def set_delay(self, host: str, seconds: float) -> None:
        """A host-specific minimum gap (robots Crawl-delay), never below the policy's."""
        self._delays[host] = max(self.min_delay, seconds)

    def defer(self, host: str, seconds: float) -> None:
        """The host asked us to wait (Retry-After)."""
        with self._guard:
            self._next_allowed[host] = max(self._next_allowed.get(host, 0.0), time.monotonic() + seconds)

    def wait_for(self, host: str) -> float:
        return max(0.0, self._next_allowed.get(host, 0.0) - time.monotonic())

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock(host):
            wait = self.wait_for(host)
            if wait > self.max_wait:
                raise FetchError("host-backoff", f"{host} asked us to wait {wait:.0f}s", retry_after=wait)
            if wait:
                time.sleep(wait)
            try:
                yield
            finally:
                gap = self._delays.get(host, self.min_delay)
                with self._guard:
                    self._next_allowed[host] = max(self._next_allowed.get(host, 0.0), time.monotonic() + gap)


class _BoundedDecoder:
    """Content-Encoding decoding that never produces more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.produced = 0
        self.encoded = encoding not in ("", "identity")
        self._zlib: zlib._Decompress | None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        elif not self.encoded:
            self._zlib = None
        else:
            raise FetchError("unsupported-encoding", encoding)

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self.limit:
            reason = "decompression-bomb" if self.encoded else "too-large"
            raise FetchError(reason, f"body exceeds {self.limit} bytes")
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self._zlib is None:
            return self._count(chunk)
        out = []
        try:
            data = chunk
            while data:
                out.append(self._count(self._zlib.decompress(data, self.limit - self.produced + 1)))
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            raise FetchError("bad-encoding", str(exc)) from None
        return b"".join(out)

    def flush(self) -> bytes:
        return self._count(self._zlib.flush()) if self._zlib is not None else b""


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


class HttpClient:
    """Guarded, polite, limited GETs. Non-2xx answers are returned, transport failures raise FetchError."""

    def __init__(self, policy: HttpPolicy | None = None, allowlist: Iterable[str] = ()):
        self.policy = policy or HttpPolicy()
        self.gate = HostGate(self.policy.min_host_delay, self.policy.max_host_wait)
        self.requests_made = 0
        self.wire_bytes = 0
        self._counting = threading.Lock()  # the counters are shared by the round's worker threads
        transport = httpx.HTTPTransport()
        self._backend = GuardedBackend(AddressGuard(allowlist))
        # httpx has no public hook for the network backend; the pool is rebuilt with the guarded one.
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=self._backend,
        )
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def allowing(self, allowlist: Iterable[str]) -> Iterator[None]:
        """Fetches made in this block (by this thread) may also reach what `allowlist` admits: the
        entries of one feed, which hold for that feed's fetches only."""
        with self._backend.context.allowing([AllowRule.parse(item) for item in allowlist]):
            yield

    def limit_for(self, kind: str) -> int:
        return {"feed": self.policy.max_feed_bytes, "robots": self.policy.max_robots_bytes}.get(
            kind, self.policy.max_page_bytes
        )

    def get(self, url: str, *, kind: str = "page", headers: dict[str, str] | None = None) -> Response:
        """GET with redirects followed by hand, so each hop is checked like the first."""
        deadline = time.monotonic() + self.policy.deadline
        with self._backend.context.until(deadline):
            return self._follow(url, kind, headers or {}, deadline)

    def _follow(self, url: str, kind: str, headers: dict[str, str], deadline: float) -> Response:
        seen: list[str] = []
        current = url
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError("bad-scheme", f"refusing {current[:200]!r}")
            seen.append(current)
            response = self._get_once(current, kind, headers, deadline)
            location = response.header("location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                response.url = url
                return response
            current = urljoin(current, location.strip())
            if current in seen:
                raise FetchError("redirect-loop", f"{current[:200]} seen twice")
            if len(seen) > self.policy.max_redirects:
                raise FetchError("too-many-redirects", f"more than {self.policy.max_redirects}")

    def _get_once(self, url: str, kind: str, headers: dict[str, str], deadline: float) -> Response:
        host = host_key(url)
        with self.gate.slot(host):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError("deadline", f"{self.policy.deadline}s exceeded")
            timeout = httpx.Timeout(
                connect=min(self.policy.connect_timeout, remaining),
                read=min(self.policy.read_timeout, remaining),
                write=min(self.policy.read_timeout, remaining),
                pool=min(self.policy.connect_timeout, remaining),
            )
            with self._counting:
                self.requests_made += 1
            try:
                with self._client.stream("GET", url, headers=headers, timeout=timeout) as response:
                    result = self._read(url, response, kind, deadline)
            except BlockedAddress as exc:
                raise FetchError("blocked-address", str(exc)) from None
            except httpx.TimeoutException as exc:
                if isinstance(exc.__cause__, DeadlineExceeded) or time.monotonic() >= deadline:
                    raise FetchError("deadline", f"{self.policy.deadline}s exceeded") from None
                raise FetchError("timeout", type(exc).__name__) from None
            except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise FetchError("connection", f"{type(exc).__name__}: {exc}"[:300]) from None
            if result.status in (429, 503) and result.retry_after:
                self.gate.defer(host, result.retry_after)
            return result

    def _read(self, url: str, response: httpx.Response, kind: str, deadline: float) -> Response:
        headers = {k.lower(): v for k, v in response.headers.items()}
        limit = self.limit_for(kind) if response.status_code < 400 else self.policy.max_error_body_bytes
        declared = headers.get("content-length", "")
        if response.status_code < 300 and declared.isdigit() and int(declared) > limit:
            if "content-encoding" not in headers:
                raise FetchError("too-large", f"Content-Length {declared} > {limit}")
        decoder = _BoundedDecoder(headers.get("content-encoding", "").strip().lower(), limit)
        chunks, wire = [], 0
        body_wanted = response.status_code not in (204, 304) and not (300 <= response.status_code < 400)
        try:
            if body_wanted:
                for raw in response.iter_raw():
                    wire += len(raw)
                    with self._counting:
                        self.wire_bytes += len(raw)
                    if time.monotonic() > deadline:
                        raise FetchError("deadline", f"{self.policy.deadline}s exceeded while reading")
                    try:
                        chunks.append(decoder.feed(raw))
                    except FetchError as exc:
                        if exc.reason in ("too-large", "decompression-bomb") and response.status_code >= 400:
                            break  # an error body is only evidence; what we have is enough
                        raise
                else:
                    chunks.append(decoder.flush())
        except httpx.RemoteProtocolError as exc:
            raise FetchError("connection", f"response cut short: {exc}"[:300]) from None
        headers.pop("content-encoding", None)
        headers.pop("transfer-encoding", None)
        headers.pop("content-length", None)
        return Response(url, str(response.url), response.status_code, headers, b"".join(chunks), wire)
