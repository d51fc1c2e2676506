"""The bulk writer: upserts by _id, skips what hasn't changed, retries transient errors, quarantines the rest.

The writer owns its batching (bounded by document count and bytes) because it first asks, per batch, which
documents differ from what is stored (one mget of their content hashes): a re-run of the same articles sends
nothing and reports them unchanged. The same mget tells whose a stored document is: one outlet's article is
never replaced by another outlet's (quarantined instead), since the node has no scripts to check on write.
Documents are serialised once, for both the byte bound and the request.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime
from typing import Any, cast

from elasticsearch import Elasticsearch

from pipeline.outlet import outlet_of_host
from pipeline.records import Article
from pipeline.store.document import InvalidArticle, to_source

log = logging.getLogger(__name__)

CHUNK_DOCS = 500
CHUNK_BYTES = 8 * 1024 * 1024
MAX_DOC_BYTES = 4 * 1024 * 1024  # a news article is far smaller; anything bigger is broken input
TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})
MAX_ATTEMPTS = 5
INITIAL_BACKOFF_S = 0.5
MAX_BACKOFF_S = 30.0
QUARANTINE_TEXT_CHARS = 20_000  # how much of an oversize document the quarantine keeps

# Decides from the stored document (None when missing) and the new one whether to leave the stored one be.
SkipRule = Callable[[dict | None, dict], bool]


def skip_if_unchanged(stored: dict | None, new: dict) -> bool:
    return stored is not None and stored.get("content_hash") == new.get("content_hash")


def skip_if_not_newer(stored: dict | None, new: dict) -> bool:
    return stored is not None and stored.get("indexed_at", "") >= new.get("indexed_at", "")


@dataclass
class WriteSummary:
    """What a write did with each document; every document lands in exactly one count."""

    indexed: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    reasons: dict[str, str] = field(default_factory=dict)  # document id -> why it was quarantined

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Pending:
    doc_id: str
    source: dict
    encoded: str


class _Writer:
    """One write into `target`: batches, the unchanged check, retries, and the rejections it collects."""

    def __init__(self, es: Elasticsearch, target: str, quarantine: str, skip: SkipRule | None):
        self.es, self.target, self.quarantine, self.skip = es, target, quarantine, skip
        self.summary = WriteSummary()
        self.rejected: list[dict] = []

    def reject(self, doc_id: str, reason: str, document: dict, error_type: str, status: int = 0) -> None:
        self.summary.quarantined += 1
        self.summary.reasons[doc_id] = reason
        self.rejected.append({
            "doc_id": doc_id, "alias": self.target, "reason": reason, "error_type": error_type,
            "status": status, "quarantined_at": datetime.now(UTC).isoformat(), "document": document,
        })

    def batches(self, pairs: Iterable[tuple[str, dict]]) -> Iterator[list[_Pending]]:
        batch: list[_Pending] = []
        size = 0
        for doc_id, source in pairs:
            encoded = json.dumps(source, ensure_ascii=False, separators=(",", ":"))
            length = len(encoded.encode())
            if length > MAX_DOC_BYTES:
                self.reject(doc_id, f"document of {length} bytes exceeds the {MAX_DOC_BYTES} byte limit",
                            _trimmed(source), "oversize")
                continue
            if batch and (len(batch) >= CHUNK_DOCS or size + length > CHUNK_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(_Pending(doc_id, source, encoded))
            size += length
        if batch:
            yield batch

    def changed(self, batch: list[_Pending]) -> list[_Pending]:
        """The documents of the batch to send: not another outlet's stored document, and not unchanged."""
        if self.skip is None:
            return batch
        stored = self.es.mget(index=self.target, ids=[item.doc_id for item in batch],
                              source_includes=["content_hash", "indexed_at", "source.domain"])["docs"]
        found = {doc["_id"]: doc.get("_source", {}) for doc in stored if doc.get("found")}
        keep = []
        for item in batch:
            before = found.get(item.doc_id)
            if before is not None and _outlet(before) and _outlet(before) != _outlet(item.source):
                self.reject(item.doc_id, f"document {item.doc_id} belongs to outlet {_outlet(before)!r}, "
                            f"not {_outlet(item.source)!r}", _trimmed(item.source), "other_outlet")
            elif self.skip(before, item.source):
                self.summary.unchanged += 1
            else:
                keep.append(item)
        return keep

    def send(self, batch: list[_Pending]) -> None:
        """Index the batch, retrying only the items that failed transiently, with exponential backoff."""
        for attempt in range(MAX_ATTEMPTS):
            if not batch:
                return
            operations = []
            for item in batch:
                operations += [json.dumps({"index": {"_id": item.doc_id}}), item.encoded]
            # Lines already encoded (their size decided the batch): the client's NDJSON serializer sends
            # strings as they are, though its signature names only mappings.
            items = self.es.bulk(index=self.target, operations=cast(list[Mapping[str, Any]], operations))["items"]
            retry = []
            for item, outcome in zip(batch, items, strict=True):
                result = outcome["index"]
                status = result.get("status", 0)
                if "error" not in result:
                    if result.get("result") == "created":
                        self.summary.indexed += 1
                    else:
                        self.summary.updated += 1
                elif status in TRANSIENT_STATUSES and attempt + 1 < MAX_ATTEMPTS:
                    retry.append(item)
                else:
                    error = result["error"]
                    self.reject(item.doc_id, f"{error.get('type')}: {error.get('reason')}", item.source,
                                error.get("type", "error"), status)
            if retry:
                delay = min(INITIAL_BACKOFF_S * 2**attempt, MAX_BACKOFF_S)
                log.warning("%d documents rejected transiently; retrying in %.1fs", len(retry), delay)
                time.sleep(delay)
            batch = retry

    def flush_quarantine(self) -> None:
        """Store the rejected documents, retrying transient refusals (429, 503) with backoff like the
        articles; failing to store them raises, since nothing may vanish silently."""
        pending = self.rejected
        for attempt in range(MAX_ATTEMPTS):
            if not pending:
                break
            operations = []
            for record in pending:
                operations += [{"index": {"_id": _quarantine_id(record)}}, record]
            items = self.es.bulk(index=self.quarantine, operations=operations)["items"]
            outcomes = [item["index"] for item in items]
            failed = [o["error"] for o in outcomes if "error" in o and o.get("status") not in TRANSIENT_STATUSES]
            pending = [record for record, o in zip(pending, outcomes, strict=True) if "error" in o
                       and o.get("status") in TRANSIENT_STATUSES]
            if failed or (pending and attempt + 1 == MAX_ATTEMPTS):
                errors = failed + [{"type": "still refused after retries"}] * len(pending)
                raise RuntimeError(f"could not quarantine {len(errors)} documents: {errors[:3]}")
            if pending:
                time.sleep(min(INITIAL_BACKOFF_S * 2**attempt, MAX_BACKOFF_S))
        self.rejected.clear()


