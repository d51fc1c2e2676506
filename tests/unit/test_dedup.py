"""Canonical URLs, document ids, text fingerprints and near-duplicate clusters."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.dedup import (
    SIMILARITY_THRESHOLD,
    Candidate,
    NearDuplicateIndex,
    assign_cluster,
    band_keys,
    canonical_url,
    document_id,
    minhash_signature,
    similarity,
    text_fingerprint,
)

NEAR_DUPLICATES = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "dedup" / "near-duplicates.json").read_text(encoding="utf-8")
)
CANONICAL = "https://news.example.kz/politics/2024/03/summit"


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.kz/politics/2024/03/summit",
        "http://news.example.kz/politics/2024/03/summit/",
        "https://NEWS.example.KZ:443/politics/2024/03/summit#comments",
        "https://www.news.example.kz/politics/2024/03/summit?utm_source=rss&utm_medium=feed",
        "https://m.news.example.kz/politics/2024/03/summit?fbclid=IwAR0abc&gclid=xyz",
        "https://amp.news.example.kz/politics/2024/03/summit",
        "https://news.example.kz/politics/2024/03/summit/amp/",
        "https://news.example.kz/amp/politics/2024/03/summit",
        "https://news.example.kz/politics/2024/03/summit?amp=1",
        "  https://news.example.kz/politics/2024/03/%73ummit  ",
    ],
)
def test_variants_of_one_address_have_one_canonical_form(variant):
    assert canonical_url(variant) == CANONICAL
    assert document_id(variant) == document_id(CANONICAL)


def test_meaningful_query_parameters_are_kept_in_a_stable_order():
    url = "https://example.uz/news.php?page=2&id=512&utm_campaign=x"
    assert canonical_url(url) == "https://example.uz/news.php?id=512&page=2"
    assert document_id(url) != document_id("https://example.uz/news.php?id=513&page=2")


def test_non_default_port_and_amp_html_files():
    assert canonical_url("https://example.tj:8443/a/") == "https://example.tj:8443/a"
    assert canonical_url("https://example.tj/news/123.amp.html") == "https://example.tj/news/123.html"
    assert canonical_url("https://example.tj") == "https://example.tj/"


@pytest.mark.parametrize(
    "bad", ["", "not a url", "javascript:alert(1)", "ftp://example.kz/x", "http://[::1", "https://"]
)
def test_non_http_addresses_have_no_canonical_form_and_a_distinct_id(bad):
    assert canonical_url(bad) == ""
    assert document_id(bad) != document_id(bad + "/other") and len(document_id(bad)) == 64


def test_document_id_is_sha256_hex():
    assert len(document_id(CANONICAL)) == 64
    assert int(document_id(CANONICAL), 16) >= 0


def test_fingerprint_ignores_case_spacing_and_punctuation_only():
    text = "Leaders met in Astana.\n\nThey signed a treaty!"
    assert text_fingerprint(text) == text_fingerprint("leaders met in  ASTANA -- they signed a treaty")
    assert text_fingerprint(text) != text_fingerprint("Leaders met in Astana. They signed no treaty.")


def _scores_by_kind():
    documents = NEAR_DUPLICATES["documents"]
    signatures = {key: minhash_signature(text) for key, text in documents.items()}
    for pair in NEAR_DUPLICATES["pairs"]:
        found = similarity(signatures[pair["a"]], signatures[pair["b"]]) >= SIMILARITY_THRESHOLD
        yield pair["kind"], pair["duplicate"], found


def test_near_duplicate_precision_and_recall_on_the_labelled_pairs():
    outcomes = list(_scores_by_kind())
    true_positives = sum(1 for _, truth, found in outcomes if truth and found)
    predicted = sum(1 for _, _, found in outcomes if found)
    actual = sum(1 for _, truth, _ in outcomes if truth)
    assert true_positives / predicted >= 0.95
    assert true_positives / actual >= 0.95


def test_translations_are_not_duplicates():
    translations = [found for kind, _, found in _scores_by_kind() if kind == "translation"]
    assert translations and not any(translations)


def test_similar_signatures_share_a_band_key():
    documents = NEAR_DUPLICATES["documents"]
    a, b = (
        minhash_signature(documents["water-summit"]),
        minhash_signature(documents["water-summit~truncated"]),
    )
    assert set(band_keys(a)) & set(band_keys(b))
    assert not set(band_keys(a)) & set(band_keys(minhash_signature(documents["gas-pipeline"])))


def test_signature_is_plain_integers_for_storage():
    signature = minhash_signature("Ministers met in Astana on Tuesday to talk about water.")
    assert len(signature) == 128 and all(isinstance(v, int) and 0 <= v < 2**63 for v in signature)
    assert minhash_signature("") == minhash_signature("")


def test_cluster_takes_the_earliest_copy_as_representative():
    documents = NEAR_DUPLICATES["documents"]
    start = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    index = NearDuplicateIndex()
    original = index.add("original", documents["rail-corridor"], start)
    copy = index.add("copy", documents["rail-corridor~bylined"], start + timedelta(hours=2))
    other = index.add("other", documents["gas-pipeline"], start + timedelta(hours=1))
    translation = index.add("translation", documents["rail-corridor-ru"], start + timedelta(hours=3))
    assert original.cluster_id == "original" and original.duplicate_of == ""
    assert copy.cluster_id == "original" and copy.duplicate_of == "original"
    assert other.cluster_id == "other" and translation.cluster_id == "translation"


def test_a_late_arriving_earlier_copy_keeps_the_cluster_id_and_re_runs_change_nothing():
    documents = NEAR_DUPLICATES["documents"]
    start = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    index = NearDuplicateIndex()
    index.add("later", documents["border-deal"], start + timedelta(hours=5))
    earlier = index.add("earlier", documents["border-deal~truncated"], start)
    assert earlier.cluster_id == "later" and earlier.duplicate_of == ""
    assert index.add("earlier", documents["border-deal~truncated"], start) == earlier


def test_assign_cluster_from_stored_candidates():
    text = NEAR_DUPLICATES["documents"]["election-kz"]
    stored = Candidate("stored", minhash_signature(text), None, "cluster-1")
    result = assign_cluster(
        "new",
        minhash_signature(NEAR_DUPLICATES["documents"]["election-kz~edited"]),
        datetime(2024, 1, 1, tzinfo=UTC),
        [stored],
    )
    assert result.cluster_id == "cluster-1" and result.duplicate_of == ""  # dated sorts before undated
    unrelated = assign_cluster(
        "new", minhash_signature(NEAR_DUPLICATES["documents"]["election-kg"]), None, [stored]
    )
    assert unrelated.cluster_id == "new"


def test_assignment_in_one_array_operation_gives_the_clusters_of_pair_by_pair_comparison():
    from pipeline.bench.clustering import run

    # The benchmark raises when the two ways disagree; templated text must also form real clusters.
    figures = run(120)
    assert figures["articles"] == 120
    assert 1 < figures["clusters"] < 120
    assert figures["candidates_per_article"] > 10
