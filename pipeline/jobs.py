"""The work of each Airflow task, as plain functions that take and return JSON-able values.

DAG files only wire these together; every function here can be called from a
shell or a test with no Airflow running, and returns the counts the task logs
and pushes to XCom. Each resolves the settings once and passes them down.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from pipeline.config import Settings, settings

log = logging.getLogger(__name__)

# Airflow asset names: news_poll emits RAW_ASSET with the archive files it wrote and could not index
# itself; news_process consumes them. The index tasks of both emit INDEX_ASSET for downstream users.
RAW_ASSET = "news_raw_archive"
INDEX_ASSET = "news_articles_index"
# Airflow pools the DAGs use, with their size and description: created by the local set-up (through
# the REST API) and by compose's airflow-init (`python -m pipeline airflow-pools`, then `airflow pools
# import`). Poll tasks run in FETCH_POOL: it caps how many fetch at once, however many feed batches.
# The index tasks of news_poll and news_process run in INDEX_POOL, one at a time: each assigns
# near-duplicate clusters against what the index holds, so two at once could miss each other's articles.
FETCH_POOL = "news_fetch"
INDEX_POOL = "news_index"
POOLS = {
    FETCH_POOL: {"slots": 4, "description": "Concurrent feed-poll tasks", "include_deferred": False},
    INDEX_POOL: {"slots": 1, "description": "Index tasks, one at a time (near-duplicate clusters)",
                 "include_deferred": False},
}
# Mapped prepare tasks a news_process run splits its files into, unless NEWS_PROCESS_BATCHES says
# otherwise: enough to keep a few cores busy; a deployment with more workers sets more. The cap keeps
# well under Airflow's limit on mapped task instances.
PROCESS_BATCHES = 4
MAX_PROCESS_BATCHES = 256
MAX_REPORTED_PROBLEMS = 100  # refused files listed in a task's counts; all of them are counted and quarantined


def plan_poll(feeds_config: str = "", batch_size: int = 10, now: datetime | None = None) -> list[list[str]]:
    """Names of the feeds due for a poll, in batches (one mapped task instance per batch).

    `feeds_config` may only name a file the deployment allows (`allowed_feeds_file`), as in `poll`
    and `feed_health`."""
    from pipeline.fetch.feeds_config import allowed_feeds_file, load_feeds
    from pipeline.fetch.run import host_batches
    from pipeline.fetch.state import FeedStateStore
    from pipeline.store.client import connect

    configured = settings()
    config = load_feeds(allowed_feeds_file(feeds_config, configured))
    store = FeedStateStore(connect(configured), configured.feed_state_index)
    due = store.due_feeds(config.enabled_feeds, now or datetime.now(UTC))
    # All feeds of one host share a batch, so no two workers poll the same host at once.
    return [[feed.name for feed in batch] for batch in host_batches(due, batch_size)]


def poll(feed_names: list[str], feeds_config: str = "", now: datetime | None = None) -> dict:
    """Poll the named feeds, fetch their new articles into the raw archive; counts and new files."""
    from pipeline.archive import Archive
    from pipeline.fetch.feeds_config import allowed_feeds_file, load_feeds
    from pipeline.fetch.run import indexed_urls_checker, poll_and_fetch
    from pipeline.store.client import connect

    configured = settings()
    config = load_feeds(allowed_feeds_file(feeds_config, configured))
    wanted = set(feed_names)
    es = connect(configured)
    summary = poll_and_fetch(
        [feed for feed in config.feeds if feed.name in wanted],
        es=es,
        archive=Archive(configured.archive_base),
        allowlist=config.allow_private_hosts,
        now=now or datetime.now(UTC),
        policy=config.http,
        state_index=configured.feed_state_index,
        is_indexed=indexed_urls_checker(es, configured.index_alias),
    )
    return summary.as_dict()


def announced_files(conf: dict | None, triggering_asset_events: dict | None = None) -> list[str]:
    """The archive files a news_process run was asked for: its conf's `files` and the file lists of
    the asset events that triggered it. Whoever triggers a run writes these, so they are only names
    here: `process` reads just those that are files of the archive and reports the rest."""
    named = _as_list((conf or {}).get("files"))
    for events in (triggering_asset_events or {}).values():
        for event in events:
            named += _as_list((event.extra or {}).get("files"))
    # Not a string is not a name: kept, shown short, so that `process` refuses and reports it.
    return sorted({name if isinstance(name, str) else repr(name)[:200] for name in named})


def _as_list(value) -> list:
    return list(value) if isinstance(value, list | tuple) else [value] if value else []


def process_batches(files: list[str], batches: int = 0) -> list[list[str]]:
    """The files split into at most `batches` (default: NEWS_PROCESS_BATCHES, else PROCESS_BATCHES)
    batches of near-equal count, one mapped prepare task each; none for no files (the index task
    still runs and reports the run's counts)."""
    wanted = str(batches or os.environ.get("NEWS_PROCESS_BATCHES") or PROCESS_BATCHES)
    if not (wanted.isdecimal() and len(wanted) <= 3 and 1 <= int(wanted) <= MAX_PROCESS_BATCHES):
        raise ValueError(f"NEWS_PROCESS_BATCHES must be a whole number from 1 to {MAX_PROCESS_BATCHES}, "
                         f"not {wanted[:50]!r}")
    count = min(int(wanted), len(files))
    return [files[start::count] for start in range(count)]


def prepare_polled(polled: dict) -> dict:
    """`prepare` for the archive files one poll batch wrote, run as soon as they are written so that
    processing overlaps polling; with the files' names, so that news_process does not prepare them again."""
    files = list(polled.get("archive_files") or [])
    return {**prepare(files), "archive_files": files}


def index_polled(prepared_batches) -> dict:
    """news_poll's own index step: cluster and index the batches its prepare tasks made (a batch whose
    prepare failed is left out), so its articles are searchable without waiting for news_process; with
    the archive files they came from. The argument is every batch's result, or the one result of a run
    with one batch: Airflow hands a task outside a mapped group a single value when the group ran once."""
    batches = [batch for batch in _each_batch(prepared_batches) if batch]
    files = sorted({file for batch in batches for file in batch["archive_files"]})
    return {**index_prepared(batches), "archive_files": files}


def announcement(polled, prepared_batches, indexed: dict | None) -> dict:
    """The extra of news_poll's event: the archive files its poll batches wrote that its index step did
    not index, and the batches already prepared from them, for news_process. When the index step ran,
    that is only the files of batches whose prepare failed; when it failed, every file, with the
    prepared batches still on the archive. Arguments as in `index_polled`."""
    polled, prepared_batches = _each_batch(polled), _each_batch(prepared_batches)
    files = {file for counts in polled if counts for file in counts["archive_files"]}
    done = set(indexed["archive_files"]) if indexed else set()
    return {"files": sorted(files - done), "indexed_files": len(files & done),
            "prepared": [] if indexed else [batch for batch in prepared_batches if batch]}


def _each_batch(results) -> list:
    return [results] if isinstance(results, dict) else list(results or [])


def process_plan(conf: dict | None, triggering_asset_events: dict | None = None) -> dict:
    """What a news_process run does: `batches`, the announced files to prepare in mapped tasks, and
    `prepared`, the batches news_poll already prepared (still on the archive), to index as they are.

    A prepared batch an event names but that is not one (a wrong name, an odd shape, gone from the
    archive) is not trusted: its files are prepared again instead."""
    from pipeline import prepared
    from pipeline.archive import Archive

    archive = Archive(settings().archive_base)
    ready, covered = [], set()
    for events in (triggering_asset_events or {}).values():
        for event in events:
            for batch in _as_list((event.extra or {}).get("prepared")):
                if prepared.usable(archive, batch):
                    ready.append(batch)
                    covered.update(batch["archive_files"])
    files = [name for name in announced_files(conf, triggering_asset_events) if name not in covered]
    return {"batches": process_batches(files), "prepared": ready}


def process(files: list[str], alias: str = "", dry_run: bool = False) -> dict:
    """Extract, tag and index every page in the given archive files; counts of each outcome.

    Names that are not files of the archive, and files that can't be read, are refused one by one
    (logged, counted, quarantined with the reason, never quoting file content); the others go on.
    """
    return _process(files, alias, dry_run, settings())


def _process(files: list[str], alias: str, dry_run: bool, configured: Settings) -> dict:
    """`process` with settings already read (reprocess reads them once for both)."""
    from pipeline.store.bulk import quarantine
    from pipeline.store.client import connect

    articles, rejected, counts = _extracted(files, configured)
    if dry_run:
        return counts
    es = connect(configured)
    alias = alias or configured.index_alias
    quarantine(es, rejected, alias, configured.quarantine_index)
    return {**counts, "index": _indexed(es, alias, configured.quarantine_index, articles)}


def prepare(files: list[str]) -> dict:
    """The parallel half of `process`: extract and tag one batch and keep its articles and rejected
    pages for `index_prepared`; the batch's counts and the name of what it kept."""
    from pipeline import prepared
    from pipeline.archive import Archive

    configured = settings()
    articles, rejected, counts = _extracted(files, configured)
    return {**counts, "prepared": prepared.write(Archive(configured.archive_base), files, articles, rejected)}


def index_prepared(batches: list[dict], alias: str = "") -> dict:
    """The serial half of `process`: cluster and index the articles of every prepared batch at once,
    in publication order as a serial run would, quarantine their rejected pages, then delete the
    batches; the run's summed counts."""
    from pipeline import prepared
    from pipeline.archive import Archive
    from pipeline.store.bulk import quarantine
    from pipeline.store.client import connect

    configured = settings()
    archive = Archive(configured.archive_base)
    names = [batch["prepared"] for batch in batches if batch.get("prepared")]
    articles, rejected = [], []
    for name in names:
        batch_articles, batch_rejected = prepared.read(archive, name)
        articles += batch_articles
        rejected += batch_rejected
    es = connect(configured)
    alias = alias or configured.index_alias
    quarantine(es, rejected, alias, configured.quarantine_index)
    written = _indexed(es, alias, configured.quarantine_index, articles)
    prepared.remove(archive, names)
    return {**_summed([{k: v for k, v in batch.items() if k not in ("prepared", "archive_files")}
                       for batch in batches]),
            "batches": len(batches), "index": written}


def _extracted(files: list[str], configured: Settings) -> tuple[list, list, dict]:
    """Articles and rejected pages of the files, and the counts of each outcome."""
    from pipeline.archive import Archive, FileProblem
    from pipeline.process import ProcessSummary, split_pages
    from pipeline.records import Rejected

    summary = ProcessSummary()
    problems: list[FileProblem] = []
    articles, rejected = split_pages(Archive(configured.archive_base).read(files, problems), summary)
    for problem in problems:
        log.warning("archive file refused: %s", problem.reason)
    counts = {"files": len(files), "files_refused": len(problems), **asdict(summary),
              "refused_files": [asdict(problem) for problem in problems[:MAX_REPORTED_PROBLEMS]]}
    return articles, [*rejected, *(Rejected(p.name, p.reason, "") for p in problems)], counts


def _indexed(es, alias: str, quarantine: str, articles: list) -> dict:
    """Assign near-duplicate clusters (against the index and each other) and write the articles."""
    from pipeline.store.bulk import write_articles
    from pipeline.store.clusters import assign_clusters
    from pipeline.store.index import ensure_index

    # A concrete index (a new version being filled, say) is written as it is; an alias is set up first.
    if es.indices.exists_alias(name=alias) or not es.indices.exists(index=alias):
        ensure_index(es, alias, quarantine)
    assign_clusters(es, alias, articles)
    return write_articles(es, articles, alias, quarantine).as_dict()


def _summed(counts: list[dict]) -> dict:
    """Counts of several batches added up: numbers summed, per-reason tallies merged, lists joined (cut)."""
    total: dict = {}
    for batch in counts:
        for key, value in batch.items():
            if isinstance(value, dict):
                merged = total.setdefault(key, {})
                for reason, number in value.items():
                    merged[reason] = merged.get(reason, 0) + number
            elif isinstance(value, list):
                total[key] = (total.get(key, []) + value)[:MAX_REPORTED_PROBLEMS]
            else:
                total[key] = total.get(key, 0) + value
    return total


def run_interval(
    data_interval_start: datetime | None,
    data_interval_end: datetime | None,
    run_after: datetime,
    length: timedelta = timedelta(days=1),
) -> tuple[datetime, datetime]:
    """The time span a run covers: its data interval or, for a run with none (triggered by an asset
    event or through the API without a logical date), the `length` up to its run_after time."""
    if data_interval_start is not None and data_interval_end is not None:
        return data_interval_start, data_interval_end
    return run_after - length, run_after


class TargetError(ValueError):
    """A reprocess target other than the article alias or one of its versioned indices."""


def reprocess(start: datetime, end: datetime, target: str = "", dry_run: bool = False) -> dict:
    """Extract, tag and index again every archive file fetched in [start, end), into `target`
    (empty for NEWS_INDEX; else that alias or one of its versioned indices, `<alias>-v<n>`).
    With `dry_run`, only count."""
    from pipeline.archive import Archive
    from pipeline.store.index import is_alias_or_version

    configured = settings()
    alias = configured.index_alias
    if target and not is_alias_or_version(target, alias):
        raise TargetError(f"target {str(target)[:200]!r} is neither the article alias {alias!r} "
                          f"nor one of its versioned indices ({alias}-v<n>)")
    files = Archive(configured.archive_base).files_between(start, end)
    counts = _process(files, target, dry_run, configured)
    return {"start": start.isoformat(), "end": end.isoformat(), "dry_run": dry_run, **counts}


def feed_health(now: datetime | None = None, feeds_config: str = "", max_down_share: float = 0.3) -> dict:
    """Build and store today's feed-health report for every enabled configured feed; its summary.

    The summary says whether too many feeds are dead; `check_feed_health` turns that into a failure.
    """
    from pipeline import health
    from pipeline.fetch.feeds_config import allowed_feeds_file, load_feeds
    from pipeline.fetch.state import FeedStateStore
    from pipeline.store.client import connect

    configured = settings()
    es = connect(configured)
    feeds = [feed for feed in load_feeds(allowed_feeds_file(feeds_config, configured)).feeds if feed.enabled]
    states = FeedStateStore(es, configured.feed_state_index).load(feeds)
    policy = health.HealthPolicy(max_down_share=max_down_share)
    languages = {feed.url: feed.language for feed in feeds}
    report = health.build_report(states.values(), now or datetime.now(UTC), policy, languages)
    health.write_report(es, report, configured.feed_health_index)
    return {"report_id": report.report_id, "down_share": round(report.down_share, 4), **report.totals,
            "problem": health.down_problem(report)}


def check_feed_health(summary: dict) -> dict:
    """Raise when the report found too many feeds down, so the task shows failed in the UI."""
    from pipeline.health import FeedsDownError

    if summary.get("problem"):
        raise FeedsDownError(summary["problem"])
    return summary
