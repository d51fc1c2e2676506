"""Small outlets shaped like the region's CMSs (tests/fixtures/outlets), served over HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from pipeline.bench.loopback import Handler, LoopbackServer, redirect, static

FIXTURES = Path(__file__).parent / "fixtures" / "outlets"
# Per site: URL path -> file, or -> ("redirect", target path).
SITES: dict[str, dict[str, str | tuple[str, str]]] = {
    "wordpress": {"/": "index.html", "/feed/": "feed.xml", "/comments/feed/": "comments.xml"},
    "pangea": {"/": "index.html", "/api/": "api.xml"},
    "bitrix": {"/": "index.html", "/rss": ("redirect", "/rss/"), "/rss/": "rss.xml", "/feed/": "index.html"},
    "ghost": {"/en": ("redirect", "/"), "/": "index.html", "/rss/": "rss.xml"},
    "sputnik": {
        "/": "index.html",
        "/export/rss2/archive/index.xml": "archive.xml",
        "/robots.txt": "robots.txt",
        "/sitemap_index.xml": "sitemap_index.xml",
        "/sitemap_news.xml": "sitemap_news.xml",
        "/sitemap_2019_01.xml": "sitemap_2019_01.xml",
    },
    "nofeed": {"/": "index.html"},
}
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain"}


def render(site: str, name: str, base_url: str, now: datetime) -> bytes:
    """A fixture file with its placeholders filled in: the site's address and dates relative to `now`."""
    recent = now - timedelta(hours=2)
    values = {
        "{base}": base_url,
        "{recent_rfc}": format_datetime(recent),
        "{recent_iso}": recent.isoformat(),
        "{old_iso}": (now - timedelta(days=7 * 365)).isoformat(),
    }
    text = (FIXTURES / site / name).read_text(encoding="utf-8")
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text.encode("utf-8")


def outlet_routes(site: str, base_url: str, now: datetime) -> dict[str, Handler]:
    routes: dict[str, Handler] = {}
    for path, target in SITES[site].items():
        if isinstance(target, tuple):
            routes[path] = redirect(target[1], 301)
        else:
            content_type = CONTENT_TYPES[Path(target).suffix]
            routes[path] = static(render(site, target, base_url, now), content_type)
    return routes


@contextmanager
def serve_outlets(*sites: str, now: datetime) -> Iterator[dict[str, LoopbackServer]]:
    """Each named site on its own loopback port for the duration of the block."""
    with ExitStack() as stack:
        servers = {}
        for site in sites:
            server = stack.enter_context(LoopbackServer())
            server.routes.update(outlet_routes(site, server.base_url, now))
            servers[site] = server
        yield servers
