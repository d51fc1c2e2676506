"""Indices with one fixed mapping (feed state, feed-health reports, quarantine): made once, by whichever
writer comes first, and brought up to date when a newer version of the code adds fields.

Several workers start at once on a fresh cluster, so creating races: the loser's create is refused as
existing while the winner's primary shard may not be active yet, and a read that moment answers 503.
The loser (and whoever finds the index just made) therefore waits until the index answers a read.
Fields are added only when the stored mapping lacks some, so a worker needs the right to change
mappings only when an upgrade actually adds fields.
"""

from __future__ import annotations

import time

from elasticsearch import ApiError, BadRequestError, Elasticsearch

SHARD_WAIT_S = 30.0


def ensure(es: Elasticsearch, index: str, mappings: dict, settings: dict) -> None:
    """Create `index` with `mappings` unless it exists; add the fields an existing one lacks."""
    if es.indices.exists(index=index):
        stored = es.indices.get_mapping(index=index)[index]["mappings"].get("properties", {})
        missing = {name: spec for name, spec in mappings["properties"].items() if name not in stored}
        if missing:
            es.indices.put_mapping(index=index, properties=missing)
        _wait_until_readable(es, index)  # it may exist only just, its primary not yet active
        return
    if not create_unless_exists(es, index, mappings=mappings, settings=settings):  # waits for its primary
        _wait_until_readable(es, index)


def create_unless_exists(es: Elasticsearch, index: str, **body) -> bool:
    """Create an index; False when another writer created it first (which is fine)."""
    try:
        es.indices.create(index=index, **body)
    except BadRequestError as error:
        # The client has no error class of its own for this refusal: its type names it.
        if error.error != "resource_already_exists_exception":
            raise
        return False
    return True


def _wait_until_readable(es: Elasticsearch, index: str) -> None:
    deadline = time.monotonic() + SHARD_WAIT_S
    while True:
        try:
            es.count(index=index)
            return
        except ApiError as error:
            if error.meta.status != 503 or time.monotonic() > deadline:
                raise
        time.sleep(0.2)
