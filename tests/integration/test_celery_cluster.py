"""The cluster form for real: Redis and PostgreSQL from the machine's packages, two Elasticsearch nodes in
one cluster, Airflow's CeleryExecutor with two workers; a small end-to-end load through it while one
worker is SIGKILLed mid-run, then the index reconciled with what the feeds published.

Everything runs in a scratch state folder on free loopback ports and is stopped and removed afterwards;
the everyday Elasticsearch node is not touched.
"""

from __future__ import annotations

import os
import shutil

import pytest

from pipeline.bench import cluster as cluster_bench
from pipeline.bench import e2e
from pipeline.local import postgres

pytestmark = pytest.mark.integration


def _services_missing() -> str:
    try:
        postgres.server_binary("initdb")
    except postgres.PostgresSetupError:
        return "PostgreSQL's initdb"
    return "" if shutil.which("redis-server") else "redis-server"


@pytest.mark.skipif(bool(_services_missing()) and os.geteuid() != 0,
                    reason=f"{_services_missing()} is not installed and only root can install it (.ci/run does)")
def test_a_killed_celery_worker_loses_nothing_on_a_two_node_cluster(monkeypatch):
    # 5 hosts x 4 feeds x 3 articles: two mapped poll tasks and several process batches, enough tasks
    # that the second worker runs some of them.
    monkeypatch.setattr(e2e, "FEEDS_PER_HOST", 4)
    monkeypatch.setattr(e2e, "ARTICLES_PER_FEED", 3)
    published = len(e2e.HOSTS) * 4 * 3

    figures = cluster_bench.run(workers=2, faults=["worker"], timeout=600, progress=lambda message: None)

    found = figures["cluster"]
    assert found["elasticsearch_nodes"] == 2 and found["workers"] == 2
    assert {shard["node"] for shard in found["shards_after"]} == {"canews-cluster-1", "canews-cluster-2"}
    assert found["faults"]["worker_killed_at_s"] is not None and found["faults"]["faults_not_struck"] == []
    assert all(count > 0 for count in found["tasks_received"].values()) and len(found["tasks_received"]) == 2
    # The worker was killed holding a running task: the task failed on its heartbeat and a retry finished it on
    # the other worker; a poll killed after archiving announces those files again on its retry, so nothing is
    # reprocessed by hand.
    struck = found["struck_tasks"]
    assert len(struck) == len(found["faults"]["tasks_struck"]) > 0
    assert all(task["tries"] > 1 and task["state"] == "success" for task in struck)
    assert found["tasks_not_succeeded"] == []
    reconciliation = found["reconciliation"]
    assert reconciliation["published"] == published == reconciliation["indexed"]
    assert (reconciliation["missing"], reconciliation["duplicated"], reconciliation["unexpected"]) == (0, 0, 0)
    # A task the killed worker had received but not started is sent again after the queued timeout.
    assert figures["complete"], f"not all searchable in time; requeued: {found['requeued_tasks']}, struck: {struck}"
    assert figures["searchable"] == published and figures["reconciled"]
