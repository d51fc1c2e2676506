"""Extract, tag and index the archive files that news_poll announced.

Scheduled on the raw-archive asset: every event queued since the last run is
processed (their file lists are merged). A manual run may name files in its conf.
"""

from datetime import datetime, timedelta

from airflow.sdk import Asset, dag, task

from pipeline.jobs import INDEX_ASSET, RAW_ASSET

news_index = Asset(INDEX_ASSET)


@dag(
    schedule=[Asset(RAW_ASSET)],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news"],
    default_args={
        "retries": 3,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "execution_timeout": timedelta(minutes=30),
    },
    doc_md=__doc__,
)
def news_process():
    @task
    def announced_files(triggering_asset_events=None, dag_run=None) -> list[str]:
        from pipeline.jobs import announced_files as named_files

        return named_files(dag_run.conf, triggering_asset_events)

    @task(outlets=[news_index])
    def index(files: list[str]) -> dict:
        from pipeline.jobs import process

        return process(files)

    index(announced_files())


news_process()
