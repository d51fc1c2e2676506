from datetime import date

import pytest

from pipeline.store.query import MAX_LIMIT, MAX_QUERY_CHARS, SearchRequest, build_search, clean_query


@pytest.mark.parametrize("typed, sent", [
    ("Tokayev AND Putin", "Tokayev + Putin"),
    ("gas OR oil", "gas | oil"),
    ("gas NOT Russia", "gas -Russia"),
    ('"AND OR NOT" AND x', '"AND OR NOT" + x'),  # operators inside quotes are words
    ("android ORacle", "android ORacle"),  # only whole words are operators
    ("pipel*", "pipel*"),
    ("a\x00b\nc", "a b c"),
])
def test_clean_query_translates_operators_outside_quotes(typed, sent):
    assert clean_query(typed) == sent


def test_clean_query_is_bounded():
    assert len(clean_query("x" * 10_000)) == MAX_QUERY_CHARS


def _must(body):
    return body["query"]["bool"]["must"]


def test_text_query_weights_title_and_never_fails_on_syntax():
    body = build_search(SearchRequest(query="gas pipeline"))
    [query] = _must(body)
    sqs = query["simple_query_string"]
    assert sqs["lenient"] is True
    assert "title^3" in sqs["fields"] and "body" in sqs["fields"]
    assert sqs["default_operator"] == "and"
    assert body["sort"][0] == "_score"


def test_named_entities_add_a_keyword_alternative():
    persons = ["Kassym-Jomart Tokayev", "Vladimir Putin"]
    body = build_search(SearchRequest(query="Tokayev Putin"), persons=persons, countries=["KZ"])
    [query] = _must(body)
    text, entities = query["bool"]["should"]
    assert query["bool"]["minimum_should_match"] == 1
    assert "simple_query_string" in text
    assert entities["bool"]["filter"] == [{"term": {"persons": "Kassym-Jomart Tokayev"}},
                                          {"term": {"persons": "Vladimir Putin"}},
                                          {"term": {"countries": "KZ"}}]


def test_filters_are_terms_and_ranges_never_parsed_text():
    request = SearchRequest(countries=["kz"], topics=["Energy"], languages=["RU"], sources=["TASS"],
                            since=date(2025, 11, 1), until=date(2025, 11, 30))
    filters = build_search(request)["query"]["bool"]["filter"]
    assert {"terms": {"countries": ["KZ"]}} in filters
    assert {"terms": {"topics": ["energy"]}} in filters
    assert {"terms": {"language": ["ru"]}} in filters
    assert {"range": {"published_at": {"gte": "2025-11-01", "lte": "2025-11-30||/d"}}} in filters
    [sources] = [f for f in filters if "bool" in f]
    assert {"terms": {"source.name": ["TASS"]}} in sources["bool"]["should"]


def test_empty_query_lists_newest_first_without_relevance():
    body = build_search(SearchRequest())
    assert _must(body) == []
    assert body["sort"] == [{"published_at": {"order": "desc", "missing": "_last"}}]


def test_collapse_facets_histogram_and_highlight():
    body = build_search(SearchRequest(query="x", limit=10_000))
    assert body["collapse"] == {"field": "cluster_id"}
    assert body["size"] == MAX_LIMIT
    assert set(body["aggs"]) == {"countries", "topics", "sources", "languages", "weeks", "stories"}
    assert body["aggs"]["weeks"]["date_histogram"]["calendar_interval"] == "week"
    assert body["highlight"]["encoder"] == "html"
    assert "collapse" not in build_search(SearchRequest(query="x", collapse=False))
