"""`python -m pipeline bench e2e --executor celery`: the end-to-end benchmark through the cluster form.

The load, the trigger, the clock and the serial baseline are `bench e2e`'s (pipeline.bench.e2e); what
differs is where it runs: a cluster of its own (pipeline.local.cluster: Redis, PostgreSQL, two
Elasticsearch nodes, Airflow with the CeleryExecutor and one or more workers) in a scratch state folder,
stopped and removed afterwards. Faults, when asked for, strike while the run is under way:

- `worker`: SIGKILL worker 2 and its task processes while it runs a task, once polling has archived its
  first pages. The worker is stopped (SIGSTOP) before the kill and its tasks' states read, so that a task
  cannot end between the look and the kill: the kill strikes only when one of them is still running.
  The scheduler fails the orphaned tasks when their heartbeats stop; their retries run on worker 1. A
  poll task killed after archiving its pages but before returning their files is retried with the same
  `now`, reads its feeds again in full and announces those files again (pipeline.fetch.run).
- `es-node`: stop Elasticsearch node 2 while articles are being written (some searchable, not all). The
  pipeline talks to node 1, so node 2 is made to hold the article index's primary: new shards are kept
  off node 1 until the article index exists, then its replica goes to node 1. Stopping node 2 promotes
  that replica, and the bulk writes go on.

Then the index is reconciled with what the feeds published (pipeline.bench.chaos): nothing missing,
nothing duplicated.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from pathlib import Path
from unittest.mock import patch

import feedparser
import httpx
import psutil
import yaml
from elasticsearch import exceptions as elasticsearch_errors

from pipeline.bench import chaos, e2e
from pipeline.local import cluster, daemon, elasticsearch
from pipeline.local.airflow import ApiClient, api_url
from pipeline.local.airflow.process import started_by
from pipeline.local.paths import state_dir

FAULTS = ("worker", "es-node")
VICTIM_WORKER = 2
VICTIM_NODE = 1  # the second node: the pipeline's client talks to the first


def published_articles(feeds_file: Path) -> list[chaos.PublishedArticle]:
    """What the feeds of `feeds_file` publish, read from the feeds themselves: URL and title of each item."""
    published = []
    with httpx.Client(trust_env=False, timeout=10) as http:
        for feed in yaml.safe_load(feeds_file.read_text())["feeds"]:
            parsed = feedparser.parse(http.get(feed["url"]).content)
            published += [chaos.PublishedArticle(url=entry.link, title=entry.title, paragraphs=(), feed=feed["url"])
                          for entry in parsed.entries]
    return published


def worker_tasks(layout: cluster.Layout, number: int) -> dict[str, psutil.Process]:
    """The task processes worker `number` runs, by task instance id: Airflow titles each one
    `airflow worker -- <id>` (under a pool process titled `airflow task supervisor: ...`)."""
    pid = daemon.running_pid(layout.worker_pid_file(number))
    found = {}
    for process in started_by(pid) if pid else []:
        with suppress(psutil.NoSuchProcess):
            title = " ".join(process.cmdline()).strip()
            if title.startswith("airflow worker -- "):
                found[title.removeprefix("airflow worker -- ").split()[0]] = process
    return found


def suspend_tree(pid: int) -> list[psutil.Process]:
    """SIGSTOP `pid` and every process under it, again until no new one appears (a pool process may fork a
    task while its siblings are being stopped)."""
    stopped: dict[int, psutil.Process] = {}
    while new := [process for process in started_by(pid) if process.pid not in stopped]:
        for process in new:
            with suppress(psutil.NoSuchProcess):
                process.suspend()
            stopped[process.pid] = process
    return list(stopped.values())


def resume(processes: list[psutil.Process]) -> None:
    for process in processes:
        with suppress(psutil.NoSuchProcess):
            process.resume()


class FaultInjector(threading.Thread):
    """Strikes each fault asked for once, when its moment comes; `log` says when (seconds from the start)
    and what it found."""

    def __init__(self, layout: cluster.Layout, es, api: ApiClient, settings: dict[str, str], expected: int,
                 faults: list[str]):
        super().__init__(daemon=True)
        self.layout, self.es, self.api, self.settings, self.expected = layout, es, api, settings, expected
        self.pending = list(faults)
        self.log: dict[str, object] = {}
        self.finished = threading.Event()
        self.started_at = time.perf_counter()

    def run(self) -> None:
        if "es-node" in self.pending:
            self._keep_new_shards_off(self.layout.es_nodes[0].name)
        while not self.finished.wait(0.2):
            if "es-node" in self.pending and "article_index_at_s" not in self.log and self._article_index_exists():
                self.log["article_index_at_s"] = self._now()
                self._keep_new_shards_off(None)  # its replica may go to node 1 now
            if "worker" in self.pending and self._seen("polling", self._polling_started()) and self._seen(
                    "worker_busy", bool(worker_tasks(self.layout, VICTIM_WORKER))) and self._kill_worker_mid_task():
                self.pending.remove("worker")
            if "es-node" in self.pending and 0 < self._searchable() < self.expected and self._replicated():
                self.pending.remove("es-node")
                self._stop_node()

    def _kill_worker_mid_task(self) -> bool:
        """SIGKILL the victim worker if, once stopped, it holds a task still running; otherwise let it go on
        and return False. The pause lets a task's end already sent to the API server land first."""
        pid = daemon.running_pid(self.layout.worker_pid_file(VICTIM_WORKER))
        if pid is None:
            return False
        stopped = suspend_tree(pid)
        time.sleep(1)
        held = worker_tasks(self.layout, VICTIM_WORKER)
        running = self.api.request("GET", "/dags/~/dagRuns/~/taskInstances",
                                   params={"state": "running", "limit": 1000})["task_instances"]
        # A task instance takes a new id for each try: what was struck is named by its run, task and map index.
        struck = [_task_key(ti) for ti in running if ti["id"] in held]
        if not struck:
            resume(stopped)
            return False
        cluster.kill_worker(self.layout, VICTIM_WORKER)
        self.log["worker_killed_at_s"], self.log["tasks_struck"] = self._now(), struck
        return True

    def _keep_new_shards_off(self, node_name: str | None) -> None:
        self.es.cluster.put_settings(persistent={"cluster.routing.allocation.exclude._name": node_name})

    def _replicated(self) -> bool:
        """Both copies of the article index started: the node about to stop is not the only one with data."""
        return self.es.cluster.health(index=self.settings["NEWS_INDEX"])["status"] == "green"

    def _article_index_exists(self) -> bool:
        return bool(self.es.indices.exists_alias(name=self.settings["NEWS_INDEX"]))

    def _stop_node(self) -> None:
        self.log["searchable_when_node_stopped"] = self._searchable()
        self.log["shards_before"] = self.shards()
        stopping_at = self._now()
        elasticsearch.stop(progress=lambda _: None, node=self.layout.es_nodes[VICTIM_NODE])
        self.log["es_node_stopped_at_s"] = stopping_at
        self.log["es_node_stop_took_s"] = round(self._now() - stopping_at, 2)

    def _seen(self, what: str, now: bool) -> bool:
        """`now`, noting the first moment it held (the log shows why a fault struck when it did, or never)."""
        if now:
            self.log.setdefault(f"{what}_seen_at_s", self._now())
        return now

    def _now(self) -> float:
        return round(time.perf_counter() - self.started_at, 2)

    def _polling_started(self) -> bool:
        archive = Path(self.settings["NEWS_ARCHIVE"])
        return archive.is_dir() and any(archive.rglob("*.warc*"))

    def _searchable(self) -> int:
        alias = self.settings["NEWS_INDEX"]
        try:
            self.es.indices.refresh(index=alias)
            return self.es.count(index=alias)["count"]
        except elasticsearch_errors.ApiError:  # no index yet: nothing written
            return 0

    def shards(self) -> list[dict]:
        rows = self.es.cat.shards(index=f"{self.settings['NEWS_INDEX']}*", format="json")
        return [{key: row.get(key) for key in ("index", "prirep", "state", "node")} for row in rows]

    def stop(self) -> dict[str, object]:
        self.finished.set()
        self.join(timeout=120)
        self.log["faults_not_struck"] = self.pending
        return self.log


