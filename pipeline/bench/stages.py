"""`python -m pipeline bench stages`: CPU time per article of each processing stage, and bytes stored.

The pages are the synthetic articles of the end-to-end benchmark (five paragraphs of regional news
vocabulary), archived into a scratch archive and indexed into a scratch alias. Every stage is timed
with the process's CPU clock, after one untimed page so that one-off set-up (see `bench startup`) is
not counted: extraction, tagging, de-duplication (canonical id, fingerprint, MinHash), clustering
(candidate lookup in the index) and the bulk write (client side: building and sending documents; the
node's own CPU is not in it). Bytes: archive file size and the primary store size of the index, per
article. The baseline is the whole `jobs.process` call on the same pages, CPU and wall clock, in the
same process.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from unittest.mock import patch


def run(es, pages: int = 400, progress=print) -> dict:
    from pipeline import dedup, jobs
    from pipeline.archive import Archive
    from pipeline.bench.startup import synthetic_pages
    from pipeline.extract import extract_article
    from pipeline.store import index
    from pipeline.store.bulk import write_articles
    from pipeline.store.clusters import assign_clusters
    from pipeline.store.index import ensure_index
    from pipeline.tag import tag_article

    workdir = Path(tempfile.mkdtemp(prefix="canews-bench-stages-"))
    prefix = f"bench-stages-{uuid.uuid4().hex[:6]}"
    settings = {"NEWS_INDEX": f"{prefix}-articles", "NEWS_QUARANTINE_INDEX": f"{prefix}-quarantine",
                "NEWS_ARCHIVE": str(workdir / "archive")}
    cpu = {"extract": 0.0, "dedup": 0.0, "tag": 0.0, "cluster": 0.0, "index": 0.0}

    def timed(stage: str, call):
        started = time.process_time()
        result = call()
        cpu[stage] += time.process_time() - started
        return result

    try:
        with patch.dict(os.environ, settings):
            fetched = datetime(2026, 3, 1, 12, tzinfo=UTC)
            archive = Archive(settings["NEWS_ARCHIVE"])
            files = archive.write(synthetic_pages(0, fetched, pages))
            archive_bytes = sum(archive.fs.size(f"{archive.root}/{archive.relative_name(f)}") for f in files)
            read = list(archive.read(files))
            progress(f"{len(read)} pages archived; warming up on one page")
            warm = extract_article(read[0].body, url=read[0].url)
            tag_article(warm.body, title=warm.title, lang="en")
            dedup.minhash_signature(warm.body)

            articles = []
            for page in read:
                extracted = timed("extract", lambda: extract_article(page.body, url=page.final_url))  # noqa: B023
                tags = timed("tag", lambda: tag_article(extracted.body, title=extracted.title, lang="en"))  # noqa: B023
                articles.append(timed("dedup", lambda: _article(page, extracted, tags)))  # noqa: B023
            alias = settings["NEWS_INDEX"]
            quarantine = settings["NEWS_QUARANTINE_INDEX"]
            ensure_index(es, alias, quarantine)
            timed("cluster", lambda: assign_clusters(es, alias, articles))
            timed("index", lambda: write_articles(es, articles, alias, quarantine, refresh=True))
            index_bytes = es.indices.stats(index=alias, metric="store")["_all"]["primaries"]["store"]["size_in_bytes"]
            count = es.count(index=alias)["count"]

            progress("baseline: jobs.process on the same pages, into a second alias")
            cpu_started, wall_started = time.process_time(), time.perf_counter()
            jobs.process(files, alias=f"{prefix}-baseline")
            baseline = {"cpu_s": round(time.process_time() - cpu_started, 2),
                        "wall_s": round(time.perf_counter() - wall_started, 2)}
    finally:
        index.delete_all(es, prefix)
        shutil.rmtree(workdir, ignore_errors=True)
    per_article = {stage: round(1000 * seconds / len(read), 2) for stage, seconds in cpu.items()}
    return {
        "pages": len(read),
        "indexed": count,
        "cpu_ms_per_article": per_article,
        "cpu_ms_per_article_total": round(sum(per_article.values()), 2),
        "archive_bytes_per_article": round(archive_bytes / len(read)),
        "index_bytes_per_article": round(index_bytes / max(count, 1)),
        "baseline_process": {**baseline, "cpu_ms_per_article": round(1000 * baseline["cpu_s"] / len(read), 2)},
        "ratio_stages_to_baseline_cpu": round(sum(cpu.values()) / max(baseline["cpu_s"], 1e-9), 2),
    }


def _article(page, extracted, tags):
    from pipeline import dedup
    from pipeline.records import Article

    canonical = dedup.canonical_url(page.final_url)
    source = {"name": page.feed.name, "domain": page.feed.domain, "country": "KZ", "feed_url": page.feed.url}
    return Article(id=dedup.document_id(canonical), url=page.url, canonical_url=canonical, source=source,
                   title=extracted.title, body=extracted.body, language="en", published_at=page.entry.published_at,
                   fetched_at=page.fetched_at, tags=tags, fingerprint=dedup.text_fingerprint(extracted.body),
                   minhash=dedup.minhash_signature(extracted.body))
