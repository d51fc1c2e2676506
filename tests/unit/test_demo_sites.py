"""The offline demo sites, served over real HTTP on a free loopback port."""

from collections.abc import Iterator

import feedparser
import httpx
import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from pipeline import demo_sites
from pipeline.demo_sites import Article, DemoSites, start_demo_sites


@pytest.fixture(scope="module")
def sites() -> Iterator[DemoSites]:
    running = start_demo_sites(port=0)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(sites: DemoSites) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sites.base_url, timeout=5) as http:
        yield http


def _element(soup: BeautifulSoup, name: str, **attrs: str) -> Tag:
    """The page's first `name` element with these attributes; the test fails when there is none."""
    element = soup.find(name, attrs={**attrs})
    assert isinstance(element, Tag), (name, attrs)
    return element


def _articles_of(outlet_slug: str, base_url: str) -> list[Article]:
    return [article for article in demo_sites.articles(base_url) if article.outlet.slug == outlet_slug]


def test_sample_content_is_varied_and_of_news_length() -> None:
    articles = demo_sites.articles()
    assert 9 <= len(articles) <= 10
    assert {"en", "ru"} <= {article.language for article in articles}
    assert len({article.outlet.slug for article in articles}) == len(demo_sites.outlets()) >= 3
    assert {outlet.feed_type for outlet in demo_sites.outlets()} == {"rss", "atom"}
    for article in articles:
        assert 180 <= len(article.body.split()) <= 350, article.slug
        assert article.published.tzinfo is not None
        assert 2025 <= article.published.year <= 2026


@pytest.mark.parametrize("outlet", demo_sites.outlets(), ids=lambda outlet: outlet.slug)
def test_feed_entries_link_to_their_article_pages(
    outlet: demo_sites.Outlet, sites: DemoSites, client: httpx.Client
) -> None:
    response = client.get(outlet.feed_url(sites.base_url))
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version.startswith(outlet.feed_type)

    expected = {article.url: article for article in _articles_of(outlet.slug, sites.base_url)}
    assert [entry.link for entry in feed.entries] == list(expected)  # newest first
    for entry in feed.entries:
        article = expected[entry.link]
        assert entry.title == article.title  # survives XML escaping, e.g. "Trade & rail"
        assert entry.id == article.url
        assert entry.published_parsed is not None

        page = client.get(entry.link)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        soup = BeautifulSoup(page.text, "html.parser")
        assert _element(soup, "html")["lang"] == article.language
        assert _element(soup, "h1").get_text(strip=True) == article.title
        assert _element(soup, "meta", property="og:url")["content"] == article.url
        assert _element(soup, "link", rel="canonical")["href"] == article.url
        published = _element(soup, "meta", property="article:published_time")["content"]
        assert published == article.published.isoformat()
        text = soup.get_text(" ")
        for paragraph in article.paragraphs:
            assert paragraph in text
        assert "Sample content for the offline demo" in _element(soup, "footer").get_text()
        assert client.get(str(_element(soup, "img")["src"])).status_code == 200


@pytest.mark.parametrize("outlet", demo_sites.outlets(), ids=lambda outlet: outlet.slug)
def test_conditional_get_answers_not_modified(
    outlet: demo_sites.Outlet, sites: DemoSites, client: httpx.Client
) -> None:
    url = outlet.feed_url(sites.base_url)
    first = client.get(url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert client.get(url).headers["etag"] == etag  # deterministic content

    by_etag = client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert client.get(url, headers={"If-Modified-Since": last_modified}).status_code == 304

    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200
    stale = "Mon, 01 Jan 2024 00:00:00 GMT"
    assert client.get(url, headers={"If-Modified-Since": stale}).status_code == 200
    assert client.get(url, headers={"If-Modified-Since": "not a date"}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/unknown",
        "/steppe-herald/news/no-such-article.html",
        "/no-such-outlet/feed.xml",
        "/steppe-herald/news/../../robots.txt.bak",
    ],
)
def test_unknown_paths_are_not_found(path: str, client: httpx.Client) -> None:
    assert client.get(path).status_code == 404


def test_robots_txt_allows_everything(client: httpx.Client) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "User-agent: *" in response.text
    assert "Disallow: /" not in response.text


def test_demo_config_lists_every_outlet_and_its_feeds_answer(sites: DemoSites, client: httpx.Client) -> None:
    config = yaml.safe_load(demo_sites.demo_feeds_config(sites.base_url))
    assert config["allow_private_hosts"] == ["127.0.0.1"]
    listed = {feed["url"]: feed for feed in config["feeds"]}
    for outlet in demo_sites.outlets():
        feed = listed.pop(outlet.feed_url(sites.base_url))
        assert (feed["name"], feed["type"], feed["language"], feed["country"], feed["enabled"]) == (
            outlet.name,
            outlet.feed_type,
            outlet.language,
            outlet.country,
            True,
        )
        response = client.get(feed["url"])
        assert response.status_code == 200
        assert feedparser.parse(response.content).entries
    assert not listed, "feeds in the demo config that no outlet serves"


def test_demo_config_follows_the_host_of_the_base_url() -> None:
    config = yaml.safe_load(demo_sites.demo_feeds_config("http://localhost:9000/"))
    assert config["allow_private_hosts"] == ["localhost"]
    assert all(feed["url"].startswith("http://localhost:9000/") for feed in config["feeds"])


def test_stopped_sites_no_longer_answer() -> None:
    running = start_demo_sites(port=0)
    feed_url = running.feed_urls()[0]
    assert httpx.get(feed_url, timeout=5).status_code == 200
    running.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(feed_url, timeout=5)
