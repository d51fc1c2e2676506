"""The HTTP client against misbehaving servers on loopback (pipeline.bench.loopback)."""

import ipaddress
import socket
import threading
import time

import pytest

from pipeline.bench.loopback import (
    LoopbackServer,
    dripped,
    gzip_bomb,
    redirect,
    reset,
    stall,
    static,
    streamed,
)
from pipeline.fetch.http import FetchError, HttpClient, HttpPolicy

LOCAL = ["127.0.0.1"]
FAST = HttpPolicy(
    connect_timeout=1.0, read_timeout=0.5, deadline=2.0, min_host_delay=0.0, max_page_bytes=1 << 20
)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>http://x/1</link></item></channel></rss>'


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Safety net: whatever the guard does, no test connects anywhere but loopback."""
    connect = socket.socket.connect

    def checked(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            assert ipaddress.ip_address(address[0]).is_loopback, f"test tried to connect to {address}"
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", checked)


def fetch_error(client: HttpClient, url: str, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as caught:
        client.get(url, **kwargs)
    return caught.value


def test_a_server_that_never_answers_times_out():
    with LoopbackServer({"/slow": stall(3)}) as server, HttpClient(FAST, LOCAL) as client:
        started = time.monotonic()
        assert fetch_error(client, server.url("/slow")).reason == "timeout"
        assert time.monotonic() - started < 1.5


def test_a_slow_drip_is_cut_by_the_total_deadline():
    drip = streamed((b"x" for _ in range(100)), delay=0.3)
    with LoopbackServer({"/drip": drip}) as server, HttpClient(FAST, LOCAL) as client:
        started = time.monotonic()
        assert fetch_error(client, server.url("/drip")).reason == "deadline"
        assert time.monotonic() - started < 3.0


def test_a_connection_reset_is_a_connection_failure():
    with LoopbackServer({"/reset": reset}) as server, HttpClient(FAST, LOCAL) as client:
        assert fetch_error(client, server.url("/reset")).reason == "connection"


def test_a_closed_port_is_a_connection_failure():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with HttpClient(FAST, LOCAL) as client:
        assert fetch_error(client, f"http://127.0.0.1:{port}/").reason == "connection"


def test_server_errors_come_back_with_retry_after():
    routes = {"/500": static(b"oops", status=500), "/503": static(b"busy", status=503, Retry_After="120")}
    with LoopbackServer(routes) as server, HttpClient(FAST, LOCAL) as client:
        assert client.get(server.url("/500")).status == 500
        response = client.get(server.url("/503"))
        assert (response.status, response.retry_after) == (503, 120.0)
        # The host asked for two minutes: this run leaves it alone instead of waiting.
        assert fetch_error(client, server.url("/500")).reason == "host-backoff"


def test_429_retry_after_delays_the_next_request_to_that_host():
    policy = HttpPolicy(read_timeout=2.0, min_host_delay=0.0, max_host_wait=5.0)
    routes = {"/limited": static(b"slow down", status=429, Retry_After="1"), "/ok": static(RSS)}
    with LoopbackServer(routes) as server, HttpClient(policy, LOCAL) as client:
        assert client.get(server.url("/limited")).status == 429
        client.get(server.url("/ok"))
        first, second = server.requests
        assert second.started - first.ended >= 0.9


def test_conditional_get_gets_304_without_a_body():
    with LoopbackServer({"/feed": static(RSS)}) as server, HttpClient(FAST, LOCAL) as client:
        first = client.get(server.url("/feed"), kind="feed")
        second = client.get(server.url("/feed"), kind="feed", headers={"If-None-Match": first.header("etag")})
        assert (first.status, first.body) == (200, RSS)
        assert (second.status, second.body, second.wire_bytes) == (304, b"", 0)


def test_a_50_mb_body_is_abandoned_at_the_size_limit():
    chunk = b"a" * 65536
    huge = streamed(chunk for _ in range(800))  # 50 MiB, no Content-Length
    announced = static(b"", content_type="text/html", Content_Length=str(50 << 20))
    with (
        LoopbackServer({"/huge": huge, "/announced": announced}) as server,
        HttpClient(FAST, LOCAL) as client,
    ):
        started = time.monotonic()
        assert fetch_error(client, server.url("/huge")).reason == "too-large"
        assert client.wire_bytes <= (1 << 20) + len(chunk)
        assert fetch_error(client, server.url("/announced")).reason == "too-large"
        assert time.monotonic() - started < 2.0
    assert server.hits("/huge")[0].body_bytes < 50 << 20


def test_a_gzip_bomb_stops_at_the_limit_not_in_memory():
    bomb = gzip_bomb(64 << 20)
    assert len(bomb) < 100_000
    routes = {"/bomb": static(bomb, content_type="text/html", Content_Encoding="gzip")}
    with LoopbackServer(routes) as server, HttpClient(FAST, LOCAL) as client:
        assert fetch_error(client, server.url("/bomb")).reason == "decompression-bomb"


def test_gzip_bodies_are_decoded():
    import gzip

    routes = {"/gz": static(gzip.compress(RSS), Content_Encoding="gzip")}
    with LoopbackServer(routes) as server, HttpClient(FAST, LOCAL) as client:
        response = client.get(server.url("/gz"), kind="feed")
        assert response.body == RSS and "content-encoding" not in response.headers


def test_redirects_are_followed_loops_and_long_chains_refused():
    routes = {"/a": redirect("/b"), "/b": redirect("/a"), "/ok": static(RSS), "/to-ok": redirect("/ok", 301)}
    routes.update({f"/chain{i}": redirect(f"/chain{i + 1}") for i in range(10)})
    with LoopbackServer(routes) as server, HttpClient(FAST, LOCAL) as client:
        response = client.get(server.url("/to-ok"))
        assert (response.status, response.final_url, response.url) == (
            200,
            server.url("/ok"),
            server.url("/to-ok"),
        )
        assert fetch_error(client, server.url("/a")).reason == "redirect-loop"
        assert fetch_error(client, server.url("/chain0")).reason == "too-many-redirects"


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/",
        "http://[::ffff:169.254.169.254]/",
        "http://10.0.0.1/admin",
        "http://224.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1/",
    ],
)
def test_redirects_to_internal_addresses_or_other_schemes_are_refused(target):
    with LoopbackServer({"/go": redirect(target)}) as server, HttpClient(FAST, LOCAL) as client:
        assert fetch_error(client, server.url("/go")).reason in ("blocked-address", "bad-scheme")


@pytest.mark.parametrize("address", ["169.254.169.254", "192.0.0.192", "168.63.129.16", "[fd00:ec2::254]"])
def test_metadata_addresses_are_refused_even_when_allowlisted_broadly(address):
    with HttpClient(FAST, ["0.0.0.0/0", "::/0"]) as client:
        error = fetch_error(client, f"http://{address}/")
    assert error.reason == "blocked-address" and "metadata" in error.detail


def test_loopback_is_refused_unless_allowlisted():
    with LoopbackServer({"/feed": static(RSS)}) as server:
        with HttpClient(FAST) as client:
            assert fetch_error(client, server.url("/feed")).reason == "blocked-address"
        assert server.requests == []


def fake_dns(monkeypatch, answers: dict[str, str]):
    """Patch resolution at the socket layer: the listed names resolve to the given addresses."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            return real(answers[host], port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_dns_answers_pointing_inside_are_refused(monkeypatch):
    fake_dns(monkeypatch, {"news.example.kz": "127.0.0.1", "cdn.example.kz": "127.0.0.1"})
    with LoopbackServer({"/feed": static(RSS)}) as server:
        url = f"http://news.example.kz:{server.port}/feed"
        with HttpClient(FAST) as client:
            assert fetch_error(client, url).reason == "blocked-address"
        assert server.requests == []
        # Allowlisting the address lets the same name through: the resolved address is what is checked.
        with HttpClient(FAST, ["127.0.0.1"]) as client:
            assert client.get(url).status == 200
        assert len(server.requests) == 1


