"""`demo` and `stop`: the offline demo and stopping every local service (registered in pipeline.cli)."""

import typer

from pipeline.cli.apps import app


@app.command("demo")
def run_demo() -> None:
    """Start Elasticsearch, the demo sites and Airflow, ingest the sample news, search it; Ctrl-C stops."""
    from pipeline.local import airflow, demo, elasticsearch

    try:
        demo.run()
    except (airflow.AirflowSetupError, elasticsearch.ElasticsearchSetupError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


@app.command("stop")
def stop_services() -> None:
    """Stop the local Airflow and Elasticsearch that this project started."""
    from pipeline.local import airflow, elasticsearch

    airflow.stop()
    elasticsearch.stop()
