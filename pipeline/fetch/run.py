"""One poll round: due feeds are polled, their new articles fetched and archived.

Feeds are grouped by host and each group is handled by one worker thread, so
hosts are polled in parallel while each host sees one request at a time. An
article is fetched only if neither the archive nor the index has it. Every feed
and page failure ends up in the summary (and the feed's state) with a reason;
nothing raises out for one bad feed or page.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from elasticsearch import NotFoundError

from pipeline.archive import Archive
from pipeline.budget import Budget, OverBudget
from pipeline.fetch.figures import figures_of
from pipeline.fetch.http import FetchError, HttpClient, HttpPolicy, host_key
from pipeline.fetch.parse import parse_feed
from pipeline.fetch.robots import RobotsCache
from pipeline.fetch.sitemaps import walk_index
from pipeline.fetch.state import FeedState, FeedStateStore
from pipeline.outlet import foreign_url
from pipeline.records import Feed, FeedEntry, FetchedPage
from pipeline.sanitise import markup_free

log = logging.getLogger(__name__)

MAX_ARTICLES_PER_FEED = 50  # fetched per poll; the rest wait for the next poll (counted as deferred)
# Entries looked at per feed and poll: a real feed lists tens, a hostile one may list millions, each
# costing an archive lookup. Those past the limit are counted (entries_over_limit), never looked at.
MAX_ENTRIES_PER_FEED = 1000
# CPU time parsing one feed may take: a feed of 100 items takes 0.05 s, one of 10,000 items (2.7 MB)
# about 4.5 s; a feed past this is given up with the reason and the other feeds go on.
FEED_CPU_SECONDS = 10.0
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
# Failures that will not change by trying again soon; any other page failure keeps the
# feed's validators unsaved so the next poll re-reads the feed and retries the page.
PERMANENT_PAGE_FAILURES = {
    "robots-disallowed", "not-html", "blocked-address", "bad-scheme", "redirect-loop",
    "too-many-redirects", "too-large", "decompression-bomb", "unsupported-encoding", "other-outlet",
}  # fmt: skip


def _permanent(reason: str) -> bool:
    """Client errors (but timeouts and rate limits) won't change by asking again soon."""
    client_error = reason.startswith("http-4") and reason not in ("http-408", "http-429")
    return client_error or reason in PERMANENT_PAGE_FAILURES


def indexed_urls_checker(es, alias: str) -> Callable[[list[str]], set[str]]:
    """URLs among the given ones whose article is already in the index (missing index: none)."""
    from pipeline.dedup import document_id  # imported here: dedup loads MinHash machinery (~1.5 s)

    def indexed(urls: list[str]) -> set[str]:
        if not urls or es is None:
            return set()
        ids = {document_id(url): url for url in urls}
        try:
            found = es.mget(index=alias, ids=list(ids), source=False)
        except NotFoundError:  # the alias does not exist before the first article is indexed
            return set()
        return {ids[doc["_id"]] for doc in found["docs"] if doc.get("found")}

    return indexed


@dataclass
class FeedOutcome:
    feed: str
    url: str
    status: str  # ok | not-modified | unchanged | failed
    error: str = ""
    format: str = ""
    bozo_reason: str = ""
    entries_seen: int = 0
    entries_over_limit: int = 0  # entries past MAX_ENTRIES_PER_FEED, not looked at
    entries_skipped: dict[str, int] = field(default_factory=dict)
    already_have: int = 0
    # Files of entries archived earlier but missing from the index (a failed or lost index write):
    # announced again so the next processing run indexes them.
    unindexed_files: list[str] = field(default_factory=list)
    new_articles: int = 0
    deferred: int = 0  # new entries left for the next poll (per-feed cap)
    fetch_failures: list[dict[str, str]] = field(default_factory=list)

    def failed_fetch(self, url: str, reason: str, detail: str = "") -> None:
        self.fetch_failures.append({"url": url, "reason": reason, "detail": markup_free(detail, 300)})


@dataclass
class PollSummary:
    feeds: list[FeedOutcome] = field(default_factory=list)
    archive_files: list[str] = field(default_factory=list)
    not_due: int = 0
    requests: int = 0
    wire_bytes: int = 0

    def _count(self, status: str) -> int:
        return sum(1 for outcome in self.feeds if outcome.status == status)

    @property
    def totals(self) -> dict[str, int]:
        failures = Counter(f["reason"] for o in self.feeds for f in o.fetch_failures)
        return {
            "feeds_polled": len(self.feeds),
            "feeds_not_due": self.not_due,
            "feeds_ok": self._count("ok"),
            "feeds_not_modified": self._count("not-modified"),
            "feeds_unchanged": self._count("unchanged"),
            "feeds_failed": self._count("failed"),
            "entries_seen": sum(o.entries_seen for o in self.feeds),
            "entries_over_limit": sum(o.entries_over_limit for o in self.feeds),
            "new_articles": sum(o.new_articles for o in self.feeds),
            "fetch_failures": sum(failures.values()),
            "archive_files": len(self.archive_files),
            "requests": self.requests,
            "wire_bytes": self.wire_bytes,
        }

    def as_dict(self) -> dict:
        return {
            "totals": self.totals,
            "archive_files": self.archive_files,
            "feeds": [asdict(o) for o in self.feeds],
        }


