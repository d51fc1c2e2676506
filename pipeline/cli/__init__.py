"""`python -m pipeline ...`: one Typer app; each stage's commands live in their own module here.

`COMMAND_MODULES` is the table of those modules. `main_app()` imports each (its decorators register its
commands on the apps of `pipeline.cli.apps`) and returns the whole command line; a module imports what
its commands need inside them, so that `--help` starts fast.
"""

import importlib

import typer

COMMAND_MODULES = ("airflow_bench", "chaos", "cluster", "demo", "extract", "feeds", "index", "kibana", "search",
                   "security", "services", "tag")


def main_app() -> typer.Typer:
    """The app with every command module's commands registered."""
    from pipeline.cli.apps import app

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return app
