"""Least privilege on a real secured node: the roles of config/elasticsearch/roles.yml, users in the file
realm, the demo sites polled and processed as the workers' user, then every role tried beyond its grant.

The node is a second one (security on, ports of its own, its own folder), started for this module and
stopped at the end; the everyday node keeps running unsecured beside it.
"""

from __future__ import annotations

import re
import secrets
import shutil
import uuid

import httpx
import pytest
import yaml
from elasticsearch import AuthorizationException

from pipeline.local import elasticsearch as local_es
from pipeline.local.paths import PROJECT_ROOT, state_dir

pytestmark = pytest.mark.integration

ROLES = ("news_ingest", "news_analyst", "news_admin")  # the first two may not read cluster health


@pytest.fixture(scope="module")
def secured():
    """A started secured node: its URL and the users {name: (password, role)}, one per role."""
    # Quotes, a backslash and spaces in every password: nothing on the way may build them into text.
    users = {role: (f'{secrets.token_urlsafe(12)} "q\\{role}', role) for role in ROLES}
    node = local_es.secured_node(state_dir() / f"secured-test-{uuid.uuid4().hex[:8]}")
    try:
        url = local_es.start_secured(node, users, progress=lambda message: None)
        yield {"url": url, "users": users}
    finally:
        local_es.stop(progress=lambda message: None, node=node)
        shutil.rmtree(node.state, ignore_errors=True)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, demo_sites):
    """The demo feeds file and an archive folder of this module's own."""
    from pipeline.demo_sites import demo_feeds_config

    folder = tmp_path_factory.mktemp("least-privilege")
    (folder / "feeds.demo.yaml").write_text(demo_feeds_config(demo_sites.base_url))
    return folder


def environment(secured: dict, workdir, user: str) -> dict[str, str]:
    password, _ = secured["users"][user]
    return {"ES_URL": secured["url"], "ES_USERNAME": user, "ES_PASSWORD": password, "ES_API_KEY": "",
            "NEWS_FEEDS": str(workdir / "feeds.demo.yaml"), "NEWS_ARCHIVE": str(workdir / "archive")}


@pytest.fixture
def as_user(secured, workdir, monkeypatch):
    """Switch the pipeline's settings to one user; returns a client connected as that user."""
    from pipeline.store.client import connect

    def switch(user: str):
        for key, value in environment(secured, workdir, user).items():
            monkeypatch.setenv(key, value)
        for key in ("ES_CONN_ID", "NEWS_INDEX", "NEWS_FEED_STATE_INDEX", "NEWS_QUARANTINE_INDEX",
                    "NEWS_FEED_HEALTH_INDEX"):
            monkeypatch.delenv(key, raising=False)  # the deployment's own index names
        return connect()

    return switch


@pytest.fixture(scope="module")
def ingested(secured, workdir, demo_sites):
    """The set-up user prepares the index once; the workers' user then polls and processes the demo sites
    twice (the second run finds nothing new to write) and writes the feed-health report. Returns the counts."""
    from pipeline import jobs
    from pipeline.config import settings
    from pipeline.store.client import connect
    from pipeline.store.index import ensure_index

    with pytest.MonkeyPatch.context() as patch:
        for key, value in environment(secured, workdir, "news_admin").items():
            patch.setenv(key, value)
        configured = settings()
        ensure_index(connect(configured), configured.index_alias, configured.quarantine_index)
        for key, value in environment(secured, workdir, "news_ingest").items():
            patch.setenv(key, value)
        feeds = [name for batch in jobs.plan_poll(batch_size=100) for name in batch]
        polled = jobs.poll(feeds)
        files = polled["archive_files"]
        first = jobs.process(files)
        again = jobs.process(files)
        health = jobs.feed_health()
        connect().indices.refresh(index="news-*")  # a worker may refresh: what it wrote becomes searchable
    return {"polled": polled, "first": first, "again": again, "health": health}


def compose_health_check_pattern() -> str:
    """What docker-compose's Elasticsearch health check looks for in an anonymous answer."""
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    command = compose["services"]["elasticsearch"]["healthcheck"]["test"][-1]
    [pattern] = re.findall(r"grep -q '([^']+)'", command)
    return pattern


