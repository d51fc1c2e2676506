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
    assert page.count('<tr class="feed">') == 2 and tags.count("svg") == 2
    assert "&lt;script&gt;" in page and "Steppe Herald" in page
    assert re.search(r'<span class="status dead">dead</span>', page)


def test_page_can_show_some_feeds_only_and_says_when_there_is_no_report(plugin):
    page = plugin.render_page(hostile_report(), only_feeds=["Steppe Herald"])
    assert page.count('<tr class="feed">') == 1
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
