"""The local Airflow: listening on loopback only (no component, log server included, on another
interface), saying what it is doing when a wait on it times out or gives up, and starting a component again
when it dies."""

from __future__ import annotations

import ipaddress
import re
import time

import psutil
import pytest

from pipeline.local import airflow
from pipeline.local.airflow import api as airflow_api

pytestmark = pytest.mark.integration


def listening_addresses(root_pid: int) -> set[tuple[str, int]]:
    processes = [psutil.Process(root_pid), *psutil.Process(root_pid).children(recursive=True)]
    found = set()
    for process in processes:
        try:
            connections = process.net_connections(kind="inet")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        found |= {(c.laddr.ip, c.laddr.port) for c in connections if c.status == psutil.CONN_LISTEN}
    return found


def test_every_airflow_listener_is_on_loopback(airflow_standalone):
    root = airflow.running_pid(airflow_standalone["home"])
    assert root is not None
    api_port = int(airflow_standalone["base_url"].rsplit(":", 1)[1])
    listeners: set[tuple[str, int]] = set()
    for _ in range(5):  # components open their sockets at different moments after start: look a few times
        listeners |= listening_addresses(root)
        time.sleep(2)
    assert ("127.0.0.1", api_port) in listeners
    outside = {(ip, port) for ip, port in listeners if not ipaddress.ip_address(ip).is_loopback}
    assert outside == set(), f"listening beyond loopback: {sorted(outside)}"


def test_a_wait_that_times_out_says_what_airflow_is_doing(airflow_standalone):
    api = airflow_standalone["api"]
    with pytest.raises(airflow.AirflowSetupError) as timed_out:
        api.wait_until(lambda: None, 0.1, "a condition that never holds")
    message = str(timed_out.value)
    assert message.startswith("timed out after 0s waiting for a condition that never holds\nscheduler: healthy, ")
    assert "the API did not say" not in message


def test_a_wait_gives_up_early_once_the_scheduler_is_silent_too_long(airflow_standalone, monkeypatch):
    api = airflow_standalone["api"]
    assert 0 < api.scheduler_silence() < 30  # a live scheduler beats every 2 s
    monkeypatch.setattr(airflow_api, "HEALTH_CHECK_EVERY_S", 0)
    monkeypatch.setattr(airflow_api, "SCHEDULER_GIVEN_UP_S", 0)  # any silence is too long
    with pytest.raises(airflow.AirflowSetupError) as gave_up:
        api.wait_until(lambda: None, 60, "a condition that never holds")
    assert re.match(r"the scheduler has sent no heartbeat for \d+s while waiting for a condition that never "
                    r"holds\nscheduler: healthy, ", str(gave_up.value))


def airflow_component(root_pid: int, name: str) -> psutil.Process | None:
    for process in psutil.Process(root_pid).children(recursive=True):
        try:
            if process.cmdline()[1:4] == ["-m", "airflow", name]:
                return process
        except psutil.NoSuchProcess:
            continue
    return None


def test_a_scheduler_that_dies_is_started_again_and_runs_go_on(airflow_standalone):
    api, home = airflow_standalone["api"], airflow_standalone["home"]
    root = airflow.running_pid(home)
    killed = airflow_component(root, "scheduler")
    assert killed is not None
    killed.kill()
    killed.wait(30)
    restarted = api.wait_until(lambda: airflow_component(root, "scheduler"), 60, "the scheduler to be started again")
    assert restarted.pid != killed.pid
    log = (home / "standalone.log").read_text(errors="replace")
    assert "[error] airflow scheduler exited with status 137; start " in log  # the shell's 128 + SIGKILL
    api.wait_for_dag("news_feed_health")
    run_id = api.trigger("news_feed_health", conf={"max_down_share": 1.0})
    assert api.wait_for_run("news_feed_health", run_id, timeout=240) == "success"
