"""Settings from the environment, with defaults that work on a local machine.

Where Airflow runs, the same variables come from the worker's environment (or an
Airflow connection mapped to them); no secret is ever kept in the repository.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.local.paths import PROJECT_ROOT


@dataclass(frozen=True)
class Settings:
    es_url: str
    es_username: str
    es_password: str
    es_api_key: str
    index_alias: str
    feed_state_index: str
    quarantine_index: str
    feed_health_index: str
    archive_base: str
    feeds_config: Path


def settings() -> Settings:
    env = os.environ.get
    return Settings(
        es_url=env("ES_URL", "http://127.0.0.1:9200"),
        es_username=env("ES_USERNAME", ""),
        es_password=env("ES_PASSWORD", ""),
        es_api_key=env("ES_API_KEY", ""),
        index_alias=env("NEWS_INDEX", "news-articles"),
        feed_state_index=env("NEWS_FEED_STATE_INDEX", "news-feeds"),
        quarantine_index=env("NEWS_QUARANTINE_INDEX", "news-quarantine"),
        feed_health_index=env("NEWS_FEED_HEALTH_INDEX", "news-feed-health"),
        archive_base=env("NEWS_ARCHIVE", str(PROJECT_ROOT / "data" / "archive")),
        feeds_config=Path(env("NEWS_FEEDS", str(PROJECT_ROOT / "config" / "feeds.yaml"))),
    )
