"""`python -m pipeline bench search`: latency of `pipeline.store.search` over 100,000 synthetic articles.

The articles are loaded once (bulk, refresh disabled, one refresh at the end). 200 queries mix what
analysts type (names in English and Russian, topics, phrases, AND/OR/NOT, prefixes, empty queries) with
filters (country, topic, language, date range); each is timed end to end through the client, after a
warm-up. The target is p95 < 50 ms on the local node, with the stems fields in use.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from elasticsearch import Elasticsearch

from pipeline.bench.index import COUNTRIES, PERSONS, SUBJECTS, TOPICS, realistic_articles
from pipeline.store import index
from pipeline.store.bulk import write_sources
from pipeline.store.document import to_source
from pipeline.store.search import SearchRequest, search

WARM_UP = 20
PHRASES = ['"Middle Corridor"', '"strategic partnership"', '"Средний коридор"', '"трудовая миграция"']
BOOLEAN = ["Tokayev AND Putin", "uranium OR gas", "pipeline NOT Russia", "Mirziyoyev OR Japarov",
           "Токаев AND Путин", "rail* AND transit"]
PREFIXES = ["migra*", "invest*", "миграц*", "газопровод*", "secur*"]


def _text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return " ".join(rng.choice(PERSONS[c])[:40] for c in rng.sample(sorted(PERSONS), rng.randint(1, 2)))
    if kind < 0.55:
        words = rng.choice(list(SUBJECTS[rng.choice(["en", "ru"])].values())).split()
        return " ".join(rng.sample(words, min(len(words), rng.randint(1, 3))))
    if kind < 0.65:
        return rng.choice(PHRASES)
    if kind < 0.8:
        return rng.choice(BOOLEAN)
    if kind < 0.9:
        return rng.choice(PREFIXES)
    return ""


def query_mix(count: int, seed: int = 11) -> list[SearchRequest]:
    rng = random.Random(seed)
    requests = []
    for _ in range(count):
        since = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600)) if rng.random() < 0.4 else None
        requests.append(SearchRequest(
            query=_text(rng),
            countries=[rng.choice(COUNTRIES)] if rng.random() < 0.5 else [],
            topics=[rng.choice(TOPICS)] if rng.random() < 0.3 else [],
            languages=[rng.choice(["en", "ru"])] if rng.random() < 0.2 else [],
            since=since,
            until=since + timedelta(days=rng.choice([7, 30, 90])) if since else None,
            limit=rng.choice([10, 20, 50]),
        ))
    return requests


def load(es: Elasticsearch, alias: str, docs: int) -> float:
    """Index `docs` synthetic articles with refresh off, then refresh once; returns seconds taken."""
    started = time.perf_counter()
    concrete = index.ensure_index(es, alias, f"{alias}-quarantine")
    es.indices.put_settings(index=concrete, settings={"refresh_interval": "-1"})
    pairs = ((article.id, to_source(article)) for article in realistic_articles(docs, seed=3))
    summary = write_sources(es, pairs, target=concrete, quarantine=f"{alias}-quarantine", skip=None)
    es.indices.put_settings(index=concrete, settings={"refresh_interval": None})
    es.indices.refresh(index=concrete)
    if summary.quarantined:
        raise RuntimeError(f"synthetic documents were refused: {list(summary.reasons.items())[:3]}")
    return time.perf_counter() - started


def _percentile(values: Sequence[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run(es: Elasticsearch, docs: int = 100_000, queries: int = 200, keep: bool = False) -> dict:
    alias = f"bench-search-{uuid.uuid4().hex[:8]}"
    try:
        load_s = load(es, alias, docs)
        mix = query_mix(queries)
        for request in mix[:WARM_UP]:
            search(es, request, alias=alias)
        wall, took, hits = [], [], 0
        for request in mix:
            started = time.perf_counter()
            response = search(es, request, alias=alias)
            wall.append((time.perf_counter() - started) * 1000)
            took.append(response.took_ms)
            hits += bool(response.hits)
    finally:
        if not keep:
            index.delete_all(es, alias)
    return {
        "documents": docs,
        "queries": queries,
        "queries_with_hits": hits,
        "load_s": round(load_s, 1),
        "latency_ms": {f"p{q}": round(_percentile(wall, q), 1) for q in (50, 95, 99)},
        "server_took_ms": {f"p{q}": round(_percentile(took, q), 1) for q in (50, 95, 99)},
        "target_p95_ms": 50,
    }
