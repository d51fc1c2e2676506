"""Dates as news pages print them, in the region's languages: "14 ноябри 2026", "3 декабря 2026 г.",
"2026-yil 3-dekabr", "12 қараша 2026, 10:15", "December 3, 2026", "03.12.2026", "2026年12月3日".

A date is read only when the text gives its day, month and year: a year alone, a month and a year,
or a word such as "today" or "вчера" gives None, never a guessed day. Numbers follow the region's
day-first order (03.12.2026 is the 3rd of December) unless the year comes first (2026-12-03,
2026/12/03) or slashes stand beside a US time zone, as US sites print them month first
("12/04/2026 10:00 AM EST" is the 4th of December), or read day first would name a month past the twelfth
("11/28/2026" and "11-28-2026" are the 28th of November). The month names of each language are data
(`month_names.yaml`), Persian Solar Hijri months included, their dates converted to the Gregorian
calendar, and beside them the Gregorian months of every press language CLDR names (`month_names_cldr.json`,
written by `python -m pipeline.extract.build_months`). A time of day ("10:15", "2:30 pm") in the same text is
kept; no zone is read, so the caller decides what a local time means.

Everything here reads attacker text: the text is cut to `MAX_CHARS` first, and every pattern is a
run of bounded pieces with no nested repeats.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import jdatetime
import yaml

_MONTHS_FILE = Path(__file__).with_name("month_names.yaml")
_CLDR_MONTHS_FILE = Path(__file__).with_name("month_names_cldr.json")
# The longest date line with its weekday, time and labels; what follows is never read.
MAX_CHARS = 200
# 03.12.2026, 3/12/2026, 2026-12-03, 2026/12/03: one separator, used twice, a space after it at most, as the
# Bosnian, Croatian and Serbian press print it ("4. 12. 2026.").
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})([./-]) ?(\d{1,2})\2 ?(\d{1,4})(?!\d)")
_MONTHS_IN_YEAR = 12
# A US time zone's abbreviation, in capitals only: "et", "pt" and "est" are words in other languages.
_US_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b")
# An English weekday's name before slashed numbers ("Tue, 12/01/2026 - 09:10", Drupal's default format): the order
# whose day falls on it is the page's, when the other's does not.
_WEEKDAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\b")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# A day printed with its weekday and no year is looked for in so many years up to the day of reading.
_YEARS_OF_A_WEEKDAY = 5
# Japanese pages of offices and schools count the year in the Reiwa era ("令和8年12月3日" is 2026; its first year is
# "元年"): the era's name stands for the year before its first.
_CJK = re.compile(r"(\d{4}|令和\s?(?:\d{1,2}|元))\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
_REIWA = "令和"
_REIWA_FROM = 2018


def character_ranges(codes: Iterable[int]) -> str:
    """The characters of the ascending code points, as ranges of a regular expression's character class."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in runs)


def combining_marks() -> str:
    """The combining marks (Unicode's Mn and Mc) of the alphabets below U+2000, as ranges of a character class."""
    return character_ranges(code for code in range(0x300, 0x2000) if unicodedata.category(chr(code)) in ("Mn", "Mc"))


# Words and numbers, each token a run of one kind: the text is read once. Indic scripts and Thai write vowels,
# nasals and the virama as marks that are not letters to the engine ("நவம்பர்", "नवंबर", "ธันวาคม"), and Sinhala
# joins some letters with a zero-width joiner ("අප්‍රේල්"): they belong to the word they stand in. A Thai month's
# abbreviation keeps its inner dot ("ธ.ค."): one or two letters either side of it.
_TOKEN = re.compile(r"\d+|[\u0e01-\u0e4e]{1,2}\.[\u0e01-\u0e4e]{1,2}(?=\.)"
                    rf"|(?:[^\W\d_]|[{combining_marks()}\u200d])+")
