"""The cluster form on one machine: what a deployment past one machine runs, every part on loopback.

Redis (the Celery broker) and PostgreSQL (Airflow's metadata and Celery's results) from the machine's
packages, a two-node Elasticsearch cluster of its own (the everyday node on 9200 stays single), and
Airflow with the CeleryExecutor: the scheduler, dag-processor, triggerer and API server, and Celery
workers as separate processes, each with a hostname of its own, that a test or benchmark can kill one by
one. `python -m pipeline cluster start|stop|status` runs the standing one on fixed ports; tests and
benchmarks lay one out on free ports in a folder of their own (`layout`).
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.local import airflow, daemon, elasticsearch, postgres, redis
from pipeline.local.paths import state_dir

CLUSTER_NAME = "canews-cluster"
WORKERS = 2
WORKER_CONCURRENCY = 2
# A killed worker's tasks stop heartbeating; the scheduler fails them after this many seconds and their
# retries go to a live worker. Airflow's default (300 s) suits real machines that take minutes to replace.
HEARTBEAT_TIMEOUT_S = 30
# A task a worker had received but not yet started when it died is still queued, its message unacknowledged in
# Redis for a day; the scheduler sends it again after it has been queued this long (Airflow's default, 600 s, is
# longer than a whole run here). The local form's queues are short: a few dozen tasks over the workers' slots.
QUEUED_TIMEOUT_S = 180


@dataclass(frozen=True)
class Layout:
    """Where one cluster keeps its files and which loopback ports it listens on."""

    state: Path
    redis_port: int
    postgres_port: int
    es_http_ports: tuple[int, ...]
    es_transport_ports: tuple[int, ...]
    api_port: int

    @property
    def redis(self) -> redis.LocalRedis:
        return redis.LocalRedis(self.state / "redis", self.redis_port)

    @property
    def postgres(self) -> postgres.LocalPostgres:
        return postgres.LocalPostgres(self.state / "postgres", self.postgres_port)

    @property
    def es_nodes(self) -> list[elasticsearch.LocalNode]:
        return elasticsearch.cluster_nodes(self.state / "elasticsearch", CLUSTER_NAME, self.es_http_ports,
                                           self.es_transport_ports)

    @property
    def es_url(self) -> str:
        """The node the pipeline talks to; the others hold replicas and take over primaries."""
        return self.es_nodes[0].url

    @property
    def airflow_home(self) -> Path:
        return self.state / "airflow"

    def worker_pid_file(self, number: int) -> Path:
        return self.airflow_home / f"celery-worker-{number}.pid"


def standing() -> Layout:
    """The cluster `python -m pipeline cluster start` runs, beside the everyday services' ports."""
    return Layout(state_dir() / "cluster", redis_port=6390, postgres_port=5440, es_http_ports=(9210, 9211),
                  es_transport_ports=(9310, 9311), api_port=8090)


def layout(state: Path) -> Layout:
    """A cluster of its own in `state` on free ports (tests, benchmarks)."""
    ports = daemon.free_ports(7)
    return Layout(state, redis_port=ports[0], postgres_port=ports[1], es_http_ports=(ports[2], ports[3]),
                  es_transport_ports=(ports[4], ports[5]), api_port=ports[6])


def celery_environment(cluster: Layout) -> dict[str, str]:
    """What turns the local Airflow into the cluster's: metadata in PostgreSQL, tasks through Redis."""
    database = cluster.postgres.url()
    return {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": database,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC": database,
        # The local form's SQLite lock timeout means nothing to PostgreSQL.
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS": "",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS_ASYNC": "",
        "AIRFLOW__CELERY__BROKER_URL": cluster.redis.url(),
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(WORKER_CONCURRENCY),
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": str(HEARTBEAT_TIMEOUT_S),
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": str(QUEUED_TIMEOUT_S),
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT_CHECK_INTERVAL": "15",
        "ES_URL": cluster.es_url,
    }


