"""A search that the node can't answer in time is abandoned, not retried: a loopback node that stalls.

A real node can't be made to stall on demand, so this server only records the request and waits.
"""

import json
import time

import pytest
from elastic_transport import ConnectionTimeout

from pipeline.config import settings
from pipeline.store import search as search_module
from pipeline.store.client import connect
from pipeline.store.search import SearchRequest, search
from tests.fixtures.store.loopback import JsonHandler, serve


class StallingNode(JsonHandler):
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        type(self).requests.append({"path": self.path, "body": json.loads(self.read_body())})
        time.sleep(3)


def test_a_stalled_search_ends_at_its_timeout_and_is_sent_once(monkeypatch):
    monkeypatch.setattr(search_module, "REQUEST_TIMEOUT_S", 0.5)
    StallingNode.requests = []
    with serve(StallingNode) as url:
        monkeypatch.setenv("ES_URL", url)
        started = time.monotonic()
        with pytest.raises(ConnectionTimeout):
            search(connect(settings()), SearchRequest(query="Tokayev"), alias="articles")
        elapsed = time.monotonic() - started
    assert len(StallingNode.requests) == 1, StallingNode.requests  # the client retries timeouts otherwise
    assert StallingNode.requests[0]["path"] == "/articles/_search"
    assert StallingNode.requests[0]["body"]["timeout"] == "5s"  # shards stop and answer with what they have
    assert elapsed < 3, f"{elapsed:.1f}s: the request waited for the stalled node"
