"""The processing stage: an archived page becomes an indexed article.

extract → canonical id → tag → bulk upsert. Everything here but the final write
is a pure function of the archived response, which is what lets the reprocess
DAG re-run it over any date range and land on the same documents.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from pipeline import dedup
from pipeline.budget import Budget, OverBudget
from pipeline.extract import extract_article
from pipeline.extract.core import MAX_PAGE_BYTES
from pipeline.outlet import foreign_url, host_of
from pipeline.records import Article, Feed, FeedEntry, FetchedPage, Rejected
from pipeline.stage_version import stage_version
from pipeline.tag import TAGGER_VERSION, tag_article
from pipeline.zones import outlet_zone

# Stored with each article: changes with trafilatura's version and any of the extraction rules.
EXTRACTOR_VERSION = stage_version(Path(__file__).parent / "extract", "trafilatura")
MIN_BODY_CHARS = 200  # below this an "article" is a stub, a paywall or an error page
log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 1000  # as for feed titles: anything longer is a broken or hostile page, cut to size
# CPU time one page may take from parsing to tags. The slowest page of the extraction dev set takes
# 0.05 s and a 4.5 MB page of plain paragraphs about 2 s; a page past this is broken or hostile.
PAGE_CPU_SECONDS = 3.0


@dataclass
class ProcessSummary:
    pages: int = 0
    articles: int = 0
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def reject(self, reason: str) -> None:
        self.rejected += 1
        self.reasons[reason] = self.reasons.get(reason, 0) + 1


def article_from_page(page: FetchedPage, cpu_seconds: float = PAGE_CPU_SECONDS) -> Article | Rejected:
    """Extract and tag one archived page; a page that can't be used is Rejected with a reason.

    A page larger than extraction reads, or whose extraction and tagging take more than `cpu_seconds`
    of CPU, is rejected too: one hostile page must not hold up the pages after it.
    """
    if page.status != 200:
        return Rejected(page.url, f"http status {page.status}", page.archive_ref)
    # Pages archived before the poll refused other outlets' entries are refused here too.
    if foreign := foreign_url(page.feed, page.url, page.final_url):
        return Rejected(page.url, f"served by another outlet than its feed's: {foreign[:300]}", page.archive_ref)
    if len(page.body) > MAX_PAGE_BYTES:
        return Rejected(page.url, f"page too large ({len(page.body)} bytes, limit {MAX_PAGE_BYTES})",
                        page.archive_ref)
    warm_up()  # the set-up of first use is not this page's to pay for
    budget = Budget(cpu_seconds)
    try:
        return _article(page, budget)
    except OverBudget as exc:
        log.warning("%s over the processing budget: %s (%s)", page.url, exc, exc.detail)
        return Rejected(page.url, f"over the processing budget ({exc})", page.archive_ref)


@functools.cache
def warm_up() -> None:
    """Send one small page, written here, through extraction, tagging and MinHash, once per process.

    Their first use imports libraries and builds tables and models: about 2 s of CPU on an idle machine,
    nearly 4 s on a busy one. Counted against the first real page's budget, it rejected that page as
    over the budget in every task process not forked from a warmed one (`pipeline.preload`), such as
    a Celery worker's.
    """
    story = ("Delegations from Kazakhstan and Uzbekistan met in Tashkent to discuss water sharing, "
             "rail transit and trade along the border. ") * 4
    html = f"<html><head><title>Warm-up</title></head><body><article><p>{story}</p></article></body></html>"
    url = "https://warm-up.invalid/news/1"
    feed = Feed(name="warm-up", url="https://warm-up.invalid/feed.xml", language="en", country="KZ")
    page = FetchedPage(url=url, final_url=url, status=200, headers={"Content-Type": "text/html"},
                       body=html.encode(), fetched_at=datetime.now(UTC), feed=feed, entry=FeedEntry(url=url))
    _article(page, Budget(float("inf")))


def _article(page: FetchedPage, budget: Budget) -> Article | Rejected:
    extracted = extract_article(page.body, url=page.final_url, feed_published=page.entry.published_at,
                                budget=budget, zone=outlet_zone(page.feed))
    if len(extracted.body) < MIN_BODY_CHARS:
        return Rejected(page.url, f"extracted body too short ({extracted.method})", page.archive_ref)
    title = (extracted.title or page.entry.title)[:MAX_TITLE_CHARS]
    tags = tag_article(extracted.body, title=title, lang=extracted.language or page.feed.language)
    budget.check("tagging")
    canonical = canonical_address(page, extracted.canonical_url)
    return Article(
        id=dedup.document_id(canonical),
        url=page.url,
        canonical_url=canonical,
        source={
            "name": page.feed.name,
            "domain": host_of(page.final_url or page.url).lower(),  # the host that served the page
            "country": page.feed.country,
            "feed_url": page.feed.url,
        },
        title=title,
        body=extracted.body,
        language=extracted.language or page.feed.language,
        published_at=page.entry.published_at or extracted.published_at,
        fetched_at=page.fetched_at,
        tags=tags,
        fingerprint=dedup.text_fingerprint(extracted.body),
        minhash=dedup.minhash_signature(extracted.body),
        pipeline={
            "extractor": extracted.method,
            "extractor_version": EXTRACTOR_VERSION,
            "extraction_confidence": extracted.confidence,
            "tagger_version": TAGGER_VERSION,
            "archive_ref": page.archive_ref,
        },
    )


def canonical_address(page: FetchedPage, declared: str) -> str:
    """The page's canonical URL, trusted only on the site that served it.

    A page may declare any canonical URL; one on another site would let a hostile
    page take over that site's article id, so it falls back to the fetched address.
    """
    fetched = dedup.canonical_url(page.final_url or page.url) or page.final_url or page.url
    claimed = dedup.canonical_url(declared) if declared else ""
    if claimed and urlsplit(claimed).hostname == urlsplit(fetched).hostname:
        return claimed
    return fetched


def split_pages(pages: Iterable[FetchedPage], summary: ProcessSummary) -> tuple[list[Article], list[Rejected]]:
    articles, rejected = [], []
    for page in pages:
        summary.pages += 1
        outcome = article_from_page(page)
        if isinstance(outcome, Rejected):
            summary.reject(outcome.reason)
            rejected.append(outcome)
        else:
            summary.articles += 1
            articles.append(outcome)
    log.info("extract and tag: %d pages, %d articles (%d about Central Asia), %d rejected %s", summary.pages,
             summary.articles, sum(article.tags.central_asia for article in articles), summary.rejected,
             summary.reasons or "")
    return articles, rejected
