"""news_process in parallel batches gives the very clusters a serial run gives, against the real Elasticsearch.

The archive holds near-duplicates spread over several files, so that batches processed side by side
each hold copies of the others' stories, some copies published before their originals, and one story
already indexed by an earlier run. The same files go through `jobs.process` (serial) into one alias
and through the batches (library calls, then the news_process DAG with dag.test(), one batch failing
once) into others; every document's cluster_id and duplicate_of must agree.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

import pytest

from pipeline import jobs
from pipeline.archive import Archive
from pipeline.records import Feed, FeedEntry, FetchedPage

pytestmark = pytest.mark.integration

STORIES = {
    "rail": [
        "Freight trains between Kazakhstan and Uzbekistan will run on a shared timetable from the spring, "
        "the two railway companies said after a meeting in Shymkent.",
        "Shippers have complained for years that wagons wait for days at the border while crews change.",
        "The new schedule lets one crew take a train through to Tashkent and cuts the stop to a few hours.",
        "Both companies expect cotton and grain exporters to be the first to use the faster service.",
        "A joint office at the crossing will handle customs papers for both sides at once.",
    ],
    "water": [
        "Kyrgyz and Tajik engineers agreed on how much water the reservoirs on the upper Syr Darya release "
        "this summer, after two days of talks in Khujand.",
        "Farmers downstream had feared a dry season after a winter with little snow in the mountains.",
        "The deal keeps releases steady through July, when the cotton fields need the most water.",
        "Officials from both countries will read the gauges together every week and publish the figures.",
        "A commission will meet again in the autumn to plan the storage for next winter.",
    ],
    "forum": [
        "Turkmenistan will host a regional forum on gas transit routes in Ashgabat in the autumn, "
        "the foreign ministry announced on Monday.",
        "Delegations from the five Central Asian states and several European buyers are expected to attend.",
        "The agenda covers a pipeline under the Caspian Sea and the pricing of long-term supply contracts.",
        "Diplomats said the meeting could settle questions left open since the last round of talks.",
        "The ministry also invited banks that might finance new compressor stations along the route.",
    ],
    "museum": [
        "A museum in Samarkand reopened its hall of medieval manuscripts after three years of restoration work.",
        "Conservators cleaned and rebound more than two hundred volumes, some of them written on silk paper.",
        "Visitors can now turn digital copies of the rarest pages on screens beside the glass cases.",
        "The curators plan an exhibition on the astronomers of the fifteenth century for next year.",
        "Entry stays free for schoolchildren and students from the city on weekdays.",
    ],
}
BASE = datetime(2026, 3, 2, 8, tzinfo=UTC)


def page(outlet: str, slug: str, sentences: list[str], published: datetime, fetched: datetime) -> FetchedPage:
    url = f"https://{outlet}.example/news/{slug}"
    paragraphs = "".join(f"<p>{html.escape(sentence)}</p>" for sentence in sentences)
    body = (f"<!DOCTYPE html><html lang='en'><head><title>{slug}</title></head><body><main><article>"
            f"<h1>{slug}</h1>{paragraphs}</article></main></body></html>").encode()
    feed = Feed(name=outlet, url=f"https://{outlet}.example/feed.xml", language="en", country="KZ")
    return FetchedPage(url=url, final_url=url, status=200, headers={"Content-Type": "text/html; charset=utf-8"},
                       body=body, fetched_at=fetched, feed=feed, entry=FeedEntry(url=url, title=slug,
                                                                                 published_at=published))


def hours(n: float) -> datetime:
    return BASE + timedelta(hours=n)


@pytest.fixture
def archive_files(demo_env):
    """Files of an earlier run (one story) and of this run (copies spread over three files)."""
    archive = Archive(str(demo_env["archive"]))
    rail, water, forum, museum = (STORIES[name] for name in ("rail", "water", "forum", "museum"))
    earlier = archive.write([page("wire", "rail", rail, hours(-48), hours(-47))])
    this_run = [
        archive.write([  # a copy of the earlier run's story, and the original of the water story
            page("daily", "rail-copy", ["By our correspondent.", *rail], hours(2), hours(20)),
            page("wire", "water", water, hours(1), hours(20)),
            page("wire", "forum-late", forum[1:], hours(9), hours(20)),
        ]),
        archive.write([  # a rewrite of the water story, published later; the forum story's first copy
            page("daily", "water-rewrite", [*water[2:], *water[:2]], hours(3), hours(21)),
            page("weekly", "forum", forum, hours(4), hours(21)),
            page("weekly", "museum", museum, hours(5), hours(21)),
            page("weekly", "stub", museum[:1], hours(5), hours(21)),  # too short: quarantined
        ]),
        archive.write([  # published before the water original, in a batch of its own
            page("weekly", "water-early", water[:4], hours(0.5), hours(22)),
            page("daily", "forum-copy", forum, hours(6), hours(22)),
        ]),
    ]
    return earlier, [file for files in this_run for file in files]


def clusters(es, alias: str) -> dict[str, tuple[str, str | None]]:
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=100, query={"match_all": {}}, source=["url", "cluster_id", "duplicate_of"])
    return {hit["_source"]["url"]: (hit["_source"]["cluster_id"], hit["_source"]["duplicate_of"])
            for hit in hits["hits"]["hits"]}


def index_earlier_run(es, earlier: list[str], alias: str) -> None:
    jobs.process(earlier, alias=alias)
    es.indices.refresh(index=alias)  # searchable, as an earlier run's documents are by the next run


def serial_clusters(es, alias: str, earlier: list[str], files: list[str]) -> dict:
    index_earlier_run(es, earlier, alias)
    assert jobs.process(files, alias=alias)["index"]["indexed"] == 8
    return clusters(es, alias)


def test_batches_in_parallel_give_the_clusters_of_a_serial_run(es, demo_env, archive_files, unique_name):
    earlier, files = archive_files
    serial = serial_clusters(es, f"{unique_name}-serial", earlier, files)
    # The test means something only if clusters cross batches: the rail copy joins the earlier run's
    # original, the water story's three versions and the forum's three share a cluster each.
    by_cluster: dict[str, set[str]] = {}
    for url, (cluster, _) in serial.items():
        by_cluster.setdefault(cluster, set()).add(url.rsplit("/", 1)[1])
    assert sorted(sorted(group) for group in by_cluster.values() if len(group) > 1) == [
        ["forum", "forum-copy", "forum-late"], ["rail", "rail-copy"], ["water", "water-early", "water-rewrite"]]

    batched = f"{unique_name}-batched"
    index_earlier_run(es, earlier, batched)
    batches = jobs.process_batches(files, batches=3)
    assert len(batches) == 3
    prepared = [jobs.prepare(batch) for batch in batches]
    counts = jobs.index_prepared(prepared, alias=batched)
    assert counts["articles"] == 8 and counts["index"]["indexed"] == 8 and counts["batches"] == 3
    assert counts["rejected"] == 1 and [*counts["reasons"]][0].startswith("extracted body too short")
    quarantined = demo_env["NEWS_QUARANTINE_INDEX"]
    es.indices.refresh(index=quarantined)
    assert [hit["_source"]["doc_id"] for hit in es.search(index=quarantined)["hits"]["hits"]] == [
        "https://weekly.example/news/stub"]
    assert clusters(es, batched) == serial
    assert not list((demo_env["archive"] / "prepared").glob("*.jsonl.gz")), "prepared batches left behind"

    # Run again: the same clusters, nothing written twice.
    again = jobs.index_prepared([jobs.prepare(batch) for batch in batches], alias=batched)
    assert again["index"]["unchanged"] == 8 and again["index"]["indexed"] == again["index"]["updated"] == 0
    assert clusters(es, batched) == serial


def test_the_dag_runs_batches_as_mapped_tasks_and_a_failing_batch_retries_alone(
    airflow_db, es, demo_env, archive_files, monkeypatch
):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline import prepared
    from pipeline.local.paths import PROJECT_ROOT

    earlier, files = archive_files
    serial = serial_clusters(es, f"{demo_env['NEWS_INDEX']}-serial", earlier, files)
    index_earlier_run(es, earlier, demo_env["NEWS_INDEX"])

    # The batch holding the first file fails once, as a worker losing its disk or its node would.
    write, failed = prepared.write, []

    def write_failing_once(archive, batch, articles, rejected):
        if files[0] in batch and not failed:
            failed.append(batch)
            raise OSError("disk went away")
        return write(archive, batch, articles, rejected)

    monkeypatch.setattr(prepared, "write", write_failing_once)
    dag = DagBag(dag_folder=PROJECT_ROOT / "dags" / "news_process.py").dags["news_process"]
    dag.get_task("prepare").retry_delay = timedelta(0)
    run = dag.test(run_conf={"files": files})
    assert run.state == "success"
    assert failed

    tries = {(ti.task_id, ti.map_index): ti.try_number for ti in run.get_task_instances()}
    prepare_tries = sorted(tries[key] for key in tries if key[0] == "prepare")
    assert len(prepare_tries) == min(jobs.PROCESS_BATCHES, len(files))
    assert prepare_tries == [1] * (len(prepare_tries) - 1) + [2], tries
    assert tries[("index", -1)] == 1
    assert clusters(es, demo_env["NEWS_INDEX"]) == serial
