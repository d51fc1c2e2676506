"""Near-duplicate clusters across runs: candidates come from the index through shared LSH band keys.

A batch is assigned in publication order. Each article's candidates are the stored
documents that share a band key with it (one msearch per chunk) plus the articles
of the same batch already assigned; `pipeline.dedup.assign_cluster` decides.
"""

from __future__ import annotations

from datetime import datetime

from elasticsearch import Elasticsearch, NotFoundError

from pipeline.dedup import Candidate, NearDuplicateIndex, assign_cluster, band_keys, publication_order
from pipeline.records import Article

CANDIDATES_PER_ARTICLE = 20
LOOKUP_CHUNK = 100


def _stored_candidates(es: Elasticsearch, alias: str, articles: list[Article]) -> list[list[Candidate]]:
    searches: list[dict] = []
    for article in articles:
        searches += [{"index": alias}, {
            "size": CANDIDATES_PER_ARTICLE,
            "query": {"bool": {
                "filter": [{"terms": {"dedup.bands": band_keys(article.minhash)}}],
                "must_not": [{"ids": {"values": [article.id]}}],
            }},
            "_source": ["published_at", "cluster_id", "dedup.signature"],
        }]
    try:
        responses = es.msearch(searches=searches)["responses"]
    except NotFoundError:  # no index yet: nothing stored to compare with
        return [[] for _ in articles]
    return [[_candidate(hit) for hit in response.get("hits", {}).get("hits", [])] for response in responses]


def _candidate(hit: dict) -> Candidate:
    source = hit["_source"]
    published = source.get("published_at")
    return Candidate(
        doc_id=hit["_id"],
        signature=source.get("dedup", {}).get("signature") or [],
        published_at=datetime.fromisoformat(published) if published else None,
        cluster_id=source.get("cluster_id") or hit["_id"],
    )


def assign_clusters(es: Elasticsearch, alias: str, articles: list[Article]) -> None:
    """Set cluster_id and duplicate_of on every article with a signature."""
    ordered = sorted((a for a in articles if a.minhash), key=lambda a: publication_order(a.published_at, a.id))
    batch = NearDuplicateIndex()
    for start in range(0, len(ordered), LOOKUP_CHUNK):
        chunk = ordered[start:start + LOOKUP_CHUNK]
        for article, stored in zip(chunk, _stored_candidates(es, alias, chunk), strict=True):
            candidates = stored + batch.candidates(article.minhash)
            cluster = assign_cluster(article.id, article.minhash, article.published_at, candidates)
            article.cluster_id, article.duplicate_of = cluster.cluster_id, cluster.duplicate_of
            batch.remember(Candidate(article.id, article.minhash, article.published_at, cluster.cluster_id))
