"""The processing stage turns an archived page into an article, or a rejection with a reason."""

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

from pipeline.extract.core import MAX_ELEMENTS, MAX_PAGE_BYTES
from pipeline.local.paths import PROJECT_ROOT
from pipeline.process import Rejected, article_from_page, canonical_address
from pipeline.records import Feed, FeedEntry, FetchedPage

PARAGRAPH = (
    "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Tashkent on Tuesday to discuss "
    "water sharing, energy supply and a new rail line between the two countries."
)


def page(body: str, url: str = "https://news.example.kz/a/1", status: int = 200) -> FetchedPage:
    feed = Feed(name="Example", url="https://news.example.kz/rss", language="en", country="KZ")
    return FetchedPage(
        url=url, final_url=url, status=status, headers={"content-type": "text/html"},
        body=body.encode(), fetched_at=datetime(2026, 2, 1, tzinfo=UTC), feed=feed,
        entry=FeedEntry(url=url, title="Feed title", published_at=datetime(2026, 2, 1, 8, tzinfo=UTC)),
        archive_ref="2026/02/01/x.warc.gz#0",
    )


def html(canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{PARAGRAPH} Paragraph {i}.</p>" for i in range(5))
    return f"<html lang='en'><head><title>Tokayev in Tashkent</title>{link}</head><body><article>" \
           f"<h1>Tokayev in Tashkent</h1>{paragraphs}</article></body></html>"


def test_a_news_page_becomes_a_tagged_article_with_provenance():
    article = article_from_page(page(html()))
    assert not isinstance(article, Rejected)
    assert article.tags.countries and "KZ" in article.tags.countries and "UZ" in article.tags.countries
    assert article.published_at == datetime(2026, 2, 1, 8, tzinfo=UTC)  # the feed's date comes first
    assert article.pipeline["archive_ref"] == "2026/02/01/x.warc.gz#0"
    assert article.minhash and article.fingerprint


def test_error_pages_and_empty_pages_are_rejected_with_a_reason():
    assert article_from_page(page(html(), status=404)).reason == "http status 404"
    rejected = article_from_page(page("<html><body><p>Subscribe</p></body></html>"))
    assert isinstance(rejected, Rejected) and "too short" in rejected.reason


def test_a_canonical_url_on_the_same_site_is_trusted_and_one_elsewhere_is_not():
    same_site = page(html(), url="https://news.example.kz/a/1?utm_source=rss")
    assert canonical_address(same_site, "https://news.example.kz/story/1") == "https://news.example.kz/story/1"
    assert canonical_address(same_site, "https://victim.example.org/story/1") == "https://news.example.kz/a/1"
    article = article_from_page(page(html(canonical="https://victim.example.org/story/1")))
    assert article.canonical_url == "https://news.example.kz/a/1"


def test_a_page_over_its_cpu_budget_is_rejected_with_the_stage_it_reached():
    rejected = article_from_page(page(html()), cpu_seconds=0.0)
    assert isinstance(rejected, Rejected)
    # The same reason on every run: it is part of the quarantine record's id.
    assert rejected.reason == "over the processing budget (more than 0 s of CPU)"
    assert not isinstance(article_from_page(page(html()), cpu_seconds=60.0), Rejected)


def test_a_page_larger_than_extraction_reads_is_rejected_unread():
    rejected = article_from_page(page(html() + " " * MAX_PAGE_BYTES))
    assert isinstance(rejected, Rejected) and rejected.reason.startswith("page too large (")


def test_a_page_of_more_elements_than_extraction_handles_in_time_is_rejected():
    flood = html().replace("</article>", "<p>w</p>" * MAX_ELEMENTS + "</article>")
    rejected = article_from_page(page(flood))
    assert isinstance(rejected, Rejected) and f"elements, limit {MAX_ELEMENTS}" in rejected.reason


def test_a_page_of_another_outlet_is_rejected_whether_named_or_reached_by_redirect():
    named = page(html(), url="https://victim.example.org/story/1")
    assert "another outlet" in article_from_page(named).reason
    redirected = replace(page(html()), final_url="https://victim.example.org/story/1")
    assert "victim.example.org" in article_from_page(redirected).reason


def test_the_source_domain_is_the_host_that_served_the_page():
    moved = replace(page(html()), final_url="https://www.example.kz/a/1")  # same outlet, another host
    article = article_from_page(moved)
    assert article.source["domain"] == "www.example.kz" and article.source["feed_url"].startswith("https://news.")


def test_a_batch_logs_one_line_of_counts_for_the_operator(caplog):
    from pipeline.process import ProcessSummary, split_pages

    with caplog.at_level("INFO", logger="pipeline.process"):
        articles, rejected = split_pages([page(html()), page(html(), status=404)], ProcessSummary())
    lines = [record.getMessage() for record in caplog.records if record.name == "pipeline.process"]
    assert (len(articles), len(rejected)) == (1, 1)
    assert lines == ["extract and tag: 2 pages, 1 articles (1 about Central Asia), 1 rejected "
                     "{'http status 404': 1}"]


def test_a_time_the_page_prints_without_a_zone_is_read_on_the_outlets_clock():
    # No date in the feed item: the page's DLE-style date line, 15:10 on the outlet's clock, is the date.
    dated = html().replace("<h1>", '<div class="story-info">30-11-2026, 15:10</div><h1>')
    undated_item = replace(page(dated), entry=FeedEntry(url="https://news.example.kz/a/1", title="Feed title"))
    kazakh = article_from_page(undated_item)
    russian = article_from_page(replace(undated_item, feed=replace(undated_item.feed, country="RU")))
    # A desk registered in the United States that publishes from Bishkek says so with its own zone.
    american = article_from_page(replace(undated_item, feed=replace(undated_item.feed, country="US")))
    from_bishkek = replace(undated_item.feed, country="US", timezone="Asia/Bishkek")
    own_zone = article_from_page(replace(undated_item, feed=from_bishkek))
    unknown = article_from_page(replace(undated_item, feed=replace(undated_item.feed, country="XX")))
    assert kazakh.published_at == datetime(2026, 11, 30, 10, 10, tzinfo=UTC)  # Almaty, UTC+5
    assert russian.published_at == datetime(2026, 11, 30, 12, 10, tzinfo=UTC)  # Moscow, UTC+3
    assert american.published_at == datetime(2026, 11, 30, 20, 10, tzinfo=UTC)  # New York, UTC-5 in November
    assert own_zone.published_at == datetime(2026, 11, 30, 9, 10, tzinfo=UTC)  # Bishkek, UTC+6
    assert unknown.published_at == datetime(2026, 11, 30, 15, 10, tzinfo=UTC)
    # The zone travels with the archived feed: processing the same page again gives the same article.
    assert article_from_page(undated_item) == kazakh


def test_the_first_page_of_a_process_is_not_charged_for_the_set_up_of_first_use():
    """Imports, tables and models built on first use take seconds of CPU: a fresh process (a Celery worker's
    task, say) that charged them to its first page rejected an ordinary page as over its budget."""
    script = (
        "from tests.unit.test_process import article_from_page, html, page\n"
        "outcome = article_from_page(page(html()), cpu_seconds=0.3)\n"
        "print(type(outcome).__name__, getattr(outcome, 'reason', ''))\n"
    )
    fresh = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                           timeout=120)
    assert fresh.returncode == 0, fresh.stderr[-2000:]
    assert fresh.stdout.strip() == "Article"
