"""Sitemap indexes followed within bounds, over real HTTP on 127.0.0.1."""

import gzip
from datetime import UTC, datetime, timedelta

from pipeline.bench.loopback import LoopbackServer, static
from pipeline.fetch.http import HttpClient, HttpPolicy
from pipeline.fetch.sitemaps import ChildSitemap, index_children, walk_index, worth_following

NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=3.0, min_host_delay=0.0)
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def index(*children: tuple[str, str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{mod}</lastmod></sitemap>" for loc, mod in children)
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'.encode()


def urlset(*urls: tuple[str, str], news: bool = True) -> bytes:
    if news:
        body = "".join(
            f"<url><loc>{loc}</loc><news:news><news:publication_date>{date}</news:publication_date>"
            f"<news:title>Talks {loc[-1]}</news:title></news:news></url>"
            for loc, date in urls
        )
    else:
        body = "".join(f"<url><loc>{loc}</loc><lastmod>{date}</lastmod></url>" for loc, date in urls)
    namespaces = f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" {NEWS if news else ""}'
    return f"<urlset {namespaces}>{body}</urlset>".encode()


def test_children_come_from_an_index_only_and_never_through_a_dtd():
    children = index_children(index(("https://n.kz/a.xml", "2026-12-01"), ("javascript:x", "")))
    assert children == [ChildSitemap("https://n.kz/a.xml", datetime(2026, 12, 1, tzinfo=UTC))]
    entity = b'<!DOCTYPE x [<!ENTITY e "https://n.kz/b.xml">]>' + index(("&e;", ""))
    assert index_children(entity) == [] and index_children(urlset(("https://n.kz/1", ""))) == []


def test_news_named_children_come_first_then_recent_ones_and_old_archives_never():
    recent, old = (NOW - timedelta(hours=3)).isoformat(), "2019-01-31"
    children = [
        ChildSitemap("https://n.kz/2019-01.xml", datetime.fromisoformat(old).replace(tzinfo=UTC)),
        ChildSitemap("https://n.kz/articles-latest.xml", datetime.fromisoformat(recent)),
        ChildSitemap("https://n.kz/google-news.xml"),
    ]
    chosen = worth_following(children, NOW)
    assert [c.url for c in chosen] == ["https://n.kz/google-news.xml", "https://n.kz/articles-latest.xml"]


def test_a_walk_is_bounded_in_depth_and_fetches_and_keeps_only_news_or_recent_entries():
    recent, old = (NOW - timedelta(hours=3)).isoformat(), "2019-01-31T00:00:00+00:00"
    with LoopbackServer() as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        url = server.url
        server.routes.update({
            "/news.xml.gz": static(gzip.compress(urlset((url("/n1"), recent), (url("/n2"), old))), "application/gzip"),
            "/latest.xml": static(urlset((url("/l1"), recent), (url("/l2"), old), news=False)),
            "/level2-news-index.xml": static(index((url("/level3-news-index.xml"), recent))),
            "/level3-news-index.xml": static(index((url("/deep-news.xml"), recent))),
            "/missing-news.xml": static(b"gone", "text/plain", status=404),
        })  # fmt: skip
        root = index(
            (url("/news.xml.gz"), recent),
            (url("/latest.xml"), recent),
            (url("/level2-news-index.xml"), recent),
            (url("/missing-news.xml"), recent),
            (url("/2019-01.xml"), old),
        )
        walk = walk_index(client, root, NOW)
        feed = walk.entries_as_feed(NOW)
    # Every news entry, old or not; of the other sitemap only what is recent.
    assert sorted(e.url.removeprefix(server.base_url) for e in feed.entries) == ["/l1", "/n1", "/n2"]
    assert walk.problems == {
        "child sitemap neither news nor recent": 1,
        "sitemap index nested too deep": 1,
        "child sitemap http-404": 1,
    }
    assert not server.hits("/2019-01.xml") and not server.hits("/deep-news.xml")


def test_the_fetch_limit_holds_across_levels():
    recent = (NOW - timedelta(hours=1)).isoformat()
    with LoopbackServer() as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        for n in range(6):
            server.routes[f"/news-{n}.xml"] = static(urlset((server.url(f"/a{n}"), recent)))
        root = index(*[(server.url(f"/news-{n}.xml"), recent) for n in range(6)])
        walk = walk_index(client, root, NOW, max_children=4)
    assert len(walk.sitemaps) == 4 and len(server.requests) == 4
    assert walk.problems == {"child sitemap beyond the fetch limit": 2}
