"""`python -m pipeline audit`: the dependency audit of the pinned lock."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import app
from pipeline.config import PROJECT_ROOT


@app.command("audit")
def audit(
    requirements: Annotated[Path, typer.Option(exists=True, dir_okay=False, help="Pinned lock to audit")] =
        PROJECT_ROOT / "requirements.txt",
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a vulnerability service")] = 5.0,
    strict: Annotated[bool, typer.Option(help="Exit 3 when no vulnerability service is reachable")] = False,
) -> None:
    """pip-audit over the lock; skipped with the reason where no vulnerability service answers."""
    from pipeline.security import audit as run_audit

    result = run_audit(requirements, timeout)
    if result.status == "skipped":
        typer.echo(f"dependency audit SKIPPED: {result.reason}", err=True)
        raise typer.Exit(3 if strict else 0)
    typer.echo(result.report)
    typer.echo(f"dependency audit ({result.service}): {result.status}")
    if result.status != "ok":
        raise typer.Exit(1)