_DIGIT = re.compile(r"\d")
# "22:40", and "22h40" as French and Portuguese pages write a time ("à 06h45", "às 22h40").
_TIME = re.compile(r"(?<![\d:])(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?![\d:])(?:\s?([ap])\.?m\b)?", re.IGNORECASE)
# "14 ноябри 2026", "December 3, 2026", "2026-yil 3-dekabr", and Hungarian's "2026. december 3.".
_ORDERS = (("day", "month", "year"), ("month", "day", "year"), ("year", "day", "month"), ("year", "month", "day"))
# A date line carries at most this many other words ("Опубликовано", a weekday, "am"), in so many characters.
_DATE_LINE_WORDS = 3
_DATE_LINE_MAX_CHARS = 80
# A day, its month and the year stand at most this many filler words apart ("2026-njy ýylyň 3-nji").
_MAX_FILLERS = 2
# A year this far ahead is of the Buddhist era, as Thai pages count (2569 is 2026): 543 years ahead of the Gregorian.
_BUDDHIST_ERA_FROM = 2400
_BUDDHIST_ERA_AHEAD = 543
# A year written as its last two digits after an apostrophe ("Dec '26"), straight or curly.
_SHORT_YEAR_DIGITS = 2
_YEAR_APOSTROPHES = frozenset("'\u2019\u2018")

# The label a page prints before the story's own moment, in the region's languages and English: "Опубликовано:",
# "Жарияланды:", "Жарыяланды:", "Goşulan:", "Chop etildi:", "Эълон қилинди:", "Нашр шуд:", "Qosıldı:", "Published:".
# A date line is read by it wherever it stands (after the text, after the comments, in an unnamed block), where the
# page names no date line and none stands beside the headline. The label opens the element's own text: a line of its
# own ("Goşulan: 04.12.2026 16:30"), or a bold or term element of the label alone, the date after it in the same block
# ("<strong>Goşulan:</strong><br>2026-12-05 11:20"). A colon follows it, or the date's first digit: a story's sentence
# opening with the word ("Опубликовано исследование ...") gives none. The date opens with its day's or its year's number
# right after the label, as the region's pages print it ("04.12.2026", "5 dekabr 2026", "2026-12-05"); a line opening
# with a weekday's or a month's name ("Posted: Fri 6:45 PM, Feb 16, 2018") is left to the readings after.
_PUBLISHED_LABELS = (
    r"опубликовано|дата публикации|добавлено|размещено|жарияланды|жарияланған|қосылды|jariialandy|jarııalandy|"
    r"жарыяланды|жарыяланган|кошулду|нашр шуд|санаи нашр|интишор ёфт|goşulan|goşuldy|çap edildi|neşir edildi|"
    r"chop etildi|чоп этилди|e.lon qilindi|эълон қилинди|nashr etildi|нашр этилди|joylandi|жойланди|qo.shildi|"
    r"қўшилди|qosıldı|járiyalandı|published|posted|added"
)
_PUBLISHED_LABEL = re.compile(rf"\s{{0,20}}(?:{_PUBLISHED_LABELS})(?:\s{{0,5}}[:：]\s{{0,20}}|\s{{1,20}})(?=\d)",
                              re.IGNORECASE)
_PUBLISHED_LABEL_ALONE = re.compile(rf"\s{{0,20}}(?:{_PUBLISHED_LABELS})\s{{0,5}}[:：]?\s{{0,20}}$", re.IGNORECASE)
# The date follows the label within so many characters.
_LABELLED_DATE_CHARS = 60


class _Month(NamedTuple):
    number: int
    solar_hijri: bool


class _Token(NamedTuple):
    start: int
    text: str


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, _Month], frozenset[str]]:
    """Every month form → its month, and the filler words, case-folded; where CLDR and the written list disagree on a
    form, the list wins."""
    cldr = json.loads(_CLDR_MONTHS_FILE.read_text(encoding="utf-8"))["months"]
    months = {form: _Month(int(number), False) for number, forms in cldr.items() for form in forms}
    data = yaml.safe_load(_MONTHS_FILE.read_text(encoding="utf-8"))
    for calendar in ("gregorian", "solar_hijri"):
        for forms_by_month in data[calendar].values():
            for number, forms in forms_by_month.items():
                for form in forms:
                    months[form.casefold()] = _Month(int(number), calendar == "solar_hijri")
    return months, frozenset(word.casefold() for word in data["fillers"])


