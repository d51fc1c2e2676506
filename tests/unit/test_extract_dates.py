"""Publication dates as the region's pages print them: every language's month names, the numeric orders,
and no date made up where the page gives only part of one."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest

from pipeline.extract import build_months, dates, extract_article, metadata
from pipeline.extract.dates import read_date
from pipeline.extract.metadata import parse_datetime

DECEMBER_3 = datetime(2025, 12, 3)


@pytest.mark.parametrize("text", [
    # Russian: genitive, nominative in a heading, abbreviations, "г." and "года"
    "3 декабря 2025", "3 декабря 2025 г.", "Среда, 3 дек. 2025 года", "Декабрь 3, 2025",
    # Kazakh (Cyrillic and Latin), year first or last
    "3 желтоқсан 2025", "2025 жылғы 3 желтоқсан", "2025 ж. 3 желтоқсанда", "3 jeltoqsan 2025",
    # Kyrgyz
    "2025-жылдын 3-декабры", "3-декабрь, 2025", "2025-жылы 3-декабрда",
    # Uzbek, Latin and Cyrillic
    "2025-yil 3-dekabr", "3 dekabr 2025 yil", "2025 йил 3 декабрь", "3-декабрда, 2025 йил",
    # Tajik: the izofa form and "соли"
    "3 декабри 2025", "3 декабри соли 2025",
    # Tajik in the Latin alphabet, with the izofa too
    "3 dekabri 2025", "3 dekabri soli 2025",
    # Turkmen
    "2025-nji ýylyň 3-nji dekabry", "3-nji dekabr 2025",
    # Turkish, Azerbaijani
    "3 Aralık 2025 Çarşamba", "3 dekabr 2025-ci il",
    # Persian, with a Gregorian month written out, in Persian digits; Uyghur in the Arabic script
    "۳ دسامبر ۲۰۲۵", "2025-يىلى 3-دېكابىر", "2025-يىل 3-دېكابىر",
    # English, German, French
    "December 3, 2025", "3rd of December 2025", "Wed, Dec. 3, 2025", "3. Dezember 2025", "3 décembre 2025",
    # Polish and Czech genitives, Spanish and Portuguese with their "de", Italian, Dutch
    "3 grudnia 2025", "3. prosince 2025", "3 de diciembre de 2025", "3 de dezembro de 2025", "3 dicembre 2025",
    "3 december 2025",
    # Catalan with its "de", and with a weekday and a time as a daily prints it
    "3 de desembre de 2025", "Dimecres, 3 de desembre de 2025, 19.30 h",
    # Maltese with its "ta'" ("of")
    "3 ta' Diċembru 2025",
    # Romanian, Hungarian with the year first, Ukrainian genitive
    "3 decembrie 2025", "2025. december 3.", "3 грудня 2025",
    # Arabic, with the name of Egypt and the Gulf and in Arabic-Indic digits; the Levant's name for May
    "3 ديسمبر 2025", "٣ ديسمبر ٢٠٢٥",
    # Numbers: day first in the region, year first when the year leads; Chinese
    "03.12.2025", "3/12/2025", "3-12-2025", "2025-12-03", "2025/12/03", "2025年12月3日",
])
def test_the_third_of_december_in_every_form(text):
    assert read_date(text) == DECEMBER_3


@pytest.mark.parametrize(("text", "expected"), [
    ("14 ноябри 2026", datetime(2026, 11, 14)),
    ("1 января 2026", datetime(2026, 1, 1)),
    ("12 қараша 2026, 10:15", datetime(2026, 11, 12, 10, 15)),
    ("10:15 / 05.03.2026", datetime(2026, 3, 5, 10, 15)),
    ("Версия 1.2.3, 05.03.2026", datetime(2026, 3, 5)),
    ("March 5, 2026, 2:40 pm", datetime(2026, 3, 5, 14, 40)),
    ("March 5, 2026, 12:05 am", datetime(2026, 3, 5, 0, 5)),
    ("29 февраля 2024", datetime(2024, 2, 29)),
    # Months whose names no other language gives: the Romanian, Hungarian and Ukrainian Februaries, Ukrainian locative
    ("14 februarie 2026, 11:20", datetime(2026, 2, 14, 11, 20)),
    ("2026. március 14. 09:41", datetime(2026, 3, 14, 9, 41)),
    ("14 лютого 2026", datetime(2026, 2, 14)),
    # Malay months no other language names so: "Disember", "Ogos", "Julai", "Mac"
    ("Khamis, 3 Disember 2026 @ 7:15am", datetime(2026, 12, 3, 7, 15)),
    ("14 Ogos 2026", datetime(2026, 8, 14)),
    ("2 Julai 2026", datetime(2026, 7, 2)),
    ("9 Mac 2026", datetime(2026, 3, 9)),
    # Swahili months, the month before the day as an East African daily prints it: "Desemba", "Machi", "Agosti"
    ("Ijumaa, Desemba 4, 2026", datetime(2026, 12, 4)),
    ("Machi 9, 2026", datetime(2026, 3, 9)),
    ("14 Agosti 2026", datetime(2026, 8, 14)),
    # Tagalog months ("Disyembre"); slashes month first beside a US time zone, day first without one
    ("Disyembre 4, 2026 | 9:12 PM", datetime(2026, 12, 4, 21, 12)),
    ("12/04/2026 10:00 AM EST", datetime(2026, 12, 4, 10, 0)),
    ("04/12/2026 10:00", datetime(2026, 12, 4, 10, 0)),
    # Albanian months; Sinhala months, the year first and the vowel marks and joiner inside the word
    ("04 Dhjetor 2026, 18:20", datetime(2026, 12, 4, 18, 20)),
    ("2026 දෙසැම්බර් 04 - පෙ.ව. 10:20", datetime(2026, 12, 4, 10, 20)),
    ("2026 අප්\u200dරේල් 14", datetime(2026, 4, 14)),
    # Thai months, abbreviated with their inner dot or whole with their marks, the year of the Buddhist era; a
    # Gregorian year beside a Thai month stays as it is; digits with a space after each dot, as Bosnian pages print them
    ("4 ธ.ค. 2569 20:15 น.", datetime(2026, 12, 4, 20, 15)),
    ("14 มี.ค. 2570", datetime(2027, 3, 14)),
    ("3 ธันวาคม 2026", datetime(2026, 12, 3)),
    ("4. 12. 2026. u 11:05", datetime(2026, 12, 4, 11, 5)),
    # Japanese years of the Reiwa era (its first "元年") and full-width digits; Tamil months with their vowel marks;
    # Georgian months and their dative, the year first with its word; Armenian months in the genitive
    ("発表日：令和8年12月3日（木曜日）", datetime(2026, 12, 3)),
    ("令和元年5月1日", datetime(2019, 5, 1)),
    ("令和８年１２月３日", datetime(2026, 12, 3)),
    ("பதிவு: டிசம்பர் 04, 2026 06:30", datetime(2026, 12, 4, 6, 30)),
    ("3 დეკემბერი, 2026 17:40", datetime(2026, 12, 3, 17, 40)),
    ("2026 წლის 3 დეკემბერს", datetime(2026, 12, 3)),
    ("14:40, 2 դեկտեմբերի 2026", datetime(2026, 12, 2, 14, 40)),
    ("Դեկտեմբեր 4, 2026 թ.", datetime(2026, 12, 4)),
    # Solar Hijri: the 12th of Azar 1404 is the 3rd of December 2025
    ("۱۲ آذر ۱۴۰۴", datetime(2025, 12, 3)),
    # Afghanistan's zodiac names of the same months, before the Gregorian date in brackets: the first date is read,
    # not the Solar year taken with the Gregorian day and month after it
    ("چهارشنبه ۱۲ قوس ۱۴۰۵ (۳ دسامبر ۲۰۲۶)", datetime(2026, 12, 3)),
    ("۱ حمل ۱۴۰۶", datetime(2027, 3, 21)),
    # Pashto's own names of the same months: the 13th of Lindai (Azar) 1405 is the 4th of December 2026
    ("جمعه، ۱۳ لیندۍ ۱۴۰۵", datetime(2026, 12, 4)),
    ("1 Farvardin" , None),
])
def test_dates_with_their_time_of_day(text, expected):
    assert read_date(text) == expected


# French and Portuguese pages write the time with an "h" between hours and minutes; a Brazilian page's evening time is
# the next day in UTC, so the day alone is not enough (the forty-third international batch).
@pytest.mark.parametrize(("text", "expected"), [
    ("03/12/2026 às 22h40", datetime(2026, 12, 3, 22, 40)),
    ("Publié le 27 novembre 2026 à 06h30", datetime(2026, 11, 27, 6, 30)),
    ("Mis à jour le 05.12.2026 à 18H05", datetime(2026, 12, 5, 18, 5)),
    ("03/12/2026 às 25h70", datetime(2026, 12, 3)),
])
def test_a_time_written_with_an_h_between_hours_and_minutes(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", [
    "декабрь 2025", "December 2025", "2025", "2025 жыл", "12.2025", "2025-12",
    "сегодня, 14:30", "вчера", "today", "yesterday", "bugun", "кеше", "дирӯз",
    "31 ноября 2025", "29.02.2025", "12/32/2025", "3 Smarch 2025", "",
])
def test_a_date_not_given_whole_is_none_never_a_default_day(text):
    assert read_date(text) is None


def test_timestamps_are_utc_and_never_in_the_future():
    assert parse_datetime("2025-12-03T10:15:00+05:00") == datetime(2025, 12, 3, 5, 15, tzinfo=UTC)
    assert parse_datetime("Wed, 03 Dec 2025 10:15:00 +0300") == datetime(2025, 12, 3, 7, 15, tzinfo=UTC)
    assert parse_datetime("3 декабря 2025, 10:15") == datetime(2025, 12, 3, 10, 15, tzinfo=UTC)
    # A local date of today, read as UTC, may run a few hours ahead; next week is not a publication date.
    assert parse_datetime(datetime.now(UTC).strftime("%d.%m.%Y")) is not None
    assert parse_datetime((datetime.now(UTC) + timedelta(days=7)).strftime("%d.%m.%Y")) is None
    assert parse_datetime("3 декабря 1985") is None


def _page(date_line: str) -> str:
    story = "".join(f"<p>Министры обсудили водный график и новые пункты пропуска на границе, раздел {n}.</p>"
                    for n in range(8))
    return (f"<html><body><article><h1>Переговоры в Душанбе</h1><div class='news-date'>{date_line}</div>"
            f"{story}<footer>© 2025 Пайк</footer></article></body></html>")


def test_the_page_date_line_in_the_region_s_languages_becomes_published_at():
    assert extract_article(_page("14 ноябри 2025, 09:30")).published_at == datetime(2025, 11, 14, 9, 30,
                                                                                   tzinfo=UTC)
    assert extract_article(_page("3 декабря 2025")).published_at == datetime(2025, 12, 3, tzinfo=UTC)


def test_a_page_that_gives_a_year_alone_has_no_published_date():
    assert extract_article(_page("ноябрь 2025")).published_at is None


_STORY = "".join(f"<p>Министры обсудили водный график и новые пункты пропуска на границе, раздел {n}.</p>"
                 for n in range(8))


def test_a_time_element_s_own_date_comes_before_a_top_bar_s_date_of_today():
    html = ("<html><body><div class='top-date'>Juma, 4-dekabr, 2025</div><article><h1>Aral boyı</h1>"
            f"<time class='entry-date' datetime='2025-12-02T11:30:00+05:00'>2-dekabr, 2025</time>{_STORY}</article>"
            "</body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 2, 6, 30, tzinfo=UTC)


def test_a_date_printed_under_a_headline_without_a_dated_class_is_read_last():
    html = ("<html><head><meta property='og:title' content='Солнечная станция в Нарыне'></head><body>"
            "<div class='t-title'>Солнечная станция в Нарыне</div><div class='t-descr'>Истории · 1 декабря 2025</div>"
            f"{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 1, tzinfo=UTC)
    assert extract_article(html.replace("Солнечная станция в Нарыне</div>", "Другой заголовок</div>")).published_at \
        is None


def test_a_date_printed_right_above_the_headline_is_read_after_the_lines_under_it():
    # A TV report's text version prints the day it went on air in its issue line, above the headline.
    issue = "<div class='report__issue'>Выпуск: «Новости Юга» от 01.12.2025, 19:00</div>"
    html = f"<html><body><article>{issue}<h1>Рынок в Кара-Суу</h1>{_STORY}</article></body></html>"
    assert extract_article(html).published_at == datetime(2025, 12, 1, 19, tzinfo=UTC)
    under = html.replace("</h1>", "</h1><div class='report__lead'>30.11.2025</div>")
    assert extract_article(under).published_at == datetime(2025, 11, 30, tzinfo=UTC)


def test_a_printed_issue_s_day_in_the_title_is_read_last():
    # A newspaper's page turned from PDF into HTML names its issue and day in the title and in its running head only.
    html = ("<html><head><title>Кўприк таъмирланди — «Жиззах ҳаёти», 2025 йил 28 ноябрь, № 90</title></head><body>"
            f"<div class='pc'><div class='t'>Кўприк таъмирланди</div>{_STORY}</div></body></html>")
    assert extract_article(html).published_at == datetime(2025, 11, 28, tzinfo=UTC)
    assert extract_article(html.replace("2025 йил 28 ноябрь", "№ 90")).published_at is None


def test_a_newsletter_archive_s_issue_date_is_read_under_its_first_h1():
    # The archive's title names the issue, its h1 only the letter; the issue's date stands under the h1.
    html = ("<html><head><title>Steppe notes #12: river talks</title></head><body><table><tr><td>"
            "<h1>Steppe notes</h1><p class='issue'>Issue #12 · December 1, 2025</p></td></tr></table>"
            f"{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 1, tzinfo=UTC)
    assert extract_article(html.replace("<h1>Steppe notes</h1>", "<h2>Steppe notes</h2>")).published_at is None


def test_an_old_portal_s_h2_headline_gives_the_date_line_under_it_on_a_page_without_an_h1():
    # A district paper's site heads its story with an h2 its title opens with, the date in a div classed "dt".
    html = ("<html><head><title>Мактабда янги ошхона очилди — Ургут тонги</title></head><body>"
            "<div class='menu'>Бош саҳифа</div><h2 class='ttl'>Мактабда янги ошхона очилди</h2>"
            f"<div class='dt'>27 ноябрь 2025 йил</div><div class='txt'>{_STORY}</div></body></html>")
    assert extract_article(html).published_at == datetime(2025, 11, 27, tzinfo=UTC)
    # An h2 the title does not open with is a section's heading, not the story's.
    assert extract_article(html.replace("<h2 class='ttl'>", "<h2 class='ttl'>Янгиликлар: ")).published_at is None


@pytest.mark.parametrize(("text", "expected"), [
    ("4 أيار 2026", datetime(2026, 5, 4)),
    ("15 آب 2025", datetime(2025, 8, 15)),
])
def test_the_levant_s_month_names(text, expected):
    assert read_date(text) == expected


def test_a_ucoz_entry_s_details_line_gives_its_date():
    html = (f"<html><body><h1>Корхонаи нав</h1>{_STORY}<div class='eDetails'>Категория: Хабарҳо | Просмотров: 312 | "
            "Дата: 02.12.2025 | Комментарии (0)</div></body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 2, tzinfo=UTC)


def test_a_top_bar_s_today_line_is_passed_over_for_the_story_s_date_line():
    html = ("<html><body><div class='header-date'>Сегодня: 4 декабря 2025</div><h1>Шахтные воды</h1>"
            f"<div class='article-info'>30.11.2025 | 11:15</div>{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2025, 11, 30, 11, 15, tzinfo=UTC)


def test_a_top_bar_s_bare_day_gives_way_to_the_story_s_line_of_that_day_with_its_time():
    html = ("<html><body><div class='top-bar'><span class='top-date'>Saturday, December 5, 2026</span></div>"
            f"<h1>Yarn for Tashkent</h1><span class='date'>Sat Dec 5, 2026 04:30 AM</span>{_STORY}</body></html>")
    dhaka = timezone(timedelta(hours=6))
    assert extract_article(html, zone=dhaka).published_at == datetime(2026, 12, 4, 22, 30, tzinfo=UTC)


def test_a_top_bar_s_bare_day_gives_way_to_the_story_s_line_of_an_earlier_day_with_its_time():
    html = ("<html><body><div class='top-bar'><span class='top-date'>Chủ nhật, 06/12/2026</span></div>"
            f"<h1>Cà phê cho Almaty</h1><span class='nn-time'>Thứ năm, 03/12/2026 09:45 (GMT+7)</span>{_STORY}"
            "</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 3, 9, 45, tzinfo=UTC)


def test_an_update_line_printed_above_the_first_published_one_is_read_after_it():
    html = ("<html><body><h1>Rigs for Aktau</h1><div class='timestamps'><p class='updated'>Updated Dec. 4, 2026, "
            f"8:12am CST</p><p class='published'>Published Dec. 3, 2026, 5:45pm CST</p></div>{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 3, 17, 45, tzinfo=UTC)


def test_an_update_line_alone_still_gives_its_date():
    html = f"<html><body><h1>Rigs for Aktau</h1><p class='updated'>Updated Dec. 4, 2026</p>{_STORY}</body></html>"
    assert extract_article(html).published_at == datetime(2026, 12, 4, tzinfo=UTC)


def test_a_bare_day_stands_when_the_next_line_is_another_day():
    html = ("<html><body><h1>Yarn for Tashkent</h1><span class='date'>December 3, 2026</span>"
            f"{_STORY}<div class='comment-date'>Dec 5, 2026 09:10 AM</div></body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 3, tzinfo=UTC)


def test_a_comment_s_time_is_not_the_story_s_under_a_page_that_prints_only_its_day():
    """A WordPress comment list's `time` elements, and a comment's date line on the story's own day, say when readers
    wrote: the story keeps its bare day. A `time` in the story's meta bar, classed for its comment count beside it,
    is the story's."""
    comments = ("<ol class='commentlist'><li class='comment'><footer class='comment-meta'><time "
                "datetime='2026-12-03T12:41:00+05:00'>3 December 2026, 12:41</time></footer><p>Well done.</p></li></ol>"
                "<div class='comments'><div class='comment-date'>03.12.2026 14:05</div></div>")
    html = (f"<html><body><h1>Interpreters for the deaf</h1><div class='post-date'>3 December 2026</div>{_STORY}"
            f"{comments}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 3, tzinfo=UTC)
    meta = ("<div class='entry-meta has-comments'><time datetime='2026-12-03T09:15:00+05:00'>9:15</time> "
            "<a class='comments-link' href='#comments'>2</a></div>")
    assert extract_article(html.replace("<div class='post-date'>3 December 2026</div>", meta)).published_at \
        == datetime(2026, 12, 3, 4, 15, tzinfo=UTC)


def test_a_wix_time_hook_gives_its_date():
    html = (f"<html><body><h1>Якшәмбе мәктәбе</h1><span data-hook='time-ago'>2 декабрь, 2025</span>{_STORY}"
            "</body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 2, tzinfo=UTC)


def test_a_date_named_in_a_data_qa_attribute_gives_its_date_where_class_names_are_hashes():
    html = ("<html><body><h1 class='css-1ncjg9y'>Tunnel contract</h1><div class='css-ssyh6b'>Summary</div>"
            "<div class='css-1kxc1ar'>Vivian Lau</div><div data-qa='ArticleDate-Container' class='css-16c7hvc'>"
            f"<span data-qa='ArticleDate-Published'>Published: 6:30am, 2 Dec 2025</span></div>{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2025, 12, 2, 6, 30, tzinfo=UTC)


def test_a_line_classed_as_the_date_in_spanish_or_german_gives_its_date_after_a_dateline():
    for line in ("<div class='nota-fecha'>Monterrey, Nuevo León / 02 de diciembre de 2025 · 10:45 hrs</div>",
                 "<p class='artikel-datum'>Leipzig, 2. Dezember 2025</p>"):
        html = f"<html><body><h1>Planta nueva</h1><p>Por Ana Ruiz</p><p>Negocios</p>{line}{_STORY}</body></html>"
        assert extract_article(html).published_at.date() == date(2025, 12, 2)


def test_an_event_s_own_date_gives_way_to_the_day_its_page_was_published():
    html = ("<html><body><h1>Ports on the Caspian</h1><div class='event-meta'><p class='event-date'>Thursday, "
            "December 3, 2026, 10:00 a.m.</p></div><div class='recap'><span class='published'>Published December 4, "
            f"2026</span></div>{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 4, tzinfo=UTC)


def test_a_line_named_for_an_event_beside_the_headline_dates_a_page_that_states_no_other_date():
    # An official portal names its news items "events": the press office's date line, right under its h2 headline.
    html = ("<html><body><h1 class='site-name'>Президенттің ресми сайты</h1><article class='event'>"
            "<h2 class='event__title'>Мемлекет басшысы Ташкентке барды</h2>"
            f"<div class='event__date'>05 желтоқсан 2026, 14:30</div>{_STORY}</article></body></html>")
    assert extract_article(html, zone=timezone(timedelta(hours=5))).published_at \
        == datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    # The page's own date still wins over the event's where it prints one.
    recap = html.replace("</article>", "<div class='recap'><span class='published'>Published December 6, 2026</span>"
                                       "</div></article>")
    assert extract_article(recap).published_at == datetime(2026, 12, 6, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("4 டிசம்பர் 2026, 10:30", datetime(2026, 12, 4, 10, 30)),  # Tamil: vowel signs and the virama are marks
    ("4 ডিসেম্বর ২০২৬", datetime(2026, 12, 4)),  # Bengali, with its own digits
    ("3 դեկտեմբերի 2026", datetime(2026, 12, 3)),  # Armenian, the form a day number governs
    ("Πέμπτη 3 Δεκεμβρίου 2026", datetime(2026, 12, 3)),
    ("Vrydag 4 Desember 2026 | 14:20", datetime(2026, 12, 4, 14, 20)),  # Afrikaans
    ("3 listopada 2026", datetime(2026, 11, 3)),  # Polish November: the written list wins Croatian's October
])
def test_a_language_the_written_list_lacks_reads_its_months_from_cldr(text, expected):
    assert read_date(text) == expected


def test_the_cldr_month_names_are_the_ones_babel_gives():
    data = json.loads(Path(dates.__file__).with_name("month_names_cldr.json").read_text(encoding="utf-8"))
    assert data["months"] == build_months.collect()


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-jıl 28-noyabr, 09:05", datetime(2026, 11, 28, 9, 5)),  # the forty-seventh batch's consumer rights page
    ("2026-jıldıń 3-dekabri", datetime(2026, 12, 3)),
    ("28-noyabr 2026-jıl", datetime(2026, 11, 28)),
])
def test_karakalpak_s_latin_word_for_the_year_stands_between_a_date_s_parts(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("line, text", [
    ("<dl class='meta-date'><dt>Published</dt><dd>December 4, 2026</dd></dl>", "Published December 4, 2026"),
    ("<span class='date'><!-- from the feed -->4 December 2026</span>", "4 December 2026"),
    ("<p class='date'><b>4</b> December<br>2026<?cms stamp?>, 09:30</p>", "4 December 2026, 09:30"),
])
def test_a_date_line_is_read_with_its_blocks_apart_and_without_its_comments(line, text):
    assert metadata._date_line(lxml.html.fromstring(line)) == text


def test_a_post_footer_s_abbr_states_the_moment_its_printed_time_of_day_stands_for():
    """Blogger (and the hAtom themes) print the day in a date header over the post and only the time of day in the
    post footer, the whole moment with its offset in the `abbr`'s title: after midnight at UTC+5 it is the evening
    before in UTC. An `abbr` naming something else ("UTC+5" spelled out) gives no date."""
    footer = ("<div class='post-footer'>Posted by Ruth at <abbr class='published' itemprop='datePublished' "
              "title='2026-12-03T01:20:00+05:00'>01:20</abbr></div>")
    html = (f"<html><body><h2 class='date-header'><span>Thursday, 3 December 2026</span></h2><h3>Through the sump"
            f"</h3>{_STORY}{footer}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 2, 20, 20, tzinfo=UTC)
    plain = html.replace(footer, "<p>Camp time is <abbr title='Coordinated Universal Time plus five'>UTC+5</abbr>.</p>")
    assert extract_article(plain).published_at == datetime(2026, 12, 3, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("Publikigita la 2-an de decembro 2026", datetime(2026, 12, 2)),  # the accusative ordinal, "on the 2nd"
    ("la 2-a de decembro 2026, 14:05", datetime(2026, 12, 2, 14, 5)),  # the nominative
    ("de 2 a 4 de dezembro de 2026", datetime(2026, 12, 4)),  # a Portuguese span still gives its last day
])
def test_esperanto_s_ordinal_endings_stand_between_a_date_s_day_and_its_month(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Diardaoin, 3 Dùbhlachd 2026", datetime(2026, 12, 3)),  # CLDR's "dhen Dùbhlachd": the month is its last word
    ("21 Màrt 2027, 19:30", datetime(2027, 3, 21, 19, 30)),
    ("12 Sultain 2026", datetime(2026, 9, 12)),  # "An t-Sultain": the word after the hyphen
    ("Thig iad sa Mhàrt 2027", None),  # a month and a year are no day
])
def test_scottish_gaelic_months_are_read_from_cldr_s_names_after_their_article(text, expected):
    assert read_date(text) == expected
    assert build_months._month_word("dhen Dùbhlachd") == "dùbhlachd"
    assert build_months._month_word("An t-Sultain") == "sultain"
    assert build_months._month_word("desember") == "desember"


@pytest.mark.parametrize(("text", "expected"), [
    ("1 desimber 2026 om 00:30", datetime(2026, 12, 1, 0, 30)),  # a Frisian club's post meta, time after "om"
    ("tiisdei 17 novimber 2026", datetime(2026, 11, 17)),
    ("freed 5 febrewaris 2027", datetime(2027, 2, 5)),
    ("Yn septimber 2027 komme se werom", None),  # a month and a year are no day
])
def test_west_frisian_months_are_read_from_cldr(text, expected):
    assert read_date(text) == expected
    assert "desimber" in build_months.collect()["12"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1 Disemba 2026", datetime(2026, 12, 1)),  # the fifty-second batch's Zulu council news, a publish date span
    ("ngoLwesithathu, 14 Januwari 2027", datetime(2027, 1, 14)),
    ("3 Matshi 2027, 09:15", datetime(2027, 3, 3, 9, 15)),  # Xhosa
])
def test_zulu_and_xhosa_months_are_read_from_cldr(text, expected):
    assert read_date(text) == expected
    assert "disemba" in build_months.collect()["12"]


