"""The offline demo news sites: sample outlets served over real HTTP on loopback.

The demo, the tests and the DAGs poll these when no internet is at hand. The
content lives in demo/: outlets.yaml, articles.yaml (sample articles written for
the demo) and one page template per outlet, with the boilerplate of a real news
site around the article. Each outlet serves

    /<outlet>/                    a list of its headlines
    /<outlet>/feed.xml            RSS 2.0 or Atom
    /<outlet>/news/<slug>.html    the article pages
    /<outlet>/media/<slug>.svg    the article photos

plus /robots.txt (allow all). Everything is rendered once at start-up from
deterministic content, so every response has a stable ETag and conditional GETs
are answered with 304 Not Modified.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from string import Template
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

import yaml

from pipeline.config import PROJECT_ROOT

DEMO_DIR = PROJECT_ROOT / "demo"
DEMO_FEEDS_CONFIG = PROJECT_ROOT / "config" / "feeds.demo.yaml"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
# The base URL written in config/feeds.demo.yaml; demo_feeds_config() swaps it for the running one.
CONFIG_BASE_URL = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}"

FEED_MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    tagline: str
    language: str
    country: str
    feed_type: str  # "rss" or "atom"
    template: str

    def home_url(self, base_url: str) -> str:
        return f"{base_url}/{self.slug}/"

    def feed_url(self, base_url: str) -> str:
        return f"{base_url}/{self.slug}/feed.xml"


@dataclass(frozen=True)
class Article:
    outlet: Outlet
    slug: str
    title: str
    published: datetime
    author: str
    summary: str
    paragraphs: tuple[str, ...]
    photo_caption: str
    language: str
    url: str
    photo_url: str

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@cache
def outlets() -> tuple[Outlet, ...]:
    data = yaml.safe_load((DEMO_DIR / "outlets.yaml").read_text(encoding="utf-8"))
    return tuple(Outlet(**entry) for entry in data["outlets"])


@cache
def _article_records() -> tuple[dict, ...]:
    data = yaml.safe_load((DEMO_DIR / "articles.yaml").read_text(encoding="utf-8"))
    return tuple(data["articles"])


def articles(base_url: str = CONFIG_BASE_URL) -> list[Article]:
    """The sample articles, newest first, with their absolute URLs under `base_url`."""
    by_slug = {outlet.slug: outlet for outlet in outlets()}
    result = []
    for record in _article_records():
        outlet = by_slug[record["outlet"]]
        outlet_url = f"{base_url}/{outlet.slug}"
        result.append(
            Article(
                outlet=outlet,
                slug=record["slug"],
                title=record["title"],
                published=datetime.fromisoformat(record["published"]),
                author=record["author"],
                summary=record["summary"],
                paragraphs=tuple(record["paragraphs"]),
                photo_caption=record["photo_caption"],
                language=record.get("language", outlet.language),
                url=f"{outlet_url}/news/{record['slug']}.html",
                photo_url=f"{outlet_url}/media/{record['slug']}.svg",
            )
        )
    return sorted(result, key=lambda article: article.published, reverse=True)


def demo_feeds_config(base_url: str) -> str:
    """The text of config/feeds.demo.yaml for demo sites running at `base_url`."""
    base_url = base_url.rstrip("/")
    host = urlsplit(base_url).hostname or DEFAULT_HOST
    text = DEMO_FEEDS_CONFIG.read_text(encoding="utf-8").replace(CONFIG_BASE_URL, base_url)
    # Only the allowlist has the host in quotes; the feed URLs were replaced above.
    return text.replace(json.dumps(DEFAULT_HOST), json.dumps(host))


# --- Rendering -------------------------------------------------------------------------


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    last_modified: datetime | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'


def _article_page(article: Article, base_url: str, related: list[Article]) -> str:
    template = Template((DEMO_DIR / "templates" / article.outlet.template).read_text(encoding="utf-8"))
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published.isoformat(),
        "author": {"@type": "Person", "name": article.author},
        "publisher": {"@type": "Organization", "name": article.outlet.name},
        "mainEntityOfPage": article.url,
        "inLanguage": article.language,
    }
    body = "\n".join(f"      <p>{html.escape(paragraph)}</p>" for paragraph in article.paragraphs)
    related_links = "\n".join(
        f'      <p class="read-more"><a href="{html.escape(other.url)}">{html.escape(other.title)}</a> '
        f'<a href="{html.escape(other.url)}">Read more</a></p>'
        for other in related
    )
    values = {
        "lang": article.language,
        "title": article.title,
        "canonical": article.url,
        "description": article.summary,
        "published_iso": article.published.isoformat(),
        "published_display": article.published.strftime("%d.%m.%Y %H:%M"),
        "author": article.author,
        "outlet_name": article.outlet.name,
        "outlet_home": article.outlet.home_url(base_url),
        "feed_url": article.outlet.feed_url(base_url),
        "feed_mime": FEED_MEDIA_TYPES[article.outlet.feed_type],
        "photo_url": article.photo_url,
        "photo_caption": article.photo_caption,
        "share_url_q": quote(article.url, safe=""),
        "share_text_q": quote(article.title, safe=""),
    }
    escaped = {name: html.escape(value) for name, value in values.items()}
    # "</" would end the script element early; JSON allows it escaped as "<\/".
    escaped["jsonld"] = json.dumps(json_ld, ensure_ascii=False).replace("</", "<\\/")
    return template.substitute(escaped, body=body, related=related_links)


def _outlet_home(outlet: Outlet, base_url: str, items: list[Article]) -> str:
    headlines = "\n".join(
        f'<li><a href="{html.escape(item.url)}">{html.escape(item.title)}</a> '
        f"<time>{item.published.date().isoformat()}</time></li>"
        for item in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{outlet.language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(outlet.name)}</title>"
        f'<link rel="alternate" type="{FEED_MEDIA_TYPES[outlet.feed_type]}" '
        f'href="{html.escape(outlet.feed_url(base_url))}"></head>'
        f"<body><h1>{html.escape(outlet.name)}</h1><p>{html.escape(outlet.tagline)}</p>"
        f"<ul>\n{headlines}\n</ul><footer>Sample content for the offline demo.</footer></body></html>\n"
    )


def _element(tag: str, text: str = "", **attributes: str) -> str:
    """One XML element with escaped text and attributes."""
    attrs = "".join(f" {name}={quoteattr(value)}" for name, value in attributes.items())
    return f"<{tag}{attrs}>{escape(text)}</{tag}>" if text else f"<{tag}{attrs}/>"


def _rss_feed(outlet: Outlet, base_url: str, items: list[Article]) -> str:
    channel = [
        _element("title", outlet.name),
        _element("link", outlet.home_url(base_url)),
        _element("description", outlet.tagline),
        _element("language", outlet.language),
        _element("lastBuildDate", format_datetime(items[0].published)),
        _element("atom:link", href=outlet.feed_url(base_url), rel="self", type=FEED_MEDIA_TYPES["rss"]),
    ]
    for item in items:
        fields = [
            _element("title", item.title),
            _element("link", item.url),
            _element("guid", item.url, isPermaLink="true"),
            _element("pubDate", format_datetime(item.published)),
            _element("dc:creator", item.author),
            _element("description", item.summary),
        ]
        channel.append(f"<item>{''.join(fields)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n'
        + "\n".join(channel)
        + "\n</channel></rss>\n"
    )


def _atom_feed(outlet: Outlet, base_url: str, items: list[Article]) -> str:
    feed = [
        _element("title", outlet.name),
        _element("subtitle", outlet.tagline),
        _element("id", outlet.feed_url(base_url)),
        _element("updated", items[0].published.isoformat()),
        _element("link", rel="self", href=outlet.feed_url(base_url)),
        _element("link", rel="alternate", type="text/html", href=outlet.home_url(base_url)),
    ]
    for item in items:
        fields = [
            _element("title", item.title),
            _element("id", item.url),
            _element("link", rel="alternate", type="text/html", href=item.url),
            _element("published", item.published.isoformat()),
            _element("updated", item.published.isoformat()),
            f"<author>{_element('name', item.author)}</author>",
            _element("summary", item.summary),
        ]
        feed.append(f"<entry>{''.join(fields)}</entry>")
    head = f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(outlet.language)}>\n'
    return '<?xml version="1.0" encoding="utf-8"?>\n' + head + "\n".join(feed) + "\n</feed>\n"


FEED_WRITERS = {"rss": _rss_feed, "atom": _atom_feed}


def _photo(article: Article) -> str:
    """A plain placeholder picture, coloured per article, so the pages' images load."""
    hue = int(hashlib.sha256(article.slug.encode()).hexdigest()[:4], 16) % 360
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">'
        f'<rect width="800" height="450" fill="hsl({hue},45%,55%)"/>'
        f'<text x="24" y="420" font-family="sans-serif" font-size="22" fill="#fff">'
        f"{escape(article.outlet.name)}</text></svg>\n"
    )