def _gregorian(year: int, month: int, day: int, solar_hijri: bool = False) -> date | None:
    """The Gregorian date, or None when the day does not exist in its calendar."""
    try:
        if solar_hijri:
            return jdatetime.date(year, month, day).togregorian()
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str) -> tuple[int, date | None] | None:
    """The first run of three numbers with a four-digit year first or last ("1.2.3" and "12/2026" are none)."""
    for match in _NUMERIC.finditer(text):
        first, separator, middle, last = match.groups()
        if len(first) == 4:
            return match.start(), _gregorian(int(first), int(middle), int(last))
        if len(last) == 4 and len(first) <= 2:
            # Slashes read day first give no day where the middle number is no month ("11/28/2026"): a US site's
            # date, month first, with no zone beside it (Weebly's blog date). Hyphens so read give none either: a
            # forum engine's US default, month first (vBulletin's "11-27-2026 07:40 PM"); other hyphened dates stay
            # day first.
            month_first = int(middle) > _MONTHS_IN_YEAR >= int(first)
            if (separator == "/" and (_US_ZONE.search(text) or month_first
                                      or _weekday_names_month_first(text[:match.start()], first, middle, last))) \
                    or (separator == "-" and month_first):
                return match.start(), _gregorian(int(last), int(first), int(middle))
            return match.start(), _gregorian(int(last), int(middle), int(first))
    return None


def _weekday_names_month_first(before: str, first: str, middle: str, last: str) -> bool:
    """The weekday printed before the numbers is the day of their month-first reading and not of their day-first
    one ("Tue, 12/01/2026" is Tuesday the 1st of December, the 12th of January being a Monday)."""
    weekday = _WEEKDAY.search(before)
    if weekday is None:
        return False
    named = _WEEKDAYS.index(weekday.group(1))
    month_first = _gregorian(int(last), int(first), int(middle))
    day_first = _gregorian(int(last), int(middle), int(first))
    return month_first is not None and month_first.weekday() == named \
        and (day_first is None or day_first.weekday() != named)


def _cjk(text: str) -> tuple[int, date | None] | None:
    match = _CJK.search(text)
    if match is None:
        return None
    year, month, day = match.groups()
    if year.startswith(_REIWA):
        era_year = year[len(_REIWA):].strip()
        year = str(_REIWA_FROM + (1 if era_year == "元" else int(era_year)))
    return match.start(), _gregorian(int(year), int(month), int(day))


class _Reader:
    """Walks the tokens from one position, skipping the filler words between the parts of a date."""

    def __init__(self, tokens: list[_Token], at: int) -> None:
        self.tokens, self.at = tokens, at

    def _next(self) -> str | None:
        _, fillers = _vocabulary()
        skipped = 0
        while self.at < len(self.tokens) and self.tokens[self.at].text in fillers and skipped < _MAX_FILLERS:
            self.at, skipped = self.at + 1, skipped + 1
        if self.at >= len(self.tokens):
            return None
        self.at += 1
        return self.tokens[self.at - 1].text

    def day(self) -> int | None:
        token = self._next()
        return int(token) if token is not None and token.isdecimal() and len(token) <= 2 else None

    def month(self) -> _Month | None:
        token = self._next()
        return None if token is None else _vocabulary()[0].get(token)

    def year(self) -> int | None:
        token = self._next()
        return int(token) if token is not None and token.isdecimal() and len(token) == 4 else None


def _worded_at(tokens: list[_Token], at: int) -> date | None:
    """The date written with a month name from tokens[at] on, in one of the orders pages use."""
    for order in _ORDERS:
        reader = _Reader(tokens, at)
        read = {part: getattr(reader, part)() for part in order}
        day, month, year = read["day"], read["month"], read["year"]
        if day is not None and month is not None and year is not None:
            if year >= _BUDDHIST_ERA_FROM:
                year -= _BUDDHIST_ERA_AHEAD
            return _gregorian(year, month.number, day, month.solar_hijri)
    return None


def _with_century(text: str, start: int, token: str) -> str:
    """A year of two digits after an apostrophe, as blogs print it beside a month's name (PivotX's "03 Dec '26"),
    read in this century; any other token as it stands. A digit or letter before the apostrophe (a height of 5'26, a
    word's elision) leaves it as it stands."""
    if len(token) == _SHORT_YEAR_DIGITS and token.isdecimal() and start > 0 and text[start - 1] in _YEAR_APOSTROPHES \
            and (start < _SHORT_YEAR_DIGITS or not text[start - 2].isalnum()):
        return f"20{token}"
    return token


def _tokens(text: str) -> list[_Token]:
    """The text's words and numbers, case folded, a year after an apostrophe with its century."""
    return [_Token(match.start(), _with_century(text, match.start(), match.group().casefold()))
            for match in _TOKEN.finditer(text)]


