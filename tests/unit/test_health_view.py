"""The Feed health page and the extra-link URLs: hostile feed data stays text, rows and sparklines render."""

import importlib.util
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from pipeline.fetch.state import FeedState
from pipeline.health import build_report
from pipeline.local.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def plugin():
    spec = importlib.util.spec_from_file_location("news_plugin", PROJECT_ROOT / "plugins" / "news_plugin.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def hostile_report() -> dict:
    now = datetime(2026, 3, 31, tzinfo=UTC)
    good = FeedState(feed_url="https://news.example/feed.xml", name="Steppe Herald")
    for day in range(1, 10):
        good.record_success(datetime(2026, 3, 20 + day // 10, day, tzinfo=UTC), status="ok", entries=9,
                            new_items=day)
    evil = FeedState(feed_url='javascript:alert(1)//"><svg onload=alert(2)>', name=HOSTILE)
    for _ in range(6):
        evil.record_failure(datetime(2026, 3, 28, tzinfo=UTC), HOSTILE)
    return build_report([good, evil], now).to_doc()


def test_page_lists_every_feed_and_keeps_hostile_text_inert(plugin):
    page = plugin.render_page(hostile_report())
    elements = Elements()
    elements.feed(page)
    tags = [tag for tag, _ in elements.tags]
    assert "script" not in tags and "img" not in tags
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert not any(attrs.get("href", "").startswith("javascript") for _, attrs in elements.tags)
    assert page.count('<tr class="feed"') == 2 and tags.count("svg") == 2
    assert "&lt;script&gt;" in page and "Steppe Herald" in page
    assert re.search(r'<span class="status dead">dead</span>', page)


def test_page_can_show_some_feeds_only_and_says_when_there_is_no_report(plugin):
    page = plugin.render_page(hostile_report(), only_feeds=["Steppe Herald"])
    assert page.count('<tr class="feed"') == 1
    assert "No feed-health report yet" in plugin.render_page(None)


def test_sparkline_scales_counts_into_the_box(plugin):
    svg = str(plugin.sparkline([0, 5, 10]))
    points = re.search(r'points="([^"]+)"', svg).group(1).split()
    ys = [float(point.split(",")[1]) for point in points]
    assert ys[0] > ys[1] > ys[2] and min(ys) >= 0 and max(ys) <= 24
    assert "15 items, at most 10 a day" in svg
    assert "points=" in str(plugin.sparkline(["<bad>", None]))


def test_kibana_link_filters_on_the_task_window(plugin, monkeypatch):
    monkeypatch.setenv("KIBANA_URL", "http://kibana.test:5601/")
    started, ended = datetime(2026, 3, 1, 12, tzinfo=UTC), datetime(2026, 3, 1, 12, 5, tzinfo=UTC)
    url = plugin.indexed_articles_url(started, ended)
    assert url.startswith("http://kibana.test:5601/app/discover#/?_g=(time:")
    assert "dataViewId:'news-articles'" in url
    assert "indexed_at%20%3E%3D%20%222026-03-01T12:00:00%2B00:00%22" in url
    assert plugin.rison_string("it's!") == "'it!'s!!'"


def feed(name: str, status: str, **fields) -> dict:
    return {"name": name, "feed_url": f"https://{name}.example/rss", "status": status, "reasons": [], **fields}


def report_of(*feeds: dict) -> dict:
    return {"report_id": "2026-03-31", "generated_at": "2026-03-31T00:00:00+00:00", "healthy": True,
            "max_down_share": 0.3, "feeds": list(feeds)}


def shown_feeds(page: str) -> list[str]:
    return re.findall(r'<tr class="feed" data-status="([^"]*)"', page)


def test_problem_feeds_come_first_whatever_their_status(plugin):
    # A status the view has never heard of (a new kind of problem) is still a problem, shown first.
    report = report_of(feed("a", "ok"), feed("b", "never-polled"), feed("c", "wrong-language",
                       reasons=["articles are in tr, the feed says kk"]), feed("d", "dead"))
    page = plugin.render_page(report)
    assert shown_feeds(page) == ["wrong-language", "dead", "never-polled", "ok"]
    assert '<span class="status problem">wrong-language</span>' in page
    assert "articles are in tr, the feed says kk" in page


def test_counts_per_status_filter_the_table(plugin):
    report = report_of(feed("a", "ok"), feed("b", "stale"), feed("c", "stale"), feed("d", "dead"))
    page = plugin.render_page(report)
    filters = re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', page.split('<p class="filters">')[1].split("</p>")[0])
    assert filters == [("./", "all feeds (4)"), ("?status=dead", "dead: 1"), ("?status=stale", "stale: 2"),
                       ("?status=ok", "ok: 1")]
    assert shown_feeds(plugin.render_page(report, statuses=["stale"])) == ["stale", "stale"]
    assert shown_feeds(plugin.render_page(report, statuses=["dead", "ok"])) == ["dead", "ok"]


def test_times_read_as_minutes_ago_with_the_exact_time_on_hover(plugin):
    now = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    moment = plugin.time_ago("2026-03-31T11:47:30.123456+00:00", now)
    assert moment["label"] == "12 min ago" and moment["exact"] == "2026-03-31 11:47:30 UTC"
    assert plugin.time_ago("2026-03-30T09:00:00+00:00", now)["label"] == "27 h ago"
    assert plugin.time_ago("2026-03-20T12:00:00+00:00", now)["label"] == "11 days ago"
    assert plugin.time_ago(None, now) == {"label": ""}
    page = plugin.render_page(report_of(feed("a", "ok", last_success_at="2026-03-31T11:48:00+00:00",
                                             last_new_items_at=HOSTILE)), now=now)
    assert '<time datetime="2026-03-31T11:48:00+00:00" title="2026-03-31 11:48:00 UTC">12 min ago</time>' in page
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_detail_row_shows_recent_errors_and_the_latest_articles_as_text(plugin):
    now = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    broken = feed("a", "failing", last_error=HOSTILE, failures_30d=3, polls_30d=40)
    latest = {broken["feed_url"]: [
        {"title": "Summit in Astana", "url": "https://a.example/summit", "published_at": "2026-03-31T10:00:00Z"},
        {"title": HOSTILE, "url": "javascript:alert(1)", "published_at": "yesterday"},
    ]}
    page = plugin.render_page(report_of(broken), latest=latest, now=now)
    elements = Elements()
    elements.feed(page)
    assert not any(tag in ("script", "img") for tag, _ in elements.tags)
    assert not any(attrs.get("href", "").startswith("javascript") for _, attrs in elements.tags)
    assert "Failed polls in 30 days: 3 of 40." in page and "&lt;img src=x" in page
    assert '<a href="https://a.example/summit" rel="noopener noreferrer">Summit in Astana</a>' in page
    assert "<details open>" in page  # a single feed shown: its details open
    assert "The article index could not be read." in plugin.render_page(report_of(broken), latest=None)
    assert "No article of this feed is indexed." in plugin.render_page(report_of(broken), latest={})


def test_each_feed_links_to_its_articles_in_kibana(plugin, monkeypatch):
    monkeypatch.setenv("KIBANA_URL", "http://kibana.test:5601")
    url = plugin.feed_articles_url('https://a.example/rss?x="1"')
    assert url.startswith("http://kibana.test:5601/app/discover#/?")
    assert "source.feed_url%20:%20%22https:%2F%2Fa.example%2Frss%3Fx%3D%5C%221%5C%22%22" in url
    assert plugin.kql_string('a"b\\c') == '"a\\"b\\\\c"'
