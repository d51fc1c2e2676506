"""Settings from the environment, with defaults that work on a local machine.

Where Airflow runs, Elasticsearch's address and credentials may come from an
Airflow connection instead: ES_CONN_ID names it (host, port, schema http/https,
login and password, or an `api_key` in its extra), looked up through whatever
secrets backend the deployment uses. No secret is ever kept in the repository.

Each task or command calls `settings()` once and passes what it needs down: the library's functions
take index names, the archive base and clients as arguments and never read the environment.
"""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# The project's indices when the environment names no others (NEWS_INDEX and the rest): the one place
# these names are written. The Kibana saved objects name their data view after the article alias.
ARTICLE_ALIAS = "news-articles"
FEED_STATE_INDEX = "news-feeds"
QUARANTINE_INDEX = "news-quarantine"
FEED_HEALTH_INDEX = "news-feed-health"


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
    feeds_dir: Path | None  # where a run may name another feeds file, besides config/


def elasticsearch_from_connection(conn_id: str) -> dict[str, str]:
    """ES_URL, ES_USERNAME, ES_PASSWORD and ES_API_KEY as the Airflow connection `conn_id` gives them."""
    from airflow.sdk import BaseHook

    connection = BaseHook.get_connection(conn_id)
    scheme = connection.schema if connection.schema in ("http", "https") else "http"
    return {
        "ES_URL": f"{scheme}://{connection.host}:{connection.port or 9200}",
        "ES_USERNAME": connection.login or "",
        "ES_PASSWORD": connection.password or "",
        "ES_API_KEY": connection.extra_dejson.get("api_key", ""),
    }


def settings() -> Settings:
    """The settings as the environment (and, with ES_CONN_ID, an Airflow connection) gives them now."""
    env = os.environ.get
    conn_id, feeds_dir = env("ES_CONN_ID"), env("NEWS_FEEDS_DIR")
    elasticsearch = elasticsearch_from_connection(conn_id) if conn_id else os.environ
    return Settings(
        es_url=elasticsearch.get("ES_URL", "http://127.0.0.1:9200"),
        es_username=elasticsearch.get("ES_USERNAME", ""),
        es_password=elasticsearch.get("ES_PASSWORD", ""),
        es_api_key=elasticsearch.get("ES_API_KEY", ""),
        index_alias=env("NEWS_INDEX", ARTICLE_ALIAS),
        feed_state_index=env("NEWS_FEED_STATE_INDEX", FEED_STATE_INDEX),
        quarantine_index=env("NEWS_QUARANTINE_INDEX", QUARANTINE_INDEX),
        feed_health_index=env("NEWS_FEED_HEALTH_INDEX", FEED_HEALTH_INDEX),
        archive_base=env("NEWS_ARCHIVE", str(PROJECT_ROOT / "data" / "archive")),
        feeds_config=Path(env("NEWS_FEEDS", str(PROJECT_ROOT / "config" / "feeds.yaml"))),
        feeds_dir=Path(feeds_dir) if feeds_dir else None,
    )
