"""A poll round against loopback news sites, with feed state in the real local Elasticsearch."""

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from elasticsearch import Elasticsearch

from pipeline.archive import Archive
from pipeline.bench.loopback import LoopbackServer, redirect, send, static
from pipeline.config import settings
from pipeline.dedup import document_id
from pipeline.fetch.figures import FeedFigures
from pipeline.fetch.http import HttpPolicy
from pipeline.fetch.run import indexed_urls_checker, poll_and_fetch
from pipeline.fetch.state import MAPPING, FeedState, FeedStateStore
from pipeline.records import Feed
from tests.outlets import serve_outlets

pytestmark = pytest.mark.integration
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=3.0, min_host_delay=0.0)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PAGE = "<html><head><title>{0}</title></head><body><p>Article {0} about Astana talks.</p></body></html>"


def rss(links: list[str], build_date: str = "Tue, 24 Nov 2026 10:00:00 +0000") -> bytes:
    items = "".join(
        f"<item><title>Story {link}</title><link>{link}</link><guid>{link}</guid></item>" for link in links
    )
    channel = f"<lastBuildDate>{build_date}</lastBuildDate>{items}"
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}</channel></rss>'.encode()


def no_validators(body: bytes):
    """A feed server that sends neither ETag nor Last-Modified."""
    return lambda req: send(req, 200, body, {"Content-Type": "application/rss+xml"})


@pytest.fixture
def es():
    client = Elasticsearch(settings().es_url, request_timeout=10)
    try:
        client.cluster.health()
    except Exception:
        pytest.skip("Elasticsearch is not running (start it with `python -m pipeline es start`)")
    index = f"test-news-feeds-{uuid.uuid4().hex[:8]}"
    yield client, index
    client.indices.delete(index=index, ignore_unavailable=True)


def run(feeds, es, archive, now=NOW, **kwargs):
    client, index = es
    return poll_and_fetch(
        feeds, es=client, archive=archive, now=now, policy=POLICY, state_index=index,
        **{"is_indexed": lambda urls: set(), "allowlist": ["127.0.0.1"], **kwargs},
    )  # fmt: skip


def test_poll_fetches_new_articles_archives_them_and_uses_conditional_get_next_time(es, tmp_path):
    routes = {
        f"/a/{i}": static(PAGE.format(i).encode(), content_type="text/html; charset=utf-8") for i in range(3)
    }
    routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    with LoopbackServer(routes) as server:
        links = [server.url(f"/a/{i}") for i in range(3)] + [server.url("/private/x"), "/a/0"]
        server.routes["/feed"] = static(rss(links))
        feed = Feed(name="Loopback", url=server.url("/feed"), language="en", country="KZ")
        archive = Archive(str(tmp_path / "archive"))
        first = run([feed], es, archive)
        outcome = first.feeds[0]
        assert outcome.status == "ok" and outcome.entries_seen == 4  # the relative /a/0 is a duplicate
        assert outcome.new_articles == 3
        assert outcome.fetch_failures == [
            {"url": server.url("/private/x"), "reason": "robots-disallowed", "detail": ""}
        ]
        pages = list(archive.read(first.archive_files))
        assert sorted(p.url for p in pages) == links[:3]
        assert pages[0].feed == feed and pages[0].entry.title.startswith("Story ")
        assert len(server.hits("/robots.txt")) == 1

        # Not due yet: nothing is requested.
        requests_before = len(server.requests)
        assert run([feed], es, archive, now=NOW + timedelta(minutes=1)).totals["feeds_not_due"] == 1
        assert len(server.requests) == requests_before

        # Due again: the feed answers 304 to its ETag and no article is fetched twice.
        second = run([feed], es, archive, now=NOW + timedelta(hours=2))
        assert second.feeds[0].status == "not-modified"
        assert server.hits("/feed")[-1].headers.get("If-None-Match")
        assert all(len(server.hits(f"/a/{i}")) == 1 for i in range(3))


@pytest.fixture
def one_article_feed(tmp_path):
    """A feed of one article page that sends no validators; `touch()` changes nothing but its timestamp."""
    with LoopbackServer({"/a/1": static(PAGE.format(1).encode(), content_type="text/html")}) as server:
        links = [server.url("/a/1")]
        server.routes["/feed"] = no_validators(rss(links, "Tue, 24 Nov 2026 10:00:00 +0000"))

        def touch():
            server.routes["/feed"] = no_validators(rss(links, "Wed, 25 Nov 2026 11:00:00 +0000"))

        yield SimpleNamespace(
            server=server, feed=Feed(name="One article", url=server.url("/feed")),
            archive=Archive(str(tmp_path)), touch=touch,
        )


