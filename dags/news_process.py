"""Extract, tag and index the archive files that news_poll announced.

Scheduled on the raw-archive asset: every event queued since the last run is
processed (their file lists are merged). A manual run may name files in its conf.

The files are split into batches, extracted and tagged in parallel mapped tasks
(each retried alone), then one task assigns near-duplicate clusters over all of
them in publication order and indexes: clusters are what a serial run gives,
since no two batches decide clusters at the same time.
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
    def announced_batches(triggering_asset_events=None, dag_run=None) -> list[list[str]]:
        from pipeline.jobs import announced_files, process_batches

        return process_batches(announced_files(dag_run.conf, triggering_asset_events))

    @task
    def prepare(files: list[str]) -> dict:
        from pipeline.jobs import prepare as extract_and_tag

        return extract_and_tag(files)

    @task(outlets=[news_index])
    def index(batches: list[dict]) -> dict:
        from pipeline.jobs import index_prepared

        return index_prepared(list(batches))

    index(prepare.expand(files=announced_batches()))


news_process()
