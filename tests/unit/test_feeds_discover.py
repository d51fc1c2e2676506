"""Feed discovery against small outlets shaped like WordPress, Pangea, 1C-Bitrix, Ghost and Sputnik
sites (tests/fixtures/outlets), served over real HTTP on 127.0.0.1."""

import json
import socket
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from pipeline.cli import main_app
from pipeline.fetch.discover import MAX_ANNOUNCED, FeedFinder, announced_feeds, json_feed
from pipeline.fetch.feeds_config import parse_feeds
from pipeline.fetch.http import HttpClient, HttpPolicy
from tests.outlets import serve_outlets

NOW = datetime.now(UTC)
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=3.0, min_host_delay=0.0)
LOCAL = ["127.0.0.1"]


def discover(site: str, path: str = "/"):
    with serve_outlets(site, now=NOW) as servers, HttpClient(POLICY, LOCAL) as client:
        server = servers[site]
        found = FeedFinder(client, NOW).discover(server.url(path))
        return server, found


def paths(server, urls) -> list[str]:
    return [url.removeprefix(server.base_url) for url in urls]


def test_announced_feeds_come_main_feed_first_with_what_they_answered():
    server, found = discover("wordpress")
    assert paths(server, [feed.url for feed in found.feeds]) == ["/feed/", "/comments/feed/"]
    main = found.feeds[0]
    assert (main.type, main.figures.items, main.figures.language, main.title) == ("rss", 2, "ru", "Степной вестник")
    assert main.how == "announced" and main.page == server.url("/")
    assert abs((NOW - main.figures.newest).total_seconds() - 7200) < 5
    assert not server.hits("/rss.xml")  # an announced feed makes guessing paths unnecessary


def test_a_pangea_site_announces_its_top_stories_feed_in_the_state_language():
    server, found = discover("pangea")
    assert [(feed.url, feed.figures.language, feed.figures.items) for feed in found.feeds] == [
        (server.url("/api/"), "kk", 2)
    ]


def test_common_paths_are_tried_when_nothing_is_announced_and_html_is_not_a_feed():
    server, found = discover("bitrix")
    assert paths(server, [feed.url for feed in found.feeds]) == ["/rss/"]  # /rss redirects there: reported once
    assert found.feeds[0].how == "common path"
    assert found.rejected[server.url("/feed/")].startswith("not a feed (text/html")
    assert found.rejected[server.url("/api/")] == "http-404"
    assert len(server.hits("/rss/")) == 1


def test_a_page_reached_through_a_redirect_finds_the_feed_of_the_final_page():
    server, found = discover("ghost", "/en")
    assert [(feed.url, feed.title, feed.figures.language) for feed in found.feeds] == [
        (server.url("/rss/"), "Oxus Review", "en")
    ]


def test_robots_sitemap_index_leads_to_the_news_sitemap_and_skips_old_archives():
    server, found = discover("sputnik")
    by_path = dict(zip(paths(server, [feed.url for feed in found.feeds]), found.feeds, strict=True))
    assert set(by_path) == {"/export/rss2/archive/index.xml", "/sitemap_news.xml"}
    news = by_path["/sitemap_news.xml"]
    assert (news.type, news.how, news.figures.items) == ("sitemap", "robots sitemap", 2)
    assert by_path["/export/rss2/archive/index.xml"].how == "common path"
    assert server.hits("/sitemap_index.xml") and not server.hits("/sitemap_2019_01.xml")


def test_a_homepage_without_any_feed_says_so():
    server, found = discover("nofeed")
    assert found.feeds == [] and found.error == ""
    assert len(found.rejected) == 8  # every common path was tried and answered 404


def test_an_unreachable_page_and_a_refused_address_are_reported_per_page():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    with HttpClient(POLICY, LOCAL) as client:
        assert FeedFinder(client, NOW).discover(closed).error.startswith("connection")
    with serve_outlets("wordpress", now=NOW) as servers, HttpClient(POLICY) as guarded:
        found = FeedFinder(guarded, NOW).discover(servers["wordpress"].url("/"))
        assert found.error.startswith("blocked-address") and not servers["wordpress"].requests


