"""Commands that start, stop and inspect the local services (registered on the app in pipeline.cli)."""

import os
import threading

import typer

from pipeline import demo_sites
from pipeline.cli.apps import app
from pipeline.local import elasticsearch

es_app = typer.Typer(help="The local single-node Elasticsearch (not used when ES_URL is set).")
app.add_typer(es_app, name="es")


SecuredOption = typer.Option(
    False,
    "--secured", help="The secured node beside the everyday one, on 127.0.0.1:9201: security on, the roles of "
    "config/elasticsearch/roles.yml, users news_ingest, news_admin and news_analyst with the passwords in "
    "NEWS_INGEST_PASSWORD, NEWS_ADMIN_PASSWORD and NEWS_ANALYST_PASSWORD.")


@es_app.command("start")
def es_start(secured: bool = SecuredOption) -> None:
    """Fetch (once), configure and start Elasticsearch on 127.0.0.1:9200; reuse a running node."""
    try:
        if not secured:
            elasticsearch.start()
            return
        node = elasticsearch.standing_secured_node()
        if elasticsearch.running_pid(node) is not None:
            typer.echo(f"the secured Elasticsearch is already running at {node.url}")
            return
        elasticsearch.start_secured(node, elasticsearch.users_from_environment(os.environ))
    except elasticsearch.ElasticsearchSetupError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


@es_app.command("stop")
def es_stop(secured: bool = SecuredOption) -> None:
    """Stop the node this project started."""
    elasticsearch.stop(node=elasticsearch.standing_secured_node() if secured else None)


@es_app.command("status")
def es_status() -> None:
    """Print the cluster health, or say that nothing answers."""
    node = elasticsearch.local_node()
    status = elasticsearch.health(node.url)
    if status is None:
        typer.echo(f"Elasticsearch: not answering at {node.url}")
        raise typer.Exit(1)
    typer.echo(f"Elasticsearch at {node.url}: {status['status']}, {status['number_of_nodes']} node(s)")


@app.command("demo-sites")
def demo_sites_serve(
    host: str = typer.Option(demo_sites.DEFAULT_HOST, help="Address to listen on."),
    port: int = typer.Option(demo_sites.DEFAULT_PORT, help="Port to listen on (0 picks a free one)."),
) -> None:
    """Serve the offline demo news sites and their feeds until Ctrl-C."""
    try:
        sites = demo_sites.start_demo_sites(host, port)
    except OSError as error:
        typer.echo(f"error: cannot listen on {host}:{port}: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"Demo news sites at {sites.base_url}; feeds:")
    for feed_url in sites.feed_urls():
        typer.echo(f"  {feed_url}")
    typer.echo("Press Ctrl-C to stop.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sites.stop()


@app.command("airflow-pools")
def airflow_pools() -> None:
    """Print the project's Airflow pools as `airflow pools import` reads them (compose's airflow-init)."""
    import json

    from pipeline.jobs import POOLS

    typer.echo(json.dumps(POOLS, indent=2))
