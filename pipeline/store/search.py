"""Running a search: entities resolved, the request built (`query`), the response made into plain records."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from elasticsearch import Elasticsearch

from pipeline.store.entities import resolve_entities
from pipeline.store.query import FACETS, SearchRequest, build_search

__all__ = ["SearchHit", "SearchRequest", "SearchResponse", "search"]

# A query that takes longer on a shard answers with what it found by then (`timed_out` says so); the
# request itself is abandoned a little later and not retried, so a costly query can't run three times.
SHARD_TIMEOUT_S = 5
REQUEST_TIMEOUT_S = 10


@dataclass
class SearchHit:
    id: str
    score: float | None
    title: str  # highlighted, HTML-escaped with <mark> around matches
    url: str
    source: str
    language: str
    published_at: str | None
    countries: list[str]
    topics: list[str]
    persons: list[str]
    snippets: list[str]  # HTML-escaped with <mark> around matches
    record_id: str = ""  # the caller's id of an article loaded from JSON lines


@dataclass
class SearchResponse:
    total: int  # matching articles, copies included
    total_is_exact: bool
    stories: int | None  # matching near-duplicate clusters (approximate), when copies are collapsed
    took_ms: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]]
    weeks: list[tuple[str, int]]  # (week start date, articles)
    expanded: dict[str, list[str]] = field(default_factory=dict)  # entities the query was expanded with
    timed_out: bool = False  # some shard ran out of time: the hits and counts are partial


def _hit(raw: dict) -> SearchHit:
    source, highlight = raw["_source"], raw.get("highlight", {})
    outlet = source.get("source") or {}
    return SearchHit(
        id=raw["_id"],
        score=raw.get("_score"),
        title=(highlight.get("title") or [escape(source.get("title", ""), quote=False)])[0],
        url=source.get("url", ""),
        source=outlet.get("name") or outlet.get("domain") or "",
        language=source.get("language") or "",
        published_at=source.get("published_at"),
        countries=source.get("countries", []),
        topics=source.get("topics", []),
        persons=source.get("persons", []),
        snippets=highlight.get("body", []),
        record_id=source.get("record_id") or "",
    )


def search(es: Elasticsearch, request: SearchRequest, alias: str) -> SearchResponse:
    entities = resolve_entities(request.query)
    bounded = es.options(request_timeout=REQUEST_TIMEOUT_S, retry_on_timeout=False)
    result = bounded.search(index=alias, timeout=f"{SHARD_TIMEOUT_S}s", **build_search(request, entities))
    aggs = result["aggregations"]
    total = result["hits"]["total"]
    return SearchResponse(
        total=total["value"],
        total_is_exact=total["relation"] == "eq",
        stories=aggs["stories"]["value"] if "stories" in aggs else None,
        took_ms=result["took"],
        hits=[_hit(raw) for raw in result["hits"]["hits"]],
        facets={name: [(b["key"], b["doc_count"]) for b in aggs[name]["buckets"]] for name in FACETS},
        weeks=[(b["key_as_string"][:10], b["doc_count"]) for b in aggs["weeks"]["buckets"]],
        expanded=entities.named,
        timed_out=bool(result.get("timed_out")),
    )
