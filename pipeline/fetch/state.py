"""Per-feed state in Elasticsearch, so poll workers keep nothing between runs.

One document per feed (id = sha256 of the feed URL) with the validators for
conditional GET, the last body hash, the schedule (next due time, learned poll
interval, failure backoff) and a short daily history the feed-health report reads.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pipeline.records import Feed
from pipeline.store import INDEX_SETTINGS, simple_index
from pipeline.utc import as_utc

if TYPE_CHECKING:  # the figures module loads language detection, which state readers never need
    from pipeline.fetch.figures import FeedFigures

MIN_INTERVAL = timedelta(minutes=10)
DEFAULT_INTERVAL = timedelta(minutes=30)
MAX_INTERVAL = timedelta(hours=6)
MAX_BACKOFF = timedelta(days=1)
HISTORY_DAYS = 30

MAPPING = {
    "dynamic": "strict",
    "properties": {
        "feed_url": {"type": "keyword"},
        "name": {"type": "keyword"},
        "etag": {"type": "keyword", "index": False},
        "last_modified": {"type": "keyword", "index": False},
        "body_hash": {"type": "keyword", "index": False},
        "last_polled_at": {"type": "date"},
        "last_success_at": {"type": "date"},
        "last_new_items_at": {"type": "date"},
        "newest_item_at": {"type": "date"},
        "detected_language": {"type": "keyword"},
        "next_due_at": {"type": "date"},
        "poll_interval_s": {"type": "float"},
        "consecutive_failures": {"type": "integer"},
        "items_seen": {"type": "long"},
        "last_status": {"type": "keyword"},
        "last_error": {"type": "text"},
        "history": {
            "properties": {
                "day": {"type": "date", "format": "yyyy-MM-dd"},
                "polls": {"type": "integer"},
                "not_modified": {"type": "integer"},
                "failures": {"type": "integer"},
                "entries": {"type": "integer"},
                "new_items": {"type": "integer"},
            }
        },
    },
}
_DATES = ("last_polled_at", "last_success_at", "last_new_items_at", "newest_item_at", "next_due_at")


def feed_state_id(feed_url: str) -> str:
    return hashlib.sha256(feed_url.encode("utf-8")).hexdigest()


@dataclass
class FeedState:
    feed_url: str
    name: str = ""
    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    last_new_items_at: datetime | None = None
    newest_item_at: datetime | None = None  # publication date of the newest item the feed lists
    detected_language: str = ""  # language of the feed's items at the last poll that read them
    next_due_at: datetime | None = None
    poll_interval_s: float = DEFAULT_INTERVAL.total_seconds()
    consecutive_failures: int = 0
    items_seen: int = 0
    last_status: str = ""  # ok | not-modified | unchanged | failed
    last_error: str = ""
    history: list[dict] = field(default_factory=list)  # one dict per day, newest last

    def is_due(self, now: datetime) -> bool:
        return self.next_due_at is None or self.next_due_at <= now

    def polled_well_at(self, now: datetime) -> bool:
        """A poll stamped `now` succeeded: an earlier try of the same round (a failed one archived nothing)."""
        return self.last_success_at == now

    def _day(self, now: datetime) -> dict:
        day = now.date().isoformat()
        if not self.history or self.history[-1]["day"] != day:
            self.history.append(
                {"day": day, "polls": 0, "not_modified": 0, "failures": 0, "entries": 0, "new_items": 0}
            )
            cutoff = (now - timedelta(days=HISTORY_DAYS)).date().isoformat()
            self.history = [h for h in self.history if h["day"] > cutoff]
        return self.history[-1]

    def record_success(self, now: datetime, *, status: str, entries: int = 0, new_items: int = 0) -> None:
        """A poll that worked: adapt the interval to how often new items really appear."""
        day = self._day(now)
        day["polls"] += 1
        day["not_modified"] += status in ("not-modified", "unchanged")
        day["entries"] += entries
        day["new_items"] += new_items
        self.items_seen += new_items
        self.last_polled_at = self.last_success_at = now
        self.consecutive_failures = 0
        self.last_status, self.last_error = status, ""
        if new_items:
            self.last_new_items_at = now
            # Every entry new means we may have missed some: poll much sooner.
            factor = 0.25 if entries and new_items >= entries else 0.5
        else:
            factor = 1.5
        interval = timedelta(seconds=self.poll_interval_s * factor)
        self.poll_interval_s = min(max(interval, MIN_INTERVAL), MAX_INTERVAL).total_seconds()
        self.next_due_at = now + timedelta(seconds=self.poll_interval_s)

    def record_figures(self, figures: FeedFigures) -> None:
        """What the feed's items said at this poll; kept when a later poll finds the feed unchanged."""
        self.newest_item_at = figures.newest or self.newest_item_at
        self.detected_language = figures.language or self.detected_language

    def record_failure(self, now: datetime, error: str, retry_after: float | None = None) -> None:
        """Exponential backoff from the learned interval, at least what the server asked, at most a day."""
        day = self._day(now)
        day["polls"] += 1
        day["failures"] += 1
        self.last_polled_at = now
        self.consecutive_failures += 1
        self.last_status, self.last_error = "failed", error[:1000]
        backoff = timedelta(seconds=self.poll_interval_s) * 2 ** min(self.consecutive_failures - 1, 16)
        if retry_after:
            backoff = max(backoff, timedelta(seconds=retry_after))
        self.next_due_at = now + min(backoff, MAX_BACKOFF)

    def to_doc(self) -> dict:
        doc = asdict(self)
        for name in _DATES:
            doc[name] = doc[name].isoformat() if doc[name] else None
        return doc

    @classmethod
    def from_doc(cls, doc: dict) -> FeedState:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in doc.items() if k in known}
        for name in _DATES:
            if values.get(name):
                values[name] = as_utc(datetime.fromisoformat(values[name]))
        return cls(**values)


