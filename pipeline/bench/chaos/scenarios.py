"""The fault-injection scenarios: each injects one fault, lets the retry or the next run finish, and
reconciles the index with what the feeds published."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.bench.chaos.harness import Bench, Scale, ScenarioReport, poll_all, timed
from pipeline.bench.chaos.load import sustained_load
from pipeline.bench.chaos.reconcile import BUDGET_REASON, reconcile
from pipeline.bench.chaos.runner import Run, finish, new_files
from pipeline.bench.loopback import reset, stall, status, truncated
from pipeline.store import index


def es_cut_mid_bulk(bench: Bench) -> ScenarioReport:
    """The network to Elasticsearch is cut halfway through a bulk request; the task retry completes it."""

    def body():
        with bench.polled_behind_proxy("es-cut") as (sites, proxy, run, files):
            proxy.faults.cut_next_bulk = True
            notes = []
            try:
                run.process(files)
                notes.append("first attempt did not fail")
            except Exception as error:  # the task fails: Airflow retries it
                notes.append(f"first attempt failed: {type(error).__name__}")
            proxy.faults.down = False  # the node is back
            retry = run.process(files)
            notes.append(f"retry: {retry.get('index')}")
            return reconcile(bench.es, run, sites.published), proxy.faults.counters(), notes

    return timed("es_cut_mid_bulk", "connection reset mid-bulk, node unreachable until the retry", body)


def es_overloaded_429(bench: Bench) -> ScenarioReport:
    """Elasticsearch refuses whole bulk requests and single items with 429; backoff and retries finish."""

    def body():
        with bench.polled_behind_proxy("es-429") as (sites, proxy, run, files):
            proxy.faults.reject_bulk_requests = 2
            proxy.faults.reject_bulk_items = 3
            result = run.process(files)
            notes = [f"process: {result.get('index')}"]
            return reconcile(bench.es, run, sites.published), proxy.faults.counters(), notes

    return timed("es_overloaded_429", "2 bulk requests 429, then half the items of 3 bulks 429", body)


def _kill_when(child: subprocess.Popen, ready: Callable[[], bool], timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        if ready():
            child.send_signal(signal.SIGKILL)
            child.wait()
            return True
        time.sleep(0.02)
    return False


def worker_killed_during_fetch(bench: Bench) -> ScenarioReport:
    """SIGKILL to the poll worker while it is fetching pages; the re-run fetches everything."""

    def body():
        with bench.sites(page_delay=0.05) as sites, bench.run("kill-fetch", sites) as run:
            half = len(sites.published) // 2
            child = run.spawn("poll", feed_names=list(sites.feed_urls))
            killed = _kill_when(child, lambda: sites.page_requests() >= half)
            files = new_files(finish(run.spawn("poll", feed_names=list(sites.feed_urls))))
            result = finish(run.spawn("process", files=files))
            killed_note = f"killed after {sites.page_requests()} page requests"
            notes = [killed_note if killed else "worker ended first",
                     f"process: {result.get('index')}"]
            return reconcile(bench.es, run, sites.published), {"sigkill": int(killed)}, notes

    return timed("worker_killed_during_fetch", "SIGKILL of the poll worker halfway through the pages", body)


def worker_killed_during_index(bench: Bench) -> ScenarioReport:
    """SIGKILL to the process worker while its bulk request is in flight; the re-run indexes everything."""

    def body():
        with bench.polled_behind_proxy("kill-index") as (sites, proxy, run, files):
            proxy.faults.hold_bulk = threading.Event()
            child = run.spawn("process", files=files)
            killed = _kill_when(child, proxy.faults.bulk_seen.is_set)
            proxy.faults.hold_bulk.set()  # the held request reaches Elasticsearch after its sender died
            proxy.faults.hold_bulk = None
            result = finish(run.spawn("process", files=files))
            notes = ["killed with a bulk request in flight" if killed else "worker ended first",
                     f"re-run: {result.get('index')}"]
            injected = {"sigkill": int(killed), **proxy.faults.counters()}
            return reconcile(bench.es, run, sites.published), injected, notes

    return timed("worker_killed_during_index", "SIGKILL of the process worker during its bulk request", body)


def sources_failing(bench: Bench) -> ScenarioReport:
    """Feeds and pages on several hosts fail at once in every transient way; later polls pick it all up."""

    def body():
        with bench.sites(hosts=max(3, bench.scale.hosts)) as sites, bench.run("sources", sites) as run:
            feeds = list(sites.feed_urls.values())
            failures = [status(503, Retry_After="120"), reset, status(500), stall(3), status(429)]
            for i, url in enumerate(feeds):
                sites.break_route(url, failures[i % len(failures)])
            pages = [a for a in sites.published if not a.stub]
            page_failures = [status(502), reset, stall(3), truncated(sites.page(pages[0].url)), status(503)]
            for i, article in enumerate(pages[::3]):
                sites.break_route(article.url, page_failures[i % len(page_failures)])
            files = poll_all(run, sites, rounds=3)
            result = run.process(files)
            injected = {"feeds_broken": len(feeds), "pages_broken": len(pages[::3])}
            return reconcile(bench.es, run, sites.published), injected, [f"process: {result.get('index')}"]

    return timed("sources_failing", "503/429/500/reset/stall feeds and 502/503/reset/stall/truncated "
                  "pages on 3 hosts", body)


def _archive_fault(kind: str, folder: Path) -> tuple[Callable[[], None] | None, Callable[[], object], str]:
    """(preexec for the worker, clean-up, what was done) making `folder` full or read-only for the poll worker.

    Where we may mount (root in a privileged container) the folder becomes a tiny or a read-only tmpfs.
    Otherwise a file-size limit on the worker stands in for the full disk, and the folder loses its write
    permission, or, for root who writes through permissions, is a plain file nothing can be created in.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        options = "size=16k" if kind == "full" else "ro,size=1m"
        try:
            mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                                     capture_output=True).returncode == 0
        except OSError:
            mounted = False
        if mounted:
            what = "a 16 KiB tmpfs" if kind == "full" else "a read-only tmpfs"
            return None, lambda: subprocess.run(["umount", str(folder)], check=False), what
    if kind == "full":
        limit = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # noqa: E731
        return limit, lambda: None, "a 4 KiB file-size limit on the worker"
    if os.geteuid() == 0:
        folder.rmdir()
        folder.write_text("")

        def restore() -> None:
            folder.unlink()
            folder.mkdir()

        return None, restore, "a plain file where the folder should be"
    folder.chmod(0o555)
    return None, lambda: folder.chmod(0o755), "a folder without write permission"


