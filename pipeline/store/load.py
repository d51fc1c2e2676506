"""Articles given as JSON lines, indexed like fetched ones: for evaluation, demos and archives from
other tools (`python -m pipeline index load`).

One record a line: `id`, `title`, `text`, `lang`, and optionally `url`, `published_at` (ISO 8601),
`source` (an outlet name or an object with `name`, `domain`, `country`). A record without `title` takes
the first line of its text as the title (the shape of the tagging sets). Each record is tagged and
de-duplicated like a fetched article and keeps its `id` as `record_id`. A record without a `url` gets
one under the reserved `.invalid` domain, built from its id, so re-loading a file overwrites the same
documents. A bad line is reported with its number and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from elasticsearch import Elasticsearch

from pipeline import dedup
from pipeline.records import Article
from pipeline.store.bulk import write_articles
from pipeline.store.clusters import assign_clusters
from pipeline.store.index import ensure_index
from pipeline.tag import TAGGER_VERSION, tag_article
from pipeline.utc import parse_iso

RECORD_HOST = "record.invalid"
MAX_LINE_BYTES = 2_000_000
MAX_TEXT_CHARS = 200_000
MAX_TITLE_CHARS = 1000
BATCH = 500


class BadRecord(ValueError):
    """A line that can't become an article; the message says why."""


@dataclass
class LoadSummary:
    lines: int = 0
    articles: int = 0
    bad: list[str] = field(default_factory=list)  # "line N: reason"
    indexed: dict = field(default_factory=dict)


def _text(record: dict, name: str, limit: int, required: bool = True) -> str:
    value = record.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise BadRecord(f"`{name}` must be {'non-empty ' if required else ''}text")
    return value[:limit]


def _published(record: dict) -> datetime | None:
    value = record.get("published_at")
    if value in (None, ""):
        return None
    published = parse_iso(str(value))
    if published is None:
        raise BadRecord(f"`published_at` is not an ISO 8601 date: {str(value)[:40]!r}")
    return published


def _source(record: dict, url: str) -> dict:
    given = record.get("source") or {}
    if isinstance(given, str):
        given = {"name": given}
    if not isinstance(given, dict):
        raise BadRecord("`source` must be a name or an object")
    domain = str(given.get("domain") or urlsplit(url).hostname or "")
    return {"name": str(given.get("name") or domain), "domain": domain,
            "country": str(given.get("country") or ""), "feed_url": ""}


def article_from_record(record: object) -> Article:
    """One JSON record as an article, tagged and fingerprinted; BadRecord when it can't be one."""
    if not isinstance(record, dict):
        raise BadRecord("not a JSON object")
    record_id = record.get("id")
    if not isinstance(record_id, str | int) or not str(record_id).strip():
        raise BadRecord("`id` is missing")
    record_id = str(record_id)[:200]
    body = _text(record, "text", MAX_TEXT_CHARS)
    if "title" in record:
        title = _text(record, "title", MAX_TITLE_CHARS)
    else:
        title, _, rest = body.strip().partition("\n")
        title, body = title[:MAX_TITLE_CHARS], rest.strip() or title
    lang = _text(record, "lang", 8, required=False).lower() or None
    url = record.get("url") or f"https://{RECORD_HOST}/{quote(record_id, safe='')}"
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise BadRecord("`url` must be an http(s) address")
    canonical = dedup.canonical_url(url) or url
    return Article(
        id=dedup.document_id(canonical),
        url=url,
        canonical_url=canonical,
        source=_source(record, url),
        title=title,
        body=body,
        language=lang or "",
        published_at=_published(record),
        fetched_at=None,  # never fetched: a load of the same file must leave the same documents
        tags=tag_article(body, title=title, lang=lang),
        fingerprint=dedup.text_fingerprint(body),
        minhash=dedup.minhash_signature(body),
        pipeline={"extractor": "record", "tagger_version": TAGGER_VERSION},
        record_id=record_id,
    )


def read_records(lines: Iterable[str], summary: LoadSummary) -> Iterator[Article]:
    for number, line in enumerate(lines, 1):
        summary.lines += 1
        if not line.strip():
            continue
        try:
            if len(line) > MAX_LINE_BYTES:
                raise BadRecord(f"longer than {MAX_LINE_BYTES} characters")
            yield article_from_record(json.loads(line))
        except json.JSONDecodeError as error:
            summary.bad.append(f"line {number}: not JSON ({error.msg})")
        except BadRecord as error:
            summary.bad.append(f"line {number}: {error}")


def _batches(articles: Iterator[Article]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def load_file(es: Elasticsearch, path: Path, alias: str, quarantine: str, progress=lambda done: None) -> LoadSummary:
    """Index every good record of a JSON-lines file into `alias` (what can't be indexed into `quarantine`);
    the alias is refreshed at the end."""
    summary = LoadSummary()
    ensure_index(es, alias, quarantine)
    totals: dict[str, int] = {}
    with path.open(encoding="utf-8", errors="replace") as lines:
        for batch in _batches(read_records(lines, summary)):
            assign_clusters(es, alias, batch)
            written = write_articles(es, batch, alias, quarantine).as_dict()
            for key, value in written.items():
                if isinstance(value, int):
                    totals[key] = totals.get(key, 0) + value
            summary.articles += len(batch)
            progress(summary.articles)
    es.indices.refresh(index=alias)
    summary.indexed = totals
    return summary
