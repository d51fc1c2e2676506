"""The relevance measures and the query file of `eval search`."""

import math

import pytest

from pipeline.store.relevance import BadQueries, JudgedQuery, mark_cross_lingual, ndcg, read_queries, recall


def test_ndcg_is_one_for_the_ideal_order_and_less_otherwise():
    judgments = {"a": 2, "b": 1}
    assert ndcg(["a", "b", "x"], judgments) == 1.0
    swapped = ndcg(["b", "a"], judgments)
    expected = (1 + 3 / math.log2(3)) / (3 + 1 / math.log2(3))
    assert swapped == pytest.approx(expected)
    assert ndcg(["x", "y"], judgments) == 0.0
    assert ndcg(["a"], {}) == 0.0


def test_ndcg_counts_only_the_first_ten():
    assert ndcg([f"x{i}" for i in range(10)] + ["a"], {"a": 2}) == 0.0


def test_recall_at_twenty():
    assert recall(["a", "x"], {"a": 1, "b": 2, "c": 0}) == 0.5
    assert recall([f"x{i}" for i in range(20)] + ["a"], {"a": 1}) == 0.0


def test_a_query_is_cross_lingual_when_most_relevant_texts_are_in_other_languages():
    queries = [JudgedQuery("1", "water", "en", {"a": 2, "b": 1, "c": 1}),
               JudgedQuery("2", "water", "en", {"a": 2, "d": 1})]
    mark_cross_lingual(queries, {"a": "en", "b": "ru", "c": "kk", "d": "en"})
    assert [q.cross_lingual for q in queries] == [True, False]


def test_query_file_errors_name_the_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"qid": "1", "query": "x", "lang": "en", "judgments": {"a": 2}}\n{"qid": "2"}\n')
    with pytest.raises(BadQueries, match=":2:"):
        read_queries(path)
    path.write_text('{"qid": "1", "query": "x", "lang": "en", "judgments": {"a": "2"}}\n')
    assert read_queries(path)[0].judgments == {"a": 2}