def archive_unusable(bench: Bench, kind: str) -> ScenarioReport:
    """The raw archive is full or read-only: the poll fails with the reason and marks nothing as fetched."""

    def body():
        with bench.sites() as sites, bench.run(f"archive-{kind}", sites) as run:
            preexec, cleanup, how = _archive_fault(kind, run.archive)
            try:
                child = run.spawn("poll", preexec=preexec, feed_names=list(sites.feed_urls))
                out, err = child.communicate(timeout=300)
            finally:
                cleanup()
            failed_clearly = child.returncode != 0 and bool(re.search(
                r"No space left|File too large|Permission denied|Read-only|Not a directory", err))
            state_index = f"{run.prefix}-feeds"
            bench.es.indices.refresh(index=state_index, ignore_unavailable=True)
            marked = bench.es.count(index=state_index, ignore_unavailable=True)["count"] \
                if bench.es.indices.exists(index=state_index) else 0
            last_line = err.strip().splitlines()[-1][:160] if err.strip() else ""
            notes = [f"archive made {how}", f"poll exit {child.returncode}: {last_line}",
                     f"feed states saved: {marked}"]
            files = new_files(run.poll(list(sites.feed_urls)))
            run.process(files)
            counts = reconcile(bench.es, run, sites.published)
            if not failed_clearly:
                counts.failures.append("the poll did not fail with the file system's reason")
            if marked:
                counts.failures.append(f"{marked} feeds marked as polled although nothing was archived")
            return counts, {"failed_clearly": int(failed_clearly), "feeds_marked": marked}, notes

    fault = "the raw archive full" if kind == "full" else "the raw archive not writable"
    return timed(f"archive_{kind}", fault, body)


def concurrent_runs(bench: Bench) -> ScenarioReport:
    """Two workers poll and process the same feeds at the same time: one copy of each article."""

    def body():
        with bench.sites() as sites, bench.run("concurrent", sites) as run:
            names = list(sites.feed_urls)
            polls = [run.spawn("poll", feed_names=names) for _ in range(2)]
            files = [new_files(finish(child)) for child in polls]
            processes = [run.spawn("process", files=f) for f in files]
            results = [finish(child) for child in processes]
            notes = [f"run {i}: {len(f)} files, {r.get('index')}"
                     for i, (f, r) in enumerate(zip(files, results, strict=True), start=1)]
            return reconcile(bench.es, run, sites.published), {"concurrent_runs": 2}, notes

    return timed("concurrent_runs", "two poll+process runs over the same feeds at once", body)


