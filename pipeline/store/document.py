"""From an `Article` record to the Elasticsearch _source (docs/design.md, "The article document")."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from datetime import UTC, datetime

from pipeline.dedup import band_keys
from pipeline.records import Article
from pipeline.sanitise import without_controls
from pipeline.store.morphology import stems
from pipeline.utc import iso_utc

MAX_ID_BYTES = 512  # Elasticsearch's limit on _id
# Body and title are plain text by contract; active markup here means an upstream stage failed.
# Any tag counts: an <img onerror=...> or <a href=...> in a title is as active as a <script>.
# One run of spaces and slashes after the bracket, not two: "<" before a long run of spaces is read once, not once for
# every way of sharing the run between two.
ACTIVE_MARKUP = re.compile(r"<[\s/]*[a-z!?][^<>]*>|<\s*(script|style|iframe|svg)\b|javascript:|vbscript:", re.I)
# Fields that change on every write and so must not decide whether content changed.
VOLATILE_FIELDS = ("indexed_at", "content_hash")


class InvalidArticle(ValueError):
    """The article can't become a document; the message is the quarantine reason."""


def _utc_iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidArticle(f"date is not a datetime: {value!r}")
    return iso_utc(value)


def holds_markup(text: str) -> bool:
    """The text holds a tag or a script's address: plain text by contract, so a stage before this one failed."""
    return ACTIVE_MARKUP.search(text) is not None


def _check(article: Article) -> None:
    if not article.id or len(article.id.encode()) > MAX_ID_BYTES:
        raise InvalidArticle("id is empty or longer than 512 bytes")
    if not article.url.startswith(("http://", "https://")):
        raise InvalidArticle(f"url is not http(s): {article.url[:200]!r}")
    for name in ("title", "body"):
        text = getattr(article, name)
        if not isinstance(text, str):
            raise InvalidArticle(f"{name} is not text")
        if holds_markup(text):
            raise InvalidArticle(f"{name} contains markup or script")


def content_hash(source: dict) -> str:
    """A digest of everything that describes the article (not when it was written)."""
    stable = {key: value for key, value in source.items() if key not in VOLATILE_FIELDS}
    encoded = json.dumps(stable, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def to_source(article: Article, indexed_at: datetime | None = None) -> dict:
    """The _source for `article`: tags flattened to top-level fields, dates in UTC, a content hash.

    Raises InvalidArticle when the record breaks the document contract (bad id or url, markup in text).
    """
    _check(article)
    tags = asdict(article.tags)
    source = {
        "url": article.url,
        "canonical_url": article.canonical_url or article.url,
        "source": dict(article.source),
        "title": without_controls(article.title),
        "body": without_controls(article.body),
        "stems": {"title": stems(article.title, article.language), "body": stems(article.body, article.language)},
        "language": article.language or None,
        "published_at": _utc_iso(article.published_at),
        "fetched_at": _utc_iso(article.fetched_at),
        **{name: sorted(set(values)) for name, values in tags.items() if isinstance(values, list)},
        "central_asia": bool(tags["central_asia"]),
        # Every article is its own cluster unless dedup says otherwise, so collapsing never merges strangers.
        "cluster_id": article.cluster_id or article.id,
        "duplicate_of": article.duplicate_of or None,
        "dedup": {
            "fingerprint": article.fingerprint or None,
            "bands": band_keys(article.minhash) if article.minhash else [],
            "signature": list(article.minhash),
        },
        "pipeline": dict(article.pipeline),
    }
    if article.record_id:
        source["record_id"] = article.record_id
    try:
        source["content_hash"] = content_hash(source)
    except TypeError as error:  # e.g. a datetime or bytes left in `source` or `pipeline`
        raise InvalidArticle(f"not JSON-serialisable: {error}") from error
    source["indexed_at"] = _utc_iso(indexed_at or datetime.now(UTC))
    return source
