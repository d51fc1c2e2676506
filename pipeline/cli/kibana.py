"""`python -m pipeline kibana import`: load the saved objects into a running Kibana."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import app
from pipeline.store import kibana

kibana_app = typer.Typer(help="Kibana saved objects: data view, saved searches, dashboard.")
app.add_typer(kibana_app, name="kibana")


@kibana_app.command("import")
def import_command(
    url: Annotated[str, typer.Option(help="Kibana base URL", envvar="KIBANA_URL")] = "http://127.0.0.1:5601",
    path: Annotated[Path, typer.Option(help="NDJSON file", exists=True, dir_okay=False)] = (
        kibana.SAVED_OBJECTS
    ),
) -> None:
    """Import (overwriting) the saved objects; credentials from KIBANA_API_KEY, the pair
    KIBANA_USERNAME + KIBANA_PASSWORD, or the pair ES_USERNAME + ES_PASSWORD (never half of each)."""
    try:
        credentials = kibana.credentials_from(os.environ)
        result = kibana.import_saved_objects(url, path, username=credentials.username,
                                             password=credentials.password, api_key=credentials.api_key)
    except kibana.KibanaImportError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"imported {result.imported} saved objects into {url}")
