"""`demo` and `stop`: the offline demo and stopping every local service (registered in pipeline.cli)."""

import typer

from pipeline.cli import app
from pipeline.local import airflow, demo, elasticsearch


@app.command("demo")
def run_demo() -> None:
    """Start Elasticsearch, the demo sites and Airflow, ingest the sample news, search it; Ctrl-C stops."""
    try:
        demo.run()
    except (airflow.AirflowSetupError, elasticsearch.ElasticsearchSetupError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


@app.command("stop")
def stop_services() -> None:
    """Stop the local Airflow and Elasticsearch that this project started."""
    airflow.stop()
    elasticsearch.stop()
