"""Checking a feeds list in one go: every enabled feed polled once, feeds only, no articles.

For each feed: did it answer, with what HTTP status, how many items, how old the
newest one is and in which language the items are, judged by the same rules the
feed-health report applies to the stored state (`pipeline.health.content_problems`).
Hosts are checked in parallel, each host one request at a time, through the same
guarded and polite HttpClient as polling; no feed state is written.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pipeline.fetch.figures import FeedFigures, figures_of
from pipeline.fetch.http import FetchError, HttpClient
from pipeline.fetch.parse import parse_feed
from pipeline.fetch.run import host_batches
from pipeline.fetch.sitemaps import walk_index
from pipeline.health import HealthPolicy, content_problems
from pipeline.records import Feed
from pipeline.sanitise import markup_free

# Outcomes, worst first; the first two make `feeds-verify` exit non-zero.
OUTCOMES = ("dead", "empty", "stale", "wrong-language", "ok")
FAILING = ("dead", "empty")


@dataclass
class FeedCheck:
    feed: Feed
    outcome: str = "dead"
    http_status: int | None = None
    figures: FeedFigures = field(default_factory=lambda: FeedFigures(0, None, ""))
    reasons: list[str] = field(default_factory=list)

    def as_dict(self, now: datetime) -> dict:
        age = self.figures.age_days(now)
        return {
            "name": self.feed.name,
            "url": self.feed.url,
            "outcome": self.outcome,
            "http_status": self.http_status,
            "items": self.figures.items,
            "newest": self.figures.newest.isoformat() if self.figures.newest else None,
            "newest_age_days": round(age, 1) if age is not None else None,
            "language": self.feed.language,
            "detected_language": self.figures.language,
            "reasons": self.reasons,
        }


def check_feed(client: HttpClient, feed: Feed, now: datetime, policy: HealthPolicy) -> FeedCheck:
    """Poll one feed once and judge what it answered."""
    check = FeedCheck(feed)
    try:
        response = client.get(feed.url, kind="feed")
    except FetchError as exc:
        check.reasons.append(markup_free(str(exc), 300))
        return check
    check.http_status = response.status
    if not 200 <= response.status < 300:
        check.reasons.append(f"http-{response.status}")
        return check
    content_type = response.header("content-type")
    parsed = parse_feed(response.body, base_url=response.final_url, content_type=content_type, now=now)
    if parsed.format == "sitemapindex":
        parsed = walk_index(client, response.body, now).entries_as_feed(now)
    if not parsed.is_feed:
        check.reasons.append(f"not a feed ({content_type or 'no content type'})")
        return check
    check.figures = figures_of(parsed)
    if not check.figures.items:
        check.outcome = "empty"
        check.reasons.append("a feed with no usable items" + (f": {parsed.bozo_reason}" if parsed.bozo else ""))
        return check
    problems = content_problems(feed.language, check.figures.language, check.figures.newest, now, policy)
    check.outcome = problems[0][0] if problems else "ok"
    check.reasons = [reason for _, reason in problems]
    return check


def verify_feeds(
    feeds: list[Feed],
    client: HttpClient,
    *,
    now: datetime | None = None,
    policy: HealthPolicy | None = None,
    max_workers: int = 4,
) -> list[FeedCheck]:
    """Check every enabled feed; results in the feeds' order."""
    now = now or datetime.now(UTC)
    policy = policy or HealthPolicy()
    enabled = [feed for feed in feeds if feed.enabled]

    def check_host(host_feeds: list[Feed]) -> list[FeedCheck]:
        return [check_feed(client, feed, now, policy) for feed in host_feeds]

    one_batch_per_host = host_batches(enabled, 1)
    with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(one_batch_per_host)))) as pool:
        checks = {c.feed.url: c for batch in pool.map(check_host, one_batch_per_host) for c in batch}
    return [checks[feed.url] for feed in enabled]
