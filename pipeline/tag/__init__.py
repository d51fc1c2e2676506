"""Tagging: countries, primary countries, topics, persons, organisations, regions and `central_asia`.

`tag_article(text, title, lang)` is pure and fast; the gazetteer behind it is built once per process
(`Tagger.load()`), in well under a second. The definitions the tags follow are the project's tagging
rules, docs/tagging.md.

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
    - `organizations.yaml`: EAEU, CSTO, SCO, CIS, OTS, CICA, C5+1, EU, UN, OSCE, GCC ... in the region's
      languages (their acronyms too: ШЫҰ, ShHT, СҲШ, GDA, ÝB, BMG, KİK; under `read_only_in` those that other languages
      write for something else), and the cue words of membership lists.
    - `regions.yaml`: Central Asia, South Caucasus, ...: member countries and names.
    - `inflection.yaml`: the endings names take in Russian, Kazakh, Kyrgyz, Uzbek, Turkmen, Tajik, Turkish,
      and (`only_in`) the endings read in one language's text only (Kazakh Latin -men, -nde, the
      Tagalog linker -ng, Mongolian cases such as -аас, -гаар); (`bare_tail_starts_in`) what an ending
      glued on without an apostrophe must start with (Turkish: the plural and derivations only, so
      Maliye "finance" is no Mali+ye).
    - `topics.yaml`: the concept lexicon: each topic's concepts (visit, pipeline, dam, remittances ...),
      each concept with its words in 27 languages, one entry per concept per language, and per
      language the words that only begin like a term (`not_terms`: мақтау "praise" is no мақта*
      "cotton", газета no газ).
    - `model.json`: the trained decisions (weights of the logistic regressions below), written by
      `python -m pipeline tag-train datasets/tagging/*.jsonl`.

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
    Topic terms of languages that inflect little (English, German, French, Spanish, Portuguese,
    Italian, Tagalog) take only their own plural endings (`own_endings` in `topics.yaml`), so "warning"
    is not war+ning nor "transition" transit+i+o+n.
    Aliases in scripts without spaces or with attached particles (Chinese, Arabic, Hebrew, Devanagari)
    sit in a second automaton, run only over the stretches of text in such scripts, without boundary
    checks. Latin and Cyrillic spellings of a name are separate aliases of one entity. A topic term of
    several words with a * inside (`совместн* заявлени*`) has its first word as the alias; the others
    must follow it, one space apart, each inflected as it likes.
    Aliases of one language (topic terms, not-terms, and names listed under `read_only_in` such as the
    Kazakh Latin Taşkent, which is also a Turkish town) are read only in text of that language (and in
    text of a language the lexicon lacks). The others never compete at a word: when the longest alias
    there belongs only to languages the text does not read, the next shorter one is tried (Spanish
    "firma" does not hide Polish "firm*"). A not-term that is the longest alias at its word reads as
    nothing, and no shorter alias of the word is tried.

Ambiguity
    - Aliases listed under `ambiguous` with `person_like` (Jordan, Chad, Turkey, Mary) are dropped
      next to another capitalised word ("Michael Jordan") and, like every proper name, in lower case.
    - `unless_present`: "Georgia" is the US state when US states are named in the same text, and
      unvowelled Arabic عمان is Amman, not Oman, in a text that names Jordan.
    - A demonym next to a language word ("in Kazakh", "Kazakh language", "на казахском языке") is a
      language, not the country; before a media word ("a Kazakh publication wrote") it is the home of
      the outlet reporting, which counts only where events happen there. A run of demonyms ("Kazakh,
      Uzbek and Russian subtitles") is read as a whole.
    - A name or demonym right before or after a currency word ("US dollar", "доллар США") names the
      currency.
    - A dateline ("BEIJING, July 10 (Xinhua) --") names the outlet's filing place: places inside it
      are ignored; the country still counts when the text names it again, or when nothing else in
      the text stands for a country (a home story happens where it was filed).
    - Countries enumerated (three or more) in a sentence with a membership cue ("member states",
      "brings together", "входят") are in `countries` but never primary.
    - A state body right after a city ("Kazan Kremlin") is a landmark, not the state speaking.

Decisions
    The countries a text involves come from the rules above. Which of them are primary, which topics
    the text has and whether it is about Central Asia are decided by logistic regressions
    (`model.py`) over features that mean the same in every language (`features.py`):

    - topics: per topic, how many hits of its concepts, how many distinct concepts, how many
      sentences name one and which share of all sentences, whether the title or the lead does,
      whether a sentence names two of its concepts, the topic's share of all concept hits and its
      rank; and, seen by every topic's model, which concepts of any topic the text names (export
      next to gas says energy more than trade), its length, whether leaders of two countries are
      named and how many countries act in it. Terms count in the text's own language (Tagalog also
      reads English terms); a text in a language the lexicon lacks reads every language's terms.
    - primary countries: per country mentioned, its evidence score (a person who speaks for it 1.3,
      a state body 1.2, the name 1.0, a city or an adjective 0.6; times 2 in the title, 0.5 inside an
      enumeration of three or more countries, 0 in a membership list), its share of the best score
      and its rank, how it is named (counts per kind), where (title, lead, first sentence, share of
      sentences), how often, whether in enumerations, whether it is the first or second country the
      text names, and in how many sentences it stands next to the best-scored country (the other side
      of a meeting or a dispute). The primary countries are the (at most three)
      whose probability reaches the threshold; a text naming countries has at least one.
    - central_asia: the Central Asian countries' share of the evidence, the best of their shares of
      the best score, whether one of them is the best-scored, named first, in the title or the lead,
      how many are named, how often Central Asia (or C5+1) is named, and how likely the primary-country
      model finds the likeliest of them.

    The weights are learned from the team's labelled training set (`datasets/tagging/`, its README
    says how it was written). `python -m pipeline tag-train FILES` chooses the L2 regularisation of
    each decision and the probability thresholds by 5-fold cross-validation on those files alone
    (seeded fold split; F1s within 0.001 are a tie, won by the weaker regularisation; one threshold for
    all topics: thresholds chosen per topic scored higher under cross-validation but lower on texts by
    other writers), refits on all of them and writes `model.json`: the same files always give the same
    weights, nothing is downloaded, and the model loads with the gazetteer well under a
    second. `python -m pipeline eval tagging --cv FILES --dev DEV` reports the cross-validated
    figures per field, topic and language, and the figures on a separate set.

Extending
    New person: add to `persons.yaml` with the country code and spellings. New place, demonym or
    abbreviation (the press's РК, AQSh, ИМА): add to the country's group in `gazetteer.yaml` (under
    `read_only_in` if other languages write it for something else, and under `ambiguous` if it names
    another country too, as РК does Korea). In scripts matched anywhere (Arabic, Hebrew, Armenian,
    Georgian, Devanagari), a short name that also sits inside other words is given with the word after it
    (Arabic مصر و) or as a longer case stem (Georgian რუსეთ), and a CLDR name that is a common word goes
    under `not_names`. New ending: `inflection.yaml`. New words for a topic: add them to the concept in
    `topics.yaml` under their language, and a word that only begins like one of them to `not_terms`
    (a new concept or language is inert until the model is retrained: retrain with `tag-train` and
    check with `eval tagging --cv`). The data-file test checks codes exist, that no alias names two
    countries unless listed as ambiguous, that no term names two concepts in one language, and that
    every not-term begins like a term of its language.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.records import Tags
from pipeline.stage_version import stage_version
from pipeline.tag.tagger import Tagger

__all__ = ["TAGGER_VERSION", "Tagger", "tag_article"]

# Stored with each indexed article: changes with any of the tagger's code, lexicons or model.
TAGGER_VERSION = stage_version(Path(__file__).parent)


def tag_article(text: str, title: str = "", lang: str | None = None) -> Tags:
    """Tag one article; never raises on odd input (non-text input is read as empty)."""
    return Tagger.load().tag(text, title, lang)
