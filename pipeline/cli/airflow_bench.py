"""`bench e2e` and `bench startup`: the pipeline through the real Airflow scheduler, and the start of its tasks
(registered in pipeline.cli)."""

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import bench_app


@bench_app.command("e2e")
def bench_e2e(
    timeout: Annotated[float, typer.Option(help="Give up waiting after this many seconds")] = 600,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
) -> None:
    """50 loopback feeds on 5 hosts, 1,000 articles: trigger news_poll until all are searchable; target < 60 s."""
    from pipeline.bench.e2e import run
    from pipeline.store.client import connect

    figures = run(connect(), timeout=timeout, progress=lambda message: typer.echo(message, err=True))
    _show(figures, report)


@bench_app.command("startup")
def bench_startup(
    rounds: Annotated[int, typer.Option(help="Probes per task; figures are their medians")] = 3,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
) -> None:
    """Where a news_process task's first seconds go: interpreter, Airflow, DAG parse, our first call."""
    from pipeline.bench.startup import run
    from pipeline.store.client import connect

    figures = run(connect(), rounds=rounds, progress=lambda message: typer.echo(message, err=True))
    _show(figures, report)


def _show(figures: dict, report: Path | None) -> None:
    typer.echo(json.dumps(figures, indent=2))
    if report:
        report.write_text(json.dumps(figures, indent=2) + "\n")


@bench_app.command("stages")
def bench_stages(
    pages: Annotated[int, typer.Option(help="Synthetic pages to process")] = 400,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
) -> None:
    """CPU-ms per article of extract, tag, dedup, cluster and index; bytes per article stored."""
    from pipeline.bench.stages import run
    from pipeline.store.client import connect

    _show(run(connect(), pages=pages, progress=lambda message: typer.echo(message, err=True)), report)
