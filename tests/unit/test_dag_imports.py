"""Every DAG file imports cleanly, quickly and without I/O; timetables give real data intervals."""

import socket
from datetime import timedelta

import pendulum
import pytest

from pipeline.local.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    def refuse_network(*args, **kwargs):
        raise AssertionError("a DAG file opened a network connection at import")

    original = socket.socket.connect
    socket.socket.connect = refuse_network
    try:
        return DagBag(dag_folder=PROJECT_ROOT / "dags")
    finally:
        socket.socket.connect = original


def test_every_dag_imports_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert {"news_poll", "news_process"} <= set(dagbag.dag_ids)


def test_news_poll_runs_cover_fifteen_minute_intervals(dagbag):
    from airflow.serialization.encoders import coerce_to_core_timetable
    from airflow.timetables.base import DataInterval

    timetable = coerce_to_core_timetable(dagbag.dags["news_poll"].timetable)
    interval = timetable.infer_manual_data_interval(run_after=pendulum.datetime(2026, 3, 1, 12, 7))
    assert isinstance(interval, DataInterval)
    assert interval.end - interval.start == timedelta(minutes=15)


def test_news_process_is_scheduled_on_the_raw_archive_asset(dagbag):
    from pipeline.jobs import RAW_ASSET

    dag = dagbag.dags["news_process"]
    assert RAW_ASSET in repr(dag.timetable.asset_condition)
    assert dag.max_active_runs == 1


def form_value(default):
    """What the UI's trigger form holds for a field left at its default: an empty field is null, and the
    form counts a null as a missing required field unless the param's type allows "null"."""
    return None if default is None or default == "" else default


def test_every_dag_triggers_and_backfills_from_the_ui_with_its_defaults(dagbag):
    import jsonschema

    refused = {}
    for dag_id, dag in dagbag.dags.items():
        for name in dag.params:
            param = dag.params.get_param(name)
            try:
                jsonschema.validate(form_value(param.value), param.schema)
            except jsonschema.ValidationError as error:
                refused[f"{dag_id}.{name}"] = error.message
    assert refused == {}


def test_the_form_check_catches_an_empty_string_default():
    import jsonschema
    from airflow.sdk import Param

    required = Param("", type="string")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(form_value(required.value), required.schema)
    optional = Param(None, type=["null", "string"])
    jsonschema.validate(form_value(optional.value), optional.schema)


def test_news_poll_refuses_backfills_and_points_to_news_reprocess(dagbag):
    poll = dagbag.dags["news_poll"]
    assert "backfill" not in poll.allowed_run_types and {"scheduled", "manual"} <= set(poll.allowed_run_types)
    assert "backfill news_reprocess" in poll.description
    assert dagbag.dags["news_reprocess"].allowed_run_types is None  # every kind of run, backfills above all


def test_every_pool_a_task_uses_is_created_by_the_local_set_up_and_by_compose(dagbag):
    """A task in a pool that does not exist waits forever: each pool must come from `jobs.POOLS`, which
    the local set-up creates through the REST API and compose's airflow-init imports."""
    import json

    import yaml
    from typer.testing import CliRunner

    from pipeline.cli import main_app
    from pipeline.jobs import POOLS

    used = {task.pool for dag in dagbag.dags.values() for task in dag.tasks} - {"default_pool"}
    assert used and used <= set(POOLS)
    printed = CliRunner().invoke(main_app(), ["airflow-pools"])
    assert json.loads(printed.stdout) == POOLS
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    init = " ".join(compose["services"]["airflow-init"]["command"])
    assert "python -m pipeline airflow-pools > /tmp/pools.json && airflow pools import /tmp/pools.json" in init
