"""The address guard under the HTTP client: which resolved addresses a fetch may connect to.

The check runs inside httpcore's connection backend, after DNS resolution, on the address actually
connected to (no second lookup an attacker could rebind), so redirects and pooled connections are
covered too. Private, loopback, link-local, multicast, reserved, translated (NAT64, 6to4) and
cloud-metadata addresses are refused unless allowlisted; metadata addresses always. The same backend
holds every socket operation of a fetch to its total deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpcore

# Always refused, even when a broad network is allowlisted: instance credentials live here
# (AWS, ECS tasks, Alibaba, AWS over IPv6, Oracle Cloud, Azure's wire server).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "192.0.0.192",
              "168.63.129.16")
)
# IPv6 ranges that reach IPv4 hosts through a translator or tunnel (NAT64, 6to4), the deprecated
# IPv4-compatible and site-local ranges: Python counts them global, but the address behind one may be
# internal, so they are refused like private ranges (unless allowlisted).
TRANSLATED_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "::/96", "fec0::/10")
)


class BlockedAddress(Exception):
    """Raised by the connection backend when a host resolves to a refused address."""


@dataclass(frozen=True)
class AllowRule:
    """One allowlist entry: a host name, an address or a network, on one port or (port None) on any."""

    host: str = ""
    network: ipaddress.IPv4Network | ipaddress.IPv6Network | None = None
    port: int | None = None

    @classmethod
    def parse(cls, item: str) -> AllowRule:
        """`host`, `address`, `network/bits`, each optionally with `:port` (IPv6 in brackets: `[::1]:8080`).

        ValueError for anything else."""
        text = item.strip().lower() if isinstance(item, str) else ""
        if not text or len(text) > 300:
            raise ValueError(f"not a host, address or network: {str(item)[:100]!r}")
        port = None
        if text.startswith("["):
            text, _, rest = text[1:].partition("]")
            if rest:
                port = cls._port(rest.removeprefix(":"), item)
        elif text.count(":") == 1:
            text, port_text = text.split(":")
            port = cls._port(port_text, item)
        text = text.rstrip(".")
        try:
            return cls(network=ipaddress.ip_network(text, strict=False), port=port)
        except ValueError:
            if not text or any(c in text for c in "/[]@ "):
                raise ValueError(f"not a host, address or network: {str(item)[:100]!r}") from None
            return cls(host=text, port=port)

    @staticmethod
    def _port(text: str, item: str) -> int:
        if not (text.isascii() and text.isdigit() and 0 < int(text) < 65536):
            raise ValueError(f"not a port in {str(item)[:100]!r}")
        return int(text)

    def admits(self, host: str, ip, port: int) -> bool:
        if self.port is not None and port != self.port:
            return False
        if self.host:
            return host == self.host
        return self.network is not None and ip in self.network


class AddressGuard:
    """Decides which resolved addresses may be connected to.

    The allowlist given here holds for every fetch of the client; `HttpClient.allowing` adds entries for
    the fetches of one feed only.
    """

    def __init__(self, allowlist: Iterable[str] = ()):
        self.rules = [AllowRule.parse(item) for item in allowlist]

    def refusal(self, host: str, address: str, port: int, extra: Iterable[AllowRule] = ()) -> str:
        """Why connecting to `address`:`port` (resolved from `host`) is refused, or "" if it is fine."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if ip in METADATA_ADDRESSES:
            return f"{host} resolves to cloud metadata address {ip}"
        name = host.lower().rstrip(".")
        if any(rule.admits(name, ip, port) for rule in (*self.rules, *extra)):
            return ""
        if ip.is_multicast or not ip.is_global or any(ip in net for net in TRANSLATED_NETWORKS):
            return f"{host} resolves to non-public address {ip} (port {port})"
        return ""

    def resolve(self, host: str, port: int, extra: Iterable[AllowRule] = ()) -> list[tuple]:
        """getaddrinfo answers for host, all of which must pass (no mixed public/private answers)."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        for *_, sockaddr in infos:
            reason = self.refusal(host, str(sockaddr[0]), port, extra)
            if reason:
                raise BlockedAddress(reason)
        return infos


class DeadlineExceeded(httpcore.TimeoutException):
    """A socket operation was refused or cut because the fetch's total deadline had passed."""


class _FetchContext:
    """What the fetch each thread is running may do: its deadline, and the allowlist entries of the
    feed it fetches for (a worker thread runs one fetch at a time)."""

    def __init__(self):
        self._local = threading.local()

    @contextmanager
    def until(self, deadline: float) -> Iterator[None]:
        self._local.deadline = deadline
        try:
            yield
        finally:
            self._local.deadline = None

    @contextmanager
    def allowing(self, rules: list[AllowRule]) -> Iterator[None]:
        self._local.rules = rules
        try:
            yield
        finally:
            self._local.rules = []

    @property
    def rules(self) -> list[AllowRule]:
        return getattr(self._local, "rules", [])

    def bound(self, timeout: float | None) -> float | None:
        """`timeout` cut to what is left of the deadline; DeadlineExceeded when nothing is."""
        deadline = getattr(self._local, "deadline", None)
        if deadline is None:
            return timeout
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceeded("fetch deadline exceeded")
        return remaining if timeout is None else min(timeout, remaining)


class _GuardedStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake ends by the fetch's deadline, and which
    serves a request only if the fetch making it may reach the connection's address.

    Read timeouts alone bound the gap between two bytes, not their sum: a server sending one byte
    every few seconds would keep a fetch alive for days. And a pooled connection to an address one
    feed's allowlist admitted must not carry another feed's request.
    """

    def __init__(self, stream: httpcore.NetworkStream, backend: GuardedBackend, host: str, sockaddr: tuple):
        self._stream, self._backend = stream, backend
        self._host, self._sockaddr = host, sockaddr

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._backend.context.bound(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._backend.check(self._host, self._sockaddr)
        self._stream.write(buffer, self._backend.context.bound(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        # The handshake's timeout is a total one (CPython counts it across the handshake's reads).
        secured = self._stream.start_tls(ssl_context, server_hostname, self._backend.context.bound(timeout))
        return _GuardedStream(secured, self._backend, self._host, self._sockaddr)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks, then connects to the checked address itself (no second lookup to rebind);
    the connection it returns keeps to the deadline and allowlist of whichever fetch uses it."""

    def __init__(self, guard: AddressGuard):
        self.guard = guard
        self.context = _FetchContext()

    def check(self, host: str, sockaddr: tuple) -> None:
        reason = self.guard.refusal(host, sockaddr[0], sockaddr[1], self.context.rules)
        if reason:
            raise BlockedAddress(reason)

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        last_error: Exception | None = None
        for *_, sockaddr in self.guard.resolve(host, port, self.context.rules):
            try:
                stream = super().connect_tcp(
                    sockaddr[0], sockaddr[1], self.context.bound(timeout), local_address, socket_options
                )
                return _GuardedStream(stream, self, host, sockaddr)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        raise last_error or httpcore.ConnectError(f"no address for {host}")
