"""The typed records that stages hand to each other.

Each stage takes and returns these, never loose dicts, so a field's meaning is
defined once. The Elasticsearch document is built from them in `pipeline.store`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Feed:
    """One entry of a feeds config file."""

    name: str
    url: str
    type: str = "rss"  # rss | atom | rdf | sitemap
    language: str = "en"
    country: str = ""  # ISO 3166-1 alpha-2 of the outlet's home
    enabled: bool = True
    site_rules: dict = field(default_factory=dict)
    status: str = ""  # confirmed | pattern | unverified (pipeline.fetch.feeds_config)
    evidence: str = ""  # where the URL was seen working, or why the feed is disabled
    # Private hosts this feed's fetches may reach, besides the file-wide allowlist (host[:port], address, network).
    allow_private_hosts: tuple[str, ...] = ()
    # IANA zone of the outlet's clock, for times its pages print without one; "": the country's (pipeline.zones).
    timezone: str = ""

    @property
    def domain(self) -> str:
        from urllib.parse import urlsplit

        return (urlsplit(self.url).hostname or "").lower()


@dataclass(frozen=True)
class FeedEntry:
    """An item read from a feed: what we know about an article before fetching it."""

    url: str
    title: str = ""
    published_at: datetime | None = None
    summary: str = ""
    guid: str = ""


@dataclass(frozen=True)
class FetchedPage:
    """An article response as archived: enough to re-run every later stage."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    feed: Feed
    entry: FeedEntry
    archive_ref: str = ""  # "<archive file>#<offset>" once written


@dataclass
class Rejected:
    """A page that could not become an article, with the reason; it goes to quarantine."""

    url: str
    reason: str
    archive_ref: str


@dataclass
class Extracted:
    """What extraction finds in a page. Body is plain text, paragraphs split by blank lines."""

    title: str
    body: str
    language: str = ""
    published_at: datetime | None = None
    modified_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    canonical_url: str = ""
    image: str = ""
    section: str = ""
    method: str = ""
    confidence: float = 0.0


@dataclass
class Tags:
    """What tagging finds in a text; codes and canonical names as the tagger's data defines them."""

    countries: list[str] = field(default_factory=list)
    primary_countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    # The lexicon's concepts the text names, as "topic.concept" ("energy.nuclear_power"): one value for the
    # words of every language, so that search can find the article in any of them.
    topic_concepts: list[str] = field(default_factory=list)
    central_asia: bool = False


@dataclass
class Article:
    """The indexed document (docs/design.md, "The article document"); `id` becomes the Elasticsearch _id."""

    id: str
    url: str
    canonical_url: str
    source: dict  # name, domain, country, feed_url
    title: str
    body: str
    language: str
    published_at: datetime | None
    fetched_at: datetime | None  # None for articles loaded from records, never fetched
    tags: Tags
    cluster_id: str = ""
    duplicate_of: str = ""
    fingerprint: str = ""  # exact-duplicate hash of the normalised body
    minhash: list[int] = field(default_factory=list)  # near-duplicate signature of the body
    pipeline: dict = field(default_factory=dict)  # extractor method/version, tagger version, archive_ref
    record_id: str = ""  # the caller's id of an article loaded from JSON lines, kept for evaluation
