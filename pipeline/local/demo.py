"""The offline demo: every service started for real, the DAGs run by the scheduler, a search shown.

Starts Elasticsearch (unless ES_URL points elsewhere), the demo news sites on
loopback and Airflow standalone; unpauses the DAGs, triggers news_poll, waits
until the sample articles are searchable, then keeps running until Ctrl-C and
stops what it started.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from pipeline.config import Settings, settings
from pipeline.local import airflow, elasticsearch
from pipeline.local.paths import PROJECT_ROOT

DEMO_PORT = 8765
DEMO_DAGS = ("news_poll", "news_process", "news_reprocess", "news_feed_health")
FEED_HEALTH_VIEW = "/feed-health/"  # the plugin's view, also under Browse in the UI
SAMPLE_QUERY = "Tokayev Putin"
DEMO_FEEDS = str(PROJECT_ROOT / "config" / "feeds.demo.yaml")


def wait_until_searchable(expected: int, configured: Settings, timeout: float = 300, progress=print) -> int:
    """Wait for `expected` documents in the article alias; returns how many there are."""
    from pipeline.store.client import connect

    es, alias = connect(configured), configured.index_alias
    deadline, count = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        if es.indices.exists_alias(name=alias):
            es.indices.refresh(index=alias)
            count = es.count(index=alias)["count"]
            if count >= expected:
                return count
        time.sleep(3)
    progress(f"warning: only {count} of {expected} sample articles searchable after {timeout:.0f}s")
    return count


def stop_on_signal(signum, frame) -> None:
    raise KeyboardInterrupt


def run(progress=print) -> None:
    from pipeline.demo_sites import articles, start_demo_sites

    # Ctrl-C or a plain `kill` stops what the demo started, even where a launcher ignored SIGINT.
    signal.signal(signal.SIGINT, stop_on_signal)
    signal.signal(signal.SIGTERM, stop_on_signal)
    began = time.monotonic()
    configured = settings()
    started: list[str] = []
    sites = None

    def step(message: str) -> None:
        progress(f"[{time.monotonic() - began:5.1f}s] {message}")

    try:
        if "ES_URL" not in os.environ:
            already = elasticsearch.health(elasticsearch.local_node().url) is not None
            elasticsearch.start(progress=step)
            started += [] if already else ["elasticsearch"]
        sites = start_demo_sites(port=DEMO_PORT)
        step(f"demo news sites at {sites.base_url}")
        # Scheduled polls of an Airflow we start read the demo feeds; the triggered run names them anyway.
        os.environ["NEWS_FEEDS"] = DEMO_FEEDS
        already = airflow.api_healthy()
        airflow.start(progress=step)
        started += [] if already else ["airflow"]

        api = airflow.ApiClient()
        for dag_id in DEMO_DAGS:
            api.wait_for_dag(dag_id)
        step("triggering news_poll")
        state = api.wait_for_run("news_poll", api.trigger("news_poll", conf={"feeds_config": DEMO_FEEDS}))
        step(f"news_poll: {state}; news_process runs on the archive it announced")
        count = wait_until_searchable(len(articles(sites.base_url)), configured, progress=step)
        health_run = api.trigger("news_feed_health", conf={"feeds_config": DEMO_FEEDS})
        step(f"news_feed_health: {api.wait_for_run('news_feed_health', health_run)}")

        progress(f"\n{count} articles searchable. Sample: python -m pipeline search {SAMPLE_QUERY!r}\n")
        subprocess.run([sys.executable, "-m", "pipeline", "search", SAMPLE_QUERY, "--limit", "5"], check=False)
        progress(
            f"\nAirflow UI      {airflow.API_URL}  (user admin, password {airflow.admin_password()})\n"
            f"Feed health     {airflow.API_URL}{FEED_HEALTH_VIEW}  (in the UI's navigation, once signed in)\n"
            f"Elasticsearch   {configured.es_url}  (alias {configured.index_alias})\n"
            f"Demo feeds      {sites.base_url}/\n"
            f"Ready in {time.monotonic() - began:.0f}s. Running; press Ctrl-C to stop everything the demo started."
        )
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        progress("\nstopping")
    finally:
        if sites is not None:
            sites.stop()
        if "airflow" in started:
            airflow.stop(progress=progress)
        if "elasticsearch" in started:
            elasticsearch.stop(progress=progress)
