"""The index, the bulk writer and migration against the real local Elasticsearch."""

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.store import bulk, index, mapping
from pipeline.store.document import to_source
from tests.fixtures.store.articles import make_article

pytestmark = pytest.mark.integration


@pytest.fixture
def names(es, unique_name):
    alias, quarantine = f"{unique_name}-articles", f"{unique_name}-quarantine"
    yield alias, quarantine
    index.delete_all(es, unique_name)


def test_delete_all_removes_the_versions_quarantine_and_template_of_a_scratch_name(es, names, unique_name):
    alias, quarantine = names
    neighbour = f"{unique_name}x-articles"  # shares the text but not the name
    index.ensure_index(es, alias, quarantine)
    index.ensure_index(es, neighbour, f"{neighbour}-quarantine")
    index.delete_all(es, unique_name)
    assert not es.indices.exists(index=f"{unique_name}-*", allow_no_indices=False, ignore_unavailable=False)
    assert not es.indices.exists_index_template(name=alias)
    assert es.indices.exists_alias(name=neighbour) and es.indices.exists_index_template(name=neighbour)
    index.delete_all(es, f"{unique_name}x")


def _quarantined(es, quarantine):
    es.indices.refresh(index=quarantine)
    hits = es.search(index=quarantine, size=100)["hits"]["hits"]
    return {hit["_source"]["doc_id"]: hit["_source"] for hit in hits}


def test_ensure_index_is_idempotent_and_uses_the_analyzers_the_cluster_has(es, names):
    alias, quarantine = names
    first = index.ensure_index(es, alias, quarantine)
    assert first == f"{alias}-v1"
    assert index.ensure_index(es, alias, quarantine) == first
    assert list(es.indices.get_alias(name=alias)) == [first]
    assert es.indices.exists(index=quarantine)
    stored = es.indices.get_mapping(index=first)[first]["mappings"]
    assert stored["dynamic"] == "strict"
    assert stored["properties"]["title"]["fields"]["keyword"]["type"] == "keyword"
    try:
        es.indices.analyze(analyzer="russian", text="Токаев")
        has_russian = True
    except Exception:  # the minimal distribution has no analysis-common module
        has_russian = False
    assert ("ru" in stored["_meta"]["analyzers"]) == has_russian
    assert ("ru" in stored["properties"]["body"].get("fields", {})) == has_russian


