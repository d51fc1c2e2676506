"""One real `airflow standalone` for the whole test session, on a port of its own.

Its task processes run with indices, an archive and a feeds file of their own (the
demo sites), so the tests can check exactly what the scheduler's runs wrote. Starting
it costs about a minute; every test that needs the real scheduler shares it.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

from pipeline.local import airflow


@pytest.fixture(scope="session")
def airflow_standalone(demo_sites, es):
    """A running standalone: its API client, base URL and the pipeline settings its tasks use."""
    from pipeline.demo_sites import demo_feeds_config
    from pipeline.store import index

    workdir = Path(tempfile.mkdtemp(prefix="canews-standalone-"))
    prefix = f"test-af-{uuid.uuid4().hex[:8]}"
    feeds = workdir / "feeds.demo.yaml"
    feeds.write_text(demo_feeds_config(demo_sites.base_url))
    settings = {
        "NEWS_INDEX": f"{prefix}-articles",
        "NEWS_FEED_STATE_INDEX": f"{prefix}-feeds",
        "NEWS_QUARANTINE_INDEX": f"{prefix}-quarantine",
        "NEWS_FEED_HEALTH_INDEX": f"{prefix}-feed-health",
        "NEWS_ARCHIVE": str(workdir / "archive"),
        "NEWS_FEEDS": str(feeds),
    }
    home = workdir / "airflow"
    try:
        with airflow.instance(home, settings, progress=lambda message: None) as api:
            yield {"api": api, "base_url": api.base_url, "home": home, "settings": settings}
    finally:
        index.delete_all(es, prefix)
        shutil.rmtree(workdir, ignore_errors=True)
