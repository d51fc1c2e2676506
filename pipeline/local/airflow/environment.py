"""Where a local Airflow lives and the environment every one of its processes runs with."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pipeline.local import daemon
from pipeline.local.paths import PROJECT_ROOT

API_HOST = "127.0.0.1"
API_PORT = 8080
API_URL = f"http://{API_HOST}:{API_PORT}"
# SQLite lets one writer in at a time and makes the others wait only 5 s by default; on two busy
# cores the scheduler can hold the lock longer, and an API request (a backfill from the UI) then
# fails with "database is locked". Waiting longer turns that error into a short delay.
SQLITE_CONNECT_ARGS = {"timeout": 30}


def api_url(port: int = API_PORT) -> str:
    return f"http://{API_HOST}:{port}"


def free_api_port() -> int:
    """A free loopback port for a second instance's API server."""
    return daemon.free_ports(1)[0]


class AirflowSetupError(RuntimeError):
    """Airflow could not be set up or started; the message says why."""


def default_home() -> Path:
    return Path(os.environ.get("CANEWS_AIRFLOW_HOME", PROJECT_ROOT / ".local" / "airflow"))


def airflow_env(home: Path | None = None, port: int = API_PORT) -> dict[str, str]:
    """The environment every Airflow process of this project runs with.

    A second instance (tests, benchmarks) takes another API `port`.
    """
    home = home or default_home()
    venv_bin = str(Path(sys.executable).parent)
    env = dict(os.environ)
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "PATH": f"{venv_bin}:{env.get('PATH', '/usr/bin:/bin')}",
            "PYTHONPATH": str(PROJECT_ROOT),
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            # Two cores: a few task processes at a time keep the scheduler and the node responsive.
            "AIRFLOW__CORE__PARALLELISM": env.get("AIRFLOW__CORE__PARALLELISM", "4"),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS": f"{__name__}.SQLITE_CONNECT_ARGS",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS_ASYNC": f"{__name__}.SQLITE_CONNECT_ARGS",
            "AIRFLOW__CORE__AUTH_MANAGER": (
                "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
            ),
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
            "AIRFLOW__API__HOST": API_HOST,
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__BASE_URL": api_url(port),
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
            "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "10",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            # A scheduler started again after an exit adopts the tasks its predecessor had queued within a
            # minute, not the default five.
            "AIRFLOW__SCHEDULER__ORPHANED_TASKS_CHECK_INTERVAL": "60",
            # Task workers forked from a server that has imported what every task needs, so that each
            # task process, forked from its worker, starts with it (pipeline/preload.py says more).
            "AIRFLOW__SCHEDULER__MP_START_METHOD": "forkserver",
            "AIRFLOW__SCHEDULER__MP_FORKSERVER_PRELOAD": "pipeline.preload",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            "NO_PROXY": "*",
        }
    )
    return env
