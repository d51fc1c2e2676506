"""SSRF beyond tests/unit/test_fetch_http.py: obfuscated addresses, mixed and rebinding DNS answers.

Resolution is patched at the socket layer (socket.getaddrinfo), never the guard, so the real client code
decides; a safety net fails any test that would connect outside loopback.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from pipeline.bench.loopback import LoopbackServer, redirect, static
from pipeline.fetch.guard import AllowRule
from pipeline.fetch.http import HttpClient, HttpPolicy
from tests.unit.test_fetch_http import fetch_error, loopback_only  # noqa: F401 (autouse safety net)

FAST = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=3.0, min_host_delay=0.0)
PAGE = b"<html><body><p>ok</p></body></html>"


def dns(monkeypatch, answers: dict[str, list[list[str]]]) -> dict[str, int]:
    """Each listed name answers with the next address list on each lookup (the last one repeats)."""
    real = socket.getaddrinfo
    lookups = {name: 0 for name in answers}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        sequence = answers[host]
        addresses = sequence[min(lookups[host], len(sequence) - 1)]
        lookups[host] += 1
        return [info for address in addresses for info in real(address, port, *args, **kwargs)]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::1]",
                                  "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "0.0.0.0"])
def test_obfuscated_loopback_addresses_are_fetch_error(host):
    with LoopbackServer({"/": static(PAGE, "text/html")}) as server, HttpClient(FAST) as client:
        error = fetch_error(client, f"http://{host}:{server.port}/")
    # httpx rejects octal quads as an invalid URL; every other spelling resolves to loopback and is refused.
    assert error.reason == ("connection" if host.startswith("0177") else "blocked-address"), error
    assert server.requests == []


def test_an_answer_mixing_public_and_internal_addresses_is_fetch_error(monkeypatch):
    dns(monkeypatch, {"mixed.example.kz": [["93.184.216.34", "127.0.0.1"]]})
    with LoopbackServer({"/": static(PAGE, "text/html")}) as server, HttpClient(FAST) as client:
        error = fetch_error(client, f"http://mixed.example.kz:{server.port}/")
    assert error.reason == "blocked-address" and "127.0.0.1" in error.detail


@pytest.mark.parametrize("address", ["::1", "fd12:3456::1", "fe80::1", "100.64.0.1", "192.168.1.1", "0.0.0.0",
                                     "198.18.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1",
                                     "2002:7f00:1::1", "::7f00:1", "fec0::1"])
def test_names_resolving_to_internal_ranges_are_fetch_error(monkeypatch, address):
    dns(monkeypatch, {"inside.example.kz": [[address]]})
    with HttpClient(FAST, ["127.0.0.1"]) as client:
        assert fetch_error(client, "http://inside.example.kz/").reason == "blocked-address"


def test_rebinding_dns_cannot_swap_the_checked_address(monkeypatch):
    """The first answer is checked and connected to; a later, internal answer is never used."""
    lookups = dns(monkeypatch, {"rebind.example.kz": [["127.0.0.1"], ["10.0.0.1"]]})
    with LoopbackServer({"/": static(PAGE, "text/html")}) as server, \
            HttpClient(FAST, ["rebind.example.kz"]) as client:
        assert client.get(f"http://rebind.example.kz:{server.port}/").status == 200
    assert lookups["rebind.example.kz"] == 1
    assert len(server.requests) == 1


def test_a_redirect_chain_ending_at_the_metadata_service_is_fetch_error(monkeypatch):
    dns(monkeypatch, {"cdn.example.kz": [["127.0.0.1"]], "meta.example.kz": [["169.254.169.254"]]})
    with LoopbackServer() as server:
        server.routes["/a"] = redirect(f"http://cdn.example.kz:{server.port}/b")
        server.routes["/b"] = redirect("http://meta.example.kz/latest/meta-data/iam/")
        with HttpClient(FAST, ["0.0.0.0/0", "::/0"]) as client:
            error = fetch_error(client, server.url("/a"))
    assert error.reason == "blocked-address" and "metadata" in error.detail
    assert [r.path for r in server.requests] == ["/a", "/b"]


def test_an_allowlist_entry_with_a_port_admits_that_port_only():
    with LoopbackServer({"/": static(PAGE, "text/html")}) as allowed, \
            LoopbackServer({"/": static(PAGE, "text/html")}) as other, \
            HttpClient(FAST, [f"127.0.0.1:{allowed.port}"]) as client:
        assert client.get(allowed.url("/")).status == 200
        assert fetch_error(client, other.url("/")).reason == "blocked-address"
    assert other.requests == []


def test_a_feeds_own_allowlist_holds_for_its_fetches_only_even_on_a_pooled_connection():
    with LoopbackServer({"/": static(PAGE, "text/html")}) as server, HttpClient(FAST) as client:
        with client.allowing([f"localhost:{server.port}", f"127.0.0.1:{server.port}"]):
            assert client.get(server.url("/")).status == 200
        # The kept-alive connection to the server is in the pool; another feed's request may not use it.
        assert fetch_error(client, server.url("/")).reason == "blocked-address"
    assert len(server.requests) == 1


@pytest.mark.parametrize(("entry", "rule"), [
    ("127.0.0.1", AllowRule(network=ipaddress.ip_network("127.0.0.1/32"))),
    ("10.0.0.0/8:8080", AllowRule(network=ipaddress.ip_network("10.0.0.0/8"), port=8080)),
    ("[::1]:8765", AllowRule(network=ipaddress.ip_network("::1/128"), port=8765)),
    ("fd00::/8", AllowRule(network=ipaddress.ip_network("fd00::/8"))),
    ("Intranet.Example.:8443", AllowRule(host="intranet.example", port=8443)),
])
def test_allowlist_entries_parse_into_host_network_and_port(entry, rule):
    assert AllowRule.parse(entry) == rule


@pytest.mark.parametrize("entry", ["", "host:0", "host:99999", "host:８０", "[::1]x", "a b", "user@host", "x" * 400])
def test_malformed_allowlist_entries_are_refused(entry):
    with pytest.raises(ValueError, match="not a"):
        AllowRule.parse(entry)
