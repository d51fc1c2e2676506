"""The article mapping: explicit fields, unknown fields rejected, language sub-fields where the cluster can.

Top-level `dynamic: strict` makes a document with a field we don't know fail loudly; the bulk writer then
puts it in quarantine with Elasticsearch's reason. Only `pipeline` (provenance notes) accepts extra keys,
which are kept in _source without being indexed.

Language analyzers (english, russian) live in the analysis-common module, which full distributions have and
the minimal local node lacks; `available_analyzers` asks the cluster instead of guessing.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import BadRequestError, Elasticsearch

from pipeline.store import INDEX_SETTINGS

SCHEMA_VERSION = 4
# Sub-field name -> built-in analyzer; only the ones the cluster has end up in the mapping.
LANGUAGE_ANALYZERS = {"en": "english", "ru": "russian"}
TAG_FIELDS = ("countries", "primary_countries", "topics", "persons", "organizations", "regions", "topic_concepts")
TITLE_KEYWORD_MAX = 512

KEYWORD = {"type": "keyword"}
DATE = {"type": "date"}


def available_analyzers(es: Elasticsearch, index: str | None = None) -> list[str]:
    """Language sub-fields whose analyzer exists on this cluster: ["en", "ru"], or [] on a minimal node.

    Asked through `index` when given: on a secured cluster that needs a privilege on that index only,
    where asking the cluster at large needs the cluster-wide `manage`.
    """
    found = []
    for subfield, analyzer in LANGUAGE_ANALYZERS.items():
        try:
            es.indices.analyze(index=index, analyzer=analyzer, text="test")
        except BadRequestError:
            continue
        found.append(subfield)
    return found


def _text(analyzers: list[str], *, keyword: bool = False) -> dict:
    fields: dict[str, dict[str, Any]] = {
        sub: {"type": "text", "analyzer": LANGUAGE_ANALYZERS[sub]} for sub in analyzers
    }
    if keyword:
        fields["keyword"] = {"type": "keyword", "ignore_above": TITLE_KEYWORD_MAX}
    field: dict[str, Any] = {"type": "text", "analyzer": "standard"}
    if fields:
        field["fields"] = fields
    return field


def article_mappings(analyzers: list[str]) -> dict:
    """The `mappings` body for article indices; `_meta` records the schema version and analyzers used."""
    properties = {
        "url": KEYWORD,
        "canonical_url": KEYWORD,
        "source": {
            "type": "object",
            "dynamic": "strict",
            "properties": {"name": KEYWORD, "domain": KEYWORD, "country": KEYWORD, "feed_url": KEYWORD},
        },
        "title": _text(analyzers, keyword=True),
        "body": _text(analyzers),
        # Title and body as their stems (pipeline.store.morphology), so inflected forms meet on any node.
        "stems": {
            "type": "object",
            "dynamic": "strict",
            "properties": {"title": {"type": "text", "analyzer": "standard"},
                           "body": {"type": "text", "analyzer": "standard"}},
        },
        # The caller's own id of an article loaded from JSON lines (`index load`), to match judgments.
        "record_id": KEYWORD,
        "language": KEYWORD,
        "published_at": DATE,
        "fetched_at": DATE,
        "indexed_at": DATE,
        **{name: KEYWORD for name in TAG_FIELDS},
        "central_asia": {"type": "boolean"},
        "cluster_id": KEYWORD,
        "duplicate_of": KEYWORD,
        # Near-duplicate evidence (pipeline.dedup): band keys find candidates, the signature decides.
        "dedup": {
            "type": "object",
            "dynamic": "strict",
            "properties": {
                "fingerprint": KEYWORD,
                "bands": KEYWORD,
                "signature": {"type": "long", "index": False, "doc_values": False},
            },
        },
        "content_hash": {"type": "keyword", "index": False},
        "pipeline": {
            "type": "object",
            "dynamic": False,
            "properties": {
                "extractor": KEYWORD,
                "extractor_version": KEYWORD,
                "tagger_version": KEYWORD,
                "archive_ref": KEYWORD,
            },
        },
    }
    return {
        "dynamic": "strict",
        "_meta": {"schema_version": SCHEMA_VERSION, "analyzers": analyzers},
        "properties": properties,
    }


def index_template(alias: str, analyzers: list[str]) -> dict:
    """The composable template for `<alias>-v*`: one shard, a replica whenever a second node exists."""
    return {
        "index_patterns": [f"{alias}-v*"],
        "priority": 200,
        "template": {
            "settings": INDEX_SETTINGS,
            "mappings": article_mappings(analyzers),
        },
        "_meta": {"schema_version": SCHEMA_VERSION, "analyzers": analyzers},
    }


QUARANTINE_MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "doc_id": KEYWORD,
        "alias": KEYWORD,
        "reason": {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 1024}}},
        "error_type": KEYWORD,
        "status": {"type": "short"},
        "quarantined_at": DATE,
        # Kept as sent, never indexed: a document that broke the article mapping must not break this one.
        "document": {"type": "object", "enabled": False},
    },
}
