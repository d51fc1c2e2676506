"""`python -m pipeline ...`: one Typer app; each stage's commands live in their own module here.

The command modules are imported at the bottom: they register themselves on the apps below.
"""

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

# Each module registers its commands on the apps above.
from pipeline.cli import airflow_bench, chaos, cluster, demo, extract, feeds, index, kibana  # noqa: E402,F401,I001
from pipeline.cli import search, security, services, tag  # noqa: E402,F401,I001
