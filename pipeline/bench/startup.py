"""`python -m pipeline bench startup`: where the first seconds of a news_process task go.

Each probe is a fresh interpreter, as a task process is: it imports Airflow's task SDK, parses the DAG
file, then runs one task's work on a batch of synthetic pages, twice: `jobs.prepare` and
`jobs.index_prepared`, the parallel and the serial task of news_process, and `jobs.process`, the one
task that did all of it before (and still does for news_reprocess). The first call pays what is ours
to pay once per process (imports, the Elasticsearch client, first-use set-up of extraction, tagging
and MinHash); the second, in the same process, is the work alone: the baseline. A separate probe
times the bare interpreter. Figures are medians of `rounds` probes.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest.mock import patch

from pipeline.bench.e2e import article_html, sentence
from pipeline.config import PROJECT_ROOT

PAGES_PER_BATCH = 20

# Run in the probe: argv[1] the DAG file, argv[2] the task, argv[3] a JSON list of two inputs.
PROBE = r"""
import json, sys, time
clock = time.perf_counter
started = clock()
import airflow.sdk
from airflow.sdk.execution_time import task_runner
airflow_s = clock() - started
from airflow.dag_processing.dagbag import DagBag
mark = clock(); DagBag(dag_folder=sys.argv[1]); dag_s = clock() - mark
from pipeline import jobs
tasks = {"process": jobs.process, "prepare": jobs.prepare, "index": lambda batch: jobs.index_prepared([batch])}
task = tasks[sys.argv[2]]
calls = []
for given in json.loads(sys.argv[3]):
    mark = clock(); task(given); calls.append(clock() - mark)
print(json.dumps({"airflow_import_s": airflow_s, "dag_parse_s": dag_s, "first_s": calls[0], "again_s": calls[1]}))
"""


def synthetic_pages(seed: int, fetched: datetime, count: int = PAGES_PER_BATCH) -> list:
    """`count` archived pages of the end-to-end benchmark's kind, from one feed of host `bench<seed>`."""
    from pipeline.records import Feed, FeedEntry, FetchedPage

    rng = random.Random(seed)
    feed = Feed(name=f"bench {seed}", url=f"https://bench{seed}.example/feed.xml", language="en", country="KZ")
    pages = []
    for number in range(count):
        url = f"https://bench{seed}.example/news/{number}.html"
        when = fetched - timedelta(hours=number)
        paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(5)]
        body = article_html(f"Story {seed}-{number}", when, paragraphs).encode()
        pages.append(FetchedPage(url=url, final_url=url, status=200, headers={"Content-Type": "text/html"},
                                 body=body, fetched_at=fetched, feed=feed, entry=FeedEntry(url=url, published_at=when)))
    return pages


def _probe(env: dict, task: str, inputs: list) -> dict:
    command = [sys.executable, "-c", PROBE, str(PROJECT_ROOT / "dags" / "news_process.py"), task, json.dumps(inputs)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _interpreter_s(env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    return time.perf_counter() - started


def run(es, rounds: int = 3, progress=print) -> dict:
    from pipeline import jobs
    from pipeline.archive import Archive
    from pipeline.store import index

    workdir = Path(tempfile.mkdtemp(prefix="canews-bench-startup-"))
    prefix = f"bench-startup-{uuid.uuid4().hex[:6]}"
    settings = {"NEWS_INDEX": f"{prefix}-articles", "NEWS_QUARANTINE_INDEX": f"{prefix}-quarantine",
                "NEWS_ARCHIVE": str(workdir / "archive")}
    env = {**os.environ, **settings, "PYTHONPATH": str(PROJECT_ROOT), "AIRFLOW_HOME": str(workdir / "airflow")}
    probes: dict[str, list[dict]] = {"process": [], "prepare": [], "index": []}
    interpreter = []
    try:
        with patch.dict(os.environ, settings):
            archive = Archive(settings["NEWS_ARCHIVE"])
            fetched = datetime(2026, 3, 1, 12, tzinfo=UTC)
            for round_number in range(rounds):
                progress(f"round {round_number + 1} of {rounds}")
                files = [archive.write(synthetic_pages(seed, fetched + timedelta(minutes=seed)))[0]
                         for seed in (2 * round_number, 2 * round_number + 1)]
                interpreter.append(_interpreter_s(env))
                for task in ("process", "prepare"):
                    probes[task].append(_probe(env, task, [[file] for file in files]))
                # The index probe's inputs: the same batches prepared here, so that both calls have work.
                probes["index"].append(_probe(env, "index", [jobs.prepare([file]) for file in files]))
    finally:
        index.delete_all(es, prefix)
        shutil.rmtree(workdir, ignore_errors=True)

    def median(task: str, figure: str) -> float:
        return round(statistics.median(probe[figure] for probe in probes[task]), 3)

    tasks = {}
    for task in probes:
        first, again = median(task, "first_s"), median(task, "again_s")
        tasks[task] = {"first_call_s": first, "second_call_s": again, "start_up_s": round(first - again, 3),
                       "ratio_first_to_second": round(first / max(again, 1e-9), 2)}
    return {
        "rounds": rounds,
        "pages_per_batch": PAGES_PER_BATCH,
        "interpreter_s": round(statistics.median(interpreter), 3),
        "airflow_import_s": median("prepare", "airflow_import_s"),
        "dag_parse_s": median("prepare", "dag_parse_s"),
        "tasks": tasks,
    }