class _Round:
    """The shared pieces of one poll round; `poll_feed` runs in worker threads."""

    def __init__(self, client, archive, is_indexed, now, max_articles):
        self.client = client
        self.robots = RobotsCache(client)
        self.archive = archive
        self.is_indexed = is_indexed
        self.now = now
        self.max_articles = max_articles
        self._claimed: set[str] = set()
        self._lock = threading.Lock()

    def _claim(self, entries: list[FeedEntry]) -> list[FeedEntry]:
        """Entries that no other feed of this round is fetching already (syndicated copies)."""
        with self._lock:
            fresh = [e for e in entries if e.url not in self._claimed]
            self._claimed.update(e.url for e in fresh)
        return fresh

    def poll_feed(self, feed: Feed, state: FeedState) -> tuple[FeedOutcome, list[FetchedPage]]:
        outcome = FeedOutcome(feed=feed.name, url=feed.url, status="failed")
        # Polled well at this very `now`: an earlier try of this round saved the feed's state, and its answer
        # (the files it archived) may have been lost with it. Read the feed in full again, so that those
        # files are announced again as archived and unindexed; the schedule that try set stays.
        repeat = state.polled_well_at(self.now)
        headers = {}
        if state.etag and not repeat:
            headers["If-None-Match"] = state.etag
        if state.last_modified and not repeat:
            headers["If-Modified-Since"] = state.last_modified
        try:
            response = self.client.get(feed.url, kind="feed", headers=headers)
        except FetchError as exc:
            return self.fail(outcome, state, str(exc), exc.retry_after), []
        if response.status == 304:
            outcome.status = "not-modified"
            state.record_success(self.now, status=outcome.status)
            return outcome, []
        if not 200 <= response.status < 300:
            retry_after = response.retry_after if response.status in (429, 503) else None
            return self.fail(outcome, state, f"http-{response.status}", retry_after), []
        body_hash = hashlib.sha256(response.body).hexdigest()
        if body_hash == state.body_hash and not repeat:
            outcome.status = "unchanged"
            state.record_success(self.now, status=outcome.status)
            return outcome, []
        try:
            parsed = parse_feed(
                response.body,
                base_url=response.final_url,
                content_type=response.header("content-type"),
                now=self.now,
                budget=Budget(FEED_CPU_SECONDS),
            )
        except OverBudget as exc:
            return self.fail(outcome, state, f"feed over its parsing budget: {exc} ({exc.detail})"), []
        # An index is only a list of sitemaps; its articles are in the children it leads to.
        followed_index = parsed.format == "sitemapindex"
        if followed_index:
            parsed = walk_index(self.client, response.body, self.now).entries_as_feed(self.now)
        outcome.format, outcome.bozo_reason = parsed.format, parsed.bozo_reason
        outcome.entries_skipped = dict(parsed.skipped)
        if not parsed.is_feed:
            content_type = response.header("content-type") or "no content type"
            return self.fail(outcome, state, f"not-a-feed ({content_type})"), []
        outcome.entries_seen = min(len(parsed.entries), MAX_ENTRIES_PER_FEED)
        outcome.entries_over_limit = len(parsed.entries) - outcome.entries_seen
        state.record_figures(figures_of(parsed))
        new: list[FeedEntry] = []
        archived: list[tuple[str, str]] = []  # each entry already archived: its URL and its archive file
        for entry in parsed.entries[:MAX_ENTRIES_PER_FEED]:
            # A feed speaks for its own outlet only: an entry naming another outlet's page would take
            # over that outlet's article (same id, wrong source), and claim it before its own feed does.
            if foreign_url(feed, entry.url):
                outcome.failed_fetch(entry.url, "other-outlet", "names another outlet's page")
                continue
            if file := self.archive.file_of(entry.url):
                archived.append((entry.url, file))
            else:
                new.append(entry)
        own_entries = len(new) + len(archived)
        indexed = self.is_indexed([e.url for e in new] + [url for url, _ in archived])
        outcome.unindexed_files = sorted({file for url, file in archived if url not in indexed})
        new = self._claim([e for e in new if e.url not in indexed])
        outcome.already_have = own_entries - len(new)
        to_fetch, outcome.deferred = new[: self.max_articles], max(0, len(new) - self.max_articles)
        pages = [page for entry in to_fetch if (page := self._fetch_page(feed, entry, outcome))]
        outcome.new_articles = len(pages)
        outcome.status = "ok"
        if not repeat:
            state.record_success(self.now, status="ok", entries=outcome.entries_seen, new_items=len(new))
        retry_pending = outcome.deferred or not all(_permanent(f["reason"]) for f in outcome.fetch_failures)
        # An index often stays the same while its news sitemap changes: never skip it as unchanged.
        if not retry_pending and not followed_index:
            state.etag = response.header("etag")
            state.last_modified = response.header("last-modified")
            state.body_hash = body_hash
        return outcome, pages

    def fail(self, outcome: FeedOutcome, state: FeedState, error: str, retry_after=None) -> FeedOutcome:
        outcome.status, outcome.error = "failed", markup_free(error, 1000)  # may quote server headers
        state.record_failure(self.now, outcome.error, retry_after)
        return outcome

    def _fetch_page(self, feed: Feed, entry: FeedEntry, outcome: FeedOutcome) -> FetchedPage | None:
        """The entry's page, or None with the reason recorded in the outcome."""
        try:
            return self._page_of(feed, entry)
        except FetchError as exc:
            outcome.failed_fetch(entry.url, exc.reason, exc.detail)
            return None

    def _page_of(self, feed: Feed, entry: FeedEntry) -> FetchedPage:
        # Every refusal is a FetchError, as the client's own are: one place records them all.
        if not self.robots.allowed(entry.url):
            raise FetchError("robots-disallowed")
        response = self.client.get(entry.url, kind="page")
        if foreign_url(feed, response.final_url):
            raise FetchError("other-outlet", f"redirected to {response.final_url[:300]}")
        if not 200 <= response.status < 300:
            raise FetchError(f"http-{response.status}")
        content_type = response.header("content-type").split(";", 1)[0].strip().lower()
        if content_type not in HTML_TYPES:
            raise FetchError("not-html", content_type)
        return FetchedPage(
            url=entry.url,
            final_url=response.final_url,
            status=response.status,
            headers=response.headers,
            body=response.body,
            fetched_at=datetime.now(UTC),
            feed=feed,
            entry=entry,
        )


