"""Starting and stopping a local Airflow: its components in one process tree, recorded by a pid file."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from pipeline.local import daemon
from pipeline.local.airflow.api import ApiClient, api_healthy
from pipeline.local.airflow.environment import (
    API_PORT,
    AirflowSetupError,
    airflow_env,
    api_url,
    default_home,
    free_api_port,
)

# What `airflow standalone` runs, less the scheduler's and triggerer's log servers: Airflow binds those
# to every interface, and on one machine the API server reads task logs from the log folder anyway.
COMPONENTS = (("scheduler", "--skip-serve-logs"), ("dag-processor",), ("triggerer", "--skip-serve-logs"),
              ("api-server",))


# A component that exits is started again, as a service manager would, a few times: a scheduler stopped by a
# crash or a stray signal would otherwise leave every run queued until someone notices. The log says when,
# and a component that keeps failing stays down so that the failure shows.
RESTARTS = 3


def components_command() -> list[str]:
    """One shell that starts every component, keeps each running and waits for them (its process tree is
    the instance)."""

    def kept_running(component: tuple[str, ...]) -> str:
        command = shlex.join([sys.executable, "-m", "airflow", *component])
        return (f"(n=0; while :; do {command}; status=$?; [ $n -ge {RESTARTS} ] && exit $status; n=$((n+1)); "
                f"echo \"[error] airflow {component[0]} exited with status $status; start $n of {RESTARTS} "
                f"in 5 s\"; sleep 5; done) &")

    return ["/bin/sh", "-c", " ".join(kept_running(component) for component in COMPONENTS) + " wait"]


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
    return daemon.running_pid(pid_file(home))


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

    Its components (api-server, scheduler, dag processor, triggerer) may leave its process group, and a
    component that died leaves its children to init, so the whole process tree and what is left in the
    instance's session are collected first and stopped together.
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
    """Stop `pid` and every process it started: SIGTERM, then SIGKILL what outlives `grace_seconds`; a grace of
    0 is SIGKILL at once, a crash rather than a shutdown."""
    processes = started_by(pid)
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate() if grace_seconds else process.kill()
    _, alive = psutil.wait_procs(processes, timeout=grace_seconds or 10)
    for process in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def started_by(pid: int) -> list[psutil.Process]:
    """`pid`, every process under it and, when `pid` leads a session of its own (as the instance's root and a
    Celery worker do), every process left in that session. A component that dies leaves its children to
    init: a scheduler killed and started again leaves its task workers' forkserver and its workers behind,
    outside the tree but still in the session."""
    processes = []
    with contextlib.suppress(psutil.NoSuchProcess):
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    in_tree = {process.pid for process in processes}
    for process in psutil.process_iter():
        with contextlib.suppress(OSError):  # gone since listed
            if process.pid not in in_tree and os.getsid(process.pid) == pid:
                processes.append(process)
    return processes


@contextlib.contextmanager
def instance(home: Path, environment: dict[str, str], progress=print) -> Iterator[ApiClient]:
    """A standalone of its own in `home`, on a free port, its tasks running with `environment` (their
    indices, archive, feeds); its API client until the block ends, then stopped."""
    base_url = start(home=home, port=free_api_port(), progress=progress, environment=environment)
    try:
        yield ApiClient(home=home, base_url=base_url)
    finally:
        stop(home, progress=progress)
