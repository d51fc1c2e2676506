"""Fixed-mapping indices: made by whichever worker comes first, brought up to date, readable at once."""

import threading
import uuid

import pytest

from pipeline.store import INDEX_SETTINGS, simple_index

pytestmark = pytest.mark.integration

MAPPINGS = {"dynamic": "strict", "properties": {"name": {"type": "keyword"}, "seen": {"type": "date"}}}


@pytest.fixture
def name(es):
    name = f"test-simple-{uuid.uuid4().hex[:10]}"
    yield name
    es.indices.delete(index=name, ignore_unavailable=True)


def test_workers_starting_together_all_find_the_index_readable(es, name):
    errors = []

    def worker():
        try:
            simple_index.ensure(es, name, MAPPINGS, INDEX_SETTINGS)
            es.count(index=name)  # the first read of a worker that did not create it
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_an_index_of_an_older_version_gains_the_missing_fields_and_keeps_its_documents(es, name):
    es.indices.create(index=name, mappings={"dynamic": "strict", "properties": {"name": {"type": "keyword"}}})
    es.index(index=name, id="1", document={"name": "a"}, refresh=True)
    simple_index.ensure(es, name, MAPPINGS, INDEX_SETTINGS)
    stored = es.indices.get_mapping(index=name)[name]["mappings"]["properties"]
    assert stored["seen"] == {"type": "date"}
    assert es.count(index=name)["count"] == 1