def test_a_zulu_story_s_sentence_naming_a_month_and_a_year_is_no_date():
    # The story's words round a month, "ngoDisemba" with its prefix, a month and a year with no day, are read as none.
    for text in ("Umkhandlu uzohlangana ngoFebhuwari 2027 ukuze ubike ngenqubekela phambili.",
                 "Izinhlangothi zombili zihlangane ngoDisemba 2026 eThekwini.", "Bahlangane ngo-Disemba"):
        assert read_date(text) is None
    assert not dates.is_date_line("Umkhandlu uzobika emhlanganweni wawo ngo-Agasti 2027.")


def test_a_side_column_s_time_elements_date_its_pointers_not_a_story_dated_in_words():
    """A story dated only in words, beside an `aside` listing other news each under a `time`: the story's line is its
    date. Where the page gives nothing else, the aside's `time` still dates it; a `time` in the story's own header
    still comes before any line."""
    aside = ("<aside class='sidebar'><h2>Other news</h2><ul><li><a href='/a'>Summer schools open</a>"
             "<time datetime='2026-11-25'>25 November 2026</time></li></ul></aside>")
    html = (f"<html><body><article><h1>Musicians from Bishkek coming in spring</h1><p class='entry__date'>Thursday, "
            f"3 December 2026</p>{_STORY}</article>{aside}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 3, tzinfo=UTC)
    undated = html.replace("<p class='entry__date'>Thursday, 3 December 2026</p>", "")
    assert extract_article(undated).published_at == datetime(2026, 11, 25, tzinfo=UTC)
    stamped = html.replace("<h1>", "<time datetime='2026-12-02'>2 Dec</time><h1>")
    assert extract_article(stamped).published_at == datetime(2026, 12, 2, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("11/28/2026 | 2 Comments", datetime(2026, 11, 28)),  # Weebly's blog date: read day first it names no month
    ("12/31/2026 09:15 am", datetime(2026, 12, 31, 9, 15)),
    ("03/12/2026", datetime(2026, 12, 3)),  # both readings name a day: day first, as the region prints it
    ("28/11/2026", datetime(2026, 11, 28)),
    ("11.28.2026", None),  # dots are never month first
    ("13/28/2026", None),
])
def test_slashes_month_first_are_read_so_where_day_first_names_no_month(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tue, 12/01/2026 - 09:10", datetime(2026, 12, 1, 9, 10)),  # Drupal's default: 12 January 2026 was a Monday
    ("Friday 11/06/2026", datetime(2026, 11, 6)),
    ("Mon, 12/01/2026 - 09:10", datetime(2026, 1, 12, 9, 10)),  # the weekday of the day-first reading: day first
    ("Thu 03/12/2026", datetime(2026, 12, 3)),  # both readings fall on a Thursday: day first, as the region prints it
    ("Sunday 03/12/2026", datetime(2026, 12, 3)),  # the weekday of neither: day first
])
def test_a_weekday_before_slashes_reads_them_month_first_where_only_that_reading_falls_on_it(text, expected):
    assert read_date(text) == expected


