"""What every scenario shares: the scale, the report, and the set-up of sites, runs and proxy."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.bench.chaos.proxy import EsProxy
from pipeline.bench.chaos.reconcile import Reconciliation
from pipeline.bench.chaos.runner import Run, new_files
from pipeline.bench.chaos.sites import ChaosSites
from pipeline.store import index


@dataclass
class Scale:
    feeds: int = 4
    articles: int = 8  # per feed
    hosts: int = 2


@dataclass
class ScenarioReport:
    name: str
    fault: str
    seconds: float
    counts: Reconciliation
    injected: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.counts.ok

    def as_dict(self) -> dict:
        return {"name": self.name, "fault": self.fault, "seconds": round(self.seconds, 2), "ok": self.ok,
                **asdict(self.counts), "injected": self.injected, "notes": self.notes}


class Bench:
    """Shared set-up of the scenarios: the real node, a scratch folder, unique index prefixes, and where
    long scenarios report their progress."""

    def __init__(self, es: Elasticsearch, es_url: str, workdir: Path, scale: Scale,
                 progress: Callable[[str], None] = lambda message: None):
        self.es, self.es_url, self.workdir, self.scale, self.progress = es, es_url, workdir, scale, progress

    @contextmanager
    def run(self, name: str, sites: ChaosSites, es_url: str = "", **http: float) -> Iterator[Run]:
        prefix = f"chaos-{name.replace('_', '-')}-{os.urandom(4).hex()}"
        folder = self.workdir / prefix
        folder.mkdir(parents=True)
        run = Run(prefix, es_url or self.es_url, sites.write_feeds_config(folder / "feeds.yaml", **http),
                  folder / "archive")
        try:
            yield run
        finally:
            index.delete_all(self.es, prefix)

    @contextmanager
    def polled_behind_proxy(self, name: str) -> Iterator[tuple[ChaosSites, EsProxy, Run, list[str]]]:
        """Sites polled into the archive, with a proxy between the pipeline and Elasticsearch."""
        with self.sites() as sites, EsProxy(self.es_url) as proxy, self.run(name, sites, proxy.url) as run:
            yield sites, proxy, run, poll_all(run, sites)

    def sites(self, **overrides) -> ChaosSites:
        options = {"feeds": self.scale.feeds, "articles": self.scale.articles, "hosts": self.scale.hosts,
                   "stubs": 1, **overrides}
        return ChaosSites(**options)


Outcome = tuple[Reconciliation, dict, list[str]]  # counts, faults injected, notes


def timed(name: str, fault: str, body: Callable[[], Outcome]) -> ScenarioReport:
    started = time.perf_counter()
    counts, injected, notes = body()
    return ScenarioReport(name, fault, time.perf_counter() - started, counts, injected, notes)


def poll_all(run: Run, sites: ChaosSites, rounds: int = 1) -> list[str]:
    """Poll every feed `rounds` times, each two days after the last (past any backoff, so every feed is
    due again); the archive files written."""
    files = []
    for day in range(rounds):
        files += new_files(run.poll(list(sites.feed_urls), now=datetime.now(UTC) + timedelta(days=2 * day)))
    return files
