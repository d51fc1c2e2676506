"""robots.txt for article fetches, fetched once per host and cached (RFC 9309 semantics).

A missing robots.txt (4xx) allows everything; one that can't be fetched
(5xx, timeout, refused) disallows the host for the cache period, as the RFC asks.
A host at a refused address is not a robots question: its FetchError goes to the
caller, so the page is reported as "blocked-address".
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pipeline.fetch.charset import decode
from pipeline.fetch.http import FetchError, HttpClient, host_key

ROBOTS_TTL = 6 * 3600.0


class RobotsCache:
    def __init__(self, client: HttpClient, ttl: float = ROBOTS_TTL):
        self.client = client
        self.ttl = ttl
        self.agent = client.policy.user_agent.split("/", 1)[0]
        self._rules: dict[str, tuple[float, RobotFileParser | None, bool]] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        _, rules, allow_all = self._cached(url)
        if rules is None:
            return allow_all
        return rules.can_fetch(self.agent, url)

    def sitemaps(self, url: str) -> list[str]:
        """The `Sitemap:` lines of the robots.txt of url's host; none when it has no usable one."""
        rules = self._cached(url)[1]
        return list(rules.site_maps() or []) if rules else []

    def _cached(self, url: str) -> tuple[float, RobotFileParser | None, bool]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            cached = self._rules.get(origin)
        if cached is None or cached[0] < time.monotonic():
            cached = self._load(origin)
            with self._lock:
                self._rules[origin] = cached
        return cached

    def _load(self, origin: str) -> tuple[float, RobotFileParser | None, bool]:
        expires = time.monotonic() + self.ttl
        try:
            response = self.client.get(f"{origin}/robots.txt", kind="robots")
        except FetchError as error:
            if error.reason == "blocked-address":
                raise
            return expires, None, False
        if 400 <= response.status < 500:
            return expires, None, True
        if response.status >= 300:  # 5xx, or a redirect chain that never ended in an answer
            return expires, None, False
        rules = RobotFileParser()
        rules.parse(decode(response.body, response.header("content-type"))[0].splitlines())
        delay = rules.crawl_delay(self.agent)
        if delay:
            self.client.gate.set_delay(host_key(origin), float(delay))
        return expires, rules, True