def test_a_byline_s_camel_case_published_class_dates_the_story_before_a_portlet_s_dated_list():
    """Plone's byline prints the published day in a `span.documentPublished`, a class naming it with a capital, and
    the last modified day after it; a portlet beside the story lists other news each with its date in a class of
    details. The byline's published day is the story's; a story's own sentence naming a day is no date line."""
    byline = ("<div class='documentByLine'><span class='documentAuthor'>by Gill Hartley</span> — <span "
              "class='documentPublished'><span>published</span> Nov 27, 2026 02:05 PM</span>, <span "
              "class='documentModified'><span>last modified</span> Nov 28, 2026 10:12 AM</span></div>")
    portlet = ("<aside class='portlet portletNews'><ul><li><a href='/s'>Glossy ibis at the lake<span "
               "class='portletItemDetails'>Nov 25, 2026</span></a></li></ul></aside>")
    html = (f"<html><body><h1>Counting lapwings</h1>{byline}<p>The survey was published on 20 November 2026 by the "
            f"reserve.</p>{_STORY}{portlet}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 11, 27, 14, 5, tzinfo=UTC)
    unclassed = html.replace(" class='documentPublished'", "").replace(" class='documentModified'", "")
    assert extract_article(unclassed).published_at == datetime(2026, 11, 25, tzinfo=UTC)


def test_a_cover_s_title_block_over_its_subtitle_leads_to_the_date_under_it_on_a_page_without_an_h1():
    """Odoo's blog cover prints no `h1`: the title and the subtitle stand in `div`s of one title block, the author
    over the day in the block after it, in no dated class. The block opening with the whole title is the headline
    whose next lines are read; a side column's title block that does not open with the title leads nowhere."""
    cover = ("<div class='o_wblog_post_title'><div id='o_wblog_post_name'>Masu saƙa daga Uzbekistan sun ziyarci "
             "Kano</div><div id='o_wblog_post_subtitle'>Baƙi daga Marg'ilon sun koyi rini</div></div>"
             "<div class='text-white'><span>Hauwa Abdullahi</span> <small>28 Nuwamba, 2026</small></div>")
    side = ("<div class='sidebar'><h6 class='block-title'>Sabbin labarai</h6><p>Farashin shuni ya tashi, "
            "20 Nuwamba, 2026</p></div>")
    html = ("<html><head><meta property='og:title' content='Masu saƙa daga Uzbekistan sun ziyarci Kano'></head>"
            f"<body>{cover}{_STORY}{side}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 11, 28, tzinfo=UTC)
    assert extract_article(html.replace(cover, "")).published_at is None


def test_a_date_line_named_by_its_id_alone_dates_the_story_before_a_side_column_s_summaries():
    """CMS Made Simple's News detail prints the day in a `div` named by its id alone ("NewsPostDetailDate") over the
    title, no class; its side column's summaries class theirs ("NewsSummaryPostdate"). Read in the page's order, the
    story's own line comes first; an id that names no date ("NewsPostDetailWhen") leaves the summaries' date."""
    detail = ("<div id='NewsPostDetailDate'>02/12/2026 18:30</div><h3 id='NewsPostDetailTitle'>Seis espeleólogos "
              "baxan en a cueva de Boybuloq</h3>")
    side = ("<aside id='sidebar'><div class='NewsSummary'><div class='NewsSummaryPostdate'>14/11/2026</div>"
            "<div class='NewsSummaryLink'><a href='/n'>Limpieza d'a cueva d'os Osos</a></div></div></aside>")
    html = f"<html><body><div id='main'>{detail}{_STORY}</div>{side}</body></html>"
    assert extract_article(html).published_at == datetime(2026, 12, 2, 18, 30, tzinfo=UTC)
    unnamed = html.replace("NewsPostDetailDate", "NewsPostDetailWhen")
    assert extract_article(unnamed).published_at == datetime(2026, 11, 14, tzinfo=UTC)


def test_a_time_element_stamped_with_its_day_alone_gives_the_time_its_text_prints_on_the_outlet_s_clock():
    """Ameba writes the entry's day alone in the `time` element's `datetime` ("2026-12-03") and prints the day with its
    time in the element's text ("2026-12-03 00:40:00", Japan time): the text's moment is taken on the outlet's clock,
    the evening before in UTC, not the bare day's midnight in UTC. A text of another day, or of the day alone, leaves
    the stamp's day."""
    entry = ("<div class='skin-entryHead'><h2 class='skin-entryTitle'>ビシュケクで教わったラグマン</h2>"
             "<p class='skin-entryPubdate'><time datetime='2026-12-03'>2026-12-03 00:40:00</time></p></div>")
    html = f"<html><body><article>{entry}{_STORY}</article></body></html>"
    tokyo = timezone(timedelta(hours=9))
    assert extract_article(html, zone=tokyo).published_at == datetime(2026, 12, 2, 15, 40, tzinfo=UTC)
    assert extract_article(html).published_at == datetime(2026, 12, 3, 0, 40, tzinfo=UTC)
    other_day = html.replace(">2026-12-03 00:40:00<", ">2026-12-04 00:40:00<")
    assert extract_article(other_day, zone=tokyo).published_at == datetime(2026, 12, 3, tzinfo=UTC)
    day_alone = html.replace(">2026-12-03 00:40:00<", ">2026-12-03<")
    assert extract_article(day_alone, zone=tokyo).published_at == datetime(2026, 12, 3, tzinfo=UTC)


def test_a_time_stating_the_published_day_alone_in_its_itemprop_gives_the_time_its_text_prints():
    """TYPO3's news extension states the story's day alone in `<time itemprop="datePublished" datetime="2026-12-02">`
    and prints the day with its time ("02.12.2026 11:20", a Kazakh government press centre's briefing): the printed
    moment is taken on the outlet's clock, as a text's stamp of the day alone gives it, not the bare day's midnight in
    UTC. A text of another day, or of the day alone, leaves the stated day; a stamp with its own time stands."""
    story = ("<div class='news news-single'><div class='article'><div class='header'><h3 itemprop='headline'>"
             "Брифинг в Правительстве</h3></div><p><span class='news-list-date'><time itemprop='datePublished' "
             f"datetime='2026-12-02'>02.12.2026 11:20</time></span></p>{_STORY}</div></div>")
    html = f"<html><body>{story}</body></html>"
    astana = timezone(timedelta(hours=5))
    assert extract_article(html, zone=astana).published_at == datetime(2026, 12, 2, 6, 20, tzinfo=UTC)
    other_day = html.replace(">02.12.2026 11:20<", ">03.12.2026 11:20<")
    assert extract_article(other_day, zone=astana).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    day_alone = html.replace(">02.12.2026 11:20<", ">02.12.2026<")
    assert extract_article(day_alone, zone=astana).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    own_time = html.replace("datetime='2026-12-02'", "datetime='2026-12-02T09:00:00+05:00'")
    assert extract_article(own_time, zone=astana).published_at == datetime(2026, 12, 2, 4, 0, tzinfo=UTC)


def test_a_date_line_under_the_story_s_heading_is_read_where_the_h1_is_the_site_s_brand(monkeypatch):
    """Zikula's News item: the page's only h1 is the site's brand, linking home, over its slogan; the story's heading
    is an `h3.news_title`, with "Contributed by ... on 01 Dec 2026 - 14:22" under it in a class that names no date. The
    title read off the `<title>` is that heading, and the line under it dates the story; a heading that is not the
    title gives no date. htmldate's quick look, which finds such a line on some pages and not on others (the Zikula
    page's), is left out."""
    monkeypatch.setattr(metadata, "find_date", lambda *args, **kwargs: None)
    head = "<title>Society members survey fungi in Arslanbob :: Pennine Mycological Society</title>"
    brand = ("<div id='header'><h1><a href='/'>Pennine Mycological Society</a></h1><h2>Recording the fungi of the "
             "Pennines</h2></div>")
    story = ("<h3 class='news_title'>Society members survey fungi in Arslanbob</h3><span class='news_meta'>"
             "Contributed by <a href='/u'>Gwen</a> on 01 Dec 2026 - 14:22 (117 Reads)</span>")
    html = f"<html><head>{head}</head><body>{brand}<div id='main'>{story}<div>{_STORY}</div></div></body></html>"
    got = extract_article(html)
    assert got.title == "Society members survey fungi in Arslanbob"
    assert got.published_at == datetime(2026, 12, 1, 14, 22, tzinfo=UTC)
    other = html.replace("news_title'>Society members", "news_title'>Members of the society")
    assert extract_article(other).published_at is None


def test_a_day_printed_with_its_weekday_and_no_year_is_dated_in_the_year_it_falls_on_that_weekday(monkeypatch):
    """PHP-Nuke prints a story's day as "Posted on Tuesday, December 01 @ 18:40:12 GMT", no year, under its title: of
    the five years up to the day of reading, the one in which 1 December is a Tuesday is 2026, read in December 2026 or
    in June 2028 alike. A weekday on which the day falls in none of those years (a Wednesday) gives no date, and nor
    does a day still to come."""
    monkeypatch.setattr(metadata, "find_date", lambda *args, **kwargs: None)
    page = ("<html><head><title>Bridge Club - Narrow win in the online friendly against Almaty</title>"
            "</head><body><img src='/logo.gif' alt='Bridge Club'><table><tr><td><font class='title'><b>Narrow win in "
            "the online friendly against Almaty</b>"
            "</font><br><font class='tiny'>Posted on {} @ 18:40:12 GMT by jtrelawney</font><br><br>"
            f"<font class='content'>{_STORY}</font></td></tr></table></body></html>")
    for today in (datetime(2026, 12, 7, tzinfo=UTC), datetime(2028, 6, 1, tzinfo=UTC)):
        monkeypatch.setattr(metadata, "_now", lambda today=today: today)
        assert extract_article(page.format("Tuesday, December 01")).published_at == datetime(
            2026, 12, 1, 18, 40, 12, tzinfo=UTC)
    monkeypatch.setattr(metadata, "_now", lambda: datetime(2026, 12, 7, tzinfo=UTC))
    assert extract_article(page.format("Wednesday, December 01")).published_at is None
    assert extract_article(page.format("Sunday, December 13")).published_at is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Wozjewjene: 30. nowembra 2026 | Awtor: Jurij Šołta", datetime(2026, 11, 30)),
    ("3. decembra 2026", datetime(2026, 12, 3)),
    ("Publikowane 4. měrca 2026", datetime(2026, 3, 4)),
    ("Eployî pa fmathy li semdi 28 di nôvimbe 2026 a 17:10 (312 lijheus)", datetime(2026, 11, 28, 17, 10)),
    ("li 2 di decimbe 2026", datetime(2026, 12, 2)),
    ("12 di djanvir 2026", datetime(2026, 1, 12)),
    # A month and a year with no day, in either language, give no date.
    ("nowember 2026", None),
    ("nôvimbe 2026", None),
])
def test_upper_sorbian_genitive_and_walloon_months_are_read(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("03 Dec '26 - 09:30 · Written by Alasdair Fenwick · News", datetime(2026, 12, 3, 9, 30)),
    ("December 3 \u201926", datetime(2026, 12, 3)),
    # Two digits with no apostrophe, or after a letter's, are no year.
    ("03 Dec 26 - 09:30", None),
    ("03 Dec rock'26", None),
])
def test_a_year_of_two_digits_after_an_apostrophe_beside_a_month_s_name_is_read_in_this_century(text, expected):
    assert read_date(text) == expected


