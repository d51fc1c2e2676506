"""Regenerate `month_names_cldr.json`: the Gregorian month names CLDR knows in the press languages we read.

A page in a language nobody wrote month names for (Tamil, Armenian, Georgian ...) printed its date in vain: the
date reader knew only `month_names.yaml`. CLDR, through babel, knows how each language names its months, in the
form a day number governs ("декабря", "դեկտեմբերի"), alone ("декабрь") and abbreviated ("дек."). The names are
snapshotted into a JSON file so reading a date never opens babel locales; `month_names.yaml` keeps what CLDR lacks
(the region's case endings, the Kazakh and Karakalpak Latin alphabets, the Solar Hijri months) and wins a clash.

    python -m pipeline.extract.build_months
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

from pipeline.tag.build_cldr import LANGUAGES, write_snapshot

# Beside the tagger's press languages, those of other outlets whose pages print a date worth reading: South and
# South-East Asia's scripts, the Horn of Africa, Europe's smaller languages (Scottish Gaelic and West Frisian among
# them; Frisian's own forms are six words no other language uses, "desimber", "novimber"), the Kurdish and Sindhi
# press, and South Africa's Nguni press, Zulu and Xhosa ("1 Disemba 2026"; their forms add to the list and take none
# from it, where adding Northern Sotho, Sotho and Tswana too took "jan" and "kol" from it by clashes).
MORE_LANGUAGES = ("ta te kn ml gu pa si ne or as my km lo am sq is ga gd fy cy eu gl af fil mt lb ha yo so uz_Arab ku "
                  "ckb sd zu xh").split()
TARGET = Path(__file__).with_name("month_names_cldr.json")
# A form is one word of letters ("tháng 12" and "12月" are no word the reader sees) of at least so many.
MIN_FORM_CHARS = 3


def _month_word(name: str) -> str:
    """The word of a month's name a date line prints: CLDR writes some months with the article or preposition a day
    number takes before them (Scottish Gaelic "dhen Dùbhlachd", "An t-Sultain"; Yoruba "Oṣù Ọ̀pẹ̀"), which the
    reader, matching one word, would never see; the name's last word, after a space or hyphen, is the month's."""
    return name.replace("-", " ").split()[-1].rstrip(".").casefold() if name.strip() else ""


def _forms(language: str) -> dict[int, set[str]]:
    months = Locale.parse(language).months
    forms: dict[int, set[str]] = {number: set() for number in range(1, 13)}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                form = _month_word(name)
                if len(form) >= MIN_FORM_CHARS and not any(char.isdigit() or char.isspace() for char in form):
                    forms[number].add(form)
    return forms


def collect() -> dict[str, list[str]]:
    """Month number → its forms; a form two months share (in different languages) is dropped as ambiguous."""
    owner: dict[str, int] = {}
    clashes: set[str] = set()
    for language in (*LANGUAGES, *MORE_LANGUAGES):
        for number, forms in _forms(language).items():
            for form in forms:
                if owner.setdefault(form, number) != number:
                    clashes.add(form)
    months: dict[str, list[str]] = {str(number): [] for number in range(1, 13)}
    for form, number in owner.items():
        if form not in clashes:
            months[str(number)].append(form)
    return {number: sorted(forms) for number, forms in months.items()}


def main() -> None:
    write_snapshot(TARGET, "months", collect(), (*LANGUAGES, *MORE_LANGUAGES))

if __name__ == "__main__":
    main()
