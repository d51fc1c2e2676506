"""The cluster form's layout and settings: two Elasticsearch nodes that find each other, Airflow pointed at
PostgreSQL and Redis on loopback, and the files the services keep."""

import os
import socket
import stat
import time

import psutil
import yaml

from pipeline.local import cluster, daemon
from pipeline.local import elasticsearch as local_es


def test_the_cluster_nodes_name_each_other_and_keep_their_own_ports_and_folders(tmp_path):
    layout = cluster.layout(tmp_path)
    nodes = layout.es_nodes
    settings = [yaml.safe_load(node.settings()) for node in nodes]
    assert len(nodes) == 2 and {node.name for node in nodes} == {"canews-cluster-1", "canews-cluster-2"}
    for node, node_settings in zip(nodes, settings, strict=True):
        assert node_settings["cluster.name"] == cluster.CLUSTER_NAME
        assert node_settings["node.name"] == node.name and "discovery.type" not in node_settings
        assert node_settings["discovery.seed_hosts"] == [f"127.0.0.1:{port}" for port in layout.es_transport_ports]
        assert node_settings["network.host"] == "127.0.0.1" and node_settings["xpack.security.enabled"] is False
        assert (node_settings["http.port"], node_settings["transport.port"]) == (node.http_port, node.transport_port)
        assert node.config_dir == tmp_path / "elasticsearch" / node.name / "config" and not node.secured
    assert settings[0]["path.data"] != settings[1]["path.data"]
    # The first node is the cluster's one master-eligible node, so the second may stop without stopping it.
    assert settings[0]["cluster.initial_master_nodes"] == ["canews-cluster-1"] and "node.roles" not in settings[0]
    assert settings[1]["node.roles"] == ["data"] and "cluster.initial_master_nodes" not in settings[1]
    assert local_es.ES_PORT not in layout.es_http_ports and layout.es_url == nodes[0].url
    # The everyday node stays a single node of another cluster.
    everyday = yaml.safe_load(local_es.local_node().settings())
    assert everyday["discovery.type"] == "single-node" and everyday["cluster.name"] != cluster.CLUSTER_NAME


def test_a_scratch_layout_takes_distinct_free_ports_and_the_standing_one_avoids_the_everyday_services(tmp_path):
    layout = cluster.layout(tmp_path)
    ports = [layout.redis_port, layout.postgres_port, *layout.es_http_ports, *layout.es_transport_ports,
             layout.api_port]
    assert len(set(ports)) == len(ports)
    standing = cluster.standing()
    assert not {9200, 9201, 8080} & {*standing.es_http_ports, standing.api_port}


def test_airflow_on_the_cluster_runs_celery_on_redis_and_postgres_on_loopback_with_generated_passwords(tmp_path):
    layout = cluster.layout(tmp_path)
    environment = cluster.celery_environment(layout)
    assert environment["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    database = environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert database.startswith("postgresql+psycopg://airflow:") and f"@127.0.0.1:{layout.postgres_port}/" in database
    assert environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC"] == database
    assert environment["AIRFLOW__CELERY__BROKER_URL"].endswith(f"@127.0.0.1:{layout.redis_port}/0")
    # SQLite's lock timeout is no PostgreSQL connection argument.
    assert environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS"] == ""
    assert environment["ES_URL"] == layout.es_url
    redis_password = daemon.password(layout.redis.password_file)
    postgres_password = daemon.password(layout.postgres.password_file)
    assert redis_password != postgres_password and len(redis_password) >= 24
    assert f":{redis_password}@" in environment["AIRFLOW__CELERY__BROKER_URL"]
    assert f":{postgres_password}@" in database


def test_a_generated_password_is_kept_for_its_owner_only_and_reused(tmp_path):
    path = tmp_path / "service" / "password"
    first = daemon.password(path)
    assert daemon.password(path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_pid_file_names_its_process_on_the_first_line_and_a_stale_one_is_removed(tmp_path):
    live = tmp_path / "postmaster.pid"
    live.write_text(f"{os.getpid()}\n/var/lib/data\n1700000000\n")
    assert daemon.running_pid(live) == os.getpid()
    stale = tmp_path / "stale.pid"
    stale.write_text("2147483646\n")  # above any pid this kernel hands out
    assert daemon.running_pid(stale) is None and not stale.exists()
    assert daemon.running_pid(tmp_path / "absent.pid") is None


def test_a_pid_file_older_than_the_live_process_with_its_number_is_stale(tmp_path):
    """Pid numbers wrap: a file written before the process that now has its number started names another."""
    reused = tmp_path / "reused.pid"
    reused.write_text(f"{os.getpid()}\n")
    an_hour_before_this_process = psutil.Process().create_time() - 3600
    os.utime(reused, (an_hour_before_this_process, an_hour_before_this_process))
    assert daemon.running_pid(reused) is None and not reused.exists()


def test_a_pid_file_once_seen_names_its_process_still_after_the_wall_clock_steps_forward(tmp_path, monkeypatch):
    """A virtual machine resumed after a pause sets its wall clock forward and with it every process's start time
    as computed from boot: the pid file now looks older than its process, yet it still names it."""
    pid_file = tmp_path / "service.pid"
    pid_file.write_text(f"{os.getpid()}\n")
    assert daemon.running_pid(pid_file) == os.getpid()
    # An hour's pause, beyond however long this process ran before it wrote the file.
    step = time.time() - psutil.Process().create_time() + 3600
    boot_time = psutil._psplatform.boot_time
    monkeypatch.setattr(psutil._psplatform, "boot_time", lambda: boot_time() + step)
    assert psutil.Process().create_time() > pid_file.stat().st_mtime + 1  # what the clock alone would say: stale
    assert daemon.running_pid(pid_file) == os.getpid()
    assert pid_file.exists()


def test_a_process_that_took_the_number_of_a_seen_pid_file_is_not_its_process(tmp_path):
    pid_file = tmp_path / "service.pid"
    pid_file.write_text(f"{os.getpid()}\n")
    assert daemon.running_pid(pid_file) == os.getpid()
    sighting = tmp_path / "service.pid.seen"
    pid_and_file, since_boot = sighting.read_text().rsplit(" ", 1)
    sighting.write_text(f"{pid_and_file} {float(since_boot) + 60}\n")  # the number's owner then started a minute later
    assert daemon.running_pid(pid_file) is None
    assert not pid_file.exists() and not sighting.exists()


def test_a_garbled_sighting_is_set_aside_and_the_clock_decides_again(tmp_path):
    pid_file = tmp_path / "service.pid"
    pid_file.write_text(f"{os.getpid()}\n")
    sighting = tmp_path / "service.pid.seen"
    sighting.write_text("not a sighting at all")
    assert daemon.running_pid(pid_file) == os.getpid()
    assert sighting.read_text().startswith(f"{os.getpid()} {pid_file.stat().st_mtime_ns} ")


def test_free_ports_asked_for_together_are_distinct_and_free():
    ports = daemon.free_ports(40)
    assert len(set(ports)) == 40
    for port in ports[:5]:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))