def _outlet(source: dict) -> str:
    """The outlet a stored or new document came from ("" for a document that doesn't say)."""
    return outlet_of_host((source.get("source") or {}).get("domain", ""))


def _quarantine_id(record: dict) -> str:
    """Same document, same reason, same quarantine entry: re-runs don't pile up copies."""
    key = json.dumps([record["doc_id"], record["reason"], record["document"]], sort_keys=True, default=str)
    return hashlib.sha256(key.encode()).hexdigest()


def _trimmed(source: dict) -> dict:
    return {
        "url": source.get("url"),
        "title": str(source.get("title", ""))[:1000],
        "body_head": str(source.get("body", ""))[:QUARANTINE_TEXT_CHARS],
    }


def _run(writer: _Writer, pairs: Iterable[tuple[str, dict]], refresh: bool) -> WriteSummary:
    for batch in writer.batches(pairs):
        writer.send(writer.changed(batch))
        writer.flush_quarantine()
    writer.flush_quarantine()  # rejections seen after the last batch
    if refresh:
        writer.es.indices.refresh(index=writer.target)
    done = writer.summary
    log.info("index %s: %d indexed, %d updated, %d unchanged, %d quarantined", writer.target, done.indexed,
             done.updated, done.unchanged, done.quarantined)
    return done


def write_sources(es: Elasticsearch, pairs: Iterable[tuple[str, dict]], target: str,
                  quarantine: str, skip: SkipRule | None = skip_if_unchanged,
                  refresh: bool = False) -> WriteSummary:
    """Write (id, _source) pairs into `target` (an alias or index); see `write_articles`."""
    return _run(_Writer(es, target, quarantine, skip), pairs, refresh)


def quarantine(es: Elasticsearch, rejected: Iterable, alias: str, index: str) -> int:
    """Record items that never became documents (`pipeline.process.Rejected`: url, reason, archive_ref)
    in the quarantine `index`, each naming the article `alias` it was meant for.

    Returns how many were recorded; raises if the quarantine index can't take them.
    """
    writer = _Writer(es, alias, index, None)
    for item in rejected:
        record = asdict(item) if is_dataclass(item) and not isinstance(item, type) else dict(item)
        writer.reject(str(record.get("url", "")), str(record.get("reason", "")), record, "rejected")
    writer.flush_quarantine()
    log.info("quarantine %s: %d rejected items recorded", writer.quarantine, writer.summary.quarantined)
    return writer.summary.quarantined


def write_articles(es: Elasticsearch, articles: Iterable[Article], alias: str, quarantine: str,
                   refresh: bool = False) -> WriteSummary:
    """Upsert articles by id into the alias and say what happened to each.

    Unchanged articles (same content hash as stored) are not rewritten. Articles that can't become a
    document, are too big, or that Elasticsearch refuses (mapping errors, unknown fields) go to the
    quarantine index with the reason. Transient refusals (429, 503) are retried with backoff; connection
    errors are retried by the client and raise if they persist, so the caller's task fails and is retried
    rather than losing documents.
    """
    writer = _Writer(es, alias, quarantine, skip_if_unchanged)
    indexed_at = datetime.now(UTC)

    def sources() -> Iterator[tuple[str, dict]]:
        for article in articles:
            try:
                yield article.id, to_source(article, indexed_at)
            except InvalidArticle as error:
                document = {"url": str(article.url), "title": str(article.title)[:1000]}
                writer.reject(article.id or str(article.url), str(error), document, "invalid_article")

    return _run(writer, sources(), refresh)