def test_a_date_line_under_an_h2_reading_as_the_title_is_read_where_the_h1_is_the_site_s_brand(monkeypatch):
    """A PivotX or Nucleus entry: the page's h1 is the site's brand, linking home, over its description; the entry's
    heading is an unclassed h2 linking to itself, with its meta line under it in a `div.meta`. The h2 reading as the
    title dates the story by that line; an h2 that does not read as the title gives no date. htmldate's quick look is
    left out, as in the Zikula test above."""
    monkeypatch.setattr(metadata, "find_date", lambda *args, **kwargs: None)
    page = ("<html><head><title>Kendal Wool Guild &raquo; Spinners from Osh visit the guild</title></head><body>"
            "<div id='header'><h1><a href='/'>Kendal Wool Guild</a></h1><p>Spinning in the fells since 1961</p></div>"
            "<div id='content'><h2><a href='/entry/osh'>{}</a></h2><div class='meta'>04 December 2026 - 10:15 "
            f"&middot; Written by <a href='/a'>Ruth</a></div><div>{_STORY}</div></div></body></html>")
    read = [extract_article(page.format(heading)).published_at
            for heading in ("Spinners from Osh visit the guild", "Guests from Osh visit the guild")]
    assert read == [datetime(2026, 12, 4, 10, 15, tzinfo=UTC), None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Feagne, ai 29 di Novembar dal 2026", datetime(2026, 11, 29)),
    ("ai 3 di zenâr dal 2027", datetime(2027, 1, 3)),
    ("14 di lui dal 2026, 18:40", datetime(2026, 7, 14, 18, 40)),
    ("Publicât ai 2 di Dicembar dal 2026", datetime(2026, 12, 2)),
    # A month and a year with no day give no date; Italian's "dal" before a day reads as before.
    ("Novembar dal 2026", None),
    ("aperto dal 12 marzo 2026", datetime(2026, 3, 12)),
])
def test_friulian_months_and_dal_before_the_year_are_read(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Publiché ai 2 de dezëmber 2026 · Nadia Irsara", datetime(2026, 12, 2)),
    ("14 de merz 2027", datetime(2027, 3, 14)),
    ("5 de utober 2026", datetime(2026, 10, 5)),
    ("21 nuvëmber 2026", datetime(2026, 11, 21)),
    ("3 de fauré 2026", datetime(2026, 2, 3)),
    # A month and a year with no day give no date.
    ("dezëmber 2026", None),
])
def test_ladin_months_are_read(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Napule, 4 'e dicembre 2026", datetime(2026, 12, 4)),
    ("Napule, 4 ’e dicembre 2026", datetime(2026, 12, 4)),
    ("12 'e jennaro 2027", datetime(2027, 1, 12)),
    ("3 'e abbrile 2026", datetime(2026, 4, 3)),
    ("Zena, 5 de dexembre 2026", datetime(2026, 12, 5)),
    ("21 de zugno 2026", datetime(2026, 6, 21)),
    ("9 frevâ 2027", datetime(2027, 2, 9)),
    # "e" between two days leaves the second read as before; a month and a year with no day give no date.
    ("1 e 2 dicembre 2026", datetime(2026, 12, 2)),
    ("dexembre 2026", None),
    ("nuvembre e 2026", None),
])
def test_neapolitan_and_ligurian_months_and_the_neapolitan_e_before_the_month_are_read(text, expected):
    assert read_date(text) == expected


