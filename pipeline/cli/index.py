"""`python -m pipeline index ...`: the article index and its versions; `bench index`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from pipeline import config
from pipeline.cli.apps import app, bench_app

index_app = typer.Typer(help="The Elasticsearch article index: create it, migrate it to a new version.")
app.add_typer(index_app, name="index")


@contextmanager
def cluster_errors_reported(alias: str, es_url: str) -> Iterator[None]:
    """Turn a missing index or an unreachable cluster into one clear line and exit status 1."""
    from elasticsearch import ConnectionError as ClusterUnreachable
    from elasticsearch import NotFoundError

    try:
        yield
    except NotFoundError as error:
        typer.echo(f"error: {alias} does not exist yet: run `python -m pipeline index ensure` or ingest "
                   "first", err=True)
        raise typer.Exit(1) from error
    except ClusterUnreachable as error:
        typer.echo(f"error: Elasticsearch is not answering at {es_url}: start it with "
                   "`python -m pipeline es start` or set ES_URL", err=True)
        raise typer.Exit(1) from error


AliasOption = Annotated[str, typer.Option(help="Index alias (default: NEWS_INDEX, else news-articles)")]


@index_app.command("ensure")
def ensure(alias: AliasOption = "") -> None:
    """Create the template, the first index version behind the alias and the quarantine index if missing."""
    from pipeline.store import index
    from pipeline.store.client import connect

    configured = config.settings()
    alias = alias or configured.index_alias
    with cluster_errors_reported(alias, configured.es_url):
        typer.echo(f"{alias} -> {index.ensure_index(connect(configured), alias, configured.quarantine_index)}")


@index_app.command("migrate")
def migrate(alias: AliasOption = "") -> None:
    """Create the next index version, copy every article into it, and swap the alias atomically."""
    from pipeline.store import index
    from pipeline.store.client import connect

    configured = config.settings()
    alias = alias or configured.index_alias
    with cluster_errors_reported(alias, configured.es_url):
        result = index.migrate(connect(configured), alias, configured.quarantine_index)
    typer.echo(f"{alias}: {result.old_index} -> {result.new_index}, {result.copied} copied "
               f"by {result.method}, {result.caught_up} caught up after the swap; "
               f"{result.old_index} kept, delete it when done")


@bench_app.command("index")
def bench_index(
    docs: Annotated[int, typer.Option(help="Documents per writer")] = 10_000,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
) -> None:
    """Our bulk writer against plain helpers.bulk on the same documents; target: ours >= 80% of plain."""
    from pipeline.bench.index import run
    from pipeline.store.client import connect

    figures = run(connect(), docs=docs)
    typer.echo(json.dumps(figures, indent=2))
    if report:
        report.write_text(json.dumps(figures, indent=2) + "\n")


@index_app.command("load")
def load(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSON lines: id, title, text, lang, "
                                         "optional url, published_at, source")],
    alias: AliasOption = "",
) -> None:
    """Index articles given as JSON lines, tagged and de-duplicated like fetched ones; bad lines reported."""
    from pipeline.store.client import connect
    from pipeline.store.load import load_file

    configured = config.settings()
    alias = alias or configured.index_alias
    with cluster_errors_reported(alias, configured.es_url):
        summary = load_file(connect(configured), file, alias, configured.quarantine_index,
                            progress=lambda done: typer.echo(f"{done} articles ...", err=True))
    for problem in summary.bad:
        typer.echo(f"skipped {problem}", err=True)
    typer.echo(f"{alias}: {summary.articles} articles from {summary.lines} lines, {len(summary.bad)} bad; "
               + ", ".join(f"{key} {value}" for key, value in summary.indexed.items()))