def render_sites(base_url: str) -> dict[str, Resource]:
    """Every page of the demo sites by request path, with links under `base_url`."""
    html_type = "text/html; charset=utf-8"
    site = {"/robots.txt": Resource(b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")}
    everything = articles(base_url)
    for outlet in outlets():
        items = [article for article in everything if article.outlet == outlet]
        newest = items[0].published
        feed = FEED_WRITERS[outlet.feed_type](outlet, base_url, items)
        prefix = f"/{outlet.slug}"
        site[f"{prefix}/feed.xml"] = Resource(
            feed.encode(), f"{FEED_MEDIA_TYPES[outlet.feed_type]}; charset=utf-8", newest
        )
        site[f"{prefix}/"] = Resource(_outlet_home(outlet, base_url, items).encode(), html_type, newest)
        for article in items:
            related = [other for other in items if other != article]
            page = _article_page(article, base_url, related).encode()
            site[f"{prefix}/news/{article.slug}.html"] = Resource(page, html_type, article.published)
            site[f"{prefix}/media/{article.slug}.svg"] = Resource(
                _photo(article).encode(), "image/svg+xml", article.published
            )
    return site


# --- Serving ---------------------------------------------------------------------------


class _DemoServer(ThreadingHTTPServer):
    daemon_threads = True
    site: dict[str, Resource]  # set once the port, and so the base URL, is known


class _DemoHandler(BaseHTTPRequestHandler):
    server: _DemoServer
    server_version = "DemoNews/1.0"
    # Headers and body are two writes: without this, Nagle's algorithm holds the body for the client's
    # delayed acknowledgement, about 40 ms a page.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: tests and the demo poll these sites often."""

    def _respond(self, send_body: bool) -> None:
        resource = self.server.site.get(urlsplit(self.path).path)
        if resource is None:
            self._send(
                HTTPStatus.NOT_FOUND, b"Not found\n", {"Content-Type": "text/plain; charset=utf-8"}, send_body
            )
            return
        headers = {"ETag": resource.etag, "Cache-Control": "max-age=60"}
        if resource.last_modified is not None:
            headers["Last-Modified"] = format_datetime(resource.last_modified.astimezone(UTC), usegmt=True)
        if self._not_modified(resource):
            self._send(HTTPStatus.NOT_MODIFIED, b"", headers, send_body=False)
            return
        headers["Content-Type"] = resource.content_type
        self._send(HTTPStatus.OK, resource.body, headers, send_body)

    def _not_modified(self, resource: Resource) -> bool:
        """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or resource.etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if not if_modified_since or resource.last_modified is None:
            return False
        try:
            return parsedate_to_datetime(if_modified_since) >= resource.last_modified
        except (TypeError, ValueError):  # unparsable or without a time zone: ignore the condition
            return False

    def _send(self, status: HTTPStatus, body: bytes, headers: dict[str, str], send_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class DemoSites:
    """The demo sites running in a daemon thread; `stop()` shuts them down."""

    def __init__(self, host: str, port: int) -> None:
        self._server = _DemoServer((host, port), _DemoHandler)
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._server.site = render_sites(self.base_url)
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-sites", daemon=True)
        self._thread.start()

    def feed_urls(self) -> list[str]:
        return [outlet.feed_url(self.base_url) for outlet in outlets()]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def start_demo_sites(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> DemoSites:
    """Serve the demo sites on `host`:`port` (0 picks a free port) until `stop()` is called."""
    return DemoSites(host, port)
