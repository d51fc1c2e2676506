"""Daily feed-health report: which feeds work, which are dead, which went quiet.

`report` writes the day's report to Elasticsearch (index news-feed-health; the
Feed health view in this UI shows the latest). `alert_if_feeds_down` fails, and
shows red, when more than `max_down_share` of the feeds are dead.
"""

from datetime import datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task


@dag(
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news", "health"],
    params={
        "feeds_config": Param(
            None, type=["null", "string"], title="Feeds file",
            description="Leave empty for the feeds the deployment polls (NEWS_FEEDS, else config/feeds.yaml).",
        ),
        "max_down_share": Param(
            0.3, type="number", minimum=0, maximum=1, title="Allowed share of dead feeds",
            description="Above this share of dead feeds the run fails.",
        ),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=1),
        "execution_timeout": timedelta(minutes=10),
    },
    doc_md=__doc__,
)
def news_feed_health():
    @task
    def report(params=None, data_interval_end=None, dag_run=None) -> dict:
        from pipeline.jobs import feed_health

        return feed_health(
            now=data_interval_end or dag_run.run_after,
            feeds_config=params["feeds_config"],
            max_down_share=params["max_down_share"],
        )

    # No retries: the verdict will not change by asking again.
    @task(retries=0)
    def alert_if_feeds_down(summary: dict) -> dict:
        from pipeline.jobs import check_feed_health

        return check_feed_health(summary)

    alert_if_feeds_down(report())


news_feed_health()
