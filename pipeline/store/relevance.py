"""Search relevance against judged queries: our search beside a plain baseline, nDCG@10 and recall@20.

A query file holds one JSON object a line: `qid`, `query`, `lang` and `judgments` (`{"record id": 2 or
1}`; a record not listed is judged 0). The corpus is indexed with `pipeline.store.load`, so hits come back
with the `record_id` the judgments name. The baseline is what a plain search bar gives: one
`multi_match` over title and body. A query is cross-lingual when most of its relevant texts are in
other languages than the query.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.store.query import TIE_BREAK
from pipeline.store.search import SearchRequest, search

NDCG_DEPTH = 10
RECALL_DEPTH = 20


class BadQueries(ValueError):
    """The query file can't be used; the message says which line and why."""


@dataclass
class JudgedQuery:
    qid: str
    query: str
    lang: str
    judgments: dict[str, int]
    cross_lingual: bool = False


@dataclass
class QueryResult:
    qid: str
    query: str
    lang: str
    cross_lingual: bool
    scores: dict[str, dict[str, float]] = field(default_factory=dict)  # system -> {ndcg, recall}


def read_queries(path: Path) -> list[JudgedQuery]:
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            judgments = {str(doc): int(grade) for doc, grade in raw["judgments"].items()}
            queries.append(JudgedQuery(str(raw["qid"]), str(raw["query"]), str(raw.get("lang", "")),
                                       judgments))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise BadQueries(f"{path}:{number}: not a judged query ({error})") from error
    return queries


def mark_cross_lingual(queries: list[JudgedQuery], languages: dict[str, str]) -> None:
    """Flag the queries whose relevant texts are mostly in another language (`languages`: record id ->
    language of the corpus text)."""
    for query in queries:
        relevant = [doc for doc, grade in query.judgments.items() if grade > 0]
        other = sum(1 for doc in relevant if languages.get(doc) not in (None, query.lang))
        query.cross_lingual = bool(relevant) and other > len(relevant) / 2


def ndcg(ranked: list[str], judgments: dict[str, int], depth: int = NDCG_DEPTH) -> float:
    """Normalised discounted cumulative gain, gains 2^grade - 1; 0 when nothing is relevant."""
    def dcg(grades: list[int]) -> float:
        return sum((2 ** grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades[:depth]))

    ideal = dcg(sorted(judgments.values(), reverse=True))
    return dcg([judgments.get(doc, 0) for doc in ranked]) / ideal if ideal else 0.0


def recall(ranked: list[str], judgments: dict[str, int], depth: int = RECALL_DEPTH) -> float:
    relevant = {doc for doc, grade in judgments.items() if grade > 0}
    return len(relevant & set(ranked[:depth])) / len(relevant) if relevant else 0.0


def ours(es: Elasticsearch, alias: str, query: str) -> list[str]:
    response = search(es, SearchRequest(query=query, limit=RECALL_DEPTH), alias=alias)
    return [hit.record_id for hit in response.hits]


def baseline(es: Elasticsearch, alias: str, query: str) -> list[str]:
    result = es.search(index=alias, query={"multi_match": {"query": query, "fields": ["title", "body"]}},
                       size=RECALL_DEPTH, sort=["_score", TIE_BREAK], source={"includes": ["record_id"]})
    return [hit["_source"].get("record_id", "") for hit in result["hits"]["hits"]]


SYSTEMS: dict[str, Callable[[Elasticsearch, str, str], list[str]]] = {"ours": ours, "baseline": baseline}


def evaluate(es: Elasticsearch, alias: str, queries: list[JudgedQuery]) -> list[QueryResult]:
    results = []
    for query in queries:
        result = QueryResult(query.qid, query.query, query.lang, query.cross_lingual)
        for name, system in SYSTEMS.items():
            ranked = system(es, alias, query.query)
            result.scores[name] = {"ndcg": ndcg(ranked, query.judgments), "recall": recall(ranked, query.judgments)}
        results.append(result)
    return results


def _means(results: list[QueryResult]) -> dict[str, dict[str, float]]:
    return {system: {metric: round(sum(r.scores[system][metric] for r in results) / len(results), 4)
                     for metric in ("ndcg", "recall")}
            for system in SYSTEMS} if results else {}


def summarise(results: list[QueryResult]) -> dict:
    """Means over all queries, per query language and over the cross-lingual ones, with ours/baseline."""
    groups = {"all": results, "cross_lingual": [r for r in results if r.cross_lingual]}
    for lang in sorted({r.lang for r in results}):
        groups[f"lang:{lang}"] = [r for r in results if r.lang == lang]
    summary = {}
    for name, members in groups.items():
        means = _means(members)
        if not means:
            continue
        base = means["baseline"]["ndcg"]
        summary[name] = {"queries": len(members), **means,
                         "ndcg_ratio": round(means["ours"]["ndcg"] / base, 3) if base else None}
    return summary
