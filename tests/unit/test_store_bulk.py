from pipeline.store import bulk


def _writer():
    return bulk._Writer(es=None, target="articles", quarantine="quarantine", skip=None)


def test_batches_are_bounded_by_count(monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK_DOCS", 3)
    sizes = [len(batch) for batch in _writer().batches((str(i), {"n": i}) for i in range(8))]
    assert sizes == [3, 3, 2]


def test_batches_are_bounded_by_bytes(monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK_BYTES", 250)
    pairs = [(str(i), {"body": "x" * 100}) for i in range(5)]
    batches = list(_writer().batches(pairs))
    assert [len(b) for b in batches] == [2, 2, 1]
    assert all(sum(len(item.encoded) for item in b) <= 250 for b in batches)


def test_oversize_documents_are_set_aside_with_the_reason(monkeypatch):
    monkeypatch.setattr(bulk, "MAX_DOC_BYTES", 1000)
    writer = _writer()
    pairs = [("small", {"body": "ok"}), ("big", {"url": "https://x", "body": "x" * 5000})]
    batches = list(writer.batches(pairs))
    assert [item.doc_id for b in batches for item in b] == ["small"]
    assert writer.summary.quarantined == 1
    assert "exceeds" in writer.summary.reasons["big"]
    [record] = writer.rejected
    assert record["error_type"] == "oversize"
    assert len(record["document"]["body_head"]) <= bulk.QUARANTINE_TEXT_CHARS


def test_skip_rules():
    new = {"content_hash": "a", "indexed_at": "2025-11-03T00:00:00+00:00"}
    assert bulk.skip_if_unchanged({"content_hash": "a"}, new)
    assert not bulk.skip_if_unchanged({"content_hash": "b"}, new)
    assert not bulk.skip_if_unchanged(None, new)
    assert bulk.skip_if_not_newer({"indexed_at": "2025-11-04T00:00:00+00:00"}, new)
    assert not bulk.skip_if_not_newer({"indexed_at": "2025-11-02T00:00:00+00:00"}, new)
    assert not bulk.skip_if_not_newer(None, new)