def test_a_redirect_to_a_name_resolving_inside_is_refused(monkeypatch):
    fake_dns(monkeypatch, {"internal.example.kz": "127.0.0.2"})
    with LoopbackServer({"/go": redirect("http://internal.example.kz/secret")}) as server:
        with HttpClient(FAST, ["127.0.0.1"]) as client:
            error = fetch_error(client, server.url("/go"))
    assert error.reason == "blocked-address" and "127.0.0.2" in error.detail


def test_one_request_at_a_time_per_host_with_a_minimum_gap():
    policy = HttpPolicy(min_host_delay=0.2, read_timeout=2.0)
    routes = {f"/p{i}": static(RSS) for i in range(6)}
    with LoopbackServer(routes) as one, LoopbackServer(routes, host="127.0.0.2") as two:
        with HttpClient(policy, ["127.0.0.0/8"]) as client:
            threads = [
                threading.Thread(target=client.get, args=(server.url(f"/p{i}"),))
                for i in range(6)
                for server in (one, two)
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
    for server in (one, two):
        times = sorted((r.started, r.ended) for r in server.requests)
        assert len(times) == 6
        for (_, previous_end), (next_start, _) in zip(times, times[1:], strict=False):
            assert next_start - previous_end >= 0.18  # never overlapping, always spaced
    assert elapsed < 6 * 0.2 * 2  # the two hosts were served in parallel


def test_user_agent_names_the_project():
    with LoopbackServer({"/feed": static(RSS)}) as server, HttpClient(FAST, LOCAL) as client:
        client.get(server.url("/feed"))
    assert server.requests[0].headers["User-Agent"].startswith("canews/")


# Timeouts far above the deadline, so that only the deadline can end these fetches.
PATIENT = HttpPolicy(connect_timeout=30.0, read_timeout=30.0, deadline=2.0, min_host_delay=0.0)
DRIP_DELAY = 0.3


def test_headers_dripped_one_byte_at_a_time_are_cut_at_the_deadline():
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"p" * 60 + b"\r\n\r\nbody"
    full_drip = len(raw) * DRIP_DELAY
    with LoopbackServer({"/drip": dripped(raw, DRIP_DELAY)}) as server, HttpClient(PATIENT, LOCAL) as client:
        started = time.monotonic()
        assert fetch_error(client, server.url("/drip")).reason == "deadline"
        elapsed = time.monotonic() - started
    assert elapsed < full_drip / 4, f"{elapsed:.1f}s of a {full_drip:.0f}s drip"


def test_a_tls_handshake_dripped_one_byte_at_a_time_is_cut_at_the_deadline():
    # A TLS record header announcing 16 KB, then its bytes one at a time: the handshake never completes.
    raw = b"\x16\x03\x03\x40\x00" + b"\x00" * 200
    full_drip = len(raw) * DRIP_DELAY
    with socket.create_server(("127.0.0.1", 0)) as listener:

        def drip() -> None:
            connection, _ = listener.accept()
            with connection:
                for byte in raw:
                    try:
                        connection.sendall(bytes([byte]))
                    except OSError:
                        return
                    time.sleep(DRIP_DELAY)

        threading.Thread(target=drip, daemon=True).start()
        with HttpClient(PATIENT, LOCAL) as client:
            started = time.monotonic()
            assert fetch_error(client, f"https://127.0.0.1:{listener.getsockname()[1]}/").reason == "deadline"
            elapsed = time.monotonic() - started
    assert elapsed < full_drip / 4, f"{elapsed:.1f}s of a {full_drip:.0f}s drip"