def test_a_json_feed_is_read_and_anything_else_is_not():
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Oxus Review",
        "items": [
            {"id": "1", "title": "The foreign ministers met to discuss water", "date_published": "2026-12-01T08:00:00Z"}
        ],
    }
    figures, title = json_feed(json.dumps(document).encode())
    assert (figures.items, figures.newest, title) == (1, datetime(2026, 12, 1, 8, tzinfo=UTC), "Oxus Review")
    assert json_feed(b'{"version": "1", "items": []}') is None and json_feed(b"{not json") is None


@pytest.fixture
def quick_feeds_file(tmp_path):
    """A feeds file whose only job here is to set a short politeness gap for the loopback sites."""
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds: []\nhttp: {min_host_delay: 0, deadline: 3.0}\n")
    return str(path)


def test_the_command_prints_json_per_feed_found_and_a_line_for_a_page_without_feeds(quick_feeds_file):
    with serve_outlets("wordpress", "nofeed", now=NOW) as servers:
        pages = [servers["wordpress"].url("/"), servers["nofeed"].url("/")]
        args = ["feeds-discover", "--json", "--allow-host", "127.0.0.1", "--feeds", quick_feeds_file, *pages]
        result = CliRunner().invoke(main_app(), args)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line.get("url") for line in lines[:2]] == [pages[0] + "feed/", pages[0] + "comments/feed/"]
    assert set(lines[0]) >= {"url", "type", "items", "newest", "language", "title", "page"}
    assert lines[2]["page"] == pages[1] and lines[2]["feeds_found"] == 0


def test_the_yaml_output_pastes_into_a_documented_feeds_file(quick_feeds_file):
    with serve_outlets("pangea", "sputnik", now=NOW) as servers:
        pages = [servers["pangea"].url("/"), servers["sputnik"].url("/")]
        args = ["feeds-discover", "--country", "KZ", "--allow-host", "127.0.0.1", "--feeds", quick_feeds_file]
        result = CliRunner().invoke(main_app(), [*args, *pages])
    assert result.exit_code == 0, result.output
    config = parse_feeds("feeds:\n" + result.output, require_evidence=True)
    assert [(feed.type, feed.language, feed.status) for feed in config.feeds] == [
        ("rss", "kk", "confirmed"),
        ("rss", "ru", "confirmed"),
        ("sitemap", "ru", "confirmed"),
    ]
    assert "found by feeds-discover (announced)" in config.feeds[0].evidence


def test_the_command_exits_1_when_a_page_cannot_be_read(quick_feeds_file):
    result = CliRunner().invoke(main_app(), ["feeds-discover", "--feeds", quick_feeds_file, "http://127.0.0.1:9/"])
    assert result.exit_code == 1
    assert "cannot read the page: blocked-address" in result.output


def test_announcements_from_a_hostile_page_are_bounded_and_only_http():
    links = "".join(f'<link rel="alternate" type="application/rss+xml" href="/tag/{n}/feed/">' for n in range(50))
    page = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'
        '<link rel="alternate" type="application/atom+xml" href="data:text/xml,<feed/>">'
        '<link rel="stylesheet alternate" type="text/css" href="/print.css">'
        '<link rel="alternate" type="application/rss+xml; charset=utf-8" href="  //cdn.example.kz/all.rss ">'
        f"{links}</head><body>{'<div>' * 5000}</body></html>"
    ).encode()
    found = announced_feeds(page, "text/html", "https://outlet.example.kz/news/")
    assert len(found) == MAX_ANNOUNCED
    assert found[0].url == "https://cdn.example.kz/all.rss" and found[0].announced_type == "rss"
    assert found[1].url == "https://outlet.example.kz/tag/0/feed/"
