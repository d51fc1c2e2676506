"""Re-run extract → tag → index over the raw archive of one day.

Daily data intervals, no catch-up: a scheduled run re-processes the day that
just ended, and a backfill over any date range (the Backfill button, or
POST /api/v2/backfills) re-tags that history with the current code. Document
ids come from the content, so running a day again changes nothing but what the
current code extracts and tags differently. The run touches nothing outside
its interval's archive files and its target index.
"""

from datetime import datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task


@dag(
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=2,
    tags=["news", "backfill"],
    params={
        "target": Param(
            None, type=["null", "string"], title="Target index or alias",
            description="Where the articles go. Leave empty for NEWS_INDEX (the news-articles alias).",
        ),
        "dry_run": Param(
            False, type="boolean", title="Dry run",
            description="Extract and tag, count the outcomes, write nothing.",
        ),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=1),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=15),
        "execution_timeout": timedelta(hours=2),
    },
    doc_md=__doc__,
)
def news_reprocess():
    @task
    def reprocess(params=None, data_interval_start=None, data_interval_end=None, dag_run=None) -> dict:
        from airflow.sdk.exceptions import AirflowFailException

        from pipeline.jobs import TargetError, run_interval
        from pipeline.jobs import reprocess as reprocess_interval

        start, end = run_interval(data_interval_start, data_interval_end, dag_run.run_after)
        try:
            return reprocess_interval(start, end, target=params["target"], dry_run=params["dry_run"])
        except TargetError as refused:  # a wrong target stays wrong: fail now, no retries
            raise AirflowFailException(str(refused)) from refused

    reprocess()


news_reprocess()
