"""news_feed_health with dag.test(): one dead and one quiet feed among healthy ones, the report in
Elasticsearch, and a visibly failed task when too many feeds are down."""

from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.integration

RUN_DAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def run_health(**conf):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline.local.paths import PROJECT_ROOT

    dag = DagBag(dag_folder=PROJECT_ROOT / "dags" / "news_feed_health.py").dags["news_feed_health"]
    return dag.test(logical_date=RUN_DAY + timedelta(hours=1), run_conf=conf)


@pytest.fixture
def feed_history(demo_env, es, unique_name, monkeypatch):
    """Two weeks of feed state for the demo feeds: the first dead since four days, the second silent
    since five, the rest publishing every day; written through the feed-state store."""
    from pipeline.fetch.feeds_config import load_feeds
    from pipeline.fetch.figures import FeedFigures
    from pipeline.fetch.state import FeedStateStore

    monkeypatch.setenv("NEWS_FEED_HEALTH_INDEX", f"{unique_name}-feed-health")
    feeds = load_feeds(demo_env["feeds"]).feeds
    assert len(feeds) >= 3
    store = FeedStateStore(es, demo_env["NEWS_FEED_STATE_INDEX"])
    states = store.load(feeds)
    for day in range(14, 0, -1):
        for hour in (0, 6, 12, 18):
            when = RUN_DAY - timedelta(days=day) + timedelta(hours=hour)
            for position, feed in enumerate(feeds):
                state = states[feed.url]
                if position == 0 and day <= 4:
                    state.record_failure(when, "http-503 <b>Service Unavailable</b>")
                elif position == 1 and day <= 5:
                    state.record_success(when, status="not-modified")
                else:
                    state.record_success(when, status="ok", entries=20, new_items=3 if hour == 0 else 0)
                    state.record_figures(FeedFigures(items=20, newest=when, language=feed.language))
    store.save(list(states.values()))
    return {"dead": feeds[0].name, "quiet": feeds[1].name, "index": f"{unique_name}-feed-health",
            "feeds": len(feeds)}


def states_of(run) -> dict[str, str]:
    return {ti.task_id: ti.state for ti in run.get_task_instances()}


def test_report_flags_the_dead_and_the_quiet_feed(airflow_db, feed_history, es):
    run = run_health(max_down_share=0.5)
    assert run.state == "success", states_of(run)
    report_id = (RUN_DAY - timedelta(days=1)).date().isoformat()  # the day before the run's interval end
    report = es.get(index=feed_history["index"], id=report_id)["_source"]
    status = {feed["name"]: feed["status"] for feed in report["feeds"]}
    assert status.pop(feed_history["dead"]) == "dead"
    assert status.pop(feed_history["quiet"]) == "quiet"
    assert set(status.values()) == {"ok"}
    assert report["totals"]["dead"] == 1 and report["healthy"] is True
    dead = next(feed for feed in report["feeds"] if feed["name"] == feed_history["dead"])
    assert dead["consecutive_failures"] == 16 and dead["error_rate"] > 0.2 and "<b>" in dead["last_error"]
    ok = next(feed for feed in report["feeds"] if feed["status"] == "ok")
    assert ok["items_1d"] == 3 and ok["items_7d"] == 21 and ok["last_success_at"]
    # The configured language reaches the report, next to the one detected in the items.
    assert ok["language"] in ("en", "ru") and ok["detected_language"] == ok["language"] and ok["newest_item_at"]


def test_too_many_dead_feeds_fail_the_alert_task_after_the_report_is_written(airflow_db, feed_history, es):
    run = run_health(max_down_share=0.1)
    assert run.state == "failed"
    assert states_of(run) == {"report": "success", "alert_if_feeds_down": "failed"}
    assert es.count(index=feed_history["index"])["count"] == 1