def test_the_date_line_beside_a_page_builder_s_wrappers_round_the_headline_is_read():
    """A page builder wraps each element in `div`s of its own (Zoho Sites' heading element round the `h2` and an empty
    `style`): the date line is the next element's text, beside the outermost wrapper that holds the headline's text
    alone. Where the wrapper holds more than the headline (a standfirst under it), its siblings are not read."""
    heading = ("<div class='zpelement zpelem-heading'><style></style><h2 class='zpheading'>Sis jogn skiadus dal "
               "Kazakhstan se trenëia cun nosc jogn</h2>{more}</div>")
    dated = ("<div class='zpelement zpelem-text'><div class='zptext'><p><span>Publiché ai 2 de dezëmber 2026 · Nadia "
             "Irsara</span></p></div></div>")
    html = ("<html><head><title>Sis jogn skiadus dal Kazakhstan se trenëia cun nosc jogn - Ski Club Ciaminades</title>"
            f"</head><body><div class='zpcontainer'>{heading}{dated}<div class='zpelement zpelem-text'>{_STORY}</div>"
            "</div></body></html>")
    assert extract_article(html.format(more="")).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    standfirst = "<p>Trëi dis de trening sön la Gran Risa por sis jogn atlec.</p>"
    assert extract_article(html.format(more=standfirst)).published_at is None