def test_anonymous_requests_are_refused(secured):
    for path in ("/_cluster/health", "/news-articles/_search", "/_security/_authenticate"):
        assert httpx.get(secured["url"] + path, timeout=10).status_code == 401, path
    # The compose health check passes on a node that is up and refuses anonymous requests, like this one.
    assert compose_health_check_pattern() in httpx.get(secured["url"] + "/_cluster/health", timeout=10).text
    wrong = httpx.get(secured["url"] + "/_cluster/health", auth=("news_ingest", "not-the-password"), timeout=10)
    assert wrong.status_code == 401


def test_the_workers_user_polls_and_indexes_every_demo_article_idempotently(ingested, as_user, demo_sites):
    from pipeline.demo_sites import articles

    published = {article.url for article in articles(demo_sites.base_url)}
    assert ingested["polled"]["archive_files"], ingested["polled"]
    first, again = ingested["first"]["index"], ingested["again"]["index"]
    assert first["indexed"] == len(published) and first["quarantined"] == 0, first
    assert again["unchanged"] == len(published) and again["indexed"] == again["updated"] == 0, again
    es = as_user("news_analyst")
    hits = es.search(index="news-articles", size=500, source=["url"])["hits"]["hits"]
    assert {hit["_source"]["url"] for hit in hits} == published
    assert len(hits) == len(published)
    # The workers' feed-health report, readable by analysts.
    report = es.search(index="news-feed-health", query={"ids": {"values": [ingested["health"]["report_id"]]}})
    assert report["hits"]["total"]["value"] == 1


def test_the_analyst_searches_and_cannot_write(ingested, as_user):
    from pipeline.config import ARTICLE_ALIAS
    from pipeline.store.search import SearchRequest, search

    es = as_user("news_analyst")
    found = search(es, SearchRequest(query="Tokayev"), ARTICLE_ALIAS)
    assert found.total > 0 and found.hits
    some_id = found.hits[0].id
    refused = [
        lambda: es.index(index="news-articles", id=some_id, document={"title": "forged"}),
        lambda: es.delete(index="news-articles", id=some_id),
        lambda: es.indices.create(index="news-articles-analyst"),
        lambda: es.search(index="news-feeds"),  # feed state is the workers' business
        lambda: es.search(index="other-index"),
    ]
    for attempt in refused:
        with pytest.raises(AuthorizationException):
            attempt()
    assert es.get(index="news-articles", id=some_id)["_source"]["title"] != "forged"


def test_the_workers_user_writes_news_indices_and_nothing_else(ingested, as_user):
    es = as_user("news_ingest")
    es.index(index="news-scratch", id="1", document={"note": "a worker may create and write news-*"},
             refresh=True)
    assert es.get(index="news-scratch", id="1")["found"]
    concrete = next(iter(es.indices.get_alias(name="news-articles")))
    refused = [
        lambda: es.index(index="other-index", document={"note": "outside news-*"}),
        lambda: es.search(index=".security"),
        lambda: es.cluster.put_settings(persistent={"cluster.routing.allocation.enable": "none"}),
        lambda: es.cluster.health(),
        # Templates apply cluster-wide: one could put an alias on indices the role can't otherwise read.
        lambda: es.indices.put_index_template(name="steal", index_patterns=["*"],
                                              template={"aliases": {"news-stolen": {}}}),
        lambda: es.indices.put_alias(index=concrete, name="news-elsewhere"),
        lambda: es.indices.delete(index=concrete),
        lambda: es.security.put_user(username="intruder", password="x" * 12, roles=["superuser"]),
    ]
    for attempt in refused:
        with pytest.raises(AuthorizationException):
            attempt()
    assert es.indices.exists(index=concrete)
    assert not es.indices.exists_alias(name="news-elsewhere")


def test_a_worker_finding_no_index_set_up_is_told_who_must_set_it_up(ingested, as_user):
    from pipeline import jobs

    as_user("news_ingest")
    with pytest.raises(RuntimeError, match="news_admin"):
        jobs.process([], alias="news-articles-unset")


def test_the_set_up_user_migrates_the_index_and_the_workers_carry_on(ingested, as_user, demo_sites):
    from pipeline import jobs
    from pipeline.config import ARTICLE_ALIAS, QUARANTINE_INDEX
    from pipeline.demo_sites import articles
    from pipeline.store.index import migrate

    published = len(articles(demo_sites.base_url))
    result = migrate(as_user("news_admin"), ARTICLE_ALIAS, QUARANTINE_INDEX)
    assert result.copied == published and result.new_index.endswith("-v2")
    as_user("news_ingest")
    again = jobs.process(ingested["polled"]["archive_files"])["index"]
    assert again["unchanged"] == published and again["quarantined"] == 0, again
