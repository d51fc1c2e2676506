"""The poll benchmark: many feeds on a few loopback hosts, polled cold and then warm.

Cold: every feed is downloaded and every article fetched and archived. Between the
rounds one feed per host gains a new item; warm, the other feeds should answer
their conditional GET with 304, so the warm round costs a fraction of the cold one.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta

from pipeline.archive import Archive
from pipeline.bench.loopback import LoopbackServer, static
from pipeline.fetch.http import HttpPolicy
from pipeline.fetch.run import PollSummary, poll_and_fetch
from pipeline.records import Feed

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    + "<p>Foreign ministers of Kazakhstan and Uzbekistan discussed transit corridors and water. </p>" * 20
    + "</article></body></html>"
)


def _feed_xml(base_url: str, feed: int, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Feed {feed} story {i}</title><link>{base_url}/f{feed}/a{i}</link>"
        f"<pubDate>Tue, 24 Nov 2026 {i % 24:02d}:00:00 +0000</pubDate></item>"
        for i in range(items)
    )
    channel = f"<title>Feed {feed}</title>{entries}"
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}</channel></rss>'.encode()


def _publish(server: LoopbackServer, feed: int, items: int) -> None:
    """(Re)publish a feed with `items` entries, the newest first, and their article pages."""
    for i in range(items):
        title = f"Feed {feed} story {i}"
        server.routes[f"/f{feed}/a{i}"] = static(PAGE.format(title=title).encode(), content_type="text/html")
    server.routes[f"/f{feed}/rss.xml"] = static(_feed_xml(server.base_url, feed, items))


def _round(name: str, summary: PollSummary, seconds: float) -> dict:
    totals = summary.totals
    return {
        "round": name,
        "requests": totals["requests"],
        "body_bytes": totals["wire_bytes"],
        "wall_s": round(seconds, 2),
        "feeds_polled": totals["feeds_polled"],
        "feeds_not_modified": totals["feeds_not_modified"],
        "feeds_unchanged": totals["feeds_unchanged"],
        "feeds_failed": totals["feeds_failed"],
        "new_articles": totals["new_articles"],
        "fetch_failures": totals["fetch_failures"],
        "no_full_download_share": round(totals["feeds_not_modified"] / max(totals["feeds_polled"], 1), 3),
    }


def run_poll_bench(es, feeds: int = 50, items: int = 20, hosts: int = 5, min_delay: float = 0.02) -> dict:
    """Cold then warm poll of `feeds` feeds spread over `hosts` loopback addresses; figures of both."""
    policy = HttpPolicy(min_host_delay=min_delay, connect_timeout=2.0, read_timeout=5.0)
    index = f"bench-news-feeds-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    with ExitStack() as stack:
        servers = [stack.enter_context(LoopbackServer(host=f"127.0.0.{2 + h}")) for h in range(hosts)]
        archive = Archive(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-poll-")))
        feed_list = []
        for n in range(feeds):
            server = servers[n % hosts]
            _publish(server, n, items)
            feed_list.append(Feed(name=f"Bench feed {n}", url=server.url(f"/f{n}/rss.xml"), country="KZ"))

        def poll(at: datetime) -> tuple[PollSummary, float]:
            started = time.perf_counter()
            summary = poll_and_fetch(
                feed_list, es=es, archive=archive, allowlist=["127.0.0.0/8"], now=at, policy=policy,
                state_index=index, is_indexed=lambda urls: set(), max_workers=hosts,
                max_articles_per_feed=items,
            )  # fmt: skip
            return summary, time.perf_counter() - started

        try:
            cold, cold_s = poll(now)
            for n in range(hosts):  # one feed per host publishes a new story
                _publish(servers[n], n, items + 1)
            warm, warm_s = poll(now + timedelta(days=1))
        finally:
            es.indices.delete(index=index, ignore_unavailable=True)
    rounds = [_round("cold", cold, cold_s), _round("warm", warm, warm_s)]
    return {
        "feeds": feeds,
        "items_per_feed": items,
        "hosts": hosts,
        "min_host_delay_s": min_delay,
        "rounds": rounds,
        "warm_vs_cold": {
            "requests": round(rounds[1]["requests"] / max(rounds[0]["requests"], 1), 3),
            "body_bytes": round(rounds[1]["body_bytes"] / max(rounds[0]["body_bytes"], 1), 4),
            "wall_s": round(warm_s / cold_s, 3),
        },
    }
