"""The local Airflow's settings: what its scheduler preloads for the task workers must exist."""

from importlib.util import find_spec

from pipeline.local.airflow import airflow_env


def test_task_workers_come_from_a_forkserver_that_preloads_an_importable_module(tmp_path):
    env = airflow_env(tmp_path)
    assert env["AIRFLOW__SCHEDULER__MP_START_METHOD"] == "forkserver"
    # multiprocessing skips a preload module it cannot import, silently: a wrong name would only cost time.
    for module in env["AIRFLOW__SCHEDULER__MP_FORKSERVER_PRELOAD"].split(","):
        assert find_spec(module.strip()) is not None, module
