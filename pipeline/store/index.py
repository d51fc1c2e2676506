"""Versioned article indices behind one alias: `<alias>-v1`, `<alias>-v2`, ... and the quarantine index.

Searches and writes go through the alias. A mapping change means a new version: `migrate` creates it from
the current template, copies every document into it, then swaps the alias in one atomic request, so search
keeps answering from the old index until the new one is complete.

On a secured cluster the template, the alias and mapping changes belong to the set-up user (role
`news_admin` in config/elasticsearch/roles.yml); the workers (`news_ingest`) only find the index ready.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from elasticsearch import ApiError, AuthorizationException, BadRequestError, Elasticsearch, NotFoundError, helpers

from pipeline.store import INDEX_SETTINGS, bulk, mapping, simple_index

VERSION_SUFFIX = re.compile(r"-v(\d+)$")
COPY_BATCH = 1000


def versioned_name(alias: str, version: int) -> str:
    return f"{alias}-v{version}"


def version_of(index: str) -> int:
    match = VERSION_SUFFIX.search(index)
    if not match:
        raise ValueError(f"not a versioned index name: {index}")
    return int(match.group(1))


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def is_alias_or_version(name: str, alias: str) -> bool:
    """Whether `name` is the alias itself or one of its versioned indices (`<alias>-v<n>`)."""
    if not isinstance(name, str) or len(name) > len(alias) + 12:
        return False
    return name == alias or (name.startswith(f"{alias}-v") and _ascii_digits(name[len(alias) + 2:]))


def current_index(es: Elasticsearch, alias: str) -> str | None:
    """The concrete index the alias points to, or None when the alias doesn't exist yet."""
    try:
        indices = list(es.indices.get_alias(name=alias))
    except NotFoundError:
        return None
    if len(indices) != 1:
        raise RuntimeError(f"alias {alias} points to {len(indices)} indices: {sorted(indices)}")
    return indices[0]


def delete_all(es: Elasticsearch, name: str) -> None:
    """Delete the indices `name-*` and the index templates `name` and `name-*`: everything a test or
    benchmark run created under a scratch alias (its versions, its quarantine) or a scratch prefix."""
    es.indices.delete(index=f"{name}-*", ignore_unavailable=True, allow_no_indices=True)
    for template in (name, f"{name}-*"):
        es.options(ignore_status=404).indices.delete_index_template(name=template)


def ensure_template(es: Elasticsearch, alias: str, probe_index: str | None = None) -> list[str]:
    """Put the index template when it is missing or out of date; returns the language analyzers used
    (asked through `probe_index` when given, see `mapping.available_analyzers`)."""
    analyzers = mapping.available_analyzers(es, probe_index)
    wanted = mapping.index_template(alias, analyzers)
    try:
        existing = es.indices.get_index_template(name=alias)["index_templates"][0]["index_template"]
        if existing.get("_meta") == wanted["_meta"]:
            return analyzers
    except NotFoundError:
        pass
    es.indices.put_index_template(name=alias, **wanted)
    return analyzers


def ensure_quarantine(es: Elasticsearch, index: str) -> None:
    simple_index.ensure(es, index, mapping.QUARANTINE_MAPPINGS, INDEX_SETTINGS)


def ensure_index(es: Elasticsearch, alias: str, quarantine: str) -> str:
    """Make sure the template, `<alias>-v1` behind the alias and the quarantine index exist (idempotent).

    Returns the concrete index the alias points to. When the index is there with the current schema, only
    reads are made (and the quarantine index created if missing): all the workers' role allows.
    """
    ensure_quarantine(es, quarantine)
    existing = current_index(es, alias)
    if existing and stored_schema_version(es, existing) == mapping.SCHEMA_VERSION:
        return existing
    try:
        analyzers = ensure_template(es, alias, probe_index=quarantine)
        if existing:
            add_new_fields(es, existing, analyzers)
            return existing
        first = versioned_name(alias, 1)
        simple_index.create_unless_exists(es, first)
        # Creating the alias is idempotent; a concurrent caller may have done it already.
        es.indices.put_alias(index=first, name=alias)
    except AuthorizationException as error:
        raise RuntimeError(
            f"{alias} needs setting up (template, alias or new fields), which this user may not do: run "
            f"`python -m pipeline index ensure` as a user with the news_admin role ({error.message})"
        ) from error
    return current_index(es, alias) or first


