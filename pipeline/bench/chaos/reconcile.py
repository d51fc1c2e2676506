"""Reconciling an index with what the feeds published: missing, duplicated, corrupted, unsafe."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from elasticsearch import Elasticsearch, helpers

from pipeline.bench.chaos.runner import Run
from pipeline.bench.chaos.sites import PublishedArticle

UNSAFE = re.compile(r"<\s*/?\s*[a-z!][^>]*>|javascript:|\bon[a-z]+\s*=|data:text/html", re.I)
STUB_REASON = "extracted body too short"
BUDGET_REASON = "over the processing budget"


@dataclass
class Reconciliation:
    published: int = 0
    indexed: int = 0
    quarantined: dict[str, int] = field(default_factory=dict)  # reason -> count
    missing: int = 0
    duplicated: int = 0
    corrupted: int = 0
    unsafe: int = 0
    unexpected: int = 0  # documents whose URL no feed published
    examples: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # the scenario's own checks that did not hold

    @property
    def ok(self) -> bool:
        problems = self.missing or self.duplicated or self.corrupted or self.unsafe or self.unexpected
        return not problems and not self.failures


def strings_in(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def _norm(text: str) -> str:
    return " ".join(text.split())


def reconcile(es: Elasticsearch, run: Run, published: list[PublishedArticle]) -> Reconciliation:
    """Every published article exactly once, intact and safe; stubs in quarantine with their reason."""
    es.indices.refresh(index=f"{run.prefix}-*", ignore_unavailable=True, allow_no_indices=True)
    result = Reconciliation(published=len(published))
    by_url: dict[str, list[dict]] = {}
    for hit in helpers.scan(es, index=run.alias, query={"query": {"match_all": {}}}, size=1000):
        by_url.setdefault(hit["_source"].get("url", ""), []).append(hit["_source"])
    expected = {article.url: article for article in published}
    quarantined_urls = set()
    quarantine = run.quarantine
    if es.indices.exists(index=quarantine):
        reasons = {}  # one reason per quarantined URL: two runs may each record the same page
        for hit in helpers.scan(es, index=quarantine, query={"query": {"match_all": {}}}, size=1000):
            record = hit["_source"]
            url = record.get("url") or (record.get("document") or {}).get("url", "")
            quarantined_urls.add(url)
            reasons[url] = str(record.get("reason", "?")).split("(")[0].strip()
        result.quarantined = dict(Counter(reasons.values()))

    def problem(kind: str, detail: str) -> None:
        setattr(result, kind, getattr(result, kind) + 1)
        if len(result.examples) < 10:
            result.examples.append(f"{kind}: {detail[:200]}")

    for url, docs in by_url.items():
        article = expected.get(url)
        if article is None:
            problem("unexpected", url)
            continue
        result.indexed += 1
        if len(docs) > 1:
            problem("duplicated", f"{url} x{len(docs)}")
        doc = docs[0]
        body = _norm(doc.get("body", ""))
        if _norm(doc.get("title", "")) != _norm(article.title) or not all(
            _norm(p) in body for p in article.paragraphs
        ):
            problem("corrupted", f"{url}: title {doc.get('title', '')[:60]!r}")
        unsafe = [match.group(0) for s in strings_in(doc) if (match := UNSAFE.search(s))]
        if unsafe:
            problem("unsafe", f"{url}: {unsafe[0]!r}")
    for article in published:
        if article.url not in by_url and not (article.stub and article.url in quarantined_urls):
            problem("missing", article.url)
    return result
