"""Sitemap indexes, followed down to the sitemaps that carry news, within fixed bounds.

Outlets without a feed publish a Google News sitemap, often only reachable through
a sitemap index (robots.txt names the index; the index names monthly archives,
section sitemaps and the news sitemap). An index is followed at most `max_depth`
levels down and fetches at most `max_children` child sitemaps in all, choosing
the children whose address says "news" or whose `lastmod` is recent; an archive of
ten years of articles is never walked. Every child that can't be used is counted
with its reason, like a dropped feed entry.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lxml import etree

from pipeline.fetch.http import FetchError, HttpClient
from pipeline.fetch.parse import ParsedFeed, parse_feed
from pipeline.utc import parse_iso

NEWS_NAMESPACE = b"http://www.google.com/schemas/sitemap-news/0.9"
MAX_DEPTH = 2
MAX_CHILDREN = 10
# A child sitemap modified this recently may hold today's articles; so may the entries kept from it.
RECENT = timedelta(days=2)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class ChildSitemap:
    url: str
    lastmod: datetime | None = None

    @property
    def named_news(self) -> bool:
        return "news" in self.url.lower()


@dataclass
class FollowedSitemap:
    """A sitemap reached through an index; `news` when it carries news: entries."""

    url: str
    news: bool
    parsed: ParsedFeed


@dataclass
class IndexWalk:
    sitemaps: list[FollowedSitemap] = field(default_factory=list)
    problems: Counter = field(default_factory=Counter)  # reason -> count

    def entries_as_feed(self, now: datetime) -> ParsedFeed:
        """One feed of the walk's articles: every news entry, and the recent ones of other sitemaps."""
        seen: set[str] = set()
        entries = []
        for sitemap in self.sitemaps:
            for entry in sitemap.parsed.entries:
                recent = entry.published_at is not None and entry.published_at >= now - RECENT
                if entry.url not in seen and (sitemap.news or recent):
                    seen.add(entry.url)
                    entries.append(entry)
        skipped = Counter(self.problems)
        for sitemap in self.sitemaps:
            skipped.update(sitemap.parsed.skipped)
        return ParsedFeed("sitemapindex", False, "", entries, skipped)


def is_news_sitemap(body: bytes) -> bool:
    """The news namespace is declared on the root element, so the document's start is enough."""
    return NEWS_NAMESPACE in body[:8192]


def index_children(body: bytes) -> list[ChildSitemap]:
    """The <sitemap> entries of a sitemap index; [] for anything else or a document with a DTD."""
    if b"<!DOCTYPE" in body[:4096].upper() or b"<!ENTITY" in body.upper():
        return []  # sitemaps never need a DTD; entity tricks stop here
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return []
    if root is None or etree.QName(root).localname != "sitemapindex":
        return []
    children = []
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "sitemap":
            continue
        fields = {etree.QName(c).localname: (c.text or "").strip() for c in node if isinstance(c.tag, str)}
        if fields.get("loc", "").startswith(("http://", "https://")):
            children.append(ChildSitemap(fields["loc"], parse_iso(fields.get("lastmod", ""))))
    return children


def worth_following(children: list[ChildSitemap], now: datetime) -> list[ChildSitemap]:
    """News-named children first, then the most recently modified; nothing old and unnamed."""
    chosen = [c for c in children if c.named_news or (c.lastmod and c.lastmod >= now - RECENT)]
    oldest = datetime.min.replace(tzinfo=UTC)
    chosen.sort(key=lambda c: (not c.named_news, -(c.lastmod or oldest).timestamp()))
    return chosen


def _gunzip(body: bytes, limit: int) -> bytes:
    """A .xml.gz sitemap, decompressed no further than `limit` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise FetchError("bad-encoding", str(exc)) from None
    if len(data) > limit:
        raise FetchError("decompression-bomb", f"sitemap exceeds {limit} bytes")
    return data


def sitemap_body(client: HttpClient, url: str) -> tuple[bytes, str, str]:
    """(body, final URL, content type) of a sitemap, gzip files unpacked; FetchError when unusable."""
    response = client.get(url, kind="feed")
    if not 200 <= response.status < 300:
        raise FetchError(f"http-{response.status}")
    body = response.body
    if body.startswith(_GZIP_MAGIC):
        body = _gunzip(body, client.limit_for("feed"))
    return body, response.final_url, response.header("content-type")


def walk_index(
    client: HttpClient,
    body: bytes,
    now: datetime,
    *,
    max_depth: int = MAX_DEPTH,
    max_children: int = MAX_CHILDREN,
) -> IndexWalk:
    """The sitemaps a sitemap index leads to, bounded in depth and in child fetches."""
    walk = IndexWalk()
    budget = [max_children]

    def follow(index_body: bytes, depth: int) -> None:
        children = index_children(index_body)
        chosen = worth_following(children, now)
        if len(children) > len(chosen):
            walk.problems["child sitemap neither news nor recent"] += len(children) - len(chosen)
        for child in chosen:
            if budget[0] <= 0:
                walk.problems["child sitemap beyond the fetch limit"] += 1
                continue
            budget[0] -= 1
            try:
                child_body, final_url, content_type = sitemap_body(client, child.url)
            except FetchError as exc:
                walk.problems[f"child sitemap {exc.reason}"] += 1
                continue
            parsed = parse_feed(child_body, base_url=final_url, content_type=content_type, now=now)
            if parsed.format == "sitemapindex":
                if depth < max_depth:
                    follow(child_body, depth + 1)
                else:
                    walk.problems["sitemap index nested too deep"] += 1
            elif parsed.format == "sitemap":
                walk.sitemaps.append(FollowedSitemap(child.url, is_news_sitemap(child_body), parsed))
            else:
                walk.problems["child sitemap is not a sitemap"] += 1

    follow(body, 1)
    return walk
