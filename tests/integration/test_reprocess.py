"""news_reprocess with dag.test(): its interval's archive re-indexed, no more; dry run; no logical date."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.integration

PAST_DAY = datetime(2026, 1, 10, tzinfo=UTC)


def run_dag(dag_id: str, **kwargs):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline.local.paths import PROJECT_ROOT

    dag = DagBag(dag_folder=PROJECT_ROOT / "dags" / f"{dag_id}.py").dags[dag_id]
    return dag.test(**kwargs)


def indexed_urls(es, alias: str) -> set[str]:
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=200, query={"match_all": {}}, source=["url"])["hits"]["hits"]
    return {hit["_source"]["url"] for hit in hits}


@pytest.fixture
def archive_today_and_past(demo_env, demo_sites):
    """The demo sites polled for real into the archive (today); one outlet's pages copied to a past day."""
    from pipeline import jobs
    from pipeline.archive import Archive
    from pipeline.demo_sites import outlets

    names = [name for batch in jobs.plan_poll(batch_size=100) for name in batch]
    polled = jobs.poll(names)
    archive = Archive(str(demo_env["archive"]))
    now = datetime.now(UTC)
    today_files = archive.files_between(now - timedelta(days=1), now + timedelta(days=1))
    assert today_files, f"the poll archived nothing: {polled}"
    outlet = outlets()[0]
    past_pages = [
        replace(page, fetched_at=PAST_DAY + timedelta(hours=3, minutes=i))
        for i, page in enumerate(archive.read(today_files))
        if f"/{outlet.slug}/" in page.url
    ]
    assert past_pages
    archive.write(past_pages)
    return {"past_urls": {page.url for page in past_pages}}


def test_a_backfilled_day_reindexes_its_archive_only(airflow_db, demo_env, archive_today_and_past, es):
    alias = demo_env["NEWS_INDEX"]
    run = run_dag("news_reprocess", logical_date=PAST_DAY + timedelta(days=1, hours=5))
    assert run.state == "success"
    assert run.data_interval_start == PAST_DAY
    assert indexed_urls(es, alias) == archive_today_and_past["past_urls"]


def test_a_run_without_logical_date_takes_the_day_before_it_and_stays_idempotent(
    airflow_db, demo_env, demo_sites, archive_today_and_past, es
):
    from pipeline.demo_sites import articles

    alias = demo_env["NEWS_INDEX"]
    published = {article.url for article in articles(demo_sites.base_url)}
    for _ in range(2):
        run = run_dag("news_reprocess", logical_date=None)
        assert run.state == "success" and run.logical_date is None
        assert indexed_urls(es, alias) == published
    assert es.count(index=alias)["count"] == len(published)


def test_a_dry_run_into_another_target_writes_nothing(airflow_db, demo_env, archive_today_and_past, es):
    from pipeline.store.index import versioned_name

    target = versioned_name(demo_env["NEWS_INDEX"], 99)
    run = run_dag("news_reprocess", logical_date=None, run_conf={"target": target, "dry_run": True})
    assert run.state == "success"
    assert not es.indices.exists(index=target)


def test_a_target_outside_the_article_indices_fails_the_run_at_once_and_writes_nothing(
    airflow_db, demo_env, archive_today_and_past, es, unique_name
):
    run = run_dag("news_reprocess", logical_date=None, run_conf={"target": f"{unique_name}-elsewhere"})
    assert run.state == "failed"
    [attempt] = run.get_task_instances()
    assert attempt.try_number == 1  # no retry: the target would be refused again
    assert not es.indices.exists(index=f"{unique_name}-elsewhere")


def test_a_concrete_index_can_be_the_target(airflow_db, demo_env, demo_sites, archive_today_and_past, es):
    from pipeline.demo_sites import articles
    from pipeline.store.index import current_index, ensure_index

    concrete = ensure_index(es, demo_env["NEWS_INDEX"], demo_env["NEWS_QUARANTINE_INDEX"])
    run = run_dag("news_reprocess", logical_date=None, run_conf={"target": concrete})
    assert run.state == "success"
    assert current_index(es, demo_env["NEWS_INDEX"]) == concrete
    assert indexed_urls(es, concrete) == {article.url for article in articles(demo_sites.base_url)}
