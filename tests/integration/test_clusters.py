"""Near-duplicate clusters span runs: a syndicated copy indexed later joins the original's cluster."""

from datetime import UTC, datetime

import pytest

from pipeline import dedup
from pipeline.records import Article, Tags
from pipeline.store.bulk import write_articles
from pipeline.store.clusters import assign_clusters
from pipeline.store.index import ensure_index

pytestmark = pytest.mark.integration

STORY = (
    "Kazakhstan and Uzbekistan agreed on Tuesday to build a joint logistics hub on their border, "
    "the foreign ministers said after talks in Tashkent. The hub will handle rail and road freight "
    "bound for China and the Caspian ports, and the first phase should open next year. "
    "Officials said the project would cut transit times for exporters in both countries and "
    "expected trade between the neighbours to keep growing after a record year."
)


def article(url: str, body: str, published: datetime) -> Article:
    canonical = dedup.canonical_url(url)
    return Article(
        id=dedup.document_id(canonical), url=url, canonical_url=canonical,
        source={"name": "Test", "domain": "example.org", "country": "KZ", "feed_url": url},
        title="Joint logistics hub", body=body, language="en", published_at=published,
        fetched_at=published, tags=Tags(), fingerprint=dedup.text_fingerprint(body),
        minhash=dedup.minhash_signature(body),
    )


def index(es, alias, articles):
    assign_clusters(es, alias, articles)
    summary = write_articles(es, articles, alias, f"{alias}-quarantine", refresh=True)
    assert summary.quarantined == 0, summary.reasons
    return articles


def test_a_copy_indexed_in_a_later_run_joins_the_cluster_of_the_original(es, isolated_indices):
    alias = isolated_indices["NEWS_INDEX"]
    ensure_index(es, alias, f"{alias}-quarantine")
    [original] = index(es, alias, [article("https://wire.example/hub", STORY, datetime(2026, 3, 1, tzinfo=UTC))])
    assert (original.cluster_id, original.duplicate_of) == (original.id, "")

    copy = article("https://outlet.example/news/hub", "By a staff writer. " + STORY, datetime(2026, 3, 2, tzinfo=UTC))
    other = article(
        "https://outlet.example/news/water",
        "Kyrgyzstan and Tajikistan discussed sharing water from the Syr Darya basin before the summer season, "
        "with engineers from both sides reporting on reservoir levels and the schedule of releases downstream.",
        datetime(2026, 3, 2, tzinfo=UTC),
    )
    index(es, alias, [copy, other])
    assert (copy.cluster_id, copy.duplicate_of) == (original.id, original.id)
    assert (other.cluster_id, other.duplicate_of) == (other.id, "")

    stored = es.get(index=alias, id=copy.id)["_source"]
    assert stored["cluster_id"] == original.id and stored["dedup"]["bands"]

    # Re-running the same batch assigns the same clusters and changes nothing stored.
    again = [article(copy.url, copy.body, copy.published_at), article(other.url, other.body, other.published_at)]
    assign_clusters(es, alias, again)
    assert [(a.cluster_id, a.duplicate_of) for a in again] == [(original.id, original.id), (other.id, "")]
    assert write_articles(es, again, alias, f"{alias}-quarantine").unchanged == 2