def stored_schema_version(es: Elasticsearch, index: str) -> int | None:
    return es.indices.get_mapping(index=index)[index]["mappings"].get("_meta", {}).get("schema_version")


def add_new_fields(es: Elasticsearch, index: str, analyzers: list[str]) -> None:
    """Bring an index of an older schema up to date where the change only adds fields.

    Elasticsearch refuses any other change; that needs `python -m pipeline index migrate`.
    """
    stored = stored_schema_version(es, index)
    if stored == mapping.SCHEMA_VERSION:
        return
    wanted = mapping.article_mappings(analyzers)
    try:
        es.indices.put_mapping(index=index, properties=wanted["properties"], meta=wanted["_meta"])
    except BadRequestError as error:
        raise RuntimeError(
            f"{index} has schema {stored} and can't be updated in place "
            f"({error.message}); run `python -m pipeline index migrate`"
        ) from error


@dataclass
class MigrationResult:
    old_index: str
    new_index: str
    copied: int
    method: str  # "reindex" (server side) or "scroll" (client side copy)
    caught_up: int  # documents written to the old index while copying, copied after the swap


def _next_version(es: Elasticsearch, alias: str, old_index: str) -> str:
    """The next free version: above the current one and above any leftover index of a failed migration."""
    existing = es.indices.get(index=f"{alias}-v*", expand_wildcards="all")
    versions = [version_of(name) for name in existing if VERSION_SUFFIX.search(name)]
    return versioned_name(alias, max([version_of(old_index), *versions]) + 1)


def _reindex(es: Elasticsearch, source: str, target: str) -> int | None:
    """Copy server side; None when this cluster has no reindex API (the minimal distribution)."""
    try:
        result = es.reindex(source={"index": source}, dest={"index": target}, wait_for_completion=True,
                            refresh=True)
    except ApiError as error:
        if error.meta.status in (404, 405):  # no handler for POST /_reindex
            return None
        raise
    if result.get("failures"):
        raise RuntimeError(f"reindex into {target} failed: {result['failures'][:3]}")
    return result["total"]


def _copy(es: Elasticsearch, source: str, target: str, quarantine: str, catch_up: bool = False) -> int:
    """Copy documents with scroll + bulk; a document the new mapping refuses goes to quarantine.

    With `catch_up`, only documents the target lacks or holds an older version of.
    """
    es.indices.refresh(index=source)  # the scroll sees only refreshed writes; every acknowledged one counts
    hits = helpers.scan(es, index=source, query={"query": {"match_all": {}}}, size=COPY_BATCH)
    summary = bulk.write_sources(es, ((hit["_id"], hit["_source"]) for hit in hits), target=target,
                                 quarantine=quarantine, skip=bulk.skip_if_not_newer if catch_up else None)
    return summary.indexed + summary.updated


def migrate(es: Elasticsearch, alias: str, quarantine: str) -> MigrationResult:
    """Create the next index version from the current template, fill it, and swap the alias atomically.

    The old index stays (for comparison or rollback); delete it once the new one is trusted.
    """
    old = ensure_index(es, alias, quarantine)
    ensure_template(es, alias, probe_index=quarantine)  # the new version is made from it
    new = _next_version(es, alias, old)
    simple_index.create_unless_exists(es, new)
    es.indices.refresh(index=old)  # reindex, like search, sees only refreshed writes
    copied = _reindex(es, old, new)
    method = "reindex"
    if copied is None:
        copied, method = _copy(es, old, new, quarantine), "scroll"
    es.indices.refresh(index=new)
    es.indices.update_aliases(actions=[
        {"remove": {"index": old, "alias": alias}},
        {"add": {"index": new, "alias": alias}},
    ])
    # Writers used the old index until the swap: bring over what they wrote meanwhile, unless the new
    # index already holds something newer for that id. All of it is compared, not only what was indexed
    # after the copy began: a writer stamps `indexed_at` when its run starts, which may be long before.
    caught_up = _copy(es, old, new, quarantine, catch_up=True)
    return MigrationResult(old_index=old, new_index=new, copied=copied, method=method, caught_up=caught_up)
