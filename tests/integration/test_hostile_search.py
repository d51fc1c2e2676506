"""Any string an analyst types: results or a clear message, never a server error or an injected clause.

Property-based (hypothesis) against the real Elasticsearch; tests/integration/test_search.py has the
hand-picked hostile queries.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.bench.index import realistic_articles
from pipeline.store import bulk, index
from pipeline.store.entities import resolve_entities
from pipeline.store.query import build_search
from pipeline.store.search import SearchRequest, search

pytestmark = pytest.mark.integration

BOUNDED = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SYNTAX = list('"()*+-|~\\/:[]{}^!?&<>=') + ["AND", "OR", "NOT", "TO", "_exists_", "*:*", "title:", "\x00"]
WORDS = ["Tokayev", "Токаев", "water", "gas", "CSTO", "Astana", "Mirziyoyev", "trade", "é", "🚀"]
analyst_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(SYNTAX), st.sampled_from(WORDS), st.text(max_size=5)), max_size=30)
    .map(" ".join),
)


@pytest.fixture(scope="module")
def corpus(es):
    alias = f"test-hostile-search-{uuid.uuid4().hex[:8]}"
    index.ensure_index(es, alias, f"{alias}-quarantine")
    articles = list(realistic_articles(60))
    summary = bulk.write_articles(es, articles, alias, f"{alias}-quarantine", refresh=True)
    assert summary.indexed == len(articles)
    yield alias
    index.delete_all(es, alias)


def key_paths(value, path: tuple = ()) -> set[tuple]:
    """Every chain of keys in the request body (list positions ignored): its structure, not its values."""
    if isinstance(value, dict):
        return {path} | {p for key, item in value.items() for p in key_paths(item, (*path, key))}
    if isinstance(value, list):
        return {p for item in value for p in key_paths(item, path)}
    return {path}


# Every clause the builder makes: text alone; with each kind of entity named, with other words, with OR;
# with entities excluded; every filter.
FULL_REQUEST = SearchRequest(query="water", countries=["KZ"], topics=["energy"], languages=["en"],
                             sources=["x"], since=date(2025, 1, 1), until=date(2025, 2, 1))
SHAPES = ["water", "Tokayev CSTO Kazakhstan", "Tokayev CSTO Kazakhstan water", "Tokayev OR CSTO OR Kazakhstan",
          "water -Putin -SCO -Russia", "Tokayev CSTO Kazakhstan water -Putin -SCO -Russia",
          "Tokayev OR CSTO OR Kazakhstan -Putin -SCO -Russia"]
EVERY_CLAUSE = set().union(*(key_paths(build_search(replace(FULL_REQUEST, query=query), resolve_entities(query)))
                             for query in SHAPES))


@BOUNDED
@given(query=analyst_text, countries=st.lists(st.text(max_size=8), max_size=3),
       sources=st.lists(st.text(max_size=12), max_size=2))
def test_input_never_adds_a_clause_to_the_query(query, countries, sources):
    """Typed text lands only in simple_query_string values, filters only in term values: no new keys."""
    request = SearchRequest(query=query, countries=countries, sources=sources)
    assert key_paths(build_search(request, resolve_entities(query))) <= EVERY_CLAUSE


@BOUNDED
@given(query=analyst_text)
def test_any_query_gets_results_or_nothing_never_an_error(es, corpus, query):
    response = search(es, SearchRequest(query=query, limit=5), alias=corpus)
    assert response.total >= 0
    for hit in response.hits:  # titles and snippets are HTML-escaped: only <mark> is markup
        for text in [hit.title, *hit.snippets]:
            assert "<" not in text.replace("<mark>", "").replace("</mark>", "")


def test_query_syntax_cannot_reach_other_fields(es, corpus):
    """Field prefixes and match-all syntax are text to simple_query_string: they find no more than words."""
    everything = search(es, SearchRequest(query="", limit=1, collapse=False), alias=corpus).total
    for query in ["*:*", "_exists_:title", "source.name:*", "countries:KZ OR *:*", '"}},{"match_all":{}}']:
        response = search(es, SearchRequest(query=query, limit=1, collapse=False), alias=corpus)
        assert response.total < everything, query
