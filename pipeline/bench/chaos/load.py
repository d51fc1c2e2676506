"""Sustained load through a real Airflow standalone, with the peak memory of each of its processes."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import psutil
from elasticsearch import Elasticsearch

from pipeline.bench.chaos.harness import Bench, ScenarioReport, timed
from pipeline.bench.chaos.reconcile import reconcile
from pipeline.bench.timeline import pending_runs, run_timeline
from pipeline.local import airflow
from pipeline.local.airflow import ApiClient


class MemorySampler:
    """Peak resident memory per role while a block runs, sampled from the process table: Elasticsearch's
    JVM and every process of an Airflow standalone (task workers, scheduler, dag processor, API server,
    triggerer). A role's peak is that of its largest single process."""

    COMPONENTS = ("scheduler", "dag-processor", "api_server", "triggerer")

    def __init__(self, airflow_pid: int, es_pid: int | None, every: float = 0.5):
        self.airflow, self.every = psutil.Process(airflow_pid), every
        self.es = psutil.Process(es_pid) if es_pid else None
        self.peak_mib: Counter = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _role(self, process: psutil.Process) -> str | None:
        if process == self.es:
            return "elasticsearch"
        title = " ".join(process.cmdline())
        if title.startswith("airflow worker"):  # LocalExecutor workers and the task processes they start
            return "worker"
        if "multiprocessing.forkserver" in title:  # the workers' parent, holding what tasks preload
            return "forkserver"
        return next((component for component in self.COMPONENTS if component in title), None)

    def _sample(self) -> None:
        while not self._stop.is_set():
            processes = self.airflow.children(recursive=True)
            if self.es:
                processes.append(self.es)
            for process in processes:
                with contextlib.suppress(psutil.Error):
                    if role := self._role(process):
                        mib = process.memory_info().rss / 2**20
                        self.peak_mib[role] = max(self.peak_mib[role], round(mib))
            self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _local_es_pid(es_url: str) -> int | None:
    from pipeline.local.elasticsearch import local_node, running_pid

    node = local_node()
    return running_pid(node) if urlsplit(es_url).port == urlsplit(node.url).port else None


LOAD_RUNS = 3
MEMORY_GROWTH_LIMIT = 1.25  # the last round's peak of a process may exceed the first's by at most this factor
ROUND_TIMEOUT_S = 3600.0


def _round_done(es: Elasticsearch, api: ApiClient, alias: str, expected: int) -> bool:
    """Every published article searchable and no poll or process run still going."""
    try:
        pending = pending_runs(api)
    except httpx.TimeoutException:
        return False  # the API server waits for SQLite's one writer while the scheduler is busy: ask again
    es.indices.refresh(index=alias, ignore_unavailable=True)
    return not pending and es.count(index=alias, ignore_unavailable=True)["count"] >= expected


def _poll_round(api: ApiClient, number: int) -> None:
    """Trigger news_poll now, for a data interval ending two days past the last round's: its plan then
    finds every feed due (past any interval or backoff) without waiting for the clock. news_process
    follows from the run's asset event."""
    end = datetime.now(UTC) + timedelta(days=2 * number)
    api.trigger("news_poll", data_interval=(end - timedelta(minutes=15), end))


def sustained_load(bench: Bench) -> ScenarioReport:
    """Feeds x articles through a real Airflow scheduler (news_poll, then news_process from its asset event)
    in three rounds; the peak memory of every process, per round, must not grow from round to round.

    Each round the feeds publish a third of their articles, so every round does the same amount of work.
    """

    def body():
        per_round = max(1, bench.scale.articles // LOAD_RUNS)
        with bench.sites(stubs=0) as sites, bench.run("load", sites) as run:
            bench.progress("sustained_load: starting a standalone Airflow")
            home = bench.workdir / f"{run.prefix}-airflow"
            with airflow.instance(home, run.env(), progress=lambda message: None) as api:
                api.wait_for_dag("news_process")
                api.wait_for_dag("news_poll")
                airflow_pid, rounds, indexed = airflow.running_pid(home), [], 0
                for number in range(1, LOAD_RUNS + 1):
                    sites.reveal(per_round * number)
                    bench.progress(f"sustained_load: round {number} of {LOAD_RUNS}, "
                                   f"{len(sites.published) - indexed} new articles")
                    started, trigger_at = time.perf_counter(), datetime.now(UTC)
                    with MemorySampler(airflow_pid, _local_es_pid(bench.es_url)) as memory:
                        _poll_round(api, number)
                        deadline = started + ROUND_TIMEOUT_S
                        while not _round_done(bench.es, api, run.alias, len(sites.published)):
                            if time.perf_counter() > deadline:
                                raise TimeoutError(f"round {number} did not finish in {ROUND_TIMEOUT_S:.0f}s")
                            time.sleep(2)
                    seconds = time.perf_counter() - started
                    total = bench.es.count(index=run.alias)["count"]
                    written, indexed = total - indexed, total
                    rounds.append({"round": number, "articles": written, "seconds": round(seconds, 1),
                                   "articles_per_s": round(written / seconds, 1),
                                   "peak_rss_mib": dict(memory.peak_mib),
                                   # Where the round's time went: poll, prepare and index tasks.
                                   "timeline_s": run_timeline(api, trigger_at, datetime.now(UTC))})
                    bench.progress(f"sustained_load: round {number}: {rounds[-1]}")
            counts = reconcile(bench.es, run, sites.published)
            for role, first in rounds[0]["peak_rss_mib"].items():
                last = rounds[-1]["peak_rss_mib"].get(role, 0)
                if last > first * MEMORY_GROWTH_LIMIT:
                    counts.failures.append(f"{role} peak memory grew from {first} MiB to {last} MiB")
            notes = [f"{bench.scale.feeds} feeds, {per_round} new articles per feed per round, through "
                     "airflow standalone (LocalExecutor, pool news_fetch)"]
            return counts, {"rounds": rounds}, notes

    return timed("sustained_load", "none: sustained volume through the scheduler, memory per round", body)
