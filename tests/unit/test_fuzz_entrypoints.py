"""Fuzzing the stages that take untrusted bytes: feed parsing, extraction, tagging, query cleaning.

Bounded for CI: a fixed number of examples per entry point, no example database, derandomised so a
failure reproduces. The property is the stage's contract: an answer (possibly empty), never an exception,
and no markup in what it hands on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_article
from pipeline.fetch.parse import parse_feed
from pipeline.store.query import MAX_QUERY_CHARS, clean_query
from pipeline.tag import tag_article

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2025, 11, 25, tzinfo=UTC)

# Pieces of real feeds and pages, so the fuzzer reaches past the first parse error.
FEED_PARTS = [
    '<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0" encoding="koi8-r"?>',
    '<rss version="2.0">',
    "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>",
    "<pubDate>Tue, 25 Nov 2025 10:00:00 +0500</pubDate>", '<feed xmlns="http://www.w3.org/2005/Atom">',
    "<entry>", "</entry>", '<link href="', '"/>', "https://news.example.kz/a/1", "javascript:alert(1)",
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>', "&b;", "&lt;script&gt;",
    '<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;", "<![CDATA[<script>alert(1)</script>]]>",
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "<url><loc>", "</loc></url>",
    "Токаев", "\x00", "\ufeff", "\xff\xfe",
]
PAGE_PARTS = [
    "<html>", "<head>", "<title>", "</title>", "</head>", "<body>", "<article>", "</article>", "<p>", "</p>",
    "<div>", "</div>", "<script>alert(1)</script>", '<a href="javascript:alert(1)">', "</a>",
    '<img src=x onerror="alert(1)">', "<svg onload=alert(1)>", '<meta property="og:title" content="',
    '">', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"', '"}</script>',
    "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Astana to discuss water and trade. ",
    "Токаев и Мирзиёев обсудили водные ресурсы в Ташкенте. ", "<!--", "-->", "&amp;", "&#0;", "\x00",
]


def assembled(parts: list[str]) -> st.SearchStrategy[bytes]:
    piece = st.one_of(st.sampled_from(parts), st.text(max_size=40))
    return st.lists(piece, max_size=40).map(lambda xs: "".join(xs).encode("utf-8", "surrogatepass"))


@FUZZ
@given(body=st.one_of(assembled(FEED_PARTS), st.binary(max_size=2000)),
       content_type=st.sampled_from(["", "application/rss+xml", "text/xml; charset=cp1251", "text/html"]))
def test_parse_feed_never_raises_and_keeps_only_http_links(body, content_type):
    parsed = parse_feed(body, base_url="https://news.example.kz/", content_type=content_type, now=NOW)
    for entry in parsed.entries:
        assert entry.url.startswith(("http://", "https://"))
        assert "<" not in entry.title or ">" not in entry.title
        assert "/etc/passwd" not in entry.title + entry.summary


@FUZZ
@given(html=st.one_of(assembled(PAGE_PARTS), st.binary(max_size=3000)))
def test_extract_never_raises_and_returns_plain_text(html):
    extracted = extract_article(html, url="https://news.example.kz/a/1")
    for text in (extracted.title, extracted.body):
        assert isinstance(text, str)
        assert "<script" not in text.lower() and "onerror=" not in text.lower()


@FUZZ
@given(text=st.text(max_size=3000), title=st.text(max_size=200),
       lang=st.sampled_from([None, "en", "ru", "kk", "uz", "xx", ""]))
def test_tag_never_raises_and_returns_known_shapes(text, title, lang):
    tags = tag_article(text, title=title, lang=lang)
    assert set(tags.primary_countries) <= set(tags.countries)
    assert all(len(code) == 2 and code.isupper() for code in tags.countries)


@FUZZ
@given(query=st.text(max_size=2000))
def test_clean_query_is_bounded_and_free_of_control_characters(query):
    cleaned = clean_query(query)
    assert len(cleaned) <= MAX_QUERY_CHARS + 10
    assert not any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in cleaned)
