"""Feed commands: `feed-parse` (offline feed files), `feeds-check` (a feeds file), `poll` (one round)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import app, bench_app

FeedsPath = Annotated[
    Path | None, typer.Option("--feeds", help="Feeds file (default: NEWS_FEEDS, config/feeds.yaml)")
]


@app.command("feed-parse")
def feed_parse(paths: list[Path]) -> None:
    """Parse local feed files (no network); print one JSON line per file, never stopping on a bad one."""
    from pipeline.fetch.parse import parse_feed

    for path in paths:
        line: dict = {"path": str(path)}
        try:
            body = path.read_bytes()
            line.update(parse_feed(body, base_url=path.resolve().as_uri()).as_dict())
        except Exception as exc:  # one unreadable or pathological file must not end the run
            line["error"] = f"{type(exc).__name__}: {exc}"
        typer.echo(json.dumps(line, ensure_ascii=False))


@app.command("feeds-check")
def feeds_check(
    path: FeedsPath = None,
    coverage: Annotated[
        bool, typer.Option(help="Also print enabled feeds per country, language and status (Markdown)")
    ] = False,
) -> None:
    """Validate a feeds file (every enabled feed documented); exit 1 listing every bad line and field."""
    from pipeline.config import settings
    from pipeline.fetch.feeds_config import FeedsConfigError, load_feeds

    path = path or settings().feeds_config
    try:
        config = load_feeds(path, require_evidence=True)
    except FeedsConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    countries = sorted({feed.country for feed in config.feeds})
    enabled = len(config.enabled_feeds)
    typer.echo(f"{path}: {len(config.feeds)} feeds ({enabled} enabled), countries {countries}")
    if coverage:
        typer.echo(coverage_table(config.enabled_feeds))


def coverage_table(feeds: list) -> str:
    """Enabled feeds per country (rows) by language and by status (columns), as a Markdown table."""
    from pipeline.fetch.feeds_config import FEED_STATUSES

    languages = sorted({feed.language for feed in feeds})
    columns = [*languages, *FEED_STATUSES, "total"]
    rows = []
    for country in [*sorted({feed.country for feed in feeds}), "all"]:
        chosen = [feed for feed in feeds if country in ("all", feed.country)]
        counts = [sum(feed.language == lang for feed in chosen) for lang in languages]
        counts += [sum(feed.status == status for feed in chosen) for status in FEED_STATUSES]
        rows.append([country, *(str(n or "") for n in counts), str(len(chosen))])
    lines = ["| country | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


@app.command("poll")
def poll(
    path: FeedsPath = None,
    force: Annotated[bool, typer.Option(help="Poll every enabled feed, due or not")] = False,
) -> None:
    """One poll round: due feeds polled, new articles fetched into the archive; prints the summary as JSON."""
    from pipeline.archive import Archive
    from pipeline.config import settings
    from pipeline.fetch.feeds_config import load_feeds
    from pipeline.fetch.run import poll_and_fetch
    from pipeline.store.client import connect

    config = load_feeds(path or settings().feeds_config)
    summary = poll_and_fetch(
        config.feeds,
        es=connect(),
        archive=Archive(settings().archive_base),
        allowlist=config.allowlist,
        policy=config.http,
        now=datetime.now(UTC),
        force=force,
    )
    typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))


@bench_app.command("poll")
def bench_poll(
    feeds: Annotated[int, typer.Option(help="Number of feeds")] = 50,
    items: Annotated[int, typer.Option(help="Items per feed")] = 20,
    hosts: Annotated[int, typer.Option(help="Loopback hosts (127.0.0.2, .3, ...)")] = 5,
    min_delay: Annotated[float, typer.Option(help="Politeness gap per host, seconds")] = 0.02,
) -> None:
    """Cold then warm (conditional GET) poll of local feeds: requests, bytes, wall time, 304 share."""
    from pipeline.bench.poll import run_poll_bench
    from pipeline.store.client import connect

    report = run_poll_bench(connect(), feeds=feeds, items=items, hosts=hosts, min_delay=min_delay)
    typer.echo(json.dumps(report, indent=1))
