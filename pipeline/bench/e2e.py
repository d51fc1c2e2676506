"""`python -m pipeline bench e2e`: from triggering news_poll to every article searchable, through the real
Airflow scheduler.

50 synthetic feeds on 5 loopback hosts (127.0.0.1 to 127.0.0.5, one HTTP server each) publish 1,000
articles in all. A standalone Airflow of its own (temporary home, free port) runs news_poll, which polls,
prepares and indexes them, and the news_process run its event schedules; the clock runs from the trigger
until a count on the article alias reaches 1,000. The breakdown per stage comes from the runs' and task
instances' times in the REST API. The baseline is the same work (plan, poll, process) called in this
process without Airflow, on a fresh archive and indices, so the ratio is what orchestration costs.
"""

from __future__ import annotations

import html
import os
import random
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from unittest.mock import patch

import yaml

from pipeline.bench.loopback import PromptHandler
from pipeline.bench.timeline import pending_runs, run_timeline, runs, runs_since

HOSTS = [f"127.0.0.{i}" for i in range(1, 6)]
FEEDS_PER_HOST = 10
ARTICLES_PER_FEED = 20
# Trigger to searchable: under TARGET_SECONDS, and within TARGET_RATIO of the same work in one process.
TARGET_SECONDS = 20.0
TARGET_RATIO = 1.2

WORDS = (
    "Astana Tashkent Bishkek Dushanbe Ashgabat minister delegation summit agreement pipeline railway "
    "corridor water energy trade tariff investment border security talks visit cooperation memorandum "
    "parliament election reform grain cotton uranium gas oil hydropower dam transit logistics customs "
    "ambassador consulate treaty forum council region province capital market bank currency inflation "
    "budget harvest drought migration labour workers students university hospital vaccine drought road "
    "bridge airport airline flights tourism festival heritage museum mountain river lake steppe desert "
    "official spokesperson statement ministry foreign affairs president government cabinet committee"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 22))]
    return " ".join(words).capitalize() + "."


class SyntheticSite:
    """One host: FEEDS_PER_HOST RSS feeds with ARTICLES_PER_FEED article pages each, rendered once."""

    def __init__(self, host: str, seed: int):
        rng = random.Random(seed)
        self.server = _PagesServer((host, 0), _Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://{host}:{self.server.server_address[1]}"
        self.pages: dict[str, tuple[bytes, str]] = {"/robots.txt": (b"User-agent: *\nAllow: /\n", "text/plain")}
        self.feed_urls = []
        published = datetime(2026, 3, 1, tzinfo=UTC)
        for feed in range(FEEDS_PER_HOST):
            items = []
            for number in range(ARTICLES_PER_FEED):
                path = f"/desk{feed}/news/{number}.html"
                title = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
                when = published - timedelta(hours=feed * ARTICLES_PER_FEED + number)
                paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(5)]
                self.pages[path] = (article_html(title, when, paragraphs).encode(), "text/html; charset=utf-8")
                items.append((f"{self.base_url}{path}", title, when))
            feed_path = f"/desk{feed}/feed.xml"
            self.pages[feed_path] = (_rss(f"{host} desk {feed}", items).encode(), "application/rss+xml")
            self.feed_urls.append(f"{self.base_url}{feed_path}")
        self.server.pages = self.pages
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _PagesServer(ThreadingHTTPServer):
    pages: dict[str, tuple[bytes, str]]  # path: (body, content type)


