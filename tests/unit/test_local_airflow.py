"""The local Airflow's processes: what its scheduler preloads for the task workers must exist, and stopping
an instance stops everything it started."""

import os
import subprocess
import time
from importlib.util import find_spec

import psutil

from pipeline.local.airflow import airflow_env, stop_tree


def test_task_workers_come_from_a_forkserver_that_preloads_an_importable_module(tmp_path):
    env = airflow_env(tmp_path)
    assert env["AIRFLOW__SCHEDULER__MP_START_METHOD"] == "forkserver"
    # multiprocessing skips a preload module it cannot import, silently: a wrong name would only cost time.
    for module in env["AIRFLOW__SCHEDULER__MP_FORKSERVER_PRELOAD"].split(","):
        assert find_spec(module.strip()) is not None, module


def left_to_init(session: int, timeout: float = 10) -> psutil.Process:
    """The process of `session` that is no longer under its leader."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in psutil.process_iter():
            try:
                if process.pid != session and os.getsid(process.pid) == session and process.ppid() != session:
                    return process
            except (OSError, psutil.NoSuchProcess):
                continue
        time.sleep(0.05)
    raise AssertionError(f"no process of session {session} was left to init")


def stopped(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_stopping_an_instance_stops_what_its_dead_components_left_in_its_session():
    # The shell's subshell starts a process and exits, as a killed scheduler leaves its task workers'
    # forkserver to init: outside the instance's process tree, inside its session.
    leader = subprocess.Popen(["/bin/sh", "-c", "(sleep 300 &); exec sleep 300"], start_new_session=True)
    orphan = left_to_init(leader.pid)
    assert orphan not in psutil.Process(leader.pid).children(recursive=True)
    stop_tree(leader.pid, grace_seconds=5)
    assert leader.wait(5) is not None
    assert stopped(orphan)