def start(cluster: Layout, workers: int = WORKERS, environment: dict[str, str] | None = None,
          progress=print) -> str:
    """Every part not running: the Elasticsearch nodes boot while Redis, PostgreSQL and Airflow's components
    start, then `workers` Celery workers; `environment` adds what tasks run with (their indices, archive,
    feeds). Returns the API's URL once the Elasticsearch cluster has formed too."""
    with ThreadPoolExecutor(max_workers=1) as background:
        elasticsearch_started = background.submit(elasticsearch.start_cluster, cluster.es_nodes, progress=progress)
        redis.start(cluster.redis, progress=progress)
        postgres.start(cluster.postgres, progress=progress)
        base_url = airflow.start(home=cluster.airflow_home, port=cluster.api_port,
                                 environment=celery_environment(cluster) | (environment or {}), progress=progress)
        elasticsearch_started.result()
    start_workers(cluster, workers, environment, progress)
    return base_url


def start_workers(cluster: Layout, count: int, environment: dict[str, str] | None = None, progress=print) -> None:
    """Celery workers 1 to `count` not running, each its own process tree (so it can be killed alone), their
    tasks running with `environment`."""
    for number in range(1, count + 1):
        if daemon.running_pid(cluster.worker_pid_file(number)) is None:
            start_worker(cluster, number, celery_environment(cluster) | (environment or {}), progress)


def start_worker(cluster: Layout, number: int, environment: dict[str, str], progress=print) -> None:
    command = [sys.executable, "-m", "airflow", "celery", "worker", "--celery-hostname", f"worker{number}@%h",
               "--concurrency", str(WORKER_CONCURRENCY), "--skip-serve-logs"]  # its log server binds every address
    log = open(cluster.airflow_home / f"celery-worker-{number}.log", "ab")  # noqa: SIM115  (the child's from here on)
    process = subprocess.Popen(command, env=airflow.airflow_env(cluster.airflow_home, cluster.api_port) | environment,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    cluster.worker_pid_file(number).write_text(str(process.pid))
    progress(f"Celery worker {number} started (pid {process.pid})")


def kill_worker(cluster: Layout, number: int) -> bool:
    """SIGKILL worker `number` and every task process under it, as if its machine died; True if it ran."""
    pid = daemon.running_pid(cluster.worker_pid_file(number))
    if pid is None:
        return False
    airflow.stop_tree(pid, grace_seconds=0)
    cluster.worker_pid_file(number).unlink(missing_ok=True)
    return True


def running_workers(cluster: Layout) -> list[int]:
    return sorted(int(path.stem.rsplit("-", 1)[1]) for path in cluster.airflow_home.glob("celery-worker-*.pid")
                  if daemon.running_pid(path))


def stop_airflow(cluster: Layout, progress=print) -> None:
    """Stop the workers (they finish or give back their tasks), then Airflow's components."""
    for number in running_workers(cluster):
        pid = daemon.running_pid(cluster.worker_pid_file(number))
        if pid:
            airflow.stop_tree(pid)
        cluster.worker_pid_file(number).unlink(missing_ok=True)
    airflow.stop(cluster.airflow_home, progress=progress)


def stop(cluster: Layout, progress=print) -> None:
    """Stop every part that runs: Airflow first, the services it uses last."""
    stop_airflow(cluster, progress)
    for node in cluster.es_nodes:
        elasticsearch.stop(progress=progress, node=node)
    postgres.stop(cluster.postgres, progress=progress)
    redis.stop(cluster.redis, progress=progress)


def status(cluster: Layout) -> dict[str, object]:
    """What of the cluster answers: each service, the Elasticsearch cluster's health, the live workers."""
    health = elasticsearch.health(cluster.es_url) or {}
    return {
        "redis": cluster.redis.answers() if cluster.redis.pid_file.exists() else False,
        "postgres": daemon.running_pid(cluster.postgres.data / "postmaster.pid") is not None,
        "elasticsearch": f"{health.get('status', 'down')}, {health.get('number_of_nodes', 0)} node(s)",
        "airflow": airflow.api_healthy(airflow.api_url(cluster.api_port)),
        "workers": running_workers(cluster),
    }

