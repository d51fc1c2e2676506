"""Finding an outlet's feeds from its homepage or a section page.

Where feeds are looked for, in order:
1. the page's `<link rel="alternate">` RSS, Atom and JSON Feed announcements (main feeds
   before comment feeds);
2. when the page announces none, the paths the region's CMSs use: WordPress `/feed/`,
   Ghost `/rss/`, 1C-Bitrix `/rss/`, Pangea (RFE/RL) `/api/`, Sputnik
   `/export/rss2/archive/index.xml`, and the common `/rss`, `/rss.xml`, `/feed.xml`,
   `/atom.xml`;
3. the `Sitemap:` lines of robots.txt, sitemap indexes followed down to the sitemaps
   that carry news entries.

Each candidate is fetched and parsed before it is reported, through the same HTTP
client, limits, politeness and address guard as polling, and only where robots.txt
allows it. What is reported is what the feed answered: its items, newest item and
the language of its items.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer

from pipeline.fetch.charset import decode
from pipeline.fetch.figures import FeedFigures, figures_of, language_of
from pipeline.fetch.http import FetchError, HttpClient
from pipeline.fetch.parse import parse_feed
from pipeline.fetch.robots import RobotsCache
from pipeline.fetch.sitemaps import is_news_sitemap, sitemap_body, walk_index
from pipeline.sanitise import markup_free
from pipeline.utc import parse_iso

COMMON_PATHS = (
    "/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/rss/", "/api/", "/export/rss2/archive/index.xml",
)  # fmt: skip
ANNOUNCED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/rdf+xml": "rdf",
    "application/feed+json": "json",
    "application/json": "json",
}
MAX_ANNOUNCED = 10  # a page announcing more is listing every tag and author: the first ten will do
MAX_ROBOTS_SITEMAPS = 5
JSON_FEED_VERSION = "https://jsonfeed.org/version/"


@dataclass
class FoundFeed:
    url: str
    type: str  # rss | atom | rdf | sitemap | json
    figures: FeedFigures
    title: str
    page: str
    how: str  # announced | common path | robots sitemap

    def as_dict(self) -> dict:
        return {
            "url": self.url,
            "type": self.type,
            "items": self.figures.items,
            "newest": self.figures.newest.isoformat() if self.figures.newest else None,
            "language": self.figures.language,
            "title": self.title,
            "page": self.page,
            "how": self.how,
        }


@dataclass
class PageFeeds:
    """What discovery found for one page; `error` when the page itself could not be read."""

    page: str
    feeds: list[FoundFeed] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # candidate URL -> why it is not a feed
    error: str = ""


@dataclass(frozen=True)
class _Candidate:
    url: str
    how: str
    announced_type: str = ""


def announced_feeds(html: bytes, content_type: str, base_url: str) -> list[_Candidate]:
    """The feeds a page announces with <link rel="alternate">, main feeds before comment feeds."""
    text, _ = decode(html, content_type)
    links = BeautifulSoup(text, "html.parser", parse_only=SoupStrainer("link"))
    found: list[tuple[bool, _Candidate]] = []
    for link in links.find_all("link"):
        rel = [value.lower() for value in link.get("rel") or []]
        # type and href are single-valued attributes: the parser gives them as strings
        kind = ANNOUNCED_TYPES.get(str(link.get("type") or "").split(";", 1)[0].strip().lower())
        href = str(link.get("href") or "").strip()
        if "alternate" not in rel or not kind or not href:
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        comments = "comment" in f"{href} {link.get('title') or ''}".lower()
        found.append((comments, _Candidate(url, "announced", kind)))
    found.sort(key=lambda pair: pair[0])  # stable: page order within main and comment feeds
    return [candidate for _, candidate in found[:MAX_ANNOUNCED]]


def json_feed(body: bytes) -> tuple[FeedFigures, str] | None:
    """(figures, title) of a JSON Feed document, or None when the body is not one."""
    try:
        document = json.loads(decode(body, "application/json")[0])
    except ValueError:
        return None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(JSON_FEED_VERSION):
        return None
    items = [item for item in document.get("items") or [] if isinstance(item, dict)]
    dates = [d for item in items if (d := parse_iso(str(item.get("date_published", ""))))]
    texts = [markup_free(f"{item.get('title', '')}. {item.get('summary', '')}") for item in items]
    figures = FeedFigures(len(items), max(dates, default=None), language_of(texts))
    return figures, markup_free(str(document.get("title", "")), 300)


class FeedFinder:
    """Discovers the feeds of pages, one page at a time, through one guarded HttpClient."""

    def __init__(self, client: HttpClient, now: datetime | None = None):
        self.client = client
        self.robots = RobotsCache(client)
        self.now = now or datetime.now(UTC)

    def discover(self, page_url: str) -> PageFeeds:
        result = PageFeeds(page_url)
        try:
            response = self.client.get(page_url, kind="page")
        except FetchError as exc:
            result.error = str(exc)
            return result
        if not 200 <= response.status < 300:
            result.error = f"http-{response.status}"
            return result
        candidates = announced_feeds(response.body, response.header("content-type"), response.final_url)
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(response.final_url))
        if not candidates:
            candidates = [_Candidate(urljoin(origin, path), "common path") for path in COMMON_PATHS]
        candidates += self._robots_sitemaps(origin, result)
        seen: set[str] = set()
        for candidate in candidates:
            if candidate.url not in seen:
                seen.add(candidate.url)
                self._check(candidate, result, seen)
        return result

    def _robots_sitemaps(self, origin: str, result: PageFeeds) -> list[_Candidate]:
        try:
            listed = self.robots.sitemaps(origin + "/")
        except FetchError as exc:
            result.rejected[origin + "/robots.txt"] = str(exc)
            return []
        # The standard asks for absolute URLs; relative ones are common enough to accept.
        absolute = [urljoin(origin + "/", url.strip()) for url in listed[:MAX_ROBOTS_SITEMAPS]]
        return [_Candidate(url, "robots sitemap") for url in absolute if url.startswith(("http://", "https://"))]

    def _check(self, candidate: _Candidate, result: PageFeeds, seen: set[str]) -> None:
        """Fetch and parse one candidate; a feed goes to result.feeds, anything else to result.rejected."""
        try:
            if not self.robots.allowed(candidate.url):
                result.rejected[candidate.url] = "robots-disallowed"
                return
            body, final_url, content_type = sitemap_body(self.client, candidate.url)
        except FetchError as exc:
            result.rejected[candidate.url] = str(exc)
            return
        if final_url != candidate.url and final_url in seen:
            result.rejected[candidate.url] = f"redirects to {final_url}, already checked"
            return
        seen.add(final_url)
        if candidate.announced_type == "json" or body.lstrip()[:1] == b"{":
            if (found := json_feed(body)) is None:
                result.rejected[candidate.url] = "not a JSON Feed"
            else:
                result.feeds.append(FoundFeed(final_url, "json", found[0], found[1], result.page, candidate.how))
            return
        parsed = parse_feed(body, base_url=final_url, content_type=content_type, now=self.now)
        if parsed.format == "sitemapindex":
            self._news_sitemaps(body, candidate, result)
        elif parsed.format == "sitemap" and not is_news_sitemap(body):
            result.rejected[candidate.url] = "a sitemap without news entries"
        elif not parsed.is_feed:
            result.rejected[candidate.url] = f"not a feed ({content_type or 'no content type'})"
        else:
            kind = "sitemap" if parsed.format == "sitemap" else _feed_type(parsed.format)
            title = parsed.title or urlsplit(final_url).hostname or ""
            result.feeds.append(FoundFeed(final_url, kind, figures_of(parsed), title, result.page, candidate.how))

    def _news_sitemaps(self, body: bytes, candidate: _Candidate, result: PageFeeds) -> None:
        walk = walk_index(self.client, body, self.now)
        news = [sitemap for sitemap in walk.sitemaps if sitemap.news]
        if not news:
            reasons = ", ".join(sorted(walk.problems)) or "no child sitemaps"
            result.rejected[candidate.url] = f"sitemap index without news sitemaps ({reasons})"
        for sitemap in news:
            title = urlsplit(sitemap.url).hostname or ""
            found = FoundFeed(sitemap.url, "sitemap", figures_of(sitemap.parsed), title, result.page, candidate.how)
            result.feeds.append(found)


def _feed_type(format_: str) -> str:
    """feedparser's version string (rss20, atom10, rss10, ...) as a feeds-config type."""
    if format_.startswith("atom"):
        return "atom"
    return "rdf" if format_ in ("rss090", "rss10") else "rss"
