"""Poll the configured news feeds every 15 minutes and archive their new articles.

Each mapped task polls one batch of due feeds; the archive files it writes are
announced as an event on the raw-archive asset, which schedules news_process.
"""

from datetime import datetime, timedelta

from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, task

from pipeline.jobs import RAW_ASSET

raw_archive = Asset(RAW_ASSET)


@dag(
    schedule=CronDataIntervalTimetable("*/15 * * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news"],
    params={
        "feeds_config": Param("", type="string", description="Feeds file; empty for NEWS_FEEDS or config/feeds.yaml"),
        "batch_size": Param(10, type="integer", minimum=1, description="Feeds per mapped poll task"),
    },
    default_args={
        "retries": 3,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(minutes=20),
    },
    doc_md=__doc__,
)
def news_poll():
    @task
    def plan(params=None, data_interval_end=None) -> list[list[str]]:
        from pipeline.jobs import plan_poll

        return plan_poll(params["feeds_config"], params["batch_size"], now=data_interval_end)

    @task(outlets=[raw_archive])
    def poll(feed_names: list[str], params=None, outlet_events=None) -> dict:
        from pipeline.jobs import poll as poll_feeds

        counts = poll_feeds(feed_names, params["feeds_config"])
        outlet_events[raw_archive].extra = {"files": counts["archive_files"]}
        return counts

    poll.expand(feed_names=plan())


news_poll()
