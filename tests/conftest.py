"""Shared fixtures: a real Elasticsearch, the demo sites on loopback, a throw-away Airflow home.

Airflow reads its configuration when first imported, so this file points it at
a temporary AIRFLOW_HOME before anything imports airflow.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

from pipeline.local.airflow import airflow_env

_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="canews-test-airflow-"))
for _key, _value in airflow_env(_AIRFLOW_HOME).items():
    if _key.startswith("AIRFLOW") or _key == "PYTHONPATH":
        os.environ[_key] = _value


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def es():
    """A client for the real Elasticsearch (`python -m pipeline es start` or ES_URL)."""
    from elasticsearch import ConnectionError as ESConnectionError

    from pipeline.store.client import connect

    client = connect()
    try:
        client.cluster.health(wait_for_status="yellow", timeout="30s")
    except ESConnectionError:
        pytest.fail("Elasticsearch is not answering: run `./run test` or `python -m pipeline es start` first")
    return client


@pytest.fixture
def unique_name():
    """A unique lower-case name for indices and aliases, so tests never share state."""
    return f"test-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def isolated_indices(es, unique_name, monkeypatch):
    """Point the pipeline at its own article alias, feed-state and quarantine indices; delete them after."""
    from pipeline.store import index

    names = {
        "NEWS_INDEX": f"{unique_name}-articles",
        "NEWS_FEED_STATE_INDEX": f"{unique_name}-feeds",
        "NEWS_QUARANTINE_INDEX": f"{unique_name}-quarantine",
    }
    for key, value in names.items():
        monkeypatch.setenv(key, value)
    yield names
    index.delete_all(es, unique_name)


@pytest.fixture(scope="session")
def demo_sites():
    """The demo outlets served over real HTTP on a free loopback port."""
    from pipeline.demo_sites import start_demo_sites

    sites = start_demo_sites(port=0)
    yield sites
    sites.stop()


@pytest.fixture
def demo_env(demo_sites, isolated_indices, tmp_path, monkeypatch):
    """Environment for a pipeline run over the demo sites: feeds config, archive and indices of its own."""
    from pipeline.demo_sites import demo_feeds_config

    feeds = tmp_path / "feeds.demo.yaml"
    feeds.write_text(demo_feeds_config(demo_sites.base_url))
    monkeypatch.setenv("NEWS_FEEDS", str(feeds))
    monkeypatch.setenv("NEWS_ARCHIVE", str(tmp_path / "archive"))
    return {"feeds": feeds, "archive": tmp_path / "archive", **isolated_indices}


@pytest.fixture(scope="session")
def airflow_db():
    """A migrated metadata database in the throw-away AIRFLOW_HOME (needed by dag.test())."""
    from pipeline.local.airflow import migrate

    migrate(_AIRFLOW_HOME)
    return _AIRFLOW_HOME
