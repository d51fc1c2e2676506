"""The local Airflow: listening on loopback only (no component, log server included, on another
interface), and saying what it is doing when a wait on it times out."""

from __future__ import annotations

import ipaddress
import time

import psutil
import pytest

from pipeline.local import airflow

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
