"""`python -m pipeline cluster start|stop|status`: the cluster form on this machine (registered in pipeline.cli)."""

import json
from typing import Annotated

import typer

from pipeline.cli.apps import app

cluster_app = typer.Typer(help="Redis, PostgreSQL, a two-node Elasticsearch and Airflow with Celery workers, on "
                               "loopback: the form a deployment past one machine runs.")
app.add_typer(cluster_app, name="cluster")


@cluster_app.command("start")
def cluster_start(
    workers: Annotated[int, typer.Option(min=1, help="Celery workers, each its own process")] = 2,
) -> None:
    """Start every part that is not running (Elasticsearch on 9210/9211, Airflow on 127.0.0.1:8090)."""
    from pipeline.local import cluster
    from pipeline.local.airflow import AirflowSetupError, admin_password
    from pipeline.local.elasticsearch import ElasticsearchSetupError
    from pipeline.local.postgres import PostgresSetupError
    from pipeline.local.redis import RedisSetupError

    standing = cluster.standing()
    try:
        url = cluster.start(standing, workers)
    except (AirflowSetupError, ElasticsearchSetupError, PostgresSetupError, RedisSetupError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"Airflow (CeleryExecutor, {workers} workers) at {url}, user admin, password "
               f"{admin_password(standing.airflow_home)}; Elasticsearch at {standing.es_url}")


@cluster_app.command("stop")
def cluster_stop() -> None:
    """Stop the workers, Airflow, both Elasticsearch nodes, PostgreSQL and Redis."""
    from pipeline.local import cluster

    cluster.stop(cluster.standing())


@cluster_app.command("status")
def cluster_status() -> None:
    """Which parts answer; exit 1 unless all do."""
    from pipeline.local import cluster

    status = cluster.status(cluster.standing())
    typer.echo(json.dumps(status, indent=2))
    if not all(status.values()) or not str(status["elasticsearch"]).startswith(("green", "yellow")):
        raise typer.Exit(1)