def host_batches(feeds: Iterable[Feed], batch_size: int) -> list[list[Feed]]:
    """Feeds in batches of about `batch_size` where all feeds of one host share a batch.

    One batch per worker keeps per-host politeness true across workers: no two
    workers ever poll the same host. A host with more feeds than `batch_size` gets
    a batch of its own.
    """
    by_host: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_host.setdefault(host_key(feed.url), []).append(feed)
    batches: list[list[Feed]] = []
    for group in sorted(by_host.values(), key=len, reverse=True):
        open_batch = next((b for b in batches if len(b) + len(group) <= batch_size), None)
        if open_batch is None:
            batches.append(list(group))
        else:
            open_batch.extend(group)
    return batches


def poll_and_fetch(
    feeds: Iterable[Feed],
    *,
    es,
    archive: Archive,
    allowlist: Iterable[str] = (),
    now: datetime | None = None,
    policy: HttpPolicy | None = None,
    state_index: str,
    is_indexed: Callable[[list[str]], set[str]],
    force: bool = False,
    max_workers: int = 4,
    max_articles_per_feed: int = MAX_ARTICLES_PER_FEED,
) -> PollSummary:
    """Poll every due enabled feed (all enabled ones with `force`), fetch and archive new articles."""
    now = now or datetime.now(UTC)
    store = FeedStateStore(es, state_index)
    enabled = [feed for feed in feeds if feed.enabled]
    states = store.load(enabled)
    # A retried poll task runs with its first try's `now`: the feeds that try polled are not due any
    # more, but are polled again (see `poll_feed`).
    due = [feed for feed in enabled
           if force or states[feed.url].is_due(now) or states[feed.url].polled_well_at(now)]
    summary = PollSummary(not_due=len(enabled) - len(due))
    by_host: dict[str, list[Feed]] = {}
    for feed in due:
        by_host.setdefault(host_key(feed.url), []).append(feed)
    with HttpClient(policy, allowlist) as client:
        round_ = _Round(client, archive, is_indexed, now, max_articles_per_feed)

        def poll_one(feed: Feed) -> tuple[FeedOutcome, list[FetchedPage]]:
            try:
                with client.allowing(feed.allow_private_hosts):
                    return round_.poll_feed(feed, states[feed.url])
            except Exception as exc:  # a bug or an unforeseen answer must not stop the other feeds
                outcome = FeedOutcome(feed=feed.name, url=feed.url, status="failed")
                return round_.fail(outcome, states[feed.url], f"error: {type(exc).__name__}: {exc}"), []

        def poll_host(host_feeds: list[Feed]) -> list[tuple[FeedOutcome, list[FetchedPage]]]:
            return [poll_one(feed) for feed in host_feeds]

        with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(by_host)))) as pool:
            results = [result for group in pool.map(poll_host, by_host.values()) for result in group]
        summary.requests, summary.wire_bytes = client.requests_made, client.wire_bytes
    summary.feeds = [outcome for outcome, _ in results]
    pages = [page for _, feed_pages in results for page in feed_pages]
    if pages:
        summary.archive_files = archive.write(pages)
    summary.archive_files = sorted({*summary.archive_files, *(f for o in summary.feeds for f in o.unindexed_files)})
    store.save([states[feed.url] for feed in due])
    log.info("poll: %(feeds_polled)d feeds polled (%(feeds_failed)d failed, %(feeds_not_modified)d not modified, "
             "%(feeds_not_due)d not due), %(new_articles)d new articles, %(fetch_failures)d fetch failures, "
             "%(archive_files)d archive files", summary.totals)
    return summary