def _worded(text: str) -> tuple[int, date | None] | None:
    tokens = _tokens(text)
    months, _ = _vocabulary()
    # A date starts at most this many tokens before its month name (year, fillers, day, fillers).
    reach = 2 * _MAX_FILLERS + 2
    starts = sorted({start for at, token in enumerate(tokens) if token.text in months
                     for start in range(max(0, at - reach), at + 1)})
    for at in starts:
        found = _worded_at(tokens, at)
        if found is not None:
            return tokens[at].start, found
    return None


def _time_of_day(text: str) -> time:
    match = _TIME.search(text)
    if match is None:
        return time()
    hour, minute, second, half = match.groups()
    hours = int(hour)
    if half:  # 12 am is midnight, 12 pm noon
        hours = hours % 12 + (12 if half.lower() == "p" else 0)
    if hours > 23 or int(minute) > 59 or int(second or 0) > 59:
        return time()
    return time(hours, int(minute), int(second or 0))


def read_date(text: str) -> datetime | None:
    """The date (and time of day) the text states first, naive; None unless day, month and year are all given."""
    text = text[:MAX_CHARS]
    if _DIGIT.search(text) is None:
        return None
    found = [(start, day) for start, day in filter(None, (_numeric(text), _cjk(text), _worded(text))) if day]
    if not found:
        return None
    _, day = min(found, key=lambda result: result[0])
    return datetime.combine(day, _time_of_day(text))


def read_day_without_year(text: str, today: date) -> datetime | None:
    """The day the text prints with its weekday's English name, its month and its number but no year (PHP-Nuke's
    "Posted on Tuesday, December 01 @ 18:40:12 GMT"), in the year, among the few up to `today`, in which that day
    falls on that weekday; None where no such year is, or where the text states a year (`read_date` reads it)."""
    text = text[:MAX_CHARS]
    weekday = _WEEKDAY.search(text)
    if weekday is None or _DIGIT.search(text) is None:
        return None
    tokens = _tokens(text)
    months, _ = _vocabulary()
    for at, token in enumerate(tokens):
        month = months.get(token.text)
        if month is None or month.solar_hijri or token.start < weekday.end():
            continue
        for start, order in ((at, ("month", "day")), (at - 1, ("day", "month"))):
            reader = _Reader(tokens, start)
            read = {part: getattr(reader, part)() for part in order} if start >= 0 else {}
            if read.get("day") and read.get("month") and reader.year() is None:
                return _in_the_weekday_s_year(text, month.number, read["day"], _WEEKDAYS.index(weekday.group(1)),
                                              today)
    return None


def _in_the_weekday_s_year(text: str, month: int, day: int, weekday: int, today: date) -> datetime | None:
    """The month's day in the latest of the few years up to `today` in which it falls on the weekday. A day falls on the
    same weekday again five years later at the soonest, so those years hold one such day at most."""
    for year in range(today.year, today.year - _YEARS_OF_A_WEEKDAY, -1):
        found = _gregorian(year, month, day)
        if found is not None and found <= today and found.weekday() == weekday:
            return datetime.combine(found, _time_of_day(text))
    return None


def is_date_line(text: str) -> bool:
    """A line that gives a whole date and little else: "Опубликовано: 03.12.2026 12:47", "Wed, 3 Dec 2025"."""
    if len(text) > _DATE_LINE_MAX_CHARS or read_date(text) is None:
        return False
    months, fillers = _vocabulary()
    words = (token.casefold() for token in _TOKEN.findall(text) if not token.isdecimal())
    return sum(1 for word in words if word not in months and word not in fillers) <= _DATE_LINE_WORDS


def opens_with_published_label(text: str) -> bool:
    """The text opens with a publication's label and its colon or date ("Goşulan: 04.12.2026"), or is the label alone
    (a bold "Goşulan:" or a term "Published", the date after it in its block)."""
    text = text[:MAX_CHARS]
    return _PUBLISHED_LABEL.match(text) is not None or _PUBLISHED_LABEL_ALONE.match(text) is not None


def is_published_label(text: str) -> bool:
    """The text is a publication's label alone, no date: "Goşulan:", "Published"."""
    return _PUBLISHED_LABEL_ALONE.match(text[:MAX_CHARS]) is not None


def read_labelled_date(line: str) -> datetime | None:
    """The date right after the publication's label that opens the line ("Chop etildi: 5 dekabr 2026, 10:40"); None
    where no label opens it."""
    line = line[:MAX_CHARS]
    label = _PUBLISHED_LABEL.match(line)
    return None if label is None else read_date(line[label.end():label.end() + _LABELLED_DATE_CHARS])
