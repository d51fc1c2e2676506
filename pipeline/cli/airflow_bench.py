"""`bench e2e` and `bench startup`: the pipeline through the real Airflow scheduler, and the start of its tasks
(registered in pipeline.cli)."""

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import bench_app


class Executor(StrEnum):
    local = "local"
    celery = "celery"


@bench_app.command("e2e")
def bench_e2e(
    timeout: Annotated[float, typer.Option(help="Give up waiting after this many seconds")] = 600,
    report: Annotated[Path | None, typer.Option(help="Also write the figures as JSON here")] = None,
    executor: Annotated[Executor, typer.Option(help="local: the standalone on ES_URL; celery: a scratch cluster "
                                               "(Redis, PostgreSQL, two Elasticsearch nodes, Celery workers)")]
    = Executor.local,
    workers: Annotated[int, typer.Option(min=1, help="Celery workers (with --executor celery)")] = 2,
    fault: Annotated[list[str] | None, typer.Option(help="With --executor celery, strike mid-run: worker (SIGKILL "
                                                    "worker 2), es-node (stop node 2 mid-bulk); repeatable")] = None,
) -> None:
    """50 loopback feeds on 5 hosts, 1,000 articles: trigger news_poll until all are searchable; targets under
    20 s and within 1.2x the same work in one process."""

    def progress(message: str) -> None:
        typer.echo(message, err=True)

    if executor is Executor.celery:
        from pipeline.bench import cluster

        try:
            figures = cluster.run(workers, fault or [], timeout, progress)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--fault") from error
    else:
        if fault:
            raise typer.BadParameter("faults need --executor celery", param_hint="--fault")
        from pipeline.bench.e2e import run
        from pipeline.store.client import connect

        figures = run(connect(), timeout=timeout, progress=progress)
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