def migrate_mid_stream(bench: Bench) -> ScenarioReport:
    """The index is migrated to a new version while a process run writes, one archive file at a time."""

    def body():
        with bench.sites() as sites, bench.run("migrate", sites) as run:
            files = [file for name in sites.feed_urls for file in new_files(run.poll([name]))]
            run.process(files[:1])
            first_written = threading.Event()

            def write_rest() -> None:
                for number, file in enumerate(files[1:]):
                    run.process([file])
                    if number == 0:
                        first_written.set()

            writer = threading.Thread(target=write_rest)
            writer.start()
            first_written.wait(timeout=120)
            migration = index.migrate(bench.es, run.alias, run.quarantine)
            writer.join()
            notes = [f"{migration.old_index} -> {migration.new_index}: {migration.copied} copied, "
                     f"{migration.caught_up} caught up, {len(files)} archive files written around it"]
            return reconcile(bench.es, run, sites.published), {"migrations": 1}, notes

    return timed("migrate_mid_stream", "index migrate (copy + alias swap) while a process run writes", body)


def _stalling_page() -> bytes:
    """A page built to stall extraction: a flood of tiny paragraphs (trafilatura's time grows faster than
    the page) around the shapes that made the clean-up backtrack, under a title of 40,000 spaces."""
    probes = "<p>[a" + " b=" * 26 + "</p><p>" + "&lt;!--" * 2000 + "</p><p>" + "[a]" * 2000 + "</p>"
    return (f'<html><head><meta property="og:title" content="a{" " * 40_000}b"></head><body><article>'
            f'{probes}{"<p>w</p>" * 60_000}</article></body></html>').encode()


def _process_cost(run: Run, files: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of a process run in this thread; the CPU figure does not follow the
    machine's other load."""
    wall, cpu = time.perf_counter(), time.thread_time()
    run.process(files)
    return time.perf_counter() - wall, time.thread_time() - cpu


def hostile_page_in_feed(bench: Bench) -> ScenarioReport:
    """A feed lists, after its articles, a page built to stall extraction. It must be quarantined with the
    reason, every article indexed, and the process run must take at most two page budgets more CPU time
    than the same run over the same feeds without that page, measured just before it."""
    from pipeline.extract import extract_article
    from pipeline.process import PAGE_CPU_SECONDS
    from pipeline.tag import tag_article

    def body():
        with bench.sites() as sites:
            tag_article(extract_article(sites.page(sites.published[-1].url)).body)  # models loaded untimed
            with bench.run("hostile-control", sites) as control:
                control_wall, control_cpu = _process_cost(control, poll_all(control, sites))
            hostile_url = sites.add_unlisted_page(0, _stalling_page())
            with bench.run("hostile", sites) as run:
                wall, cpu = _process_cost(run, poll_all(run, sites))
                counts = reconcile(bench.es, run, sites.published)
        on_time = cpu <= control_cpu + 2 * PAGE_CPU_SECONDS
        if counts.quarantined.get(BUDGET_REASON) != 1:
            counts.failures.append(f"{hostile_url} not quarantined over its budget: {counts.quarantined}")
        if not on_time:
            counts.failures.append(f"process run took {cpu:.1f} s of CPU, {control_cpu:.1f} s without the page")
        notes = [f"process run {cpu:.1f} s CPU / {wall:.1f} s wall, without the page {control_cpu:.1f} s CPU / "
                 f"{control_wall:.1f} s wall (bound: + 2 x {PAGE_CPU_SECONDS:g} s CPU)"]
        return counts, {"hostile_pages": 1, "on_time": int(on_time)}, notes

    return timed("hostile_page_in_feed", "a 0.5 MB page built to stall extraction among the articles", body)


SCENARIOS: dict[str, Callable[[Bench], ScenarioReport]] = {
    "es_cut_mid_bulk": es_cut_mid_bulk,
    "es_overloaded_429": es_overloaded_429,
    "worker_killed_during_fetch": worker_killed_during_fetch,
    "worker_killed_during_index": worker_killed_during_index,
    "sources_failing": sources_failing,
    "archive_full": lambda bench: archive_unusable(bench, "full"),
    "archive_read_only": lambda bench: archive_unusable(bench, "read_only"),
    "concurrent_runs": concurrent_runs,
    "migrate_mid_stream": migrate_mid_stream,
    "sustained_load": sustained_load,
    "hostile_page_in_feed": hostile_page_in_feed,
}
HEAVY = {"sustained_load"}  # run on request (`--scenario sustained_load`), at the scale given


def run_scenarios(names: list[str], scale: Scale, es: Elasticsearch, es_url: str,
                  progress: Callable[[str], None] = lambda message: None) -> list[ScenarioReport]:
    with tempfile.TemporaryDirectory(prefix="canews-chaos-") as workdir:
        bench = Bench(es, es_url, Path(workdir), scale, progress)
        return [SCENARIOS[name](bench) for name in names]