def tasks_by_worker(layout: cluster.Layout) -> dict[str, int]:
    """How many task messages each worker received, from its log."""
    counts = {}
    for log in sorted(layout.airflow_home.glob("celery-worker-*.log")):
        text = log.read_text(errors="replace")
        counts[log.stem] = text.count("] received")
    return counts


def task_outcomes(api: ApiClient, since: str, struck: list[dict]) -> dict[str, list[dict]]:
    """Task instances of the run's DAGs that took more than one try ("retried"), those that did not end in
    success or skipped ("not_succeeded") and those a fault struck ("struck"), each with its final state."""
    found = api.request("GET", "/dags/~/dagRuns/~/taskInstances",
                        params={"limit": 1000, "start_date_gte": since})["task_instances"]
    described = [_task_key(ti) | {"tries": ti["try_number"], "state": ti["state"]} for ti in found]
    return {"retried": [task for task in described if task["tries"] > 1],
            "not_succeeded": [task for task in described if task["state"] not in ("success", "skipped")],
            "struck": [task for task in described
                       if {key: task[key] for key in ("dag", "run", "task", "map_index")} in struck]}


def requeued_tasks(api: ApiClient, since: str) -> list[dict]:
    """Task instances the scheduler sent again after they sat queued past `[scheduler] task_queued_timeout`:
    what a worker had received but not started when it died. Read from Airflow's event log."""
    events = api.request("GET", "/eventLogs", params={"event": "stuck in queued reschedule", "after": since,
                                                       "limit": 1000})["event_logs"]
    return [{"dag": event["dag_id"], "run": event["run_id"], "task": event["task_id"], "map_index": event["map_index"],
             "at": event["when"]} for event in events]


