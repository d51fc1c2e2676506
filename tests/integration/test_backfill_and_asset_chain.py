"""Through a running Airflow standalone (the real scheduler and REST API), in this order:

1. the asset chain: news_poll indexes what its batches wrote, and its event says so and names the files
   left for news_process (none when every batch was prepared); news_process runs on every event, however
   many were queued while a process run was busy;
2. a backfill of news_reprocess over three days (POST /api/v2/backfills): three runs, each re-indexes
   its day of the archive, the document count ends where it was (idempotent), and each run's task
   instance links to Kibana.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.jobs import RAW_ASSET

pytestmark = pytest.mark.integration

HISTORY_START = datetime(2026, 1, 10, tzinfo=UTC)


def runs(api, dag_id: str, **params) -> list[dict]:
    return api.request("GET", f"/dags/{dag_id}/dagRuns", params={"limit": 100, **params})["dag_runs"]


def indexed_urls(es, alias: str) -> set[str]:
    if not es.indices.exists_alias(name=alias):
        return set()
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=500, query={"match_all": {}}, source=["url"])["hits"]["hits"]
    return {hit["_source"]["url"] for hit in hits}


def events_all_consumed(api, asset_id: int):
    """(emitted, consumed, process runs) once no poll or process run is pending and news_process
    consumed every event of the raw-archive asset; None before."""
    pending = [run for dag_id in ("news_poll", "news_process") for run in runs(api, dag_id)
               if run["state"] not in ("success", "failed")]
    emitted = api.request("GET", "/assets/events", params={"asset_id": asset_id, "limit": 100})["asset_events"]
    if pending or not emitted:
        return None
    process_runs = runs(api, "news_process")
    consumed = {}
    for run in process_runs:
        events = api.request("GET", f"/dags/news_process/dagRuns/{run['dag_run_id']}/upstreamAssetEvents")
        consumed.update({event["id"]: event for event in events["asset_events"]})
    emitted = {event["id"]: event for event in emitted}
    return (emitted, consumed, process_runs) if set(consumed) == set(emitted) else None


def start_from_nothing(es, settings: dict) -> None:
    """No feed state, no archive, no articles: the next poll fetches everything again."""
    es.indices.delete(index=f"{settings['NEWS_INDEX']}-v*,{settings['NEWS_FEED_STATE_INDEX']}",
                      ignore_unavailable=True, allow_no_indices=True)
    shutil.rmtree(settings["NEWS_ARCHIVE"], ignore_errors=True)


def test_a_poll_indexes_its_files_and_its_events_leave_news_process_nothing_to_miss(airflow_standalone, demo_sites, es):
    from pipeline.archive import Archive
    from pipeline.demo_sites import articles

    api, settings = airflow_standalone["api"], airflow_standalone["settings"]
    api.wait_for_dag("news_process")
    api.wait_for_dag("news_poll")
    # Unpausing news_poll starts a run for its latest interval; let it and its processing finish,
    # then start from nothing.
    (asset,) = api.wait_until(
        lambda: api.request("GET", "/assets", params={"name_pattern": RAW_ASSET})["assets"], 120, "the asset"
    )
    api.wait_until(lambda: events_all_consumed(api, asset["id"]), 300, "the scheduled poll to be processed")
    start_from_nothing(es, settings)

    # A second run right after finds no feed due and announces nothing new while news_process is busy.
    run_id = api.trigger("news_poll")
    second_run_id = api.trigger("news_poll")
    assert api.wait_for_run("news_poll", run_id, timeout=300) == "success"
    assert api.wait_for_run("news_poll", second_run_id, timeout=300) == "success"
    emitted, consumed, process_runs = api.wait_until(
        lambda: events_all_consumed(api, asset["id"]), 300, "every event consumed"
    )
    assert {run["state"] for run in process_runs} == {"success"}
    (event,) = [event for event in emitted.values() if event["source_run_id"] == run_id]
    (empty,) = [event for event in emitted.values() if event["source_run_id"] == second_run_id]
    assert (empty["extra"]["files"], empty["extra"]["indexed_files"]) == ([], 0)

    archive = Archive(settings["NEWS_ARCHIVE"])
    now = datetime.now(UTC)
    archived = archive.files_between(now - timedelta(days=1), now + timedelta(days=1))
    assert archived and (event["extra"]["files"], event["extra"]["indexed_files"]) == ([], len(archived))
    published = {article.url for article in articles(demo_sites.base_url)}
    assert indexed_urls(es, settings["NEWS_INDEX"]) == published


def create(api, backfill: dict) -> dict | None:
    response = api.http.post("/backfills", json=backfill)
    if response.status_code == 503:
        return None
    assert response.status_code == 200, response.text
    return response.json()


def history_by_day(settings: dict) -> dict[datetime, set[str]]:
    """Copy today's archived pages onto three past days, one demo outlet a day; the URLs of each day."""
    from pipeline.archive import Archive

    archive = Archive(settings["NEWS_ARCHIVE"])
    now = datetime.now(UTC)
    pages = list(archive.read(archive.files_between(now - timedelta(days=1), now + timedelta(days=1))))
    outlets = sorted({page.url.split("/")[3] for page in pages})
    assert len(outlets) == 3, outlets
    days = {}
    for offset, outlet in enumerate(outlets):
        day = HISTORY_START + timedelta(days=offset)
        copies = [
            replace(page, fetched_at=day + timedelta(hours=9, minutes=i))
            for i, page in enumerate(page for page in pages if page.url.split("/")[3] == outlet)
        ]
        archive.write(copies)
        days[day] = {page.url for page in copies}
    return days


