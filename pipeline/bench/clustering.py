"""Near-duplicate assignment within one batch, on templated text.

Outlets that write from templates (and the synthetic outlets of the fault-injection benchmark) give
an article hundreds of earlier articles of the same batch sharing an LSH band key with it; each must
be compared before the article's cluster is decided. The figure is the CPU time to assign a batch in
publication order with `pipeline.dedup.NearDuplicateIndex`; the baseline, in the same process on the
same signatures, compares every candidate on its own (`pipeline.dedup.similarity`, the way
assignment used to), and both must give the same clusters.
"""

from __future__ import annotations

import random
import time

from pipeline.bench.chaos.sites import synthetic_paragraphs
from pipeline.dedup import (
    SIMILARITY_THRESHOLD,
    Candidate,
    NearDuplicateIndex,
    assign_cluster,
    minhash_signature,
    similarity,
)


def _assign(signatures: list[list[int]], one_by_one: bool) -> tuple[list[str], float, int]:
    """Cluster ids in order, CPU seconds, and the candidates compared."""
    batch, clusters, compared = NearDuplicateIndex(), [], 0
    started = time.process_time()
    for number, signature in enumerate(signatures):
        doc_id = f"article-{number:06d}"
        candidates = batch.candidates(signature)
        compared += len(candidates)
        if one_by_one:  # keep only the similar ones first, comparing each pair on its own
            candidates = [c for c in candidates if similarity(signature, c.signature) >= SIMILARITY_THRESHOLD]
        cluster = assign_cluster(doc_id, signature, None, candidates)
        batch.remember(Candidate(doc_id, signature, None, cluster.cluster_id))
        clusters.append(cluster.cluster_id)
    return clusters, time.process_time() - started, compared


def run(articles: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    signatures = [minhash_signature(" ".join(synthetic_paragraphs(rng, 5))) for _ in range(articles)]
    clusters, seconds, compared = _assign(signatures, one_by_one=False)
    baseline_clusters, baseline_seconds, _ = _assign(signatures, one_by_one=True)
    if clusters != baseline_clusters:
        raise AssertionError("array comparison and pair-by-pair comparison gave different clusters")
    return {"articles": articles, "candidates_per_article": round(compared / articles, 1),
            "clusters": len(set(clusters)), "cpu_s": round(seconds, 3), "baseline_cpu_s": round(baseline_seconds, 3),
            "ratio": round(seconds / baseline_seconds, 3)}