@pytest.mark.parametrize(("text", "expected"), [
    ("« Ҫырнӑ: Раштав 01, 2026, 18:15:00 »", datetime(2026, 12, 1, 18, 15)),
    ("2026 ҫулхи раштавӑн 1-мӗшӗ", datetime(2026, 12, 1)),
    ("2026 çулхи раштавăн 1-мĕшĕ", datetime(2026, 12, 1)),
    ("28 чӳк 2026", datetime(2026, 11, 28)),
    ("15 çу 2026", datetime(2026, 5, 15)),
    # A month and a year with no day, or a day and a month with no year, give no date.
    ("чӳк 2026", None),
    ("кӑрлачӑн 9-мӗшӗнче", None),
])
def test_chuvash_months_are_read_in_cyrillic_and_in_their_latin_look_alikes(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Published on 11-27-2026 07:40 PM", datetime(2026, 11, 27, 19, 40)),
    ("11-28-2026, 10:12 AM", datetime(2026, 11, 28, 10, 12)),
    # Hyphened numbers that read day first name a day stay day first, with a US zone beside them too; dots so
    # written are not read month first.
    ("27-11-2026", datetime(2026, 11, 27)),
    ("12-02-2026", datetime(2026, 2, 12)),
    ("12-04-2026 10:00 AM EST", datetime(2026, 4, 12, 10)),
    ("11.27.2026", None),
])
def test_hyphened_numbers_read_month_first_where_day_first_names_no_month(text, expected):
    assert read_date(text) == expected


def test_an_hatom_abbr_stamp_gives_its_instant_over_the_day_alone_its_text_prints():
    """Livedoor Blog prints the post's day alone in an `abbr` the hAtom microformat classes "updated", its instant in
    the `title`; a morning in Japan is the day before in UTC. An `abbr` so classed whose `title` states no moment leaves
    the day its line prints, and one not so classed is no stamp."""
    stamp = ("<div class='article-date'><abbr class='updated' title='2026-12-02T08:30:00+09:00'>2026年12月02日</abbr>"
             "</div>")
    html = f"<html><body><div id='main'>{stamp}<h2>Uzbek green tea</h2>{_STORY}</div></body></html>"
    assert extract_article(html).published_at == datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    no_moment = html.replace("2026-12-02T08:30:00+09:00", "Japan Standard Time")
    assert extract_article(no_moment).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    unclassed = html.replace("class='updated'", "class='when'")
    assert extract_article(unclassed).published_at == datetime(2026, 12, 2, tzinfo=UTC)


def test_a_wiki_s_last_modified_line_over_a_blog_entry_s_published_line_is_read_after_it():
    """XWiki's document header prints "Last modified by <name> on <day>" in a block classed as info, above the blog
    entry's own "Published on <day>": the last change is an update line, read after the entry's. A "Last edited" line
    is one too; a line opening with another word ("Modification run by <name> on <day>") is not put after."""
    header = ("<div class='document-info'><div class='xdocLastModification'>Last modified by Ruth Haigh on 2026/12/03 "
              "10:40</div></div>")
    entry = "<div class='entry-date'>Published on <span class='date'>2026/12/02 09:15</span> by Ruth Haigh</div>"
    html = f"<html><body><h1>Helping a city hall open its bus data</h1>{header}{entry}{_STORY}</body></html>"
    assert extract_article(html).published_at == datetime(2026, 12, 2, 9, 15, tzinfo=UTC)
    edited = html.replace("Last modified by", "Last edited by")
    assert extract_article(edited).published_at == datetime(2026, 12, 2, 9, 15, tzinfo=UTC)
    named = html.replace("Last modified by Ruth Haigh on", "Modification run by Ruth Haigh on")
    assert extract_article(named).published_at == datetime(2026, 12, 3, 10, 40, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 dzèmber 2026 10:12", datetime(2026, 12, 3, 10, 12)),
    ("14 fërvé 2027", datetime(2027, 2, 14)),
    ("5 otóber 2026", datetime(2026, 10, 5)),
    ("martesdì, 1 dicember 2026", datetime(2026, 12, 1)),
    ("21 setember 2026", datetime(2026, 9, 21)),
    ("9 magg 2026", datetime(2026, 5, 9)),
    # A month and a year with no day give no date.
    ("dzèmber 2026", None),
    ("dicember 2026", None),
])
def test_piedmontese_and_lombard_months_are_read(text, expected):
    assert read_date(text) == expected


def test_a_date_line_under_an_entry_heading_classed_camel_cased_title_is_read_where_the_h1_is_the_site_s_brand(
        monkeypatch):
    """A DasBlog entry: the page's h1 is the site's brand over its description; the entry's heading is a
    `div.itemTitle` linking to itself, its body and then its footer's "1/12/2026 10:20:00 (...)" under it, a class
    naming the title in camel case. That heading dates the story by its footer line; a heading classed otherwise
    ("itemHeading") gives no date. htmldate's quick look is left out, as in the tests above."""
    monkeypatch.setattr(metadata, "find_date", lambda *args, **kwargs: None)
    page = ("<html><head><title>Mortara Rice Growers - Growers from Fergana visit Mortara</title></head><body>"
            "<div id='header'><h1 class='blogTitle'><a href='/'>Mortara Rice Growers</a></h1><p>News from the fields"
            "</p></div><div id='content'><div class='itemBoxStyle'><div class='{}'><a href='/2026/12/01/Fergana.aspx'>"
            f"Growers from Fergana visit Mortara</a></div><div class='itemBodyStyle'><div>{_STORY}</div></div>"
            "<p class='itemFooter'>1/12/2026 10:20:00 (W. Europe Standard Time, UTC+01:00) | <a href='#c'>Comments "
            "[1]</a></p></div></div></body></html>")
    read = [extract_article(page.format(name)).published_at for name in ("itemTitle", "itemHeading")]
    assert read == [datetime(2026, 12, 1, 10, 20, tzinfo=UTC), None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gschribe vom Ruedi Häfeli am Zischtig, 1. Dezämber 2026", datetime(2026, 12, 1)),
    ("Friitig, 27. Novämber 2026, 18:30", datetime(2026, 11, 27, 18, 30)),
    ("3. Auguscht 2026", datetime(2026, 8, 3)),
    ("am 14. Hornig 2027", datetime(2027, 2, 14)),
    # A month and a year with no day give no date; German's months read as before.
    ("Dezämber 2026", None),
    ("am 1. Dezember 2026", datetime(2026, 12, 1)),
])
def test_alemannic_months_are_read(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Publicat lo 3 de deceme de 2026", datetime(2026, 12, 3)),
    ("lo 14 de heurèr de 2027, 18:40", datetime(2027, 2, 14, 18, 40)),
    ("dimars 28 de noveme de 2026", datetime(2026, 11, 28)),
    ("3 de julhet de 2026", datetime(2026, 7, 3)),
    # A month and a year with no day give no date; Spanish's "de" between them reads as before.
    ("deceme de 2026", None),
    ("el 3 de diciembre de 2026", datetime(2026, 12, 3)),
])
def test_gascon_months_are_read(text, expected):
    assert read_date(text) == expected


