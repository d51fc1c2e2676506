"""The Typer apps the command modules register their commands on: the main one and its groups."""

import typer

app = typer.Typer(
    help="Central Asia news ingest: demo, services, feeds, extraction, tagging, search, benchmarks.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
bench_app = typer.Typer(help="Benchmarks: each prints its figures and, where there is one, the baseline.")
eval_app = typer.Typer(help="Quality evaluation against labelled sets given by path.")
app.add_typer(bench_app, name="bench")
app.add_typer(eval_app, name="eval")
