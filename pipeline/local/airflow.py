"""A local Airflow 3 for the demo and the tests: SQLite, LocalExecutor, the components of
`airflow standalone` (without its log servers), every service on loopback only.

AIRFLOW_HOME is `.local/airflow` in the project (ignored by git); DAGs come from
`dags/`, plugins from `plugins/`. The simple auth manager generates the admin
password into AIRFLOW_HOME on first start; `admin_password()` reads it back so the
demo can print it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil

from pipeline.jobs import POOLS
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
    with socket.socket() as probe:
        probe.bind((API_HOST, 0))
        return probe.getsockname()[1]


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
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            "NO_PROXY": "*",
        }
    )
    return env


# What `airflow standalone` runs, less the scheduler's and triggerer's log servers: Airflow binds those
# to every interface, and on one machine the API server reads task logs from the log folder anyway.
COMPONENTS = (("scheduler", "--skip-serve-logs"), ("dag-processor",), ("triggerer", "--skip-serve-logs"),
              ("api-server",))


def components_command() -> list[str]:
    """One shell that starts every component and waits for them (its process tree is the instance)."""
    starts = " ".join(f"{shlex.join([sys.executable, '-m', 'airflow', *component])} &" for component in COMPONENTS)
    return ["/bin/sh", "-c", f"{starts} wait"]


def migrate(home: Path | None = None, environment: dict[str, str] | None = None) -> None:
    """Create or upgrade the metadata database (a few seconds; idempotent); `environment` may name another."""
    home = home or default_home()
    home.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "airflow", "db", "migrate"], env=airflow_env(home) | (environment or {}),
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise AirflowSetupError(f"`airflow db migrate` failed:\n{result.stderr[-3000:]}")


def pid_file(home: Path) -> Path:
    return home / "standalone.pid"


def running_pid(home: Path) -> int | None:
    try:
        pid = int(pid_file(home).read_text())
        os.kill(pid, 0)
        return pid
    except (FileNotFoundError, ValueError):
        return None
    except ProcessLookupError:
        pid_file(home).unlink(missing_ok=True)
        return None


def api_healthy(base_url: str = API_URL) -> bool:
    try:
        response = httpx.get(f"{base_url}/api/v2/monitor/health", timeout=2)
        return response.status_code == 200 and response.json()["scheduler"]["status"] == "healthy"
    except (httpx.HTTPError, ValueError, KeyError):
        return False


def start(home: Path | None = None, wait_seconds: float = 240, progress=print, port: int = API_PORT,
          environment: dict[str, str] | None = None) -> str:
    """Start Airflow's components in their own process group (or reuse them), wait for a healthy API and
    make sure the project's pools exist. `environment` adds variables its processes (tasks) run with."""
    home = home or default_home()
    base_url = api_url(port)
    if api_healthy(base_url):
        progress(f"Airflow already running at {base_url}")
        ApiClient(home, base_url).ensure_pools()
        return base_url
    if running_pid(home) is None:
        migrate(home, environment)
        progress(f"starting Airflow (home {home})")
        log = open(home / "standalone.log", "ab")  # noqa: SIM115  (owned by the child from here on)
        process = subprocess.Popen(
            components_command(),
            env=airflow_env(home, port) | (environment or {}), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        pid_file(home).write_text(str(process.pid))
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if api_healthy(base_url):
            progress(f"Airflow is up at {base_url}")
            ApiClient(home, base_url).ensure_pools()
            return base_url
        if running_pid(home) is None:
            raise AirflowSetupError(f"Airflow exited; see {home / 'standalone.log'}")
        time.sleep(2)
    raise AirflowSetupError(f"Airflow did not become healthy in {wait_seconds:.0f}s; see {home / 'standalone.log'}")


def stop(home: Path | None = None, progress=print) -> bool:
    """Stop the instance and every process it started; True if it was running.

    Its components (api-server, scheduler, dag processor, triggerer) may leave its
    process group, so the whole process tree is collected first and stopped together.
    """
    home = home or default_home()
    pid = running_pid(home)
    if pid is None:
        return False
    stop_tree(pid)
    pid_file(home).unlink(missing_ok=True)
    progress("Airflow stopped")
    return True


def stop_tree(pid: int, grace_seconds: float = 30) -> None:
    """Stop `pid` and every process under it: SIGTERM, then SIGKILL what outlives `grace_seconds`; a grace of
    0 is SIGKILL at once, a crash rather than a shutdown."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        processes = []
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate() if grace_seconds else process.kill()
    _, alive = psutil.wait_procs(processes, timeout=grace_seconds or 10)
    for process in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def admin_password(home: Path | None = None) -> str:
    """The admin password the simple auth manager generated for this home."""
    path = (home or default_home()) / "simple_auth_manager_passwords.json.generated"
    try:
        return json.loads(path.read_text())["admin"]
    except (FileNotFoundError, KeyError, ValueError):
        return ""


@contextlib.contextmanager
def instance(home: Path, environment: dict[str, str], progress=print) -> Iterator[ApiClient]:
    """A standalone of its own in `home`, on a free port, its tasks running with `environment` (their
    indices, archive, feeds); its API client until the block ends, then stopped."""
    base_url = start(home=home, port=free_api_port(), progress=progress, environment=environment)
    try:
        yield ApiClient(home=home, base_url=base_url)
    finally:
        stop(home, progress=progress)


class ApiClient:
    """A small client for the Airflow REST API v2, authenticated as the local admin."""

    def __init__(self, home: Path | None = None, base_url: str = API_URL):
        self.base_url = base_url
        response = httpx.post(
            f"{base_url}/auth/token", json={"username": "admin", "password": admin_password(home)}, timeout=10
        )
        if response.status_code not in (200, 201):
            raise AirflowSetupError(f"Airflow login failed: HTTP {response.status_code} {response.text[:200]}")
        self.http = httpx.Client(
            base_url=f"{base_url}/api/v2",
            headers={"Authorization": f"Bearer {response.json()['access_token']}"},
            timeout=30,
        )

    def request(self, method: str, path: str, **kwargs) -> dict:
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise AirflowSetupError(f"{method} {path}: HTTP {response.status_code} {response.text[:300]}")
        return response.json() if response.content else {}

    def wait_for_dag(self, dag_id: str, timeout: float = 120, unpause: bool = True) -> None:
        """Wait until the dag processor has parsed the DAG, then unpause it (unless told not to)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.http.get(f"/dags/{dag_id}").status_code == 200:
                if unpause:
                    self.request("PATCH", f"/dags/{dag_id}", json={"is_paused": False})
                return
            time.sleep(2)
        raise AirflowSetupError(f"DAG {dag_id} did not appear in {timeout:.0f}s (import error? see the UI)")

    def ensure_pools(self) -> None:
        """Create the project's pools, or set their size where they exist (idempotent)."""
        for name, pool in POOLS.items():
            body = {"name": name, **pool}
            if self.http.get(f"/pools/{name}").status_code == 200:
                self.request("PATCH", f"/pools/{name}", json=body)
            else:
                self.request("POST", "/pools", json=body)

    def trigger(self, dag_id: str, conf: dict | None = None,
                data_interval: tuple[datetime, datetime] | None = None) -> str:
        """Start a run now, for `data_interval` if given (Airflow takes one only with a logical date)."""
        body: dict = {"logical_date": None, "conf": conf or {}}
        if data_interval:
            body |= {"logical_date": datetime.now(UTC).isoformat(), "data_interval_start": data_interval[0].isoformat(),
                     "data_interval_end": data_interval[1].isoformat()}
        return self.request("POST", f"/dags/{dag_id}/dagRuns", json=body)["dag_run_id"]

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = 300) -> str:
        """Wait for a run to finish; returns its final state."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            response = self.http.get(f"/dags/{dag_id}/dagRuns/{run_id}")
            # On SQLite the API answers 5xx while the scheduler holds the write lock: ask again.
            if response.status_code < 500:
                if response.status_code >= 400:
                    raise AirflowSetupError(f"run {run_id} of {dag_id}: HTTP {response.status_code}")
                if response.json()["state"] in ("success", "failed"):
                    return response.json()["state"]
            time.sleep(2)
        raise AirflowSetupError(f"run {run_id} of {dag_id} did not finish in {timeout:.0f}s")