class _Handler(PromptHandler):
    server: _PagesServer

    def do_GET(self) -> None:
        body, content_type = self.server.pages.get(self.path.split("?")[0], (b"not found", "text/plain"))
        self.send_response(200 if self.path.split("?")[0] in self.server.pages else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a thousand requests a run."""


def article_html(title: str, when: datetime, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="article:published_time" content="{when.isoformat()}"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>'
        f"<h1>{html.escape(title)}</h1><time datetime=\"{when.isoformat()}\">{when:%d %B %Y}</time>"
        f"{body}</article></main><footer>Synthetic news for the end-to-end benchmark.</footer></body></html>"
    )


def _rss(name: str, items: list[tuple[str, str, datetime]]) -> str:
    entries = "".join(
        f"<item><title>{html.escape(title)}</title><link>{url}</link><guid>{url}</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for url, title, when in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(name)}</title><link>http://example.invalid/</link>"
        f"<description>synthetic</description>{entries}</channel></rss>"
    )


@contextmanager
def synthetic_sites():
    sites = [SyntheticSite(host, seed) for seed, host in enumerate(HOSTS)]
    try:
        yield sites
    finally:
        for site in sites:
            site.stop()


def feeds_yaml(sites: list[SyntheticSite], enabled: bool = True) -> str:
    feeds = [
        {"name": f"{site.base_url.split('//')[1]} {url.rsplit('/', 2)[1]}", "url": url, "type": "rss",
         "language": "en", "country": "KZ", "enabled": enabled}
        for site in sites for url in site.feed_urls
    ]  # fmt: skip
    # Loopback servers: no politeness delay is needed, and every host is private so it is allowlisted.
    return yaml.safe_dump({"feeds": feeds, "allow_private_hosts": HOSTS, "http": {"min_host_delay": 0.0}})


def _settings(workdir: Path, prefix: str, feeds: Path) -> dict[str, str]:
    return {
        "NEWS_INDEX": f"{prefix}-articles",
        "NEWS_FEED_STATE_INDEX": f"{prefix}-feeds",
        "NEWS_QUARANTINE_INDEX": f"{prefix}-quarantine",
        "NEWS_FEED_HEALTH_INDEX": f"{prefix}-feed-health",
        "NEWS_ARCHIVE": str(workdir / f"{prefix}-archive"),
        "NEWS_FEEDS": str(feeds),
    }


def _count(es, alias: str) -> int:
    if not es.indices.exists_alias(name=alias):
        return 0
    es.indices.refresh(index=alias)
    return es.count(index=alias)["count"]


def _wait_until_idle(api, what: str) -> None:
    """Wait until news_poll has run once and no run of either DAG is queued or running."""
    api.wait_until(lambda: bool(runs(api, "news_poll")) and not pending_runs(api), timeout=300, what=what)


def _through_airflow(es, workdir: Path, sites: list[SyntheticSite], feeds: Path, expected: int,
                     timeout: float, progress, instance: Callable | None = None) -> dict:
    from pipeline.local import airflow

    settings = _settings(workdir, f"bench-e2e-{uuid.uuid4().hex[:6]}", feeds)
    home = workdir / "airflow"
    setup_started = time.perf_counter()
    try:
        with (instance or airflow.instance)(home, settings, progress) as api:
            api.wait_for_dag("news_process")
            # First runs with nothing to do, as in any running deployment: the scheduler starts its task
            # workers (their forkserver preloads what tasks import) and the article index is created.
            # Unpausing news_poll starts the run of its latest interval, which finds every feed disabled;
            # the triggered run below is then the only one that polls.
            api.wait_for_dag("news_poll")
            _wait_until_idle(api, "the first news_poll and news_process runs to finish")
            feeds.write_text(feeds_yaml(sites))
            setup_s = time.perf_counter() - setup_started
            progress(f"Airflow ready in {setup_s:.0f}s; triggering news_poll")
            trigger_at, started = datetime.now(UTC), time.perf_counter()
            run_id = api.trigger("news_poll")
            count = 0
            while time.perf_counter() - started < timeout:
                count = _count(es, settings["NEWS_INDEX"])
                if count >= expected:
                    break
                time.sleep(0.5)
            seconds = time.perf_counter() - started
            searchable_at = datetime.now(UTC)
            api.wait_for_run("news_poll", run_id, timeout=120)
            for process_run in runs_since(api, "news_process", trigger_at):
                api.wait_for_run("news_process", process_run["dag_run_id"], timeout=120)
            # The quarter-hour schedule may have started a poll meanwhile: the caller reads every task
            # instance since the start, so none may be caught half-way.
            _wait_until_idle(api, "runs started meanwhile to finish")
            return {
                "feeds": len(HOSTS) * FEEDS_PER_HOST,
                "hosts": len(HOSTS),
                "articles": expected,
                "searchable": count,
                "complete": count >= expected,
                "seconds": round(seconds, 2),
                "airflow_setup_s": round(setup_s, 1),
                "timeline_s": run_timeline(api, trigger_at, searchable_at),
            }
    finally:
        _drop(es, settings)


def _baseline(es, workdir: Path, feeds: Path, expected: int) -> dict:
    """The same plan → poll → process in this process, no Airflow; seconds per stage."""
    from pipeline import jobs

    settings = _settings(workdir, f"bench-e2e-base-{uuid.uuid4().hex[:6]}", feeds)
    with patch.dict(os.environ, settings):
        started = time.perf_counter()
        batches = jobs.plan_poll(batch_size=10)
        files = [file for batch in batches for file in jobs.poll(batch)["archive_files"]]
        polled = time.perf_counter()
        counts = jobs.process(files)
        processed = time.perf_counter()
        count = _count(es, settings["NEWS_INDEX"])
        ended = time.perf_counter()
    _drop(es, settings)
    return {
        "seconds": round(ended - started, 2),
        "poll_s": round(polled - started, 2),
        "process_s": round(processed - polled, 2),
        "searchable": count,
        "articles": counts.get("articles"),
        "complete": count >= expected,
    }


def _drop(es, settings: dict) -> None:
    from pipeline.store import index

    index.delete_all(es, settings["NEWS_INDEX"].removesuffix("-articles"))
    shutil.rmtree(settings["NEWS_ARCHIVE"], ignore_errors=True)


def run(es, timeout: float = 600, progress=print, instance: Callable | None = None) -> dict:
    """`instance(home, settings, progress)`, a context manager giving the API client of an Airflow whose tasks
    run with `settings`, replaces the local standalone (`airflow.instance`): the cluster form passes its own."""
    expected = len(HOSTS) * FEEDS_PER_HOST * ARTICLES_PER_FEED
    workdir = Path(tempfile.mkdtemp(prefix="canews-bench-e2e-"))
    try:
        with synthetic_sites() as sites:
            feeds = workdir / "feeds.yaml"
            feeds.write_text(feeds_yaml(sites, enabled=False))
            figures = _through_airflow(es, workdir, sites, feeds, expected, timeout, progress, instance)
            progress("baseline: the same work in this process, without Airflow")
            figures["baseline"] = _baseline(es, workdir, feeds, expected)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    figures["ratio_to_baseline"] = round(figures["seconds"] / max(figures["baseline"]["seconds"], 1e-9), 2)
    figures["target_s"], figures["target_ratio"] = TARGET_SECONDS, TARGET_RATIO
    figures["target_met"] = (figures["complete"] and figures["seconds"] < TARGET_SECONDS
                             and figures["ratio_to_baseline"] <= TARGET_RATIO)
    return figures
