"""Extract, tag and index the archive files that news_poll left unindexed.

Scheduled on the raw-archive asset: every event queued since the last run is
processed (their file lists are merged). A manual run may name files in its conf.

news_poll indexes what it polled itself; its event names what is left: the files
of a batch whose prepare failed, or, when its index task failed, every file and
the batches it had prepared. Files not yet prepared are split into batches,
extracted and tagged here in parallel mapped tasks (each retried alone). Then one
task assigns near-duplicate clusters over all of them in publication order and
indexes, in the news_index pool that news_poll's index task shares: clusters are
what a serial run gives, since no two tasks decide clusters at the same time.
"""

from datetime import datetime, timedelta

from airflow.sdk import Asset, dag, task

from pipeline.jobs import INDEX_ASSET, INDEX_POOL, RAW_ASSET

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
    # The files left to prepare, one list per mapped prepare task; the batches already prepared
    # go to `index` under their own key (a mapped task can only expand over a return value).
    @task
    def announced(triggering_asset_events=None, dag_run=None, ti=None) -> list[list[str]]:
        from pipeline.jobs import process_plan

        plan = process_plan(dag_run.conf, triggering_asset_events)
        ti.xcom_push(key="prepared", value=plan["prepared"])
        return plan["batches"]

    @task
    def prepare(files: list[str]) -> dict:
        from pipeline.jobs import prepare as extract_and_tag

        return extract_and_tag(files)

    # Runs when no file was left to prepare (the mapped prepare is then skipped), not after a failure.
    @task(pool=INDEX_POOL, outlets=[news_index], trigger_rule="none_failed")
    def index(batches: list[dict], already_prepared: list[dict]) -> dict:
        from pipeline.jobs import index_prepared

        return index_prepared([*batches, *already_prepared])

    batches = announced()
    index(prepare.expand(files=batches), batches["prepared"])


news_process()
