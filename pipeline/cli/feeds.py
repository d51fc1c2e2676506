"""Feed commands: `feed-parse` (offline files), `feeds-check`, `feeds-discover`, `feeds-verify`, `poll`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import app, bench_app

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

    path = path or settings().feeds_config
    config = _load_feeds_or_exit(path, require_evidence=True)
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
    from pipeline.fetch.run import indexed_urls_checker, poll_and_fetch
    from pipeline.store.client import connect

    configured = settings()
    config = load_feeds(path or configured.feeds_config)
    es = connect(configured)
    summary = poll_and_fetch(
        config.feeds,
        es=es,
        archive=Archive(configured.archive_base),
        allowlist=config.allowlist,
        policy=config.http,
        now=datetime.now(UTC),
        state_index=configured.feed_state_index,
        is_indexed=indexed_urls_checker(es, configured.index_alias),
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


@app.command("feeds-discover")
def feeds_discover(
    pages: Annotated[list[str], typer.Argument(help="Outlet homepages or section pages")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per feed found")] = False,
    allow_host: Annotated[
        list[str] | None, typer.Option(help="Admit this private host or network (tests, intranets)")
    ] = None,
    country: Annotated[str, typer.Option(help="Country code written into the YAML entries")] = "??",
    path: FeedsPath = None,
) -> None:
    """Find the feeds of pages (announced, common paths, news sitemaps), each fetched and parsed.

    Prints ready-to-paste feeds.yaml entries, or JSON with --json. A page without a feed says so;
    exits 1 when a page could not be read. Limits and politeness come from the feeds file's `http`.
    """
    from pipeline.fetch.discover import FeedFinder
    from pipeline.fetch.http import HttpClient

    config = _feeds_config_or_defaults(path)
    unreadable = 0
    with HttpClient(config.http, [*config.allowlist, *(allow_host or [])]) as client:
        finder = FeedFinder(client)
        for page in pages:
            found = finder.discover(page)
            unreadable += bool(found.error)
            typer.echo(_discovery_json(found) if as_json else _discovery_yaml(found, country, finder.now))
    if unreadable:
        raise typer.Exit(1)


def _feeds_config_or_defaults(path: Path | None):
    """The given feeds file; else the configured one if it exists; else default HTTP settings."""
    from pipeline.config import settings
    from pipeline.fetch.feeds_config import FeedsConfig

    if path is None and not Path(settings().feeds_config).exists():
        return FeedsConfig(feeds=[])
    return _load_feeds_or_exit(path)


def _load_feeds_or_exit(path: Path | None, *, require_evidence: bool = False):
    """The feeds file (default: the configured one); exit 1 listing every problem when it is unusable."""
    from pipeline.config import settings
    from pipeline.fetch.feeds_config import FeedsConfigError, load_feeds

    try:
        return load_feeds(path or settings().feeds_config, require_evidence=require_evidence)
    except FeedsConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None


def _discovery_json(found) -> str:
    if found.error:
        return json.dumps({"page": found.page, "error": found.error}, ensure_ascii=False)
    if not found.feeds:
        return json.dumps({"page": found.page, "feeds_found": 0, "rejected": found.rejected}, ensure_ascii=False)
    return "\n".join(json.dumps(feed.as_dict(), ensure_ascii=False) for feed in found.feeds)


def _discovery_yaml(found, country: str, now: datetime) -> str:
    """feeds.yaml entries for what was found, with the candidates that were not feeds as comments."""
    if found.error:
        return f"# {found.page}: cannot read the page: {found.error}"
    lines = [f"# {found.page}: {len(found.feeds) or 'no'} feed(s) found"]
    for feed in found.feeds:
        newest = feed.figures.newest.date().isoformat() if feed.figures.newest else "undated"
        evidence = (
            f"found by feeds-discover ({feed.how}) on {now.date().isoformat()}: "
            f"{feed.figures.items} items, newest {newest}"
        )
        if feed.type == "json":
            lines.append(f"#   JSON Feed {feed.url} ({evidence}); polling reads RSS, Atom and sitemaps only")
            continue
        status = "confirmed" if feed.figures.items else "unverified"
        lines.append(
            f"  - {{name: {json.dumps(feed.title, ensure_ascii=False)}, url: {json.dumps(feed.url)}, "
            f"type: {feed.type}, language: {json.dumps(feed.figures.language or '??')}, "
            f"country: {json.dumps(country)}, status: {status},\n     evidence: {json.dumps(evidence)}}}"
        )
    lines += [f"#   not a feed: {url}: {why}" for url, why in found.rejected.items()]
    return "\n".join(lines)


@app.command("feeds-verify")
def feeds_verify(
    path: FeedsPath = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per feed instead of a table")] = False,
    stale_after_days: Annotated[float, typer.Option(help="Newest item older than this: stale")] = 14.0,
    country: Annotated[
        list[str] | None, typer.Option(help="Only the feeds of this country (ISO code; repeatable)")
    ] = None,
) -> None:
    """Poll every enabled feed once (feeds only, no articles) and print what each answered.

    Exits 1 when any enabled feed is dead or empty; stale and wrong-language feeds are listed.
    """
    from pipeline.fetch.http import HttpClient
    from pipeline.fetch.verify import FAILING, OUTCOMES, verify_feeds
    from pipeline.health import HealthPolicy

    config = _load_feeds_or_exit(path)
    feeds = [feed for feed in config.feeds if not country or feed.country in {c.upper() for c in country}]
    now = datetime.now(UTC)
    with HttpClient(config.http, config.allowlist) as client:
        checks = verify_feeds(feeds, client, now=now, policy=HealthPolicy(stale_after_days=stale_after_days))
    rows = [check.as_dict(now) for check in checks]
    if as_json:
        typer.echo("\n".join(json.dumps(row, ensure_ascii=False) for row in rows))
    else:
        typer.echo(_verify_table(rows))
        counts = {outcome: sum(row["outcome"] == outcome for row in rows) for outcome in OUTCOMES}
        typer.echo(", ".join(f"{outcome} {count}" for outcome, count in counts.items()) + f" of {len(rows)}")
    if any(row["outcome"] in FAILING for row in rows):
        raise typer.Exit(1)


def _verify_table(rows: list[dict]) -> str:
    header = ("outcome", "http", "items", "age (d)", "language", "feed", "reasons")
    cells = [
        (
            row["outcome"],
            str(row["http_status"] or "-"),
            str(row["items"]),
            "-" if row["newest_age_days"] is None else f"{row['newest_age_days']:.1f}",
            f"{row['language']}/{row['detected_language'] or '?'}",
            row["name"],
            "; ".join(row["reasons"]),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(value.ljust(width) for value, width in zip(line, widths, strict=False)) + "  " + line[-1]
        for line in [header, *cells]
    )