def test_a_feed_that_only_changes_its_timestamp_fetches_nothing_new(es, one_article_feed):
    site = one_article_feed
    first = run([site.feed], es, site.archive)
    assert first.totals["new_articles"] == 1
    later = NOW + timedelta(minutes=1)  # a poll at the first one's moment would be its retry, read in full
    same = run([site.feed], es, site.archive, now=later, force=True)
    assert same.feeds[0].status == "unchanged"  # same body hash, not parsed again
    site.touch()
    indexed = run([site.feed], es, site.archive, now=later, force=True, is_indexed=lambda urls: set(urls))
    assert indexed.feeds[0].status == "ok" and indexed.feeds[0].already_have == 1
    assert indexed.totals["new_articles"] == 0 and indexed.archive_files == []
    assert len(site.server.hits("/a/1")) == 1


def test_an_archived_article_missing_from_the_index_is_announced_again_not_fetched_again(es, one_article_feed):
    # A processing run that failed for good, or an index restored from an older snapshot, must not
    # leave archived articles unindexed until someone backfills: the next poll names their files again.
    site = one_article_feed
    first = run([site.feed], es, site.archive)
    site.touch()
    again = run([site.feed], es, site.archive, force=True)
    assert again.totals["new_articles"] == 0 and len(site.server.hits("/a/1")) == 1
    assert again.feeds[0].unindexed_files == first.archive_files == again.archive_files


def test_a_retried_poll_announces_again_what_its_lost_first_try_archived(es, tmp_path):
    # A poll task killed after saving the feed's state but before handing over its files: the retry runs
    # with the same `now`, finds the feed polled, and must still name the files that try archived.
    page = static(PAGE.format(1).encode(), content_type="text/html")
    with LoopbackServer({"/a/1": page}) as server:
        server.routes["/feed"] = static(rss([server.url("/a/1")]))
        feed = Feed(name="Validators", url=server.url("/feed"))
        archive = Archive(str(tmp_path))
        now = NOW.replace(microsecond=123456)  # a manual run's logical date keeps its microseconds
        first = run([feed], es, archive, now=now)
        retry = run([feed], es, archive, now=now)
        assert first.archive_files and retry.archive_files == first.archive_files
        assert retry.feeds[0].status == "ok" and retry.feeds[0].new_articles == 0
        assert len(server.hits("/a/1")) == 1
        assert "If-None-Match" not in server.hits("/feed")[-1].headers  # read in full, not as not-modified
        state = FeedStateStore(es[0], es[1]).load([feed])[feed.url]
        assert state.history[-1]["polls"] == 1  # one poll, tried twice
        later = run([feed], es, archive, now=now + timedelta(minutes=1))
        assert later.totals["feeds_not_due"] == 1 and later.archive_files == []


def test_failures_are_recorded_per_feed_with_backoff_and_do_not_stop_the_round(es, tmp_path):
    routes = {
        "/html": static(b"<html><body>home page</body></html>", content_type="text/html"),
        "/gone": static(b"gone", status=404),
        "/a/ok": static(PAGE.format("ok").encode(), content_type="text/html"),
        "/a/pdf": static(b"%PDF-1.4", content_type="application/pdf"),
    }
    busy_host = LoopbackServer({"/busy": static(b"busy", status=503, Retry_After="7200")})
    with LoopbackServer(routes) as server, busy_host:
        server.routes["/good"] = static(
            rss([server.url("/a/ok"), server.url("/a/pdf"), server.url("/a/missing")])
        )
        feeds = [Feed(name=name, url=server.url(f"/{name}")) for name in ("html", "gone", "good")]
        feeds.append(Feed(name="busy", url=busy_host.url("/busy")))
        feeds.append(Feed(name="metadata", url="http://169.254.169.254/latest/feed"))
        summary = run(feeds, es, Archive(str(tmp_path)))
    by_name = {o.feed: o for o in summary.feeds}
    assert by_name["html"].error == "not-a-feed (text/html)"
    assert by_name["busy"].error == "http-503"
    assert by_name["gone"].error == "http-404"
    assert by_name["metadata"].error.startswith("blocked-address")
    assert by_name["good"].new_articles == 1
    assert sorted(f["reason"] for f in by_name["good"].fetch_failures) == ["http-404", "not-html"]
    client, index = es
    states = FeedStateStore(client, index).load(feeds)
    busy = states[busy_host.url("/busy")]
    assert busy.consecutive_failures == 1 and busy.next_due_at >= NOW + timedelta(hours=2)
    assert busy.history[-1]["failures"] == 1
    good = states[server.url("/good")]
    assert good.last_status == "ok" and good.items_seen == 3 and good.consecutive_failures == 0
    # The 404 page failure is permanent, so the feed's body hash was kept.
    assert good.body_hash


