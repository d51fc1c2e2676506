"""Poll the configured news feeds every 15 minutes, archive their new articles and index them.

Each mapped group polls one batch of due feeds (in the news_fetch pool, which caps
concurrent fetches) and, as soon as that batch is archived, extracts and tags its
pages (`prepare`), so processing runs while other batches still poll. `index` then
clusters and indexes every prepared batch (in the news_index pool: one index task
at a time, here or in news_process). `announce` names, in one event on the
raw-archive asset, the archive files left unindexed (a batch whose prepare failed,
or all of them when `index` failed); news_process runs on that event and does the rest.

No backfills: a poll reads what the feeds publish now, whatever day it is run for.
To re-process past days, backfill news_reprocess, which reads the raw archive.
"""

from datetime import datetime, timedelta

from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, task, task_group

from pipeline.jobs import FETCH_POOL, INDEX_ASSET, INDEX_POOL, RAW_ASSET

raw_archive = Asset(RAW_ASSET)
news_index = Asset(INDEX_ASSET)


@dag(
    schedule=CronDataIntervalTimetable("*/15 * * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    # Airflow refuses a backfill of this DAG (the UI offers none); news_reprocess re-processes history.
    # The SDK converts the names to its run-type enum, which it does not export.
    allowed_run_types=["scheduled", "manual", "operator_triggered"],  # type: ignore[list-item]
    description="Polls the feeds now. To re-process past days, backfill news_reprocess.",
    tags=["news"],
    params={
        "feeds_config": Param(
            None, type=["null", "string"], title="Feeds file",
            description="Leave empty for the feeds the deployment polls (NEWS_FEEDS, else config/feeds.yaml).",
        ),
        "batch_size": Param(
            10, type="integer", minimum=1, title="Batch size", description="Feeds per mapped poll task."
        ),
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
    # The run's moment: the end of its data interval, or, for a run triggered without one, its run_after
    # time. Fixed for the run, so a retried poll sees the moment its first try saved in feed state.
    @task
    def plan(params=None, data_interval_end=None, dag_run=None) -> list[list[str]]:
        from pipeline.jobs import plan_poll

        return plan_poll(params["feeds_config"], params["batch_size"], now=data_interval_end or dag_run.run_after)

    # Polled as of the run's moment, the one at which `plan` found these feeds due.
    @task(pool=FETCH_POOL)
    def poll(feed_names: list[str], params=None, data_interval_end=None, dag_run=None) -> dict:
        from pipeline.jobs import poll as poll_feeds

        return poll_feeds(feed_names, params["feeds_config"], now=data_interval_end or dag_run.run_after)

    @task
    def prepare(polled: dict) -> dict:
        from pipeline.jobs import prepare_polled

        return prepare_polled(polled)

    # Each batch's prepare follows its own poll, not the slowest of them.
    @task_group
    def batch(feed_names: list[str]):
        polled = poll(feed_names)
        return polled, prepare(polled)

    # Runs whatever the batches did: the batches that were prepared are indexed.
    @task(pool=INDEX_POOL, outlets=[news_index], trigger_rule="all_done")
    def index(prepared) -> dict:
        from pipeline.jobs import index_polled

        return index_polled(prepared)

    # One event per run naming what is left to process, even when nothing is: events of parallel
    # runs could otherwise arrive while news_process's run is being created and wait for the next
    # event; this way the next poll run always flushes them.
    @task(outlets=[raw_archive], trigger_rule="all_done")
    def announce(polled, prepared, indexed, outlet_events=None) -> dict:
        from pipeline.jobs import announcement

        extra = announcement(polled, prepared, indexed)
        outlet_events[raw_archive].extra = extra
        return {"files": len(extra["files"]), "prepared": len(extra["prepared"]),
                "indexed_files": extra["indexed_files"]}

    # The group returns its two tasks' outputs; outside it, each is the list of every batch's.
    polled, prepared = batch.expand(feed_names=plan())
    announce(polled, prepared, index(prepared))


news_poll()