def test_backfill_of_three_days_reindexes_the_archive_and_keeps_the_count(airflow_standalone, es):
    api, settings = airflow_standalone["api"], airflow_standalone["settings"]
    alias = settings["NEWS_INDEX"]
    days = history_by_day(settings)
    before = indexed_urls(es, alias)
    assert before == set().union(*days.values()), "the asset-chain test indexed every article"
    # Lose the middle day's articles: the backfill must bring them back, and only them.
    lost_day = HISTORY_START + timedelta(days=1)
    lost = es.search(index=alias, size=100, query={"terms": {"url": sorted(days[lost_day])}}, source=False)
    for hit in lost["hits"]["hits"]:
        es.delete(index=hit["_index"], id=hit["_id"])
    es.indices.refresh(index=alias)
    assert indexed_urls(es, alias) == before - days[lost_day]

    api.wait_for_dag("news_reprocess")
    request = {
        "dag_id": "news_reprocess",
        "from_date": HISTORY_START.isoformat(),
        "to_date": (HISTORY_START + timedelta(days=2)).isoformat(),
        "max_active_runs": 3,
    }
    # SQLite answers 503 while the scheduler holds its write lock: ask again, as an operator would.
    backfill = api.wait_until(lambda: create(api, request), 120, "the backfill to be accepted")

    def finished_backfill_runs():
        found = [run for run in runs(api, "news_reprocess", run_type="backfill")]
        return found if len(found) == 3 and all(r["state"] in ("success", "failed") for r in found) else None

    backfill_runs = api.wait_until(finished_backfill_runs, 300, f"the three runs of backfill {backfill['id']}")
    assert {run["state"] for run in backfill_runs} == {"success"}
    assert sorted(datetime.fromisoformat(run["data_interval_start"]) for run in backfill_runs) == sorted(days)

    for run in backfill_runs:
        path = f"/dags/news_reprocess/dagRuns/{run['dag_run_id']}/taskInstances/reprocess"
        counts = api.request("GET", f"{path}/xcomEntries/return_value")["value"]
        day = datetime.fromisoformat(run["data_interval_start"])
        assert counts["files"] == 1 and counts["articles"] == len(days[day])
        written = counts["index"]
        if day == lost_day:
            assert written["indexed"] == len(days[day])
        else:
            # Overwritten in place (or left as they were): the same ids, no new documents.
            assert written["indexed"] == 0 and written["updated"] + written["unchanged"] == len(days[day])
        links = api.request("GET", f"{path}/links")["extra_links"]
        assert "indexed_at" in links["Indexed articles (Kibana)"]

    assert indexed_urls(es, alias) == before
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == len(before)
