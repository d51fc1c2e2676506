"""Inflected words meet without Elasticsearch plugins: words reduced to stems in Python.

The local node has no language analyzers, and no Elasticsearch distribution has one for Kazakh, Kyrgyz,
Uzbek, Tajik or Turkmen, whose words take long chains of endings (Қазақстанның, Oʻzbekistonda). So
every article's title and body are also stored as their stems (`stems.title`, `stems.body`), made here
by the article's language: Snowball (PyStemmer) where it has a stemmer, the endings in
`data/suffixes.yaml` for the region's Turkic languages, Tajik and Ukrainian. A search reduces each
query word the same way, under every language written in the word's script, since a query does not
say its language; the stems then meet whatever form the article used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import Stemmer
import yaml

from pipeline.sanitise import JOINERS

SUFFIXES_FILE = Path(__file__).parent / "data" / "suffixes.yaml"
# ISO 639-1 -> Snowball algorithm.
SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "et": "estonian", "fi": "finnish", "fr": "french", "de": "german",
    "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "no": "norwegian", "nb": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}
WITHOUT_JOINERS = str.maketrans("", "", JOINERS)
# Apostrophe look-alikes (Uzbek oʻ, gʻ; Turkish Türkiye'de) become one, so spellings meet.
APOSTROPHES = re.compile("[\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4]")
# A word: letters and digits, with inner apostrophes (o'zbekiston, türkiye'de). The apostrophe is a
# required separator between runs, so the pattern cannot backtrack.
WORD = re.compile(r"\w+(?:'\w+)*")
# The languages a query word may be in, by its script: the product's languages that have a stemmer.
LANGUAGES_BY_SCRIPT = {
    "LATIN": ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "az", "uz", "tk"),
    "CYRILLIC": ("ru", "kk", "ky", "uz", "tg", "uk"),
    "ARABIC": ("ar", "fa"),
    "ARMENIAN": ("hy",),
    "DEVANAGARI": ("hi", "ne"),
    "GREEK": ("el",),
}
MAX_CHARS = 200_000  # the longest body extraction keeps is far shorter; anything longer is cut
MAX_WORD_CHARS = 64  # longer "words" are runs of junk: kept as they are, never stemmed


@cache
def _snowball(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


SuffixRule = tuple[int, tuple[tuple[str, ...], ...]]


@cache
def _suffix_rules() -> dict[str, SuffixRule]:
    """Language -> (shortest stem kept, its ending slots, each slot's endings longest first)."""
    data = yaml.safe_load(SUFFIXES_FILE.read_text(encoding="utf-8"))
    return {lang: (rule["min_stem"],
                   tuple(tuple(sorted(set(slot), key=len, reverse=True)) for slot in rule["slots"]))
            for lang, rule in data.items()}


def _cuts(word: str, rule: SuffixRule) -> list[str]:
    """Every form the word takes as endings are cut, outermost slot first, each fitting ending of a slot
    tried: a word may end in letters that read as more than one ending (Türkmenistanda: -nda or -da),
    and only one reading leaves the stem its other forms share. In order of discovery, no repeats."""
    min_stem, slots = rule
    forms: list[str] = []
    frontier = [word]
    for endings in slots:
        cut = [w[: -len(e)] for w in frontier for e in endings if w.endswith(e) and len(w) - len(e) >= min_stem]
        new = [form for form in dict.fromkeys(cut) if form not in forms and form != word]
        forms.extend(new)
        frontier = frontier + new
    return forms


def words(text: str) -> list[str]:
    """The text's words, lower case, apostrophes unified, ё as е, zero-width joiners left out (writers
    of Persian type a word with or without them): the form both sides are compared in."""
    folded = APOSTROPHES.sub("'", text[:MAX_CHARS].lower()).replace("ё", "е").translate(WITHOUT_JOINERS)
    return WORD.findall(folded)


def word_forms(word: str, lang: str) -> list[str]:
    """A lower-case word as it is stored for `lang`: its Snowball stem, or the word and every cut of
    its endings; the word itself for other languages."""
    if lang in SNOWBALL:
        return [_snowball(SNOWBALL[lang]).stemWord(word)]
    rule = _suffix_rules().get(lang)
    return [word, *_cuts(word, rule)] if rule else [word]


def stems(text: str, lang: str | None) -> str:
    """The text as its stems in `lang`, space-separated (what `stems.title` and `stems.body` hold)."""
    found = words(text)
    if lang in SNOWBALL:
        return " ".join(_snowball(SNOWBALL[lang]).stemWords(found))
    if lang in _suffix_rules():
        return " ".join(form for word in found for form in _word_forms_cached(word, lang))
    return " ".join(found)


@lru_cache(maxsize=200_000)  # a language's vocabulary repeats; bounded so a long-lived worker stays flat
def _word_forms_cached(word: str, lang: str) -> tuple[str, ...]:
    return tuple(word_forms(word, lang)) if len(word) <= MAX_WORD_CHARS else (word,)


def _script(word: str) -> str:
    """The script of a word's first letter: LATIN, CYRILLIC, ARABIC, ... ('' for digits)."""
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


def query_forms(word: str) -> list[str]:
    """A query word (lower case, as `words` gives it) as every form it may take in `stems.*`: the word,
    then its stem under each language written in its script, and for cut endings each successive cut
    (so Қазақстан also meets the қазақстан of Қазақстанның, whatever its own -тан was taken for)."""
    forms = [word]
    for lang in LANGUAGES_BY_SCRIPT.get(_script(word), ()):
        forms.extend(form for form in word_forms(word, lang) if form and form not in forms)
    return forms