def test_a_labelled_published_line_outside_the_comments_dates_the_story_over_a_later_comment_s_time():
    """A page that names no date line and prints none beside its headline may print the story's moment as a labelled
    line after the text or after the comments ("Chop etildi: 5 dekabr 2026, 10:40", "Goşulan: 04.12.2026 16:30", the
    label bold alone before a `<br>`), while its comments' `time`s, read by htmldate's quick look, are of later days:
    the labelled line is read. A comment's line so labelled is passed over, and a story's sentence opening with the
    word, or a label before a weekday's name, gives no date of its own."""
    comments = ("<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
                "<div class='comment-metadata'><time datetime='2026-12-06T09:20:00+05:00'>6 dekabr 2026 09:20</time>"
                "</div><p>Rayhonli sovunni oldim.</p></li></ol></div>")
    story = "<article><p>" + "Qo‘qondagi ustaxona paxta moyidan qo‘lda sovun tayyorlashni yo‘lga qo‘ydi. " * 12 + "</p>"
    head = "<html><body><div class='mg-header'><h1>Ustaxona sovun tayyorlay boshladi</h1><div>Sabina</div></div>"
    zone = timezone(timedelta(hours=5))

    def page(line: str) -> str:
        return f"{head}{story}<div class='mg-footer-meta'>{line}</div></article>{comments}</body></html>"

    after_text = page("<p>Chop etildi: 5 dekabr 2026, 10:40</p>")
    assert extract_article(after_text, zone=zone).published_at == datetime(2026, 12, 5, 5, 40, tzinfo=UTC)
    bold = page("<p class='column'><strong>Goşulan:</strong><br>04.12.2026 16:30</p>")
    assert extract_article(bold, zone=zone).published_at == datetime(2026, 12, 4, 11, 30, tzinfo=UTC)
    in_comment = page("").replace("<p>Rayhonli", "<p>Chop etildi: 5 dekabr 2026, 10:40</p><p>Rayhonli")
    sentence = page("<p>Опубликовано исследование о 5 декабря 2026 года.</p>")
    weekday = page("<p>Posted: Fri 6:45 PM, Dec 4, 2026</p>")
    for other in (in_comment, sentence, weekday):
        assert extract_article(other, zone=zone).published_at.date() != date(2026, 12, 5)