def test_rerun_changes_nothing_and_an_edit_is_an_update(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    articles = [make_article(n) for n in range(30)]
    first = bulk.write_articles(es, articles, alias, quarantine, refresh=True)
    assert (first.indexed, first.updated, first.unchanged, first.quarantined) == (30, 0, 0, 0)
    written_at = es.get(index=alias, id=articles[0].id)["_source"]["indexed_at"]

    again = bulk.write_articles(es, articles, alias, quarantine, refresh=True)
    assert (again.indexed, again.updated, again.unchanged) == (0, 0, 30)
    assert es.get(index=alias, id=articles[0].id)["_source"]["indexed_at"] == written_at

    edited = [replace(articles[0], title="Corrected headline"), make_article(99)]
    third = bulk.write_articles(es, edited, alias, quarantine, refresh=True)
    assert (third.indexed, third.updated, third.unchanged) == (1, 1, 0)
    assert es.get(index=alias, id=articles[0].id)["_source"]["title"] == "Corrected headline"
    assert es.count(index=alias)["count"] == 31


def test_refused_documents_go_to_quarantine_with_reason_and_document_and_the_batch_goes_on(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    good = to_source(make_article(1))
    unknown_field = {**to_source(make_article(2)), "sentiment": 0.4}
    bad_date = {**to_source(make_article(3)), "published_at": "last Tuesday"}
    summary = bulk.write_sources(es, [("good", good), ("unknown", unknown_field), ("date", bad_date)],
                                 alias, quarantine, refresh=True)
    assert (summary.indexed, summary.quarantined) == (1, 2)
    assert "strict_dynamic_mapping" in summary.reasons["unknown"]
    assert "published_at" in summary.reasons["date"]
    stored = _quarantined(es, quarantine)
    assert stored["unknown"]["document"]["sentiment"] == 0.4
    assert stored["date"]["status"] == 400
    assert stored["unknown"]["alias"] == alias


def test_another_outlets_article_is_never_overwritten_and_the_rest_of_the_batch_goes_on(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    original = make_article(1)
    bulk.write_articles(es, [original], alias, quarantine, refresh=True)
    domain = original.source["domain"]
    hijack = replace(original, title="Forged headline", source={**original.source, "domain": "attacker.example.org"})
    same_outlet = replace(make_article(2), source={**original.source, "domain": "www." + domain})
    summary = bulk.write_articles(es, [hijack, same_outlet], alias, quarantine, refresh=True)
    assert (summary.indexed, summary.quarantined) == (1, 1)
    assert "belongs to outlet" in summary.reasons[original.id]
    assert es.get(index=alias, id=original.id)["_source"]["title"] == original.title
    assert _quarantined(es, quarantine)[original.id]["error_type"] == "other_outlet"
    moved = replace(original, title="Corrected headline", source={**original.source, "domain": "www." + domain})
    assert bulk.write_articles(es, [moved], alias, quarantine, refresh=True).updated == 1


def test_invalid_articles_are_quarantined_once_however_often_they_are_written(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    hostile = make_article(5, body="Read this <script>steal()</script>")
    for _ in range(2):
        summary = bulk.write_articles(es, [make_article(4), hostile], alias, quarantine)
        assert summary.quarantined == 1
        assert "markup" in summary.reasons[hostile.id]
    assert list(_quarantined(es, quarantine)) == [hostile.id]
    assert es.count(index=quarantine)["count"] == 1
    assert not es.exists(index=alias, id=hostile.id)


def test_rejected_pages_are_recorded_in_quarantine(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)

    @dataclass
    class Rejected:
        url: str
        reason: str
        archive_ref: str

    page = Rejected("https://x.kz/a", "http status 404", "f.warc.gz#10")
    count = bulk.quarantine(es, [page], alias, quarantine)
    assert count == 1
    [record] = _quarantined(es, quarantine).values()
    assert record["reason"] == "http status 404"
    assert record["document"]["archive_ref"] == "f.warc.gz#10"
    assert record["alias"] == alias  # the configured alias, whatever it is called


def test_migrate_fills_the_next_version_and_search_answers_throughout(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    bulk.write_articles(es, [make_article(n) for n in range(300)], alias, quarantine, refresh=True)
    failures, counts, stop = [], [], threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                counts.append(es.count(index=alias)["count"])
            except Exception as error:  # any failure means search was not available
                failures.append(error)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        result = index.migrate(es, alias, quarantine)
    finally:
        stop.set()
        searcher.join()
    assert (result.old_index, result.new_index, result.copied) == (f"{alias}-v1", f"{alias}-v2", 300)
    assert result.method in {"reindex", "scroll"}
    assert failures == [] and counts and set(counts) == {300}
    assert list(es.indices.get_alias(name=alias)) == [f"{alias}-v2"]
    assert es.indices.exists(index=f"{alias}-v1")  # kept until the operator deletes it
    again = bulk.write_articles(es, [make_article(n) for n in range(300)], alias, quarantine)
    assert again.unchanged == 300  # content hashes survived the copy
    assert index.migrate(es, alias, quarantine).new_index == f"{alias}-v3"


def test_catch_up_after_the_swap_never_overwrites_newer_documents(es, names):
    alias, quarantine = names
    old = index.ensure_index(es, alias, quarantine)
    new = f"{alias}-v2"
    es.indices.create(index=new)
    started = datetime.now(UTC)
    late = make_article(1)
    bulk.write_sources(es, [(late.id, to_source(late, started + timedelta(seconds=1)))], old, quarantine)
    newer = make_article(2)
    bulk.write_sources(es, [(newer.id, to_source(newer, started + timedelta(seconds=1)))], old, quarantine)
    fresh = replace(newer, title="Written after the swap")
    bulk.write_sources(es, [(fresh.id, to_source(fresh, started + timedelta(seconds=5)))], new, quarantine)
    es.indices.refresh(index=[old, new])
    assert index._copy(es, old, new, quarantine, catch_up=True) == 1
    assert es.get(index=new, id=late.id)["found"]
    assert es.get(index=new, id=newer.id)["_source"]["title"] == "Written after the swap"


def test_an_outdated_template_is_replaced(es, names):
    alias, quarantine = names
    index.ensure_index(es, alias, quarantine)
    outdated = mapping.index_template(alias, mapping.available_analyzers(es))
    outdated["_meta"] = {**outdated["_meta"], "schema_version": 0}
    es.indices.put_index_template(name=alias, **outdated)
    index.ensure_template(es, alias)
    stored = es.indices.get_index_template(name=alias)["index_templates"][0]["index_template"]
    assert stored["_meta"]["schema_version"] == mapping.SCHEMA_VERSION


def test_index_commands_use_the_alias_from_the_environment(es, names, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import main_app

    alias, quarantine = names
    monkeypatch.setenv("NEWS_INDEX", alias)
    monkeypatch.setenv("NEWS_QUARANTINE_INDEX", quarantine)
    runner = CliRunner()
    ensured = runner.invoke(main_app(), ["index", "ensure"])
    assert ensured.exit_code == 0, ensured.output
    assert f"{alias} -> {alias}-v1" in ensured.output
    assert es.indices.exists(index=quarantine)
    bulk.write_articles(es, [make_article(1)], alias, quarantine, refresh=True)
    migrated = runner.invoke(main_app(), ["index", "migrate"])
    assert migrated.exit_code == 0, migrated.output
    assert f"{alias}-v1 -> {alias}-v2, 1 copied" in migrated.output
    assert list(es.indices.get_alias(name=alias)) == [f"{alias}-v2"]
