"""Celery options for Airflow's CeleryExecutor: Airflow's own, plus what a worker imports before it forks.

Named by `[celery] celery_config_options` (`AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS=
pipeline.celery_config.CELERY_CONFIG`). A Celery worker imports the modules of `imports` once, in its
main process, before it starts its pool; the pool's processes, and the task processes Airflow forks
from them, inherit `pipeline.preload` as the LocalExecutor's workers inherit it from their forkserver.
The scheduler and the API server read these options too, but only a worker imports the modules.
"""

from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG

CELERY_CONFIG = {**DEFAULT_CELERY_CONFIG, "imports": ["pipeline.preload"]}