def test_a_comments_block_beside_the_headline_gives_no_date_line_and_a_story_s_line_there_still_does():
    """Cotonti prints the story's `textbox` right under its headline and the comments' block under that, the story's
    own "Goşulan:" line in the info column after them: the comments' block, the second sibling under the headline, gave
    its first comment's time (here of a later day) before the labelled line was read. A block named for the comments
    gives no line beside the headline; a block under the headline not so named still gives its date line."""
    line = "<p>Aşgabatdaky dyrmaşyk zaly çagalar üçin täze diwar gurnady.</p>"
    story = f"<div class='textbox'>{line * 8}</div>"
    comments = ("<div class='comments' id='comments'><h2>Teswirler (1)</h2><div class='comrow'>"
                "<div class='comauthor'>Batyr</div><div class='comdate'>2026-12-06 08:47</div>"
                "<div class='comtext'>Gowy habar.</div></div></div>")
    info = "<div class='col3-1'><p class='column'><strong>Goşulan:</strong><br>2026-12-05 11:20</p></div>"
    html = (f"<html><body><div class='col3-2'><h1 class='folder'>Dyrmaşyk zaly çagalar üçin diwar gurnady</h1>"
            f"{story}{comments}</div>{info}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 5, 11, 20, tzinfo=UTC)
    unnamed = html.replace("class='comments' id='comments'", "class='block'")
    assert extract_article(unnamed).published_at == datetime(2026, 12, 6, 8, 47, tzinfo=UTC)


def test_picard_months_are_read():
    """Picard's own forms, as the Somme's and the Nord's magazines print them; a month and a year with no day give no
    date, and French's "décembre" reads as before."""
    days = {"3 décimbe 2026": datetime(2026, 12, 3), "le 14 févrié 2027, 18:40": datetime(2027, 2, 14, 18, 40),
            "28 sètimbe 2026": datetime(2026, 9, 28), "1 janvié 2027": datetime(2027, 1, 1),
            "décimbe 2026": None, "le 3 décembre 2026": datetime(2026, 12, 3)}
    assert {text: read_date(text) for text in days} == days


@pytest.mark.parametrize(("text", "expected"), [
    ("Publicado por Marta Preto an 2 de dezembre de 2026 - 18:20", datetime(2026, 12, 2, 18, 20)),
    ("sábado, 28 de nobembre de 2026", datetime(2026, 11, 28)),
    ("14 de márcio de 2027, 10:05", datetime(2027, 3, 14, 10, 5)),
    ("3 d'outubre de 2026", datetime(2026, 10, 3)),
    # A month and a year with no day give no date; Portuguese's "dezembro" reads as before.
    ("dezembre de 2026", None),
    ("o 3 de dezembro de 2026", datetime(2026, 12, 3)),
])
def test_mirandese_months_are_read(text, expected):
    assert read_date(text) == expected


def test_a_footer_s_last_updated_stamp_after_its_label_is_read_after_the_line_under_the_headline():
    """VuePress prints "Last Updated:" in a `span.prefix` and the stamp in a `span.time` of the page's
    `div.last-updated` footer, the only elements named for a date, while the note's own day stands in an italic line
    under its `h1`: the stamp after its label is an update line, read after the lines beside the headline. A stamp
    with no such label is the page's date as before, and so is a published line under an update line that holds its
    own date."""
    footer = ("<footer class='page-edit'><div class='last-updated'><span class='prefix'>Last Updated:</span> "
              "<span class='time'>12/5/2026, 9:40:12 AM</span></div></footer>")
    html = (f"<html><body><main><h1>Counting the canal's water</h1><p><em>2 December 2026 · Fiona Lindsay</em></p>"
            f"{_STORY}{footer}</main></body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    unlabelled = html.replace("<span class='prefix'>Last Updated:</span> <span class='time'>12/5/2026, 9:40:12 AM",
                              "<span class='prefix'>Printed</span> <span class='time'>2026-12-05 09:40")
    assert extract_article(unlabelled).published_at == datetime(2026, 12, 5, 9, 40, tzinfo=UTC)
    lines = ("<div><p class='updated'>Updated Dec. 4, 2026, 8:12am</p><p class='published'>Published Dec. 3, 2026, "
             "5:45pm</p></div>")
    dated = html.replace(footer, "").replace("<p><em>2 December 2026 · Fiona Lindsay</em></p>", lines)
    assert extract_article(dated).published_at == datetime(2026, 12, 3, 17, 45, tzinfo=UTC)


def test_aromanian_months_are_read():
    """Aromanian's own forms, as its magazines and societies print them, the day and month parted by "di"; a month and
    a year with no day give no date, and Romanian's "5 decembrie 2026" reads as before."""
    days = {"5 di andreu 2026": datetime(2026, 12, 5), "18 di brumar 2026, 10:30": datetime(2026, 11, 18, 10, 30),
            "3 yinar 2027": datetime(2027, 1, 3), "21 di yizmãciunj 2026": datetime(2026, 9, 21),
            "andreu 2026": None, "5 decembrie 2026": datetime(2026, 12, 5)}
    assert {text: read_date(text) for text in days} == days


@pytest.mark.parametrize(("text", "expected"), [
    # Pixnet's `li.publish` spans, read as one line: the month, the day, the weekday, the year and the time.
    ("Dec 03 Thu 2026 19:20", datetime(2026, 12, 3, 19, 20)),
    ("03 Dec Thursday 2026", datetime(2026, 12, 3)),
    # A month and a day with their weekday and no year give no date; a weekday before the date reads as before.
    ("Dec 03 Thu", None),
    ("Thu Dec 03 2026 19:20", datetime(2026, 12, 3, 19, 20)),
])
def test_an_english_weekday_between_the_day_and_the_year_is_read_as_a_filler(text, expected):
    assert read_date(text) == expected


def test_a_class_written_in_capitals_names_a_date_line_and_a_comment_block_as_its_lower_case_does():
    """Egloos's skins write their class names in capitals: the post's only date stands in the `div.POST_INFO` under it
    ("by slowrails | 2026/12/02 21:14 | Central Asia"), and its comments' times in a `table.COMMENT_LIST`. A class
    written wholly in capitals is read as its lower case: the info line is a date line, and the comment table's
    times are a comment's, passed over. A capitalised class naming neither gives no date line."""
    lines = "".join(f"<br>The night train left Almaty on time and crossed the steppe, hour {n}." for n in range(8))
    comments = ("<table class='COMMENT_LIST'><tr><td class='COMMENT_NAME'>beskid</td>"
                "<td class='COMMENT_DATE'>2026/12/03 08:02</td></tr></table>")
    html = (f"<html><body><div class='POST'><div class='POST_TTL'>Night train to Tashkent</div>"
            f"<div class='POST_BODY'>{lines}</div><div class='POST_INFO'>by <a href='/'>slowrails</a> | "
            f"2026/12/02 21:14 | <a href='/c'>Central Asia</a></div>{comments}</div></body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 2, 21, 14, tzinfo=UTC)
    first = html.replace("<div class='POST_INFO'>", "<div class='POST_TAIL'>")
    assert extract_article(first).published_at is None


def test_a_date_line_in_a_block_naming_comments_in_any_part_of_its_name_never_gives_the_story_s_time():
    """A page printing the story's day without a time, its comments' stamps below in blocks whose names hold the word
    after a first part (Bitrix's `div.news-comments` and `span.blog-comment-date`, Nethouse's `nh-comment__date`,
    uKit's `ul-widget-comments`, CS-Cart's `ty-discussion-posts`): the first comment's line, of the same day with its
    time, was read as the story's moment. A block naming comments or a discussion in any part of its id or class gives
    no date line, and the story's day alone is the answer; a block whose name holds the word inside another word
    ("recommended"), or names a state of the story's own meta bar ("has-comments"), still gives its line."""
    line = "<p>Алматыда биринчи «ақлли» тўхташ жойлари ишга туширилди ва датчиклар бўш жойларни кўрсатади.</p>"

    def page(block: str, item: str) -> str:
        return (f"<html><body><div class='news-detail'><h1>Ақлли тўхташ жойлари</h1>"
                f"<span class='news-date-time'>03.12.2026</span>{line * 6}</div>"
                f"<div class='{block}'><div class='{item}'><span class='{item}-date'>03.12.2026 19:48</span>"
                f"<div class='text'>Жуда яхши.</div></div></div></body></html>")

    for block, item in (("news-comments", "blog-comment"), ("nh-comments", "nh-comment"),
                        ("ul-widget ul-widget-comments", "ul-item"), ("ty-discussion-posts", "ty-post"),
                        ("box", "blog-comment")):
        assert extract_article(page(block, item)).published_at == datetime(2026, 12, 3, tzinfo=UTC), block
    for block, item in (("recommended", "recommended-item"), ("entry-meta has-comments", "meta")):
        assert extract_article(page(block, item)).published_at == datetime(2026, 12, 3, 19, 48, tzinfo=UTC), block


@pytest.mark.parametrize(("text", "expected"), [
    # A Latgalian regional daily's date line: the year, Latgalian's word for it, the day and the month's locative.
    ("2026. goda 5. decembrī", datetime(2026, 12, 5)),
    ("2026 goda 5. decembrī, 10:40", datetime(2026, 12, 5, 10, 40)),
    # Latvian's "gada" reads as before; the word with no month or no year gives no date.
    ("2026. gada 5. decembrī", datetime(2026, 12, 5)),
    ("5. decembrī goda", None),
    ("goda 2026", None),
])
def test_latgalian_s_word_for_the_year_is_read_as_a_filler_as_latvian_s(text, expected):
    assert read_date(text) == expected


def test_rusyn_months_are_read():
    """Rusyn's own forms, Carpathian and Pannonian, as its papers print a date line: the genitive after a day number;
    a month and a year with no day give no date, and Russian's "5 декабря 2026" reads as before."""
    days = {"5 децембра 2026": datetime(2026, 12, 5), "12. марца 2026, 09:15": datetime(2026, 3, 12, 9, 15),
            "1 юла 2026": datetime(2026, 7, 1), "3 авґуста 2026": datetime(2026, 8, 3),
            "30 новембра 2026": datetime(2026, 11, 30), "децембер 2026": None,
            "5 декабря 2026": datetime(2026, 12, 5)}
    assert {text: read_date(text) for text in days} == days


@pytest.mark.parametrize(("text", "expected"), [
    # A Samogitian weekly's date line: the year, "m." for the year's word, the month's genitive and the day with "d.".
    ("2026 m. groudė 5 d. 10:42", datetime(2026, 12, 5, 10, 42)),
    ("2026 m. lapkrėtė 28 d.", datetime(2026, 11, 28)),
    # Lithuanian's own line, its month known before, is read once "m." is a filler.
    ("2026 m. gruodžio 5 d.", datetime(2026, 12, 5)),
    # The short word with no month or no year gives no date; "p.m." after a time reads as before.
    ("5 m. groudė", None),
    ("2026 m. 5 d.", None),
    ("Published 7:45 p.m. ET Dec. 2, 2026", datetime(2026, 12, 2, 19, 45)),
])
def test_a_lithuanian_or_samogitian_date_line_with_the_year_s_short_word_is_read(text, expected):
    assert read_date(text) == expected


def test_a_print_view_s_printed_on_line_gives_way_to_the_story_s_published_line():
    """A printer-friendly view prints when it was printed above the story's own day, both in elements named for a
    date: the copy's moment is passed over as a "today" line is. A line that says "printed" later in its words is still
    read."""
    html = ("<html><body><div class='print-date'>Printed on Sunday 6 December 2026 at 08:14</div>"
            f"<h1>Carpets for Milan</h1><p class='print-pubdate'>Published 2 December 2026</p>{_STORY}</body></html>")
    assert extract_article(html).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    archived = html.replace("Printed on", "Archived on")
    assert extract_article(archived).published_at == datetime(2026, 12, 2, tzinfo=UTC)
    reprinted = html.replace("Printed on", "First printed in the weekly on")
    assert extract_article(reprinted).published_at == datetime(2026, 12, 6, 8, 14, tzinfo=UTC)


def test_jerriais_months_are_read():
    """Jèrriais's own spellings, as a language column prints its date line under a weekday of its own; a month and a
    year with no day give no date, and French's "4 décembre 2026" and Portuguese's "4 de dezembro de 2026" read as
    before."""
    days = {"Vendrédi 4 Dézembre 2026": datetime(2026, 12, 4), "12 Janvyi 2026": datetime(2026, 1, 12),
            "3 Avri 2026": datetime(2026, 4, 3), "5 Juîn 2026, 10:15": datetime(2026, 6, 5, 10, 15),
            "Dézembre 2026": None, "4 décembre 2026": datetime(2026, 12, 4),
            "4 de dezembro de 2026": datetime(2026, 12, 4)}
    assert {text: read_date(text) for text in days} == days


@pytest.mark.parametrize(("text", "expected"), [
    # An Extremaduran association's date line: Spanish's day, "de" and year around a month whose final vowel is raised.
    ("San Vicenti d'Alcántara, 3 de diciembri de 2026", datetime(2026, 12, 3)),
    ("28 de noviembri de 2026", datetime(2026, 11, 28)),
    ("31 de eneru de 2027", datetime(2027, 1, 31)),
    # A Saterland Frisian fair's date line, German's day with its dot and the month with its final "-e".
    ("4. Dezembere 2026", datetime(2026, 12, 4)),
    ("17. Meerte 2027", datetime(2027, 3, 17)),
    # Spanish's and German's own months read as before; a month word with no day or no year gives no date.
    ("3 de diciembre de 2026", datetime(2026, 12, 3)),
    ("4. Dezember 2026", datetime(2026, 12, 4)),
    ("Dezembere", None),
])
def test_an_extremaduran_or_saterland_frisian_date_line_is_read(text, expected):
    assert read_date(text) == expected