def test_a_feed_over_its_parsing_budget_fails_with_the_reason_and_the_round_goes_on(es, tmp_path, monkeypatch):
    from pipeline.fetch import run as poll_run

    monkeypatch.setattr(poll_run, "FEED_CPU_SECONDS", 0.0)  # any parsing is over this budget
    with LoopbackServer({"/a/1": static(PAGE.format(1).encode(), content_type="text/html")}) as server:
        server.routes["/feed"] = static(rss([server.url("/a/1")]))
        feeds = [Feed(name="parsed", url=server.url("/feed")), Feed(name="gone", url=server.url("/gone"))]
        summary = run(feeds, es, Archive(str(tmp_path)))
    by_name = {o.feed: o for o in summary.feeds}
    assert by_name["parsed"].status == "failed"
    assert by_name["parsed"].error.startswith("feed over its parsing budget:")
    assert by_name["gone"].error == "http-404"
    assert summary.archive_files == [] and len(server.hits("/a/1")) == 0
    client, index = es
    state = FeedStateStore(client, index).load(feeds)[server.url("/feed")]
    assert state.consecutive_failures == 1 and "parsing budget" in state.last_error


def test_state_store_due_feeds_and_all_states(es):
    client, index = es
    store = FeedStateStore(client, index)
    fresh, waiting, disabled = (
        Feed(name="fresh", url="http://fresh.kz/rss"),
        Feed(name="waiting", url="http://waiting.kz/rss"),
        Feed(name="off", url="http://off.kz/rss", enabled=False),
    )
    state = store.load([waiting])[waiting.url]
    state.record_success(NOW, status="ok", entries=3, new_items=3)
    store.save([state])
    assert store.due_feeds([fresh, waiting, disabled], NOW) == [fresh]
    assert store.due_feeds([fresh, waiting, disabled], NOW + timedelta(days=1)) == [fresh, waiting]
    client.indices.refresh(index=index)
    assert [(s.feed_url, s.items_seen) for s in store.all_states()] == [(waiting.url, 3)]


def test_urls_already_in_the_article_index_are_recognised(es):
    client, index = es
    articles = f"{index}-articles"
    try:
        assert indexed_urls_checker(client, articles)(["https://a.kz/1"]) == set()  # no index yet
        client.index(
            index=articles, id=document_id("https://www.a.kz/1?utm_source=x"), document={"t": 1}, refresh=True
        )
        assert indexed_urls_checker(client, articles)(["https://a.kz/1", "https://a.kz/2"]) == {
            "https://a.kz/1"
        }
    finally:
        client.indices.delete(index=articles, ignore_unavailable=True)


def test_a_configured_sitemap_index_is_followed_to_its_news_sitemap_on_every_poll(es, tmp_path):
    with serve_outlets("sputnik", now=NOW) as servers:
        server = servers["sputnik"]
        for path in ("/20261201/talks.html", "/20261201/water.html"):
            server.routes[path] = static(PAGE.format(path).encode(), content_type="text/html; charset=utf-8")
        feed = Feed(name="Sputnik index", url=server.url("/sitemap_index.xml"), type="sitemap", language="ru")
        archive = Archive(str(tmp_path / "archive"))
        first = run([feed], es, archive).feeds[0]
        again = run([feed], es, archive, force=True).feeds[0]
        old_archive_hits = server.hits("/sitemap_2019_01.xml")
    assert (first.status, first.entries_seen, first.new_articles) == ("ok", 2, 2)
    assert first.entries_skipped == {"child sitemap neither news nor recent": 1}
    assert not old_archive_hits
    # The index did not change, but its news sitemap may have: it is read again, nothing fetched twice.
    assert (again.status, again.entries_seen, again.already_have, again.new_articles) == ("ok", 2, 2, 0)
    client, index = es
    state = FeedStateStore(client, index).load([feed])[feed.url]
    assert (state.detected_language, state.newest_item_at) == ("ru", NOW - timedelta(hours=2))


