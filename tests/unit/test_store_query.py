import json
from datetime import date

import pytest

from pipeline.store.query import (
    MAX_LIMIT,
    MAX_QUERY_CHARS,
    STEM_FIELDS,
    QueryEntities,
    SearchRequest,
    build_search,
    clean_query,
    stem_query,
)


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


def _alternatives(body):
    [query] = _must(body)
    assert query["bool"]["minimum_should_match"] == 1
    return query["bool"]["should"]


def test_text_query_weights_title_and_never_fails_on_syntax():
    body = build_search(SearchRequest(query="gas pipeline"))
    typed, stemmed = _alternatives(body)
    sqs = typed["simple_query_string"]
    assert sqs["lenient"] is True
    assert "title^3" in sqs["fields"] and "body" in sqs["fields"]
    assert sqs["default_operator"] == "and"
    assert body["sort"][0] == "_score"


def test_stemmed_words_are_an_alternative_ranked_below_the_words_as_typed():
    typed, stemmed = _alternatives(build_search(SearchRequest(query="Токаеву торговлю")))
    sqs = stemmed["simple_query_string"]
    assert sqs["fields"] == STEM_FIELDS
    assert sqs["boost"] < 1 and "boost" not in typed["simple_query_string"]
    assert "торговл" in sqs["query"] and "токаев" in sqs["query"]


@pytest.mark.parametrize("typed, sent", [
    ("Қазақстанның", "(қазақстанның|қазақстан|қазақстанн)"),
    ("pipel* gas", "pipel* (gas)"),  # a prefix the analyst asked for stays as typed
    ("Nur-Sultan", "(nur) (sultan|sult|sul)"),  # a hyphen inside a word is not a negation
    ('"state visit" Moscow', "  (moscow)"),  # phrases are left to the text fields
])
def test_stem_query_turns_each_word_into_its_forms(typed, sent):
    assert stem_query(typed) == sent


def _entities(rest: str, **named: list[str]) -> QueryEntities:
    return QueryEntities(named=named, rest=rest)


def _entity_alternative(body):
    [alternative] = [clause for clause in _alternatives(body) if "filter" in clause.get("bool", {})]
    return alternative["bool"]


def test_named_entities_add_a_keyword_alternative():
    entities = _entities("", persons=["Kassym-Jomart Tokayev", "Vladimir Putin"], countries=["KZ"])
    alternative = _entity_alternative(build_search(SearchRequest(query="Tokayev Putin"), entities))
    assert alternative["filter"] == [{"term": {"persons": "Kassym-Jomart Tokayev"}},
                                     {"term": {"persons": "Vladimir Putin"}},
                                     {"term": {"countries": "KZ"}}]
    assert "must" not in alternative  # nothing but the names to require


def test_the_entity_alternative_still_needs_the_other_words():
    entities = _entities("        energy", persons=["Kassym-Jomart Tokayev"])
    alternative = _entity_alternative(build_search(SearchRequest(query="Tokayev energy"), entities))
    [required] = alternative["must"]
    assert required["simple_query_string"]["query"] == "energy"
    assert required["simple_query_string"]["default_operator"] == "and"


def test_with_or_any_named_entity_will_do():
    entities = _entities("  OR ", persons=["Kassym-Jomart Tokayev"], organizations=["CSTO"])
    alternative = _entity_alternative(build_search(SearchRequest(query="Tokayev OR CSTO"), entities))
    [any_of] = alternative["filter"]
    assert any_of["bool"]["minimum_should_match"] == 1 and len(any_of["bool"]["should"]) == 2
    assert "must" not in alternative


def test_excluded_entities_and_negated_words_are_excluded_from_every_alternative():
    entities = QueryEntities(excluded={"persons": ["Vladimir Putin"]}, rest="gas -Putin -oil")
    [query] = _must(build_search(SearchRequest(query="gas -Putin NOT oil"), entities))
    assert query["bool"]["must_not"][0] == {"term": {"persons": "Vladimir Putin"}}
    assert query["bool"]["must_not"][1]["simple_query_string"]["query"] == "Putin | oil"
    assert query["bool"]["should"][0]["simple_query_string"]["query"] == "gas"


def _concept_parts(concept):
    [tagged] = concept["bool"]["filter"]
    every, _rarity, *ordering = concept["bool"]["should"]
    return tagged["bool"], every["constant_score"], ordering


def test_concepts_match_as_tags_in_any_language_below_the_words():
    entities = QueryEntities(concepts={"countries": ["TM"], "topics": ["energy"]})
    [*_, concept] = _alternatives(build_search(SearchRequest(query="Turkmen gas"), entities))
    tagged, every, _ = _concept_parts(concept)
    tags = [{"term": {"primary_countries": "TM"}}, {"term": {"topics": "energy"}}]
    assert tagged == {"should": tags, "minimum_should_match": 2}
    assert every["filter"]["bool"]["filter"] == tags
    assert every["boost"] <= 1


