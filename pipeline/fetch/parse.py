"""Feed parsing: RSS, Atom and RDF through feedparser, news sitemaps through lxml.

Everything here is pure: bytes in, `ParsedFeed` out, never an exception for bad
input. A broken feed still yields what can be recovered; every entry that is
dropped is counted with its reason.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from pipeline.budget import Budget, checkpoint
from pipeline.fetch.charset import decode
from pipeline.records import FeedEntry
from pipeline.sanitise import markup_free
from pipeline.utc import as_utc, parse_iso

# A date more than this far in the future is a broken clock, not a scheduled article.
FUTURE_TOLERANCE = timedelta(days=1)
TITLE_MAX = 1000
SUMMARY_MAX = 5000

# Internal DTD subsets are where entity-expansion attacks live; feeds never need them.
_DOCTYPE = re.compile(r"<!DOCTYPE", re.I)
_DOCTYPE_HEAD_END = re.compile(r"[\[>]")
_SUBSET_END = re.compile(r"\]\s*>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SITEMAP_ROOT = re.compile(r"<(?:\w+:)?(urlset|sitemapindex)[\s>]")


@dataclass
class ParsedFeed:
    format: str  # rss20, atom10, rss10 (RDF), sitemap, ... or "" when nothing feed-like was found
    bozo: bool
    bozo_reason: str
    entries: list[FeedEntry]
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    distrusted_dates: int = 0
    title: str = ""  # the channel's own title

    @property
    def is_feed(self) -> bool:
        return bool(self.format) or bool(self.entries)

    def as_dict(self) -> dict:
        return {
            "format": self.format,
            "bozo": self.bozo,
            "bozo_reason": self.bozo_reason,
            "entries": [
                {
                    "title": e.title,
                    "url": e.url,
                    "published_at": e.published_at.isoformat() if e.published_at else None,
                    "summary": e.summary,
                    "guid": e.guid,
                }
                for e in self.entries
            ],
            "skipped": dict(self.skipped),
            "distrusted_dates": self.distrusted_dates,
        }


def usable_link(link: str | None, base_url: str) -> tuple[str, str]:
    """(absolute http(s) URL, "") or ("", reason it can't be used)."""
    link = (link or "").strip()
    if not link:
        return "", "no link"
    absolute = urljoin(base_url, link) if base_url else link
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https"):
        return "", f"link scheme not http(s): {parts.scheme or 'relative'}"
    if not parts.hostname:
        return "", "link has no host"
    return parts._replace(fragment="").geturl(), ""


def _trusted_date(value: datetime | None, now: datetime) -> tuple[datetime | None, bool]:
    """The date in UTC, or None with distrusted=True when it is too far in the future."""
    if value is None:
        return None, False
    value = as_utc(value)
    if value > now + FUTURE_TOLERANCE:
        return None, True
    return value, False


def _struct_to_datetime(parsed) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _entry_link(entry) -> str:
    if entry.get("link"):
        return entry["link"]
    for link in entry.get("links", []):
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link["href"]
    guid = entry.get("id", "")
    if guid.startswith(("http://", "https://")):
        return guid
    return ""


class _EntryCollector:
    """Turns raw entries into FeedEntry records, deduplicating and counting what it drops."""

    def __init__(self, base_url: str, now: datetime):
        self.base_url = base_url
        self.now = now
        self.entries: list[FeedEntry] = []
        self.skipped: Counter = Counter()
        self.distrusted = 0
        self._seen_urls: set[str] = set()

    def add(self, link: str, title: str, summary: str, guid: str, published: datetime | None) -> None:
        url, reason = usable_link(link, self.base_url)
        if not url:
            self.skipped[reason] += 1
            return
        # Duplicates are judged by link: broken CMSs repeat one GUID across different articles.
        if url in self._seen_urls:
            self.skipped["duplicate entry"] += 1
            return
        self._seen_urls.add(url)
        published, distrusted = _trusted_date(published, self.now)
        self.distrusted += distrusted
        self.entries.append(
            FeedEntry(
                url=url,
                title=markup_free(title, TITLE_MAX),
                published_at=published,
                summary=markup_free(summary, SUMMARY_MAX),
                guid=markup_free(guid, TITLE_MAX),
            )
        )


def _without_doctype(text: str) -> str:
    """The text without its first DOCTYPE declaration, internal subset ("[...]") included.

    Three forward searches, each resuming where the last stopped: linear, where one pattern with a lazy
    repeat rescanned the rest of the text from every "<!DOCTYPE[". A declaration or subset that never
    closes takes the rest of the document with it: what follows is inside it.
    """
    start = _DOCTYPE.search(text)
    if start is None:
        return text
    end = _DOCTYPE_HEAD_END.search(text, start.end())
    if end is not None and end.group() == "[":
        end = _SUBSET_END.search(text, end.end())
    return text[:start.start()] + (text[end.end():] if end is not None else "")


def _prepare(body: bytes, content_type: str) -> str:
    """The document as text with its real encoding, without DTDs or a misleading XML declaration."""
    text, _ = decode(body, content_type)
    text = _without_doctype(text)
    return _XML_DECLARATION.sub("", text, count=1).lstrip("\ufeff")


def parse_feed(
    body: bytes, *, base_url: str = "", content_type: str = "", now: datetime | None = None,
    budget: Budget | None = None,
) -> ParsedFeed:
    """Parse a feed or news sitemap body; never raises for bad input.

    With a `budget`, a feed whose parsing takes longer is given up (`OverBudget`) at the first check
    past it: after the document is parsed, then between entries.
    """
    now = now or datetime.now(UTC)
    text = _prepare(body, content_type)
    collector = _EntryCollector(base_url, now)
    if _SITEMAP_ROOT.search(text[:4096]):
        return _parse_sitemap(text, collector, budget)
    parsed = feedparser.parse(
        text.encode("utf-8"),
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": base_url},
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    checkpoint(budget, "parsing")
    for entry in parsed.entries:
        checkpoint(budget, f"{len(collector.entries)} entries")
        # dict.get: FeedParserDict.get maps one key onto the other with a deprecation warning.
        published = _struct_to_datetime(
            dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        )
        summary = entry.get("summary", "")
        collector.add(_entry_link(entry), entry.get("title", ""), summary, entry.get("id", ""), published)
    reason = ""
    if parsed.bozo:
        exc = parsed.get("bozo_exception")
        reason = f"{type(exc).__name__}: {exc}" if exc else "malformed"
    return ParsedFeed(
        format=parsed.get("version", "") or "",
        bozo=bool(parsed.bozo),
        bozo_reason=markup_free(reason, 500),
        entries=collector.entries,
        skipped=collector.skipped,
        distrusted_dates=collector.distrusted,
        title=markup_free(parsed.feed.get("title", ""), TITLE_MAX),
    )


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _parse_sitemap(text: str, collector: _EntryCollector, budget: Budget | None) -> ParsedFeed:
    """A (news) sitemap: <url><loc/><lastmod/><news:news><news:title/>...</news:news></url>."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        return ParsedFeed("sitemap", True, f"XMLSyntaxError: {exc}", [])
    if root is None:
        return ParsedFeed("", True, "empty document", [])
    errors = [str(e) for e in parser.error_log]
    if _local(root.tag) == "sitemapindex":
        return ParsedFeed(
            "sitemapindex",
            bool(errors),
            "; ".join(errors[:3]),
            [],
            Counter({"sitemap index: its news sitemaps are read when polled": 1}),
        )
    for node in root:
        checkpoint(budget, f"{len(collector.entries)} entries")
        if _local(node.tag) != "url":
            continue
        fields = {_local(child.tag): "".join(child.itertext()) for child in node.iter(etree.Element)}
        published = parse_iso(fields.get("publication_date") or fields.get("lastmod", ""))
        collector.add(fields.get("loc", ""), fields.get("title", ""), "", "", published)
    return ParsedFeed(
        format="sitemap",
        bozo=bool(errors),
        bozo_reason=markup_free("; ".join(errors[:3]), 500),
        entries=collector.entries,
        skipped=collector.skipped,
        distrusted_dates=collector.distrusted,
    )
