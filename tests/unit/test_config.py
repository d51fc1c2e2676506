"""Settings come from the environment, or Elasticsearch's from an Airflow connection named by ES_CONN_ID."""

import json

from pipeline.config import settings


def test_local_defaults_need_no_configuration(monkeypatch):
    for name in ("ES_URL", "ES_USERNAME", "ES_PASSWORD", "ES_CONN_ID", "NEWS_INDEX"):
        monkeypatch.delenv(name, raising=False)
    current = settings()
    assert current.es_url == "http://127.0.0.1:9200"
    assert (current.es_username, current.es_password) == ("", "")
    assert current.index_alias == "news-articles"


def test_an_airflow_connection_supplies_address_and_credentials(monkeypatch):
    # Airflow reads AIRFLOW_CONN_<ID> like any other secrets backend: a real connection lookup.
    monkeypatch.setenv("AIRFLOW_CONN_NEWS_ES", json.dumps({
        "conn_type": "http", "host": "es.internal", "port": 9243, "schema": "https",
        "login": "news_ingest", "password": "s3cret-value", "extra": {"api_key": ""},
    }))
    monkeypatch.setenv("ES_CONN_ID", "news_es")
    monkeypatch.setenv("ES_URL", "http://ignored:9200")
    current = settings()
    assert current.es_url == "https://es.internal:9243"
    assert (current.es_username, current.es_password) == ("news_ingest", "s3cret-value")


def test_configuration_depends_on_nothing_of_the_local_services():
    import subprocess
    import sys

    code = "import json, sys, pipeline.config; print(json.dumps(sorted(m for m in sys.modules if 'pipeline' in m)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded) == ["pipeline", "pipeline.config"]


def test_every_index_name_follows_its_variable(monkeypatch):
    names = {"NEWS_INDEX": "a-articles", "NEWS_FEED_STATE_INDEX": "a-feeds", "NEWS_QUARANTINE_INDEX": "a-quarantine",
             "NEWS_FEED_HEALTH_INDEX": "a-health"}
    for name, value in names.items():
        monkeypatch.setenv(name, value)
    current = settings()
    assert (current.index_alias, current.feed_state_index, current.quarantine_index, current.feed_health_index) == (
        "a-articles", "a-feeds", "a-quarantine", "a-health")
