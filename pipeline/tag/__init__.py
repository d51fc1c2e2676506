"""Tagging: countries, primary countries, topics, persons, organisations, regions and `central_asia`.

`tag_article(text, title, lang)` is pure and fast; the gazetteer behind it is built once per process
(`Tagger.load()`), in well under a second. The definitions the tags follow are the project's tagging
guidelines (TAGGING-GUIDELINES.md in the shared evaluation set).

How it works
============

Gazetteer as data
    Everything the tagger knows lives in `pipeline/tag/data/`:

    - `cldr_countries.json`: every ISO 3166 country's name in ~60 languages, taken from CLDR through
      babel (regenerate with `python -m pipeline.tag.build_cldr`; a test checks it against babel).
    - `gazetteer.yaml`: what CLDR lacks, per country code: short and official names, demonyms and
      adjectives, capitals and cities, state bodies (the Kremlin, Akorda); plus the ambiguous aliases
      and the words that make a demonym a language or an outlet's home.
    - `persons.yaml`: leaders and officials with every spelling (Tokayev, Toqaev, Токаев, Тоқаев) under
      one canonical name, each linked to the country they speak for.
    - `organizations.yaml`: EAEU, CSTO, SCO, CIS, OTS, CICA, C5+1, EU, UN, OSCE ... in the region's
      languages, and the cue words of membership lists.
    - `regions.yaml`: Central Asia, South Caucasus, ...: member countries and names.
    - `inflection.yaml`: the endings names take in Russian, Kazakh, Kyrgyz, Uzbek, Turkmen, Tajik, Turkish.
    - `topics.yaml`: the weighted topic lexicons.

Matching
    Aliases go into Aho-Corasick automata (pyahocorasick) over normalised text (lower case, one
    apostrophe for Uzbek oʻ/o‘/o', ё→е, French and Italian elision l'/d'/dell' split off, punctuation as
    spaces). Aliases in Latin, Cyrillic and Greek carry a leading space, so they are only found at word
    starts; the longest alias at a word start is taken, and it counts when the rest of its word is
    empty, starts with an apostrophe (Kazakhstan's, Türkiye'ye) or is made of up to three known endings
    (Казахстан|ом, Қазақстан|ның, Toshkent|dagi, Токаев|у); otherwise the next shorter alias of the
    word is tried. A Cyrillic name ending in a vowel also matches as its stem (Россия → России,
    Россией). An alias ending in `*` is a stem and takes any ending (казахстанск* → казахстанского).
    Proper names must be capitalised in the text; ALL-CAPS acronyms (US, SCO) must match exactly.
    Aliases in scripts without spaces or with attached particles (Chinese, Arabic, Hebrew, Devanagari)
    sit in a second automaton, run only over the stretches of text in such scripts, without boundary
    checks. Latin and Cyrillic spellings of a name are separate aliases of one entity.

Ambiguity
    - Aliases listed under `ambiguous` with `person_like` (Jordan, Chad, Turkey, Mary) are dropped
      next to another capitalised word ("Michael Jordan") and, like every proper name, in lower case.
    - `unless_present`: "Georgia" is the US state when US states are named in the same text.
    - A demonym next to a language word ("in Kazakh", "Kazakh language", "на казахском языке") is a
      language, not the country; before a media word ("a Kazakh publication wrote") it is the home of
      the outlet reporting, which counts only where events happen there.
    - A dateline ("BEIJING, July 10 (Xinhua) --") names the outlet's filing place: places inside it
      are ignored; the country still counts when the text names it again.
    - Countries enumerated (three or more) in a sentence with a membership cue ("member states",
      "brings together", "входят") are in `countries` but never primary.
    - A state body right after a city ("Kazan Kremlin") is a landmark, not the state speaking.

Primary countries
    Each country mention adds evidence: a person who speaks for it 1.3, a state body 1.2, the name 1.0,
    a city or an adjective 0.6; times 2 in the title, 0.5 inside an enumeration of three or more
    countries, 0 in a membership list. The primary countries are the (at most three) best-scored
    whose score reaches 35% of the best. `central_asia` holds when a primary country is
    Central Asian, when Central Asian countries carry 30% of the evidence, or when the text names
    Central Asia (or C5+1) at least twice.

Topics
    Each occurrence of a term in `topics.yaml` adds its weight (2 for a term that is enough on its own,
    1 for a supporting word; one term counts at most twice) to its topic. A topic is assigned when its
    score reaches `threshold` (3, so one strong term in passing is not enough) and a quarter of the
    best topic's score; a text with no such topic takes its best topic if that scores 2 or more.
    Leaders of two or more countries named together add 2 to `diplomacy`: they meet, call or write.

    To extend a topic, add terms in the language you need under the weight they deserve; a trailing
    `*` makes the term a stem. Check the effect with `python -m pipeline eval tagging GOLD.jsonl --errors`.

Extending
    New person: add to `persons.yaml` with the country code and spellings. New place or demonym: add
    to the country's group in `gazetteer.yaml`. New ending: `inflection.yaml`. The data-file test
    checks codes exist and that no alias names two countries unless listed as ambiguous.
"""

from __future__ import annotations

from pipeline.records import Tags
from pipeline.tag.tagger import Tagger

__all__ = ["TAGGER_VERSION", "Tagger", "tag_article"]

# Stored with each indexed article; raise it when data or rules change so re-tagging can be traced.
TAGGER_VERSION = "1.0"


def tag_article(text: str, title: str = "", lang: str | None = None) -> Tags:
    """Tag one article; never raises on odd input (non-text input is read as empty)."""
    return Tagger.load().tag(text, title, lang)