def test_a_state_index_made_before_the_feed_figures_gains_their_fields(es):
    client, index = es
    newer = ("newest_item_at", "detected_language")
    old_properties = {k: v for k, v in MAPPING["properties"].items() if k not in newer}
    client.indices.create(index=index, mappings={**MAPPING, "properties": old_properties})
    state = FeedState(feed_url="https://old.example/rss", name="Old")
    state.record_figures(FeedFigures(items=3, newest=NOW, language="kk"))
    store = FeedStateStore(client, index)
    store.save([state])
    loaded = store.load([Feed(name="Old", url=state.feed_url)])[state.feed_url]
    assert (loaded.detected_language, loaded.newest_item_at) == ("kk", NOW)


def test_a_feed_cannot_take_over_another_outlets_article(es, tmp_path):
    """Two outlets on two loopback addresses: the hostile one's feed names the other's article outright
    and through a redirect of its own; neither is fetched for it, and the real outlet still gets its own."""
    article = PAGE.format("victim").encode()
    with LoopbackServer({"/news/1": static(article, content_type="text/html")}, host="127.0.0.2") as victim, \
            LoopbackServer({"/own": static(PAGE.format("own").encode(), content_type="text/html")}) as hostile:
        victim.routes["/feed"] = static(rss([victim.url("/news/1")]))
        hostile.routes["/hop"] = redirect(victim.url("/news/1"))
        hostile.routes["/feed"] = static(rss([victim.url("/news/1"), hostile.url("/hop"), hostile.url("/own")]))
        hostile_feed = Feed(name="Hostile", url=hostile.url("/feed"), language="en", country="KZ")
        victim_feed = Feed(name="Victim", url=victim.url("/feed"), language="en", country="KZ")
        archive = Archive(str(tmp_path / "archive"))

        # The hostile feed polled first, alone: it archives only its own page and marks nothing of the victim's.
        first = run([hostile_feed], es, archive, allowlist=["127.0.0.1", "127.0.0.2"])
        assert [f["reason"] for f in first.feeds[0].fetch_failures] == ["other-outlet", "other-outlet"]
        assert [page.url for page in archive.read(first.archive_files)] == [hostile.url("/own")]
        assert not archive.contains(victim.url("/news/1")) and not archive.contains(hostile.url("/hop"))

        # The real outlet's feed still fetches its article, under its own source.
        second = run([victim_feed], es, archive, allowlist=["127.0.0.1", "127.0.0.2"])
        assert second.feeds[0].new_articles == 1
        assert [page.feed for page in archive.read(second.archive_files)] == [victim_feed]


def test_entries_past_the_per_feed_limit_are_counted_not_looked_at(es, tmp_path, monkeypatch):
    from pipeline.fetch import run as poll_round

    monkeypatch.setattr(poll_round, "MAX_ENTRIES_PER_FEED", 3)
    routes = {f"/a/{i}": static(PAGE.format(i).encode(), content_type="text/html") for i in range(5)}
    with LoopbackServer(routes) as server:
        server.routes["/feed"] = static(rss([server.url(f"/a/{i}") for i in range(5)]))
        summary = run([Feed(name="Long", url=server.url("/feed"))], es, Archive(str(tmp_path / "archive")))
        fetched = sorted(r.path for r in server.requests if r.path.startswith("/a/"))
    outcome = summary.feeds[0]
    assert (outcome.entries_seen, outcome.entries_over_limit, outcome.new_articles) == (3, 2, 3)
    assert summary.totals["entries_over_limit"] == 2 and fetched == ["/a/0", "/a/1", "/a/2"]


def test_a_feeds_own_allowlist_admits_its_host_and_port_for_that_feed_only(es, tmp_path):
    with LoopbackServer({"/a/1": static(PAGE.format(1).encode(), content_type="text/html")}) as own, \
            LoopbackServer(host="127.0.0.2") as other:
        own.routes["/feed"] = static(rss([own.url("/a/1")]))
        other.routes["/feed"] = static(rss([]))
        admitted = Feed(name="Admitted", url=own.url("/feed"), allow_private_hosts=(f"127.0.0.1:{own.port}",))
        not_admitted = Feed(name="Not admitted", url=other.url("/feed"))
        summary = run([admitted, not_admitted], es, Archive(str(tmp_path / "archive")), allowlist=[])
    outcomes = {outcome.feed: outcome for outcome in summary.feeds}
    assert outcomes["Admitted"].status == "ok" and outcomes["Admitted"].new_articles == 1
    assert outcomes["Not admitted"].status == "failed" and "blocked-address" in outcomes["Not admitted"].error
    assert other.requests == []
