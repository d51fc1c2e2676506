"""Each fault-injection scenario once, small: the index must end up with every published article once.

The same scenarios run larger with `python -m pipeline bench chaos`. They need the real local
Elasticsearch; faults on it go through a proxy, the shared node itself is never stopped.
"""

from __future__ import annotations

import pytest

from pipeline.bench import chaos
from pipeline.bench.chaos.load import sustained_load
from pipeline.bench.chaos.scenarios import hostile_page_in_feed
from pipeline.config import settings

pytestmark = pytest.mark.integration

SMALL = chaos.Scale(feeds=3, articles=4, hosts=2)


@pytest.fixture(scope="module")
def bench(es, tmp_path_factory):
    return chaos.Bench(es, settings().es_url, tmp_path_factory.mktemp("chaos"), SMALL)


@pytest.mark.parametrize("name", sorted(set(chaos.SCENARIOS) - chaos.HEAVY - {"hostile_page_in_feed"}))
def test_scenario_loses_and_duplicates_nothing(bench, name):
    report = chaos.SCENARIOS[name](bench)
    counts = report.counts
    assert counts.published == SMALL.feeds * SMALL.articles
    assert counts.missing == 0, counts.examples
    assert counts.duplicated == 0, counts.examples
    assert counts.corrupted == 0 and counts.unsafe == 0 and counts.unexpected == 0, counts.examples
    # One stub page per feed has too little text: it is quarantined with its reason, never indexed.
    assert counts.indexed == SMALL.feeds * (SMALL.articles - 1)
    assert counts.quarantined == {chaos.STUB_REASON: SMALL.feeds}


def test_a_page_built_to_stall_extraction_is_quarantined_and_the_articles_flow_on_time(bench):
    report = hostile_page_in_feed(bench)
    counts = report.counts
    assert counts.ok, (counts.examples, counts.failures)
    assert counts.indexed == SMALL.feeds * (SMALL.articles - 1)
    assert counts.quarantined == {chaos.STUB_REASON: SMALL.feeds, chaos.BUDGET_REASON: 1}
    assert report.injected == {"hostile_pages": 1, "on_time": 1}, report.notes


def test_pathological_inputs_take_time_linear_in_their_size():
    """Each hostile input through its function: time grows about linearly from a quarter of the input to all
    of it, and a character costs at most a bounded multiple of a normal page's."""
    from pathlib import Path

    from pipeline.bench import pathological

    inputs = pathological.load_inputs(Path(__file__).parents[1] / "fixtures" / "hostile" / "inputs.yaml")
    report = pathological.measure(inputs)
    assert len(report.timings) == len(inputs)
    assert report.ok, (report.costliest, report.steepest)


def test_proxy_cut_resets_connections_until_restored(es):
    """The fault itself is real: the client sees connection errors while the proxy is down."""
    from elasticsearch import ConnectionError as ESConnectionError

    from pipeline.config import Settings
    from pipeline.store.client import connect

    with chaos.EsProxy(settings().es_url) as proxy:
        client = connect(Settings(**{**settings().__dict__, "es_url": proxy.url}))
        assert client.cluster.health()["status"] in ("green", "yellow")
        proxy.faults.down = True
        with pytest.raises(ESConnectionError):
            client.cluster.health()
        proxy.faults.down = False
        assert client.cluster.health()["status"] in ("green", "yellow")
        assert proxy.faults.resets >= 1


def test_reconcile_counts_what_is_wrong(bench, es):
    """The check itself can fail: a duplicate, a missing, a corrupted and an unsafe document are found."""
    from pipeline.store import index

    with bench.sites(feeds=1, articles=4, hosts=1) as sites, bench.run("reconcile", sites) as run:
        index.ensure_index(es, run.alias, run.quarantine)
        good = [a for a in sites.published if not a.stub]
        docs = [
            {"url": good[0].url, "title": good[0].title, "body": "\n\n".join(good[0].paragraphs)},
            {"url": good[0].url, "title": good[0].title, "body": "\n\n".join(good[0].paragraphs)},
            {"url": good[1].url, "title": "something else", "body": "\n\n".join(good[1].paragraphs)},
            {"url": good[2].url, "title": good[2].title,
             "body": "\n\n".join(good[2].paragraphs) + '<a href="javascript:x()">'},
        ]
        for number, doc in enumerate(docs):
            es.index(index=run.alias, id=str(number), document=doc)
        counts = chaos.reconcile(es, run, sites.published)
        assert (counts.duplicated, counts.corrupted, counts.unsafe) == (1, 1, 1)
        assert counts.missing == 1  # the stub is neither indexed nor quarantined
        assert not counts.ok


def test_sustained_load_reduced_indexes_every_round_through_the_scheduler_with_flat_memory(es, tmp_path):
    """The heavy load scenario (200 feeds, 20,000 articles) in miniature: three rounds through Airflow."""
    bench = chaos.Bench(es, settings().es_url, tmp_path, chaos.Scale(feeds=3, articles=6, hosts=2))
    report = sustained_load(bench)
    assert report.ok, (report.counts.examples, report.counts.failures)
    rounds = report.injected["rounds"]
    assert [r["articles"] for r in rounds] == [6, 6, 6]
    for measured in rounds:
        assert set(measured["peak_rss_mib"]) >= {"worker", "scheduler", "elasticsearch"}
        assert all(mib > 0 for mib in measured["peak_rss_mib"].values())
        # The round's timeline: polled, then prepared, then indexed, all before the last article was searchable.
        steps = measured["timeline_s"]
        polled = max(end for _, end in steps["poll_task_spans"])
        prepared = max(end for _, end in steps["prepare_task_spans"])
        index_started, index_done = steps["index_task"]
        assert 0 < polled <= prepared <= index_started < index_done <= steps["all_searchable"]