def _task_key(ti: dict) -> dict:
    return {"dag": ti["dag_id"], "run": ti["dag_run_id"], "task": ti["task_id"], "map_index": ti["map_index"]}


def airflow_on(layout: cluster.Layout, workers: int, faults: list[str], es, findings: dict) -> Callable:
    """`bench e2e`'s `instance`: the cluster's running Airflow, `workers` workers started for the run's
    settings, the faults struck during the run, the index reconciled before it ends (findings)."""

    @contextmanager
    def instance(home: Path, settings: dict[str, str], progress) -> Iterator[ApiClient]:
        published = published_articles(Path(settings["NEWS_FEEDS"]))
        started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        cluster.start_workers(layout, workers, settings, progress)
        api = ApiClient(layout.airflow_home, api_url(layout.api_port))
        injector = FaultInjector(layout, es, api, settings, len(published), faults)
        injector.start()
        try:
            yield api
        finally:
            findings["faults"] = injector.stop()
            findings["shards_after"] = injector.shards()
            findings["tasks_received"] = tasks_by_worker(layout)
            outcomes = task_outcomes(api, started, findings["faults"].get("tasks_struck", []))
            findings["retried_tasks"], findings["tasks_not_succeeded"] = outcomes["retried"], outcomes["not_succeeded"]
            findings["struck_tasks"] = outcomes["struck"]
            findings["requeued_tasks"] = requeued_tasks(api, started)
            run = chaos.Run(prefix=settings["NEWS_INDEX"].removesuffix("-articles"), es_url=layout.es_url,
                            feeds=Path(settings["NEWS_FEEDS"]), archive=Path(settings["NEWS_ARCHIVE"]))
            findings["reconciliation"] = asdict(chaos.reconcile(es, run, published))
            cluster.stop_airflow(layout, progress)

    return instance


def run(workers: int = cluster.WORKERS, faults: list[str] | None = None, timeout: float = 900,
        progress=print) -> dict:
    """Bring a scratch cluster up, run `bench e2e` through it, stop and remove it."""
    from pipeline.store.client import connect

    unknown = set(faults or ()) - set(FAULTS)
    if unknown:
        raise ValueError(f"unknown faults {sorted(unknown)}; known: {', '.join(FAULTS)}")
    layout = cluster.layout(state_dir() / f"bench-cluster-{uuid.uuid4().hex[:8]}")
    findings: dict = {}
    try:
        started = time.perf_counter()
        cluster.start(layout, workers=0, progress=progress)  # the workers start with the run's settings
        services_s = time.perf_counter() - started
        # The baseline's in-process jobs and the Airflow tasks alike write to the cluster.
        with patch.dict(os.environ, {"ES_URL": layout.es_url}):
            es = connect()
            figures = e2e.run(es, timeout, progress, instance=airflow_on(layout, workers, faults or [], es, findings))
    finally:
        cluster.stop(layout, progress)
        shutil.rmtree(layout.state, ignore_errors=True)
    figures["cluster"] = {"executor": "CeleryExecutor", "workers": workers, "worker_concurrency":
                          cluster.WORKER_CONCURRENCY, "elasticsearch_nodes": len(layout.es_nodes),
                          "cluster_start_s": round(services_s, 1), **findings}
    reconciliation = findings.get("reconciliation", {})
    figures["reconciled"] = bool(reconciliation) and not (reconciliation["missing"] or reconciliation["duplicated"]
                                                          or reconciliation["unexpected"])
    return figures
