"""Feed health: which feeds work, which are dead, which have gone quiet, from the feed state.

The poll stage keeps, per feed, a short daily history (polls, failures, new
items) in the feed-state index. This module turns that into one report per
day: per feed the items of the last 1/7/30 days, the error rate, the last
success, the consecutive failures and a status. A report is stored in
Elasticsearch (index NEWS_FEED_HEALTH_INDEX, `news-feed-health` by default, one document per report day, so a
re-run overwrites it) and is what the Airflow "Feed health" view shows.

Statuses, worst first:
  dead          failing for `dead_after_failures` polls in a row, or no success for `dead_after_days`
  quiet         polls succeed but a feed that normally publishes has had nothing new for far too long
  failing       the last poll(s) failed, not yet dead
  stale         polls succeed but the newest item the feed lists is older than `stale_after_days`
                (a feed frozen by its CMS, or an archive page instead of the live feed)
  wrong-language  the feed's items are in another language than the one configured
                (a mislabelled feed, or a URL that serves another edition of the site)
  never-polled  configured, no poll recorded yet
  ok
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta

from pipeline.fetch.state import HISTORY_DAYS, FeedState
from pipeline.store import INDEX_SETTINGS, simple_index
from pipeline.utc import iso_utc

STATUSES = ("dead", "quiet", "failing", "stale", "wrong-language", "never-polled", "ok")

REPORT_MAPPING = {
    "dynamic": "strict",
    "properties": {
        "report_id": {"type": "keyword"},
        "generated_at": {"type": "date"},
        "down_share": {"type": "float"},
        "max_down_share": {"type": "float"},
        "healthy": {"type": "boolean"},
        "totals": {"type": "object", "dynamic": True},
        "policy": {"type": "object", "enabled": False},
        "feeds": {
            "type": "nested",
            "properties": {
                "name": {"type": "keyword"},
                "feed_url": {"type": "keyword"},
                "status": {"type": "keyword"},
                "reasons": {"type": "text"},
                "items_1d": {"type": "integer"},
                "items_7d": {"type": "integer"},
                "items_30d": {"type": "integer"},
                "polls_30d": {"type": "integer"},
                "failures_30d": {"type": "integer"},
                "error_rate": {"type": "float"},
                "last_success_at": {"type": "date"},
                "last_new_items_at": {"type": "date"},
                "consecutive_failures": {"type": "integer"},
                "last_error": {"type": "text"},
                "language": {"type": "keyword"},
                "detected_language": {"type": "keyword"},
                "newest_item_at": {"type": "date"},
                "daily_items": {"type": "integer"},
            },
        },
    },
}


class FeedsDownError(RuntimeError):
    """Too large a share of the feeds is dead: the health task fails so the run shows red."""


@dataclass(frozen=True)
class HealthPolicy:
    dead_after_failures: int = 5
    dead_after_days: float = 3.0
    # A silent gap: a feed whose history shows at least `normal_items_per_day` new items a day
    # has had none for `quiet_factor` times its usual gap, and at least `min_quiet_days`.
    normal_items_per_day: float = 0.5
    quiet_factor: float = 3.0
    min_quiet_days: float = 2.0
    stale_after_days: float = 14.0
    max_down_share: float = 0.3


@dataclass
class FeedHealth:
    name: str
    feed_url: str
    status: str
    reasons: list[str] = field(default_factory=list)
    items_1d: int = 0
    items_7d: int = 0
    items_30d: int = 0
    polls_30d: int = 0
    failures_30d: int = 0
    error_rate: float = 0.0
    last_success_at: str | None = None
    last_new_items_at: str | None = None
    consecutive_failures: int = 0
    last_error: str = ""
    daily_items: list[int] = field(default_factory=list)  # new items per day, oldest first, today last
    language: str = ""  # configured
    detected_language: str = ""  # of the items at the last poll that read them
    newest_item_at: str | None = None


@dataclass
class HealthReport:
    report_id: str
    generated_at: str
    feeds: list[FeedHealth]
    policy: HealthPolicy

    @property
    def totals(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUSES}
        for feed in self.feeds:
            counts[feed.status] += 1
        return {"feeds": len(self.feeds), **counts}

    @property
    def down_share(self) -> float:
        return self.totals["dead"] / len(self.feeds) if self.feeds else 0.0

    @property
    def healthy(self) -> bool:
        return self.down_share <= self.policy.max_down_share

    def to_doc(self) -> dict:
        return {
            "report_id": self.report_id,
            "generated_at": self.generated_at,
            "down_share": round(self.down_share, 4),
            "max_down_share": self.policy.max_down_share,
            "healthy": self.healthy,
            "totals": self.totals,
            "policy": asdict(self.policy),
            "feeds": [asdict(feed) for feed in self.feeds],
        }


def report_day(now: datetime) -> date:
    """The day a report made at `now` describes: at midnight (a daily run's end) the day that just ended."""
    return (now.astimezone(UTC) - timedelta(microseconds=1)).date()


def _daily(state: FeedState, now: datetime, key: str) -> list[int]:
    """`key` per day for the last HISTORY_DAYS days, oldest first; days with no poll count 0."""
    by_day = {entry["day"]: int(entry.get(key, 0)) for entry in state.history}
    today = report_day(now)
    days = [today - timedelta(days=back) for back in range(HISTORY_DAYS - 1, -1, -1)]
    return [by_day.get(day.isoformat(), 0) for day in days]


def _quiet_reason(state: FeedState, daily_items: list[int], now: datetime, policy: HealthPolicy) -> str:
    """Why the feed counts as silent, or "" when its silence is normal for it."""
    polled_days = [entry for entry in state.history if entry.get("polls")]
    if state.last_new_items_at is None or len(polled_days) < 2:
        return ""
    quiet_for = now - state.last_new_items_at
    # The usual rate comes from the days before the silence began.
    before = state.last_new_items_at.astimezone(UTC).date().isoformat()
    baseline = [entry for entry in polled_days if entry["day"] <= before]
    rate = sum(int(entry.get("new_items", 0)) for entry in baseline) / max(len(baseline), 1)
    if rate < policy.normal_items_per_day:
        return ""
    allowed = timedelta(days=max(policy.min_quiet_days, policy.quiet_factor / rate))
    if quiet_for <= allowed:
        return ""
    return (
        f"nothing new for {quiet_for.total_seconds() / 86400:.1f} days; "
        f"it usually publishes {rate:.1f} items a day"
    )


def content_problems(
    language: str, detected_language: str, newest: datetime | None, now: datetime, policy: HealthPolicy
) -> list[tuple[str, str]]:
    """(status, reason) for items that are too old or in another language than configured.

    `feeds-verify` judges a fresh poll with this, the report judges the stored state.
    """
    problems = []
    if newest is not None and now - newest > timedelta(days=policy.stale_after_days):
        age = (now - newest).total_seconds() / 86400
        problems.append(
            ("stale", f"newest item is {age:.0f} days old (more than {policy.stale_after_days:g} allowed)")
        )
    if language and detected_language and detected_language != language:
        problems.append(("wrong-language", f"items are in {detected_language!r}, configured {language!r}"))
    return problems


def assess(
    state: FeedState, now: datetime, policy: HealthPolicy = HealthPolicy(), language: str = ""
) -> FeedHealth:
    """The health of one feed from its state; `language` is the configured one."""
    daily_items = _daily(state, now, "new_items")
    polls, failures = sum(_daily(state, now, "polls")), sum(_daily(state, now, "failures"))
    health = FeedHealth(
        name=state.name,
        feed_url=state.feed_url,
        status="ok",
        items_1d=daily_items[-1],
        items_7d=sum(daily_items[-7:]),
        items_30d=sum(daily_items),
        polls_30d=polls,
        failures_30d=failures,
        error_rate=round(failures / polls, 4) if polls else 0.0,
        last_success_at=iso_utc(state.last_success_at),
        last_new_items_at=iso_utc(state.last_new_items_at),
        consecutive_failures=state.consecutive_failures,
        last_error=state.last_error,
        daily_items=daily_items,
        language=language,
        detected_language=state.detected_language,
        newest_item_at=iso_utc(state.newest_item_at),
    )
    if state.last_polled_at is None:
        health.status, health.reasons = "never-polled", ["no poll recorded yet"]
        return health
    since_success = now - (state.last_success_at or state.last_polled_at)
    if state.consecutive_failures >= policy.dead_after_failures:
        health.reasons.append(f"{state.consecutive_failures} failed polls in a row")
    if state.consecutive_failures and since_success > timedelta(days=policy.dead_after_days):
        health.reasons.append(
            "no successful poll " + (f"for {since_success.days} days" if state.last_success_at else "ever")
        )
    if health.reasons:
        health.status = "dead"
    elif state.consecutive_failures:
        health.status, health.reasons = "failing", [f"last {state.consecutive_failures} poll(s) failed"]
    elif reason := _quiet_reason(state, daily_items, now, policy):
        health.status, health.reasons = "quiet", [reason]
    elif problems := content_problems(language, state.detected_language, state.newest_item_at, now, policy):
        health.status, health.reasons = problems[0][0], [reason for _, reason in problems]
    return health


def build_report(
    states: Iterable[FeedState],
    now: datetime,
    policy: HealthPolicy = HealthPolicy(),
    languages: dict[str, str] | None = None,
) -> HealthReport:
    """The report over the given feed states (`languages`: configured language per feed URL).

    Its id is the UTC day it describes.
    """
    now = now.astimezone(UTC)
    languages = languages or {}
    order = {status: rank for rank, status in enumerate(STATUSES)}
    assessed = (assess(state, now, policy, languages.get(state.feed_url, "")) for state in states)
    feeds = sorted(assessed, key=lambda f: (order[f.status], f.name))
    return HealthReport(
        report_id=report_day(now).isoformat(), generated_at=now.isoformat(), feeds=feeds, policy=policy
    )


def ensure_report_index(es, index: str) -> None:
    simple_index.ensure(es, index, REPORT_MAPPING, INDEX_SETTINGS)


def write_report(es, report: HealthReport, index: str) -> str:
    """Store the report under its day's id (re-running the day replaces it); returns the id."""
    ensure_report_index(es, index)
    es.index(index=index, id=report.report_id, document=report.to_doc(), refresh="wait_for")
    return report.report_id


def latest_report(es, index: str) -> dict | None:
    """The newest stored report, or None before the first one."""
    if not es.indices.exists(index=index):
        return None
    hits = es.search(index=index, size=1, sort=[{"generated_at": "desc"}])["hits"]["hits"]
    return hits[0]["_source"] if hits else None


def down_problem(report: HealthReport) -> str:
    """What is wrong when more than the allowed share of feeds is dead; "" when the share is fine."""
    if report.healthy:
        return ""
    dead = [feed.name for feed in report.feeds if feed.status == "dead"]
    return (
        f"{len(dead)} of {len(report.feeds)} feeds are dead ({report.down_share:.0%} > "
        f"{report.policy.max_down_share:.0%} allowed): {', '.join(dead[:20])}"
    )


def check(report: HealthReport) -> None:
    """Raise FeedsDownError when more than the allowed share of feeds is dead."""
    if problem := down_problem(report):
        raise FeedsDownError(problem)