def test_three_concepts_also_find_articles_with_two_of_them_below_those_with_all():
    entities = QueryEntities(concepts={"countries": ["RU", "UZ"], "topics": ["energy"]})
    [*_, concept] = _alternatives(build_search(SearchRequest(query="российский газ в Узбекистан"), entities))
    tagged, every, _ = _concept_parts(concept)
    assert tagged["minimum_should_match"] == 2 and len(tagged["should"]) == 3
    assert len(every["filter"]["bool"]["filter"]) == 3


def test_articles_sharing_the_query_s_rarer_concepts_come_first_below_those_with_all():
    entities = QueryEntities(concepts={"countries": ["UZ", "TM"], "topics": ["diplomacy"]})
    [*_, concept] = _alternatives(build_search(SearchRequest(query="O'zbekiston Turkmaniston munosabatlari"),
                                               entities))
    [tagged] = concept["bool"]["filter"]
    every, rarity, *_ = concept["bool"]["should"]
    # Each concept an article has scores as a keyword term does (its inverse document frequency), scaled down.
    assert rarity["bool"]["should"] == tagged["bool"]["should"]
    assert all(set(tag) == {"term"} for tag in rarity["bool"]["should"])
    assert rarity["bool"]["boost"] < every["constant_score"]["boost"]


def test_a_named_person_is_also_answered_by_the_country_he_speaks_for_and_all_concepts_by_him():
    entities = QueryEntities(concepts={"persons": ["Kassym-Jomart Tokayev", "Emomali Rahmon"]},
                             stands_for={"Kassym-Jomart Tokayev": "KZ", "Emomali Rahmon": "TJ"})
    [*_, concept] = _alternatives(build_search(SearchRequest(query="Tokayev Rahmon"), entities))
    tagged, every, _ = _concept_parts(concept)
    tokayev = {"term": {"persons": "Kassym-Jomart Tokayev"}}
    assert tagged["should"][0] == {"bool": {"should": [tokayev, {"term": {"primary_countries": "KZ"}}]}}
    assert tagged["minimum_should_match"] == 2
    assert every["filter"]["bool"]["filter"] == [tokayev, {"term": {"persons": "Emomali Rahmon"}}]


def test_the_query_s_words_order_articles_of_the_same_tags_without_outweighing_a_tag():
    entities = QueryEntities(concepts={"topics": ["water_environment"]})
    [*_, concept] = _alternatives(build_search(SearchRequest(query="air pollution smog"), entities))
    _, every, words = _concept_parts(concept)
    [as_typed, stems] = [clause["simple_query_string"] for clause in words]
    assert as_typed["query"] == "air pollution smog" and as_typed["default_operator"] == "or"
    assert stems["default_operator"] == "or"
    assert max(as_typed["boost"], stems["boost"]) * 50 < every["boost"]


def test_the_query_s_topic_concepts_order_articles_before_its_words_and_find_the_untagged_ones_last():
    entities = QueryEntities(concepts={"topics": ["energy"]}, topic_concepts=["energy.nuclear_power"])
    *_, concept, named_concept = _alternatives(build_search(SearchRequest(query="nuclear power plant"), entities))
    _, every, [by_concept, *words] = _concept_parts(concept)
    assert by_concept["constant_score"]["filter"] == {"term": {"topic_concepts": "energy.nuclear_power"}}
    assert words[0]["simple_query_string"]["boost"] < by_concept["constant_score"]["boost"] < every["boost"]
    assert named_concept == {"bool": {"should": [by_concept], "minimum_should_match": 1}}


def test_a_query_of_syntax_takes_no_concept_alternative():
    entities = QueryEntities(concepts={"topics": ["energy"]}, topic_concepts=["energy.nuclear_power"])
    alternatives = _alternatives(build_search(SearchRequest(query='"nuclear power"'), entities))
    assert not any("topic_concepts" in json.dumps(alternative) for alternative in alternatives)


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
    assert body["sort"] == [{"published_at": {"order": "desc", "missing": "_last"}}, {"url": "asc"}]


def test_equal_scores_and_dates_are_ordered_by_address():
    assert build_search(SearchRequest(query="x"))["sort"][1:] == build_search(SearchRequest())["sort"]


def test_collapse_facets_histogram_and_highlight():
    body = build_search(SearchRequest(query="x", limit=10_000))
    assert body["collapse"] == {"field": "cluster_id"}
    assert body["size"] == MAX_LIMIT
    assert set(body["aggs"]) == {"countries", "topics", "sources", "languages", "weeks", "stories"}
    assert body["aggs"]["weeks"]["date_histogram"]["calendar_interval"] == "week"
    assert body["highlight"]["encoder"] == "html"
    assert "collapse" not in build_search(SearchRequest(query="x", collapse=False))
