"""`python -m pipeline search`: search with filters, facets and a weekly histogram; `bench search`."""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline import config
from pipeline.cli.apps import app, bench_app, eval_app
from pipeline.cli.index import cluster_errors_reported

if TYPE_CHECKING:
    from pipeline.store.search import SearchResponse

MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def _marked(snippet: str) -> Text:
    """A highlighted snippet (HTML-escaped, <mark> around matches) as rich text with the matches in bold."""
    from pipeline.sanitise import without_controls

    snippet = without_controls(snippet)
    text = Text()
    position = 0
    for match in MARK.finditer(snippet):
        text.append(html.unescape(snippet[position:match.start()]))
        text.append(html.unescape(match.group(1)), style="bold yellow")
        position = match.end()
    text.append(html.unescape(snippet[position:]))
    return text


def _print(response: SearchResponse, console: Console) -> None:
    """Hits, facets and the weekly histogram; stored text is shown as text, never read as rich markup."""
    from pipeline.sanitise import without_controls

    total = f"{response.total}" + ("" if response.total_is_exact else "+") + " articles"
    if response.stories is not None and response.stories < response.total:
        total += f" in about {response.stories} stories"
    expanded = ", ".join(v for values in response.expanded.values() for v in values)
    console.print(Text(f"{total}, {response.took_ms} ms" + (f" (also matched as: {expanded})" if expanded
                                                              else "")))
    for number, hit in enumerate(response.hits, 1):
        title = _marked(hit.title)
        title.stylize("bold")
        console.print(Text(f"\n{number}. ").append(title))
        meta = " · ".join(filter(None, [(hit.published_at or "")[:10], hit.source, hit.language,
                                        " ".join(hit.countries), " ".join(hit.topics)]))
        console.print(Text(without_controls(meta), style="dim"))
        console.print(Text(without_controls(hit.url), style="blue"))
        for snippet in hit.snippets:
            console.print(Text("  … ").append(_marked(" ".join(snippet.split()))).append(" …"))
    facets = Table(title="Facets", show_header=True, box=None)
    for name in response.facets:
        facets.add_column(name)
    columns = [[Text(without_controls(f"{key} {count}")) for key, count in values]
               for values in response.facets.values()]
    for row in range(max((len(c) for c in columns), default=0)):
        facets.add_row(*[c[row] if row < len(c) else "" for c in columns])
    console.print(facets)
    if response.weeks:
        weeks = Table(title="Articles per week", box=None)
        weeks.add_column("week of")
        weeks.add_column("articles", justify="right")
        weeks.add_column("")
        peak = max(count for _, count in response.weeks)
        for week, count in response.weeks:
            weeks.add_row(week, str(count), "█" * max(1, round(20 * count / peak)))
        console.print(weeks)


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, prefix*; empty for all')] = "",
    country: Annotated[list[str] | None, typer.Option(help="ISO code, repeatable (any of them)")] = None,
    topic: Annotated[list[str] | None, typer.Option(help="Topic code, repeatable")] = None,
    lang: Annotated[list[str] | None, typer.Option(help="ISO 639-1 language, repeatable")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Outlet name or domain, repeatable")] = None,
    since: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or after")] = None,
    until: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or before")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100)] = 20,
    all_copies: Annotated[bool, typer.Option("--all-copies", help="Don't collapse near-duplicates")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response as JSON")] = False,
    alias: Annotated[str, typer.Option(help="Index alias (default: NEWS_INDEX, else news-articles)")] = "",
) -> None:
    """Search the indexed articles: relevance over title and body, names found in every language."""
    from pipeline.store.client import connect
    from pipeline.store.search import SearchRequest, search

    request = SearchRequest(
        query=query, countries=country or [], topics=topic or [], languages=lang or [], sources=source or [],
        since=since.date() if since else None, until=until.date() if until else None, limit=limit,
        collapse=not all_copies,
    )
    configured = config.settings()
    alias = alias or configured.index_alias
    with cluster_errors_reported(alias, configured.es_url):
        response = search(connect(configured), request, alias=alias)
    if as_json:
        typer.echo(json.dumps(asdict(response), ensure_ascii=False, indent=2))
    else:
        _print(response, Console())


@bench_app.command("search")
def bench_search(
    docs: Annotated[int, typer.Option(help="Synthetic documents to index")] = 100_000,
    queries: Annotated[int, typer.Option(help="Queries to time")] = 200,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
) -> None:
    """Search latency (p50/p95/p99) over synthetic articles and a realistic query mix; p95 < 50 ms."""
    from pipeline.bench.search import run
    from pipeline.store.client import connect

    figures = run(connect(), docs=docs, queries=queries)
    typer.echo(json.dumps(figures, indent=2))
    if report:
        report.write_text(json.dumps(figures, indent=2) + "\n")


@eval_app.command("search")
def eval_search(
    queries: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                            help="Judged queries: qid, query, lang, judgments {id: 2|1}")],
    corpus: Annotated[list[Path], typer.Option(exists=True, dir_okay=False,
                                               help="The texts, as for `index load`; repeatable")],
    alias: Annotated[str, typer.Option(help="Scratch alias to load into (default: a new one, deleted after)")]
    = "",
    per_query: Annotated[bool, typer.Option("--per-query", help="Also print each query's figures")] = False,
    report: Annotated[Path | None, typer.Option(help="Also write every figure as JSON here")] = None,
) -> None:
    """nDCG@10 and recall@20 of our search and of a plain multi_match baseline on a judged corpus."""
    import uuid

    from elasticsearch import helpers

    from pipeline.sanitise import without_controls
    from pipeline.store import index, relevance
    from pipeline.store.client import connect
    from pipeline.store.load import load_file

    try:
        judged = relevance.read_queries(queries)
    except relevance.BadQueries as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    scratch = not alias
    alias = alias or f"eval-search-{uuid.uuid4().hex[:8]}"
    configured = config.settings()
    es = connect(configured)
    with cluster_errors_reported(alias, configured.es_url):
        try:
            # The judged corpus is not news: what it can't index goes to a quarantine of its own.
            loaded = [load_file(es, path, alias, f"{alias}-quarantine") for path in corpus]
            languages = {hit["_source"]["record_id"]: hit["_source"].get("language")
                         for hit in helpers.scan(es, index=alias, _source=["record_id", "language"])}
            relevance.mark_cross_lingual(judged, languages)
            results = relevance.evaluate(es, alias, judged)
        finally:
            if scratch:
                index.delete_all(es, alias)
    summary = relevance.summarise(results)
    typer.echo(f"{sum(part.articles for part in loaded)} texts, {sum(len(part.bad) for part in loaded)} bad "
               f"lines; {len(judged)} queries")
    if per_query:
        for result in results:
            figures = "  ".join(f"{system} {s['ndcg']:.3f}/{s['recall']:.2f}" for system, s in result.scores.items())
            typer.echo(f"{result.qid:<8} {result.lang:<3} {'x' if result.cross_lingual else ' '} {figures}  "
                       f"{without_controls(result.query)[:60]}")
    typer.echo(f"{'group':<16} {'n':>3}  {'ours nDCG@10':>12} {'base nDCG@10':>12} {'ratio':>6}  "
               f"{'ours R@20':>9} {'base R@20':>9}")
    for name, row in summary.items():
        ratio = f"{row['ndcg_ratio']:.2f}" if row["ndcg_ratio"] is not None else "-"
        typer.echo(f"{name:<16} {row['queries']:>3}  {row['ours']['ndcg']:>12.3f} {row['baseline']['ndcg']:>12.3f} "
                   f"{ratio:>6}  {row['ours']['recall']:>9.3f} {row['baseline']['recall']:>9.3f}")
    if report:
        report.write_text(json.dumps({"summary": summary, "queries": [asdict(r) for r in results]},
                                     ensure_ascii=False, indent=2) + "\n")
