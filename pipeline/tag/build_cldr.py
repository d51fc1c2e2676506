"""Regenerate `data/cldr_countries.json`: every ISO 3166 country's CLDR name in the press languages we read.

CLDR (through babel) already knows how "Kazakhstan" is written in Kazakh, Uzbek, Hebrew or Marathi;
we take that and only add what it lacks in `data/gazetteer.yaml`. The names are snapshotted into a
JSON file so loading the tagger never pays for opening dozens of babel locales.

    python -m pipeline.tag.build_cldr
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pycountry
from babel import Locale

# Languages of the region's press first (their names win a clash), then the languages that write
# about it most. Locales with a script suffix give the second alphabet (Uzbek Cyrillic); CLDR has no Kazakh in the
# Latin alphabet, so `kk_Latn` spells its Kazakh names by the alphabet's table (`kazakh_latin`).
LANGUAGES = (
    "en ru kk kk_Latn ky uz uz_Cyrl tg tk tr zh zh_Hant az hy ka mn tt ba ug fa ps ur hi mr bn ar he "
    "uk be bg sr sr_Latn mk de fr es it pt nl pl cs sk sl hr bs hu ro el fi sv da nb et lv lt "
    "ja ko id ms vi th sw ca"
).split()
EXTRA_CODES = {"XK"}  # Kosovo: user-assigned in ISO, named by CLDR, required by the guidelines
# Short names in alphabets are often words too ("Man", "Lao"); Chinese and Japanese names are short.
MIN_ALPHABETIC_NAME = 4
MIN_IDEOGRAPHIC_NAME = 2
TARGET = Path(__file__).parent / "data" / "cldr_countries.json"
# The Kazakh Latin alphabet of 2018 (acute accents, "sh" and "ch"), which part of the press writes: Өзбекстан is
# Ózbekstan, Ресей Reseı, Қытай Qytaı. Its table writes я and ю with a dotless i (Түркия, Túrkııa); writers often dot
# it (Túrkıia), and both are spelled.
_KAZAKH_LATIN = str.maketrans({
    "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "ıo", "ж": "j", "з": "z",
    "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "ıý", "я": "ıa",
})


def country_codes() -> set[str]:
    return {c.alpha_2 for c in pycountry.countries} | EXTRA_CODES


def _min_length(name: str) -> int:
    ideographic = any("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" for char in name)
    return MIN_IDEOGRAPHIC_NAME if ideographic else MIN_ALPHABETIC_NAME


def kazakh_latin(name: str) -> list[str]:
    """A Kazakh Cyrillic name in the Latin alphabet of 2018, by its table and with the glide of я and ю dotted."""
    words = []
    for word in name.split():
        latin = word.lower().translate(_KAZAKH_LATIN)
        if word.isupper():  # an abbreviation: АҚШ, AQSH
            latin = latin.upper()
        elif word[:1].isupper():
            latin = latin[:1].upper() + latin[1:]
        words.append(latin)
    spelled = " ".join(words)
    dotted = spelled.replace("ıa", "ia").replace("ıý", "iý")
    return [spelled, dotted] if dotted != spelled else [spelled]


def territory_names(language: str) -> list[tuple[str, str]]:
    """(code, name) for each territory CLDR names in the language; Kazakh Latin spelled from Kazakh."""
    if language == "kk_Latn":
        return [(code, latin) for code, name in Locale.parse("kk").territories.items() for latin in kazakh_latin(name)]
    return list(Locale.parse(language).territories.items())


def collect() -> dict[str, list[str]]:
    """Code -> names; a name two countries share (in different languages) is dropped as ambiguous."""
    codes = country_codes()
    owner: dict[str, str] = {}
    clashes: set[str] = set()
    names: dict[str, list[str]] = {code: [] for code in sorted(codes)}
    for language in LANGUAGES:
        for code, name in territory_names(language):
            if code not in codes or len(name) < _min_length(name):
                continue
            key = name.casefold()
            if owner.setdefault(key, code) != code:
                clashes.add(key)
            elif name not in names[code]:
                names[code].append(name)
    return {code: [n for n in ns if n.casefold() not in clashes] for code, ns in names.items()}


def write_snapshot(target: Path, field: str, values: dict[str, list[str]], languages: Sequence[str]) -> None:
    """Write CLDR's values under `field`, with the languages they were taken from, as the loaders read them."""
    data = {"source": f"CLDR via babel, languages: {' '.join(languages)}", field: values}
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target} ({sum(len(names) for names in values.values())} names)")


def main() -> None:
    write_snapshot(TARGET, "countries", collect(), LANGUAGES)


if __name__ == "__main__":
    main()