class FeedStateStore:
    def __init__(self, es_client, index: str):
        self.es = es_client
        self.index = index
        self._ready = False

    def ensure_index(self) -> None:
        if self._ready:
            return
        simple_index.ensure(self.es, self.index, MAPPING, INDEX_SETTINGS)
        self._ready = True

    def load(self, feeds: list[Feed]) -> dict[str, FeedState]:
        """State for each feed URL; a feed never polled gets a fresh state."""
        self.ensure_index()
        states = {feed.url: FeedState(feed_url=feed.url, name=feed.name) for feed in feeds}
        if not feeds:
            return states
        found = self.es.mget(index=self.index, ids=[feed_state_id(f.url) for f in feeds])
        for doc in found["docs"]:
            if doc.get("found"):
                state = FeedState.from_doc(doc["_source"])
                states[state.feed_url] = state
        return states

    def save(self, states: list[FeedState]) -> None:
        self.ensure_index()
        operations: list[dict] = []
        for state in states:
            operations += [
                {"index": {"_index": self.index, "_id": feed_state_id(state.feed_url)}},
                state.to_doc(),
            ]
        if operations:
            # No refresh: `load` uses mget, which is real-time; the health report can lag a second.
            result = self.es.bulk(operations=operations)
            if result.get("errors"):
                failed = [i for i in result["items"] if i["index"].get("error")]
                raise RuntimeError(f"feed state not saved: {failed[0]['index']['error']}")

    def due_feeds(self, feeds: list[Feed], now: datetime) -> list[Feed]:
        enabled = [feed for feed in feeds if feed.enabled]
        states = self.load(enabled)
        return [feed for feed in enabled if states[feed.url].is_due(now)]

    def all_states(self, size: int = 1000) -> list[FeedState]:
        """Every feed's state, for the feed-health report."""
        self.ensure_index()
        result = self.es.search(index=self.index, size=size, query={"match_all": {}})
        return [FeedState.from_doc(hit["_source"]) for hit in result["hits"]["hits"]]
