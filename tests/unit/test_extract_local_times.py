"""Times a page prints without a zone are the outlet's local time; times with a zone never change."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.extract import extract_article, metadata
from pipeline.extract.metadata import parse_datetime

ALMATY, MOSCOW = ZoneInfo("Asia/Almaty"), ZoneInfo("Europe/Moscow")
STORY = "<p>" + "The foreign ministers of the five states met in Astana to talk about sharing river water. " * 8 \
    + "</p>"


def news_page(head: str = "", date_line: str = "") -> str:
    return (f"<html><head><title>River talks</title>{head}</head><body><article><h1>River talks</h1>"
            f"{date_line}{STORY}</article></body></html>")


ZONELESS_PAGES = {
    # DLE prints the day first and the time after a comma, Bitrix the time first.
    "dle": news_page(date_line='<div class="story-info">30-11-2026, 15:10</div>'),
    "bitrix": news_page(date_line='<span class="news-date-time">15:10 30.11.2026</span>'),
    "json-ld": news_page(head='<script type="application/ld+json">{"@type": "NewsArticle", '
                              '"headline": "River talks", "datePublished": "2026-11-30T15:10:00"}</script>'),
    "meta": news_page(head='<meta property="article:published_time" content="2026-11-30T15:10:00">'),
}


@pytest.mark.parametrize("shape", ZONELESS_PAGES)
def test_a_zoneless_time_is_read_on_the_outlets_clock(shape):
    html = ZONELESS_PAGES[shape]
    almaty = extract_article(html, url="https://news.example.kz/a", zone=ALMATY)
    moscow = extract_article(html, url="https://news.example.ru/a", zone=MOSCOW)
    assert almaty.published_at == datetime(2026, 11, 30, 10, 10, tzinfo=UTC)
    assert moscow.published_at == datetime(2026, 11, 30, 12, 10, tzinfo=UTC)


@pytest.mark.parametrize("shape", ZONELESS_PAGES)
def test_without_a_zone_for_the_outlet_it_is_utc(shape):
    assert extract_article(ZONELESS_PAGES[shape]).published_at == datetime(2026, 11, 30, 15, 10, tzinfo=UTC)


@pytest.mark.parametrize("stamp", ["2026-11-30T15:10:00+03:00", "2026-11-30T12:10:00Z", "Mon, 30 Nov 2026 12:10:00 GMT",
                                   "Mon, 30 Nov 2026 12:10:00 -0000", "Mon, 30 Nov 2026 15:10:00 +0300"])
def test_a_time_with_a_zone_or_an_offset_never_changes(stamp):
    html = news_page(head=f'<meta property="article:published_time" content="{stamp}">')
    for zone in (ALMATY, MOSCOW, UTC):
        assert extract_article(html, zone=zone).published_at == datetime(2026, 11, 30, 12, 10, tzinfo=UTC)


def test_a_day_without_its_time_keeps_its_day():
    # CMSs that store only the day write midnight; read on a clock east of UTC it would fall on the day before.
    for stamp in ("2026-11-30", "2026-11-30T00:00:00"):
        html = news_page(head=f'<meta property="article:published_time" content="{stamp}">')
        assert extract_article(html, zone=ALMATY).published_at == datetime(2026, 11, 30, tzinfo=UTC)
    dated = news_page(date_line='<div class="date">30 ноября 2026</div>')
    assert extract_article(dated, zone=ALMATY).published_at == datetime(2026, 11, 30, tzinfo=UTC)


def test_the_feeds_own_date_still_wins():
    feed_date = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    extracted = extract_article(ZONELESS_PAGES["json-ld"], feed_published=feed_date, zone=ALMATY)
    assert extracted.published_at == feed_date


def test_the_modified_time_is_read_on_the_same_clock():
    html = news_page(head='<meta property="article:modified_time" content="2026-12-01T09:30:00">')
    assert extract_article(html, zone=ALMATY).modified_at == datetime(2026, 12, 1, 4, 30, tzinfo=UTC)


def test_a_local_time_printed_minutes_ago_is_that_moment_not_a_future_one():
    # Almaty's clock runs five hours ahead of UTC: read as UTC, this time would lie in the future.
    moment = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    printed = moment.astimezone(ALMATY).replace(tzinfo=None).isoformat()
    assert parse_datetime(printed, ALMATY) == moment


TORONTO = ZoneInfo("America/Toronto")


def test_a_time_element_s_zoneless_stamp_in_utc_under_the_day_it_prints_is_read_as_utc():
    # HubSpot writes the post's instant in UTC with no zone under the time it prints on the outlet's clock: read on
    # Toronto's clock the stamp falls on the next day, read as UTC on the printed one.
    late = news_page(date_line='<time datetime="2026-12-01 03:40:00">Nov 30, 2026 10:40:00 PM</time>')
    assert extract_article(late, zone=TORONTO).published_at == datetime(2026, 12, 1, 3, 40, tzinfo=UTC)
    # A stamp on the outlet's clock under its own printed day, and one under no printed day, stay on that clock.
    local = news_page(date_line='<time datetime="2026-11-30 22:40:00">Nov 30, 2026 10:40:00 PM</time>')
    assert extract_article(local, zone=TORONTO).published_at == datetime(2026, 12, 1, 3, 40, tzinfo=UTC)
    bare = news_page(date_line='<time datetime="2026-12-01 03:40:00">Monday night</time>')
    assert extract_article(bare, zone=TORONTO).published_at == datetime(2026, 12, 1, 8, 40, tzinfo=UTC)
    morning = news_page(date_line='<time datetime="2026-11-30T15:10:00">30 ноября 2026, 15:10</time>')
    assert extract_article(morning, zone=ALMATY).published_at == datetime(2026, 11, 30, 10, 10, tzinfo=UTC)


CHICAGO = ZoneInfo("America/Chicago")


def test_a_microdata_meta_s_date_published_is_read_over_a_time_element_of_the_day_alone():
    # Squarespace states the post's moment in a `meta` of `itemprop` "datePublished" in the head, with its offset, and
    # prints the day alone in the `time` element's `datetime`: the evening in Duluth is the next day in UTC.
    meta = '<meta itemprop="datePublished" content="2026-12-01T18:45:00-0600">'
    time_line = '<time class="published" datetime="2026-12-01">December 1, 2026 at 6:45 PM</time>'
    stated = news_page(head=meta, date_line=time_line)
    assert extract_article(stated, zone=CHICAGO).published_at == datetime(2026, 12, 2, 0, 45, tzinfo=UTC)
    # A `meta` stating when the post was modified is no publication date: the printed day stays, with the time the
    # `time` element's text prints beside the day its `datetime` stamps, read on the outlet's clock (the evening, the
    # next day in UTC, as the page's label states it).
    later = meta.replace("datePublished", "dateModified").replace("2026-12-01T18:45", "2026-12-03T09:10")
    modified = news_page(head=later, date_line=time_line)
    assert extract_article(modified, zone=CHICAGO).published_at == datetime(2026, 12, 2, 0, 45, tzinfo=UTC)


def test_an_rdfa_submitted_line_dates_the_story_when_a_side_column_s_events_are_past(monkeypatch):
    # Drupal 7 prints the node's date in a span of RDFa's "dc:date dc:created" ("Submitted by ... on Tue, 03/11/2026 -
    # 09:15"); a side column's meetings, in blocks classed as dates, lie in the future on the day the page is read and
    # in the past a year and a half later, when they must not be taken for the story's date.
    submitted = ('<div class="meta submitted"><span property="dc:date dc:created" content="2026-11-03T09:15:00+00:00" '
                 'datatype="xsd:dateTime">Submitted by Aled Pryce-Whitaker on Tue, 03/11/2026 - 09:15</span></div>')
    meetings = ('<div id="sidebar-second"><div class="views-field views-field-field-date"><span class='
                '"date-display-single">Thu, 10/12/2026</span></div></div>')
    html = (f"<html><head><title>River talks</title></head><body><div id='content'><h1>River talks</h1>{submitted}"
            f"{STORY}</div>{meetings}</body></html>")
    monkeypatch.setattr(metadata, "_now", lambda: datetime(2028, 6, 1, tzinfo=UTC))
    assert extract_article(html).published_at == datetime(2026, 11, 3, 9, 15, tzinfo=UTC)
    # A span of RDFa's title is no date line: the meetings' day is all there is to read.
    titled = html.replace('property="dc:date dc:created"', 'property="dc:title"').replace("Tue, 03/11/2026 - 09:15", "")
    assert extract_article(titled).published_at == datetime(2026, 12, 10, tzinfo=UTC)


def test_a_meta_line_classed_by_its_component_dates_the_story_over_a_list_s_dates_after_it():
    # Adobe Experience Manager's text component classed "article-meta" prints the release's date and time in its
    # zone ("Press release | 3 December 2026, 00:30 CET"); a list of more news after the story dates its own items
    # in spans classed as dates, which are not the story's date. The page is read in its outlet's zone.
    meta = ('<div class="text article-meta"><div class="cmp-text"><p>Press release | 3 December 2026, 00:30 CET</p>'
            "</div></div>")
    more = ('<ul class="cmp-list"><li class="cmp-list__item"><a href="/news/office"><span class="cmp-list__item-title">'
            'New office in Tbilisi</span><span class="cmp-list__item-date">4 November 2026</span></a></li></ul>')
    html = (f"<html><head><title>River talks</title></head><body><main><h1>River talks</h1>{meta}{STORY}{more}"
            "</main></body></html>")
    amsterdam = ZoneInfo("Europe/Amsterdam")
    assert extract_article(html, zone=amsterdam).published_at == datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
    # A block whose class only has "meta" inside a word of its own (a summary's "metadata") is not read for it.
    plain = html.replace('class="text article-meta"', 'class="text article-metadata"')
    assert extract_article(plain, zone=amsterdam).published_at == datetime(2026, 11, 4, tzinfo=UTC)
