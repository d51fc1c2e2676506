"""robots.txt for article fetches: rules honoured, cached per host, RFC 9309 failure semantics."""

from types import SimpleNamespace

import pytest

from pipeline.bench.loopback import LoopbackServer, static
from pipeline.fetch import robots as robots_module
from pipeline.fetch.http import FetchError, HttpClient, HttpPolicy
from pipeline.fetch.robots import RobotsCache

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, min_host_delay=0.0)
ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: canews\nDisallow: /no-bots/\nCrawl-delay: 1\n"


def test_rules_for_our_agent_are_honoured_and_fetched_once_per_host():
    routes = {"/robots.txt": static(ROBOTS, content_type="text/plain"), "/news/1": static(b"<p>x</p>")}
    with LoopbackServer(routes) as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        robots = RobotsCache(client)
        assert robots.allowed(server.url("/news/1"))
        assert not robots.allowed(server.url("/no-bots/1"))
        assert robots.allowed(server.url("/private/1"))  # that group is for other agents
        assert len(server.hits("/robots.txt")) == 1
        # Crawl-delay widens the gap between our requests to that host.
        client.get(server.url("/news/1"))
        client.get(server.url("/news/1"))
    first, second = server.hits("/news/1")
    assert second.started - first.ended >= 0.9


def test_missing_robots_allows_and_unreachable_robots_disallows():
    broken_robots = {"/robots.txt": static(b"down", status=500)}
    with LoopbackServer({}) as missing, LoopbackServer(broken_robots) as broken:
        with HttpClient(POLICY, ["127.0.0.1"]) as client:
            robots = RobotsCache(client)
            assert robots.allowed(missing.url("/news/1"))
            assert not robots.allowed(broken.url("/news/1"))


def test_a_host_at_a_refused_address_is_reported_as_blocked_not_as_disallowed():
    with LoopbackServer({}) as server, HttpClient(POLICY) as client:  # loopback not allowlisted
        with pytest.raises(FetchError) as refused:
            RobotsCache(client).allowed(server.url("/news/1"))
    assert refused.value.reason == "blocked-address"
    assert server.hits("/robots.txt") == []


def test_cached_rules_expire(monkeypatch):
    # The cache's own clock, moved by hand: a fetch slower than the TTL on a busy machine would expire it early.
    now = [1000.0]
    monkeypatch.setattr(robots_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    routes = {"/robots.txt": static(b"User-agent: *\nDisallow: /\n", content_type="text/plain")}
    with LoopbackServer(routes) as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        robots = RobotsCache(client, ttl=60)
        assert not robots.allowed(server.url("/a"))
        server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        now[0] += 59
        assert not robots.allowed(server.url("/a"))
        now[0] += 2
        assert robots.allowed(server.url("/a"))
        assert len(server.hits("/robots.txt")) == 2
