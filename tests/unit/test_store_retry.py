"""Transient refusals, against a loopback HTTP server that answers like an overloaded Elasticsearch.

A real node can't be made to return 429/503 on demand, so this server speaks just enough of the bulk API.
"""

import json

import pytest

from pipeline.config import settings
from pipeline.store import bulk
from pipeline.store.client import connect
from tests.fixtures.store.loopback import JsonHandler, serve


class OverloadedNode(JsonHandler):
    """Answers bulk requests from a script: per call, an HTTP status or a status for each item."""

    script: list = []
    calls: list = []
    extra_headers = {"X-Elastic-Product": "Elasticsearch"}  # the client refuses other products

    def do_POST(self):  # noqa: N802 (http.server's naming)
        lines = self.read_body().decode().splitlines()
        actions = [json.loads(line) for line in lines[0::2]]
        ids = [action["index"]["_id"] for action in actions]
        type(self).calls.append((self.path, ids))
        step = type(self).script.pop(0) if type(self).script else 201
        if isinstance(step, int) and step >= 500:  # the whole request refused
            return self.reply(step, {"error": "unavailable", "status": step})
        statuses = step if isinstance(step, list) else [step] * len(ids)
        items = []
        for doc_id, status in zip(ids, statuses, strict=True):
            result = {"_id": doc_id, "status": status}
            if status >= 400:
                result["error"] = {"type": "es_rejected_execution_exception", "reason": "queue full"}
            else:
                result["result"] = "created"
            items.append({"index": result})
        self.reply(200, {"took": 1, "errors": any(s >= 400 for s in statuses), "items": items})

    do_PUT = do_POST  # noqa: N815 (the client sends bulk requests as PUT)


@pytest.fixture
def node(monkeypatch):
    monkeypatch.setattr(bulk, "INITIAL_BACKOFF_S", 0.001)
    OverloadedNode.calls = []
    with serve(OverloadedNode) as url:
        monkeypatch.setenv("ES_URL", url)
        yield connect(settings())


def _write(es, count=3):
    pairs = [(f"doc{i}", {"title": f"t{i}"}) for i in range(count)]
    return bulk.write_sources(es, pairs, target="articles", quarantine="quarantine", skip=None)


def test_only_the_items_refused_with_429_are_retried(node):
    OverloadedNode.script = [[201, 429, 429], 201]
    summary = _write(node)
    assert (summary.indexed, summary.quarantined) == (3, 0)
    assert OverloadedNode.calls == [("/articles/_bulk", ["doc0", "doc1", "doc2"]),
                                    ("/articles/_bulk", ["doc1", "doc2"])]


def test_a_refused_request_is_retried_by_the_client(node):
    OverloadedNode.script = [503, 201]
    summary = _write(node)
    assert summary.indexed == 3
    assert [path for path, _ in OverloadedNode.calls] == ["/articles/_bulk", "/articles/_bulk"]


def test_items_still_refused_after_every_attempt_go_to_quarantine_not_away(node):
    OverloadedNode.script = [[201, 503, 201]] + [[503]] * (bulk.MAX_ATTEMPTS - 1)
    summary = _write(node)
    assert (summary.indexed, summary.quarantined) == (2, 1)
    assert "queue full" in summary.reasons["doc1"]
    assert OverloadedNode.calls[-1][0] == "/quarantine/_bulk"
    assert len(OverloadedNode.calls) == bulk.MAX_ATTEMPTS + 1
