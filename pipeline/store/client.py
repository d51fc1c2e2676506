"""The Elasticsearch client, built from the environment settings."""

from __future__ import annotations

from elasticsearch import Elasticsearch

from pipeline import config

REQUEST_TIMEOUT_S = 30
# Transport-level retries: connection errors, timeouts and overloaded/unavailable nodes.
MAX_RETRIES = 3
RETRY_ON_STATUS = (429, 502, 503, 504)


def connect(settings: config.Settings | None = None) -> Elasticsearch:
    """A client for ES_URL with an API key or basic auth when configured; retries transient failures."""
    settings = settings or config.settings()
    auth: dict = {}
    if settings.es_api_key:
        auth["api_key"] = settings.es_api_key
    elif settings.es_username:
        auth["basic_auth"] = (settings.es_username, settings.es_password)
    return Elasticsearch(
        settings.es_url,
        request_timeout=REQUEST_TIMEOUT_S,
        max_retries=MAX_RETRIES,
        retry_on_timeout=True,
        retry_on_status=RETRY_ON_STATUS,
        **auth,
    )
