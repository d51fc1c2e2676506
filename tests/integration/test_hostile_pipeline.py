"""Hostile feeds and pages through the real poll and process jobs: bad items fail alone, none stored unsafe.

One outlet of the synthetic sites turns hostile: an entity-bomb feed, an external-entity feed, and a feed
whose items link to a 100 MB page, the cloud metadata address, javascript: and data: URLs, and pages
full of script, event handlers, SVG, invalid UTF-8, control characters and a 1 MB title.
"""

from __future__ import annotations

import pytest
from elasticsearch import helpers

from pipeline.bench import chaos
from pipeline.bench.chaos.reconcile import UNSAFE, strings_in
from pipeline.bench.chaos.sites import LEADERS, PLANTED_MARKUP
from pipeline.bench.loopback import static, streamed
from pipeline.config import settings
from pipeline.process import MAX_TITLE_CHARS

pytestmark = pytest.mark.integration

STORY = "".join(
    f"<p>{leader} met the delegation in Astana to discuss water sharing, rail freight and energy prices; "
    f"the sides signed {n} agreements and promised to meet again before the end of the year.</p>"
    for n, leader in enumerate(LEADERS, start=3)
)
PAGES = {
    "markup": f"<html><head><title>Summit in Astana</title></head><body><article><h1>Summit in Astana</h1>"
              f"{PLANTED_MARKUP}{STORY}<svg><script>alert(9)</script></svg></article></body></html>",
    "big-title": f"<html><head><title>{'Summit ' * 150_000}</title></head><body><article>{STORY}</article>"
                 f"</body></html>",
    "broken-bytes": f"<html><head><title>Summit\x00\x1b in Astana</title></head><body><article>{STORY}"
                    f"</article></body></html>",
}
BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1 or "") + ";") * 10}">'.encode()
                             for i in range(1, 10))
                  + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
                  b"<link>http://127.0.0.1/x</link></item></channel></rss>")
EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                   b'<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>'
                   b"<link>http://127.0.0.1/y</link><description>&xxe;</description></item></channel></rss>")


def hostile_feed(base: str) -> bytes:
    links = [f"{base}/hostile/{name}.html" for name in PAGES] + [
        f"{base}/hostile/huge.html", "http://169.254.169.254/latest/meta-data/", "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="]
    items = "".join(f"<item><title>&lt;img src=x onerror=alert({i})&gt;</title>"
                    f"<link>{link.replace('&', '&amp;')}</link></item>" for i, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>{items}'
            f"</channel></rss>").encode()


def test_hostile_outlet_fails_item_by_item_and_stores_nothing_unsafe(es, tmp_path):
    bench = chaos.Bench(es, settings().es_url, tmp_path, chaos.Scale(feeds=2, articles=3, hosts=1))
    with bench.sites() as sites:
        server = sites.servers[0]
        for name, html in PAGES.items():
            server.routes[f"/hostile/{name}.html"] = static(html.encode("utf-8", "surrogateescape")
                                                            .replace(b"Astana", b"Ast\xff\xfeana", 1),
                                                            "text/html; charset=utf-8")
        server.routes["/hostile/huge.html"] = streamed(b"<p>" + b"a" * (1 << 20) for _ in range(100))
        for name, body in {"hostile": hostile_feed(server.base_url), "laughs": BILLION_LAUGHS,
                           "xxe": EXTERNAL_ENTITY}.items():
            server.routes[f"/{name}/feed.xml"] = static(body)
            sites.feed_urls[f"Hostile {name}"] = server.url(f"/{name}/feed.xml")
        with bench.run("hostile", sites) as run:
            polled = run.poll(list(sites.feed_urls))
            processed = run.process(polled["archive_files"])
            counts = chaos.reconcile(es, run, sites.published)
            stored = [hit["_source"] for hit in helpers.scan(es, index=run.alias)]

    failures = {f["url"]: f["reason"] for feed in polled["feeds"] for f in feed["fetch_failures"]}
    assert failures[f"{server.base_url}/hostile/huge.html"] == "too-large"
    # Refused before any request, even for its robots.txt: it isn't the feed's outlet (and the address
    # guard would refuse it next).
    assert failures["http://169.254.169.254/latest/meta-data/"] == "other-outlet"
    skipped = {reason for feed in polled["feeds"] for reason in feed["entries_skipped"]}
    assert any("javascript" in reason for reason in skipped) and any("data" in reason for reason in skipped)
    assert processed["pages"] >= len(sites.published) + len(PAGES)
    # The ordinary outlets are complete; the hostile pages became clean articles or quarantined items.
    assert (counts.missing, counts.duplicated, counts.corrupted) == (0, 0, 0), counts.examples
    unsafe = [s[:80] for doc in stored for s in strings_in(doc) if UNSAFE.search(s)]
    assert unsafe == []
    assert not any("root:" in s or "lollollol" in s for doc in stored for s in strings_in(doc))
    hostile_stored = {doc["url"].rsplit("/", 1)[-1]: doc for doc in stored if "/hostile/" in doc["url"]}
    assert {"markup.html", "broken-bytes.html"} <= set(hostile_stored), sorted(hostile_stored)
    assert all("water sharing" in doc["body"] for doc in hostile_stored.values())
    assert all(len(doc["title"]) <= MAX_TITLE_CHARS for doc in hostile_stored.values())
