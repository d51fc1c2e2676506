"""`python -m pipeline bench chaos`: fault injection against the real Elasticsearch and loopback sites."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import bench_app


@bench_app.command("chaos")
def bench_chaos(
    scenario: Annotated[list[str] | None, typer.Option(help="Scenario to run (repeatable); default: all but "
                                                     "sustained_load")] = None,
    feeds: Annotated[int, typer.Option(help="Synthetic feeds per scenario")] = 6,
    articles: Annotated[int, typer.Option(help="Articles per feed")] = 20,
    hosts: Annotated[int, typer.Option(help="Loopback addresses the feeds are spread over")] = 3,
    report: Annotated[Path | None, typer.Option(help="Also write the reports as JSON here")] = None,
) -> None:
    """Each scenario injects one fault, lets the retry finish and counts missing/duplicated articles."""
    from pipeline import config
    from pipeline.bench.chaos import HEAVY, SCENARIOS, Scale, run_scenarios
    from pipeline.store.client import connect

    names = scenario or [name for name in SCENARIOS if name not in HEAVY]
    unknown = sorted(set(names) - set(SCENARIOS))
    if unknown:
        raise typer.BadParameter(f"unknown scenario(s) {unknown}; choose from {sorted(SCENARIOS)}")
    configured = config.settings()
    reports = run_scenarios(names, Scale(feeds, articles, hosts), connect(configured), configured.es_url,
                            progress=lambda message: typer.echo(message, err=True))
    header = f"{'scenario':28} {'published':>9} {'indexed':>7} {'quarant.':>8} {'missing':>7} {'dup':>4} " \
             f"{'corrupt':>7} {'unsafe':>6} {'seconds':>7}  ok"
    typer.echo(header)
    for item in reports:
        c = item.counts
        typer.echo(f"{item.name:28} {c.published:>9} {c.indexed:>7} {sum(c.quarantined.values()):>8} "
                   f"{c.missing:>7} {c.duplicated:>4} {c.corrupted:>7} {c.unsafe:>6} {item.seconds:>7.1f}  "
                   f"{'yes' if item.ok else 'NO'}")
    for item in reports:
        typer.echo(f"- {item.name}: {item.fault}; quarantined {item.counts.quarantined}; "
                   f"injected {item.injected}; {'; '.join(item.notes)}")
        for problem in item.counts.examples + item.counts.failures:
            typer.echo(f"    {problem}")
    if report:
        report.write_text(json.dumps([item.as_dict() for item in reports], indent=2, default=str))
    if not all(item.ok for item in reports):
        raise typer.Exit(1)


@bench_app.command("pathological")
def bench_pathological(
    inputs: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                           help="YAML file of hostile inputs (tests/fixtures/hostile/inputs.yaml)")],
) -> None:
    """CPU time of each hostile input in the function it targets: how it grows with the input's size, and
    what a character costs next to a normal page's."""
    from pipeline.bench.pathological import COST_PER_CHAR_BOUND, GROWTH_BOUND, load_inputs, measure

    report = measure(load_inputs(inputs))
    typer.echo(f"{'input':36} {'target':20} {'chars':>8} {'seconds':>8} {'x page':>7} {'x/char':>7} {'growth':>7}")
    for timing in sorted(report.timings, key=lambda timing: -timing.seconds):
        growth = "-" if timing.growth is None else f"{timing.growth:.2f}"
        typer.echo(f"{timing.name:36} {timing.target:20} {timing.chars:>8} {timing.seconds:>8.3f} "
                   f"{timing.ratio:>7.1f} {timing.cost_per_char:>7.2f} {growth:>7}")
    costliest, steepest = report.costliest, report.steepest
    steepest_text = "none slow enough to tell" if steepest is None else f"{steepest.name} {steepest.growth:.2f}"
    typer.echo(f"normal page ({report.normal_page_bytes} bytes, timed before each input): median "
               f"{report.normal_page_seconds * 1000:.1f} ms; per character, costliest: {costliest.name} "
               f"{costliest.cost_per_char:.2f} x page (bound {COST_PER_CHAR_BOUND:g}); steepest growth in size: "
               f"{steepest_text} (bound {GROWTH_BOUND:g}, linear 1): {'ok' if report.ok else 'TOO SLOW'}")
    if not report.ok:
        raise typer.Exit(1)
