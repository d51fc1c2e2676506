"""The gazetteer: every alias of every entity in Aho-Corasick automata, and the matcher over them.

Aliases come from data files next to this module (CLDR country names, hand-kept additions, people,
organisations, regions, topic lexicons). Text and aliases are normalised the same way (lower case,
one apostrophe, ё→е, punctuation as spaces); one pass of an automaton finds the aliases at word
starts, and each hit is kept only if the rest of its word is an inflection ending (Казахстан+а,
Қазақстан+ның, Toshkent+dagi) from `data/inflection.yaml`. Aliases of one language (topic terms, the
words that only begin like one, a few spellings of names) are read only in text of that language, and
do not compete with the others for a place in the text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

import ahocorasick
import yaml

DATA_DIR = Path(__file__).parent / "data"
MAX_TAIL_PIECES = 3  # endings after an alias (Қазақстан|да|ғы|лар); short aliases take one
LONG_ALIAS = 5
MIN_STEMMED_LENGTH = 5
STEMMED_ENDINGS = frozenset("аяьйыо")
KIND_RANK = {"person": 0, "body": 1, "name": 2, "place": 3, "demonym": 4}
GROUP_KINDS = (("names", "name"), ("demonyms", "demonym"), ("places", "place"), ("bodies", "body"))
# A script's word endings, and the pieces a tail not behind an apostrophe must start with (None: any).
Tails = tuple[frozenset[str], tuple[str, ...] | None]

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# One apostrophe for the many the press uses (Uzbek oʻ/o‘/o', Turkish Türkiye’ye); ё is written е;
# every other non-word character becomes a space, so an alias is found as " " + alias at a word start.
_APOSTROPHES = re.compile("[ʻʼ’‘`´ʹ′＇]")
# Combining marks (Devanagari vowel signs, Arabic and Hebrew points) belong to their word.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff"
_NON_WORD = re.compile(f"[^\\w' {_MARKS}]")  # spaces are left alone: they are most of the matches
_TAIL = re.compile(r"[\w']*")
# French and Italian elision (l'Ouzbékistan, d'Iran, dell'Uzbekistan): the apostrophe starts a word.
_ELISION = re.compile(r"'(?:(?<=\b[ldjmnstc]')|(?<=\bqu')|(?<=\b[dns]ell')|(?<=\b[ds]all')|(?<=\bsull'))")
_START = attrgetter("start")
# Stretches of text in other scripts than Latin, Greek and Cyrillic (their extensions, punctuation and
# symbols), spaces and punctuation inside included: only these are scanned for names in such scripts.
_OTHER_SCRIPT = "[^\x00-\u052f\u1d00-\u1fff\u2000-\u2bff]"
_UNSPACED_RUN = re.compile(f"{_OTHER_SCRIPT}(?:[\\W\\d_]*{_OTHER_SCRIPT})*")


def normalise(text: str, lang: str | None = None) -> str:
    """Lower-case and fold variants; keeps every character at its offset."""
    if lang in ("tr", "az"):
        text = text.replace("İ", "i").replace("I", "ı")
    else:
        text = text.replace("İ", "I")
    folded = _ELISION.sub(" ", _APOSTROPHES.sub("'", text.lower()))
    return _NON_WORD.sub(" ", folded).replace("ё", "е")


def read_yaml(name: str) -> dict:
    return yaml.load((DATA_DIR / name).read_text(encoding="utf-8"), Loader=_YamlLoader)


def read_cldr() -> dict[str, list[str]]:
    return json.loads((DATA_DIR / "cldr_countries.json").read_text(encoding="utf-8"))["countries"]


@dataclass(frozen=True)
class Entry:
    """What an alias stands for, and how strictly it must match."""

    kind: str  # name | demonym | place | body | person | org | region | topic | cue | not_term
    target: str  # country code, canonical name, region, topic code or cue word
    country: str = ""  # the country a person or place stands for
    concept: str = ""  # topic terms: the concept they name, one for all languages ("pipeline")
    lang: str = ""  # the one language whose texts read the alias (topic terms, not-terms, some names)
    prefix: bool = False  # alias given with a trailing *: any word it starts
    exact_case: str = ""  # ALL-CAPS acronyms (US, SCO) must appear exactly so
    capitalised: bool = False  # proper names must start with a capital in cased scripts
    person_like: bool = False  # also a given name or surname (Jordan, Chad)
    unless_present: str = ""  # dropped when this entity's aliases occur in the text
    checks_case: bool = False  # exact_case or capitalised, precomputed for the matching loop
    # Topic terms of a language that inflects little take only its own endings (plurals), not the
    # names' endings of the region's languages that would read "warn" as war+n.
    own_endings: frozenset[str] | None = None
    # A term of several words with a * inside ("совместн* заявлени*"): the alias is its first word, and
    # these are the words that must follow it, one space apart, each a stem (any word it starts) or not.
    phrase: tuple[tuple[str, bool], ...] = ()

    @property
    def topic_concept(self) -> str:
        """A topic term's concept as one value for every language: "energy.nuclear_power"."""
        return topic_concept(self.target, self.concept)


def topic_concept(topic: str, concept: str) -> str:
    """How a concept of the topic lexicon is written in tags and queries: "energy.nuclear_power"."""
    return f"{topic}.{concept}"


# Not frozen: a text has a hundred mentions or more, and a frozen dataclass is built four times slower.
@dataclass(slots=True)
class Mention:
    """An alias found in the text: offsets in the text, the word's end included."""

    start: int
    end: int
    entry: Entry
    length: int  # of the alias that matched: on one span, the longest alias speaks for its entity


def _spaced_script(char: str) -> bool:
    """Scripts that separate words by spaces and inflect with endings we know (Latin, Cyrillic, Greek)."""
    name = unicodedata.name(char, "")
    return name.startswith(("LATIN", "CYRILLIC", "GREEK")) or char.isdigit()


class Gazetteer:
    """All aliases of all entities, compiled once into two automata (see __init__)."""

    def __init__(self) -> None:
        self._aliases: dict[str, list[Entry]] = {}
        self._interned: dict[tuple, Entry] = {}
        inflection = read_yaml("inflection.yaml")
        self._tails: dict[str, Tails] = {
            script: (frozenset(inflection[script]), None) for script in ("latin", "cyrillic")
        }
        # A language's own endings that other languages' words also end in are read in its text only.
        self._tails_in: dict[str, dict[str, Tails]] = {
            lang: {script: (self._tails[script][0] | frozenset(by_script.get(script, ())), None)
                   for script in self._tails}
            for lang, by_script in inflection["only_in"].items()
        }
        for lang, by_script in inflection["bare_tail_starts_in"].items():
            tails = self._tails_in.setdefault(lang, dict(self._tails))
            for script, starts in by_script.items():
                tails[script] = (tails[script][0], tuple(starts))
        self._load_countries()
        self._load_people_and_bodies()
        self._load_topics()
        # Per language of text, the languages whose aliases it reads, "" (the aliases of no one language)
        # included, so that one set lookup decides; a text in a language the lexicon lacks reads them all.
        self._every_language = frozenset(entry.lang for entry in self._interned.values())
        self._languages_read = {
            lang: frozenset({"", *self.term_languages.get(lang, {lang})}) for lang in self.topic_languages
        }
        # Two automata: names in scripts that separate words by spaces, found at word starts, and
        # names in other scripts (Chinese, Arabic, Hebrew, Devanagari ...), found anywhere. The
        # second has a wide root and is slow to scan, so it only runs on texts that use such scripts.
        self.spaced = ahocorasick.Automaton()
        self.unspaced = ahocorasick.Automaton()
        spaced: dict[str, tuple] = {}
        for key, entries in self._aliases.items():
            if _spaced_script(key[0]):
                # The key carries the word boundary before it (see normalise); its script decides its endings.
                script = "cyrillic" if "CYRILLIC" in unicodedata.name(key[-1], "") else "latin"
                spaced[" " + key] = (len(key), tuple(entries), script)
            else:
                self.unspaced.add_word(key, (len(key), tuple(entries)))
        for key, value in spaced.items():
            # Shorter aliases that begin the same word, longest first: tried when this one's ending fails.
            shorter = tuple(spaced[key[:n]] for n in range(len(key) - 1, 1, -1) if key[:n] in spaced)
            self.spaced.add_word(key, (*value, shorter))
        self.spaced.make_automaton()
        self.unspaced.make_automaton()

    # -- building -----------------------------------------------------------------------------

    def add(self, alias: str, entry: Entry) -> None:
        alias = alias.strip()
        if "*" in alias.rstrip("*"):
            alias, entry = _phrase_head(alias, entry)
        prefix = alias.endswith("*")
        alias = alias.rstrip("*").strip()
        if not alias:
            return
        key = normalise(alias).strip()
        if not key:
            return
        cased = alias[0].isupper() and _spaced_script(alias[0])
        # Compared over the key's span, without the full stop the key drops ("U.S." is read as "U.S").
        exact_case = alias[:len(key)] if cased and len(alias) <= 5 and alias.isupper() else ""
        capitalised = cased and entry.kind not in ("topic", "cue", "not_term")
        # Many aliases share one entry (every term of a concept in a language): build each variant once.
        variant_of = (entry, prefix, exact_case, capitalised)
        interned = self._interned.get(variant_of)
        if interned is None:
            interned = replace(
                entry, prefix=prefix, exact_case=exact_case, capitalised=capitalised,
                checks_case=bool(exact_case) or capitalised,
            )
            self._interned[variant_of] = interned
        entry = interned
        # A not-term is the very word that would be misread: no shorter stem of it.
        for variant in (key,) if entry.kind == "not_term" else _with_stem(key):
            entries = self._aliases.setdefault(variant, [])
            rival = (entry.country, entry.prefix)
            same_country = [
                e for e in entries
                if entry.country and (e.country, e.prefix) == rival
                and not (e.lang and entry.lang and e.lang != entry.lang)
            ]
            # One alias, one country (per language that reads it only there): keep the strongest kind of
            # evidence ("India") and, of two spellings of one kind, the one that reads lower case too
            # (French "russe" beside German "Russe").
            if same_country:
                kept = same_country[0]
                if (KIND_RANK[entry.kind], entry.capitalised) >= (KIND_RANK[kept.kind], kept.capitalised):
                    continue
                entries.remove(kept)
            if entry not in entries:
                entries.append(entry)

    def _load_countries(self) -> None:
        gazetteer = read_yaml("gazetteer.yaml")
        ambiguous = {item["alias"]: item for item in gazetteer["ambiguous"]}
        common_words = set(gazetteer["not_names"])
        for code, names in read_cldr().items():
            for name in names:
                if name not in common_words:
                    self._add_country_alias(name, "name", code, ambiguous)
        for code, groups in gazetteer["countries"].items():
            country = "US" if code == "US_STATE" else code
            for group, kind in GROUP_KINDS:
                for alias in groups.get(group, ()):
                    if code == "US_STATE":
                        self.add(alias, Entry("place", "US_STATE", country="US"))
                    else:
                        self._add_country_alias(alias, kind, country, ambiguous)
        for lang, countries in gazetteer["read_only_in"].items():
            for code, groups in countries.items():
                for group, kind in GROUP_KINDS:
                    for alias in groups.get(group, ()):
                        self._add_country_alias(alias, kind, code, ambiguous, lang)
        self.demonym_not_country = gazetteer["demonym_not_country"]
        self.currencies: list[str] = gazetteer["currencies"]

    def _add_country_alias(self, alias: str, kind: str, code: str, ambiguous: dict, lang: str = "") -> None:
        rule = ambiguous.get(alias)
        if rule and rule["code"] == code:
            entry = Entry(kind, code, country=code, lang=lang, person_like=rule.get("person_like", False),
                          unless_present=rule.get("unless_present", ""))
        else:
            entry = Entry(kind, code, country=code, lang=lang)
        self.add(alias, entry)

    def _load_people_and_bodies(self) -> None:
        for person in read_yaml("persons.yaml")["persons"]:
            self._add_named(person, Entry("person", person["name"], country=person["country"]))
        organisations = read_yaml("organizations.yaml")
        for org in organisations["organizations"]:
            self._add_named(org, Entry("org", org["name"]))
        for cue in organisations["membership_cues"]:
            self.add(cue, Entry("cue", "membership"))
        self.regions = read_yaml("regions.yaml")["regions"]
        for region, spec in self.regions.items():
            for alias in spec["aliases"]:
                self.add(alias, Entry("region", region))

    def _add_named(self, named: dict, entry: Entry) -> None:
        """A person's or an organisation's name and aliases, and the spellings it has in one language's text only."""
        for alias in [named["name"], *named["aliases"]]:
            self.add(alias, entry)
        for lang, aliases in named.get("read_only_in", {}).items():
            for alias in aliases:
                self.add(alias, replace(entry, lang=lang))

    def _load_topics(self) -> None:
        self.concepts: dict[str, list[str]] = {}  # topic -> its concepts, in lexicon order
        self.topic_languages: set[str] = set()
        lexicon = read_yaml("topics.yaml")
        # The languages whose topic terms a text in a language reads: its own and those it borrows from.
        self.term_languages = {lang: {lang, *other} for lang, other in lexicon["borrows"].items()}
        own_endings = {lang: frozenset(endings) for lang, endings in lexicon["own_endings"].items()}
        for topic, concepts in lexicon["topics"].items():
            self.concepts[topic] = list(concepts)
            for concept, by_language in concepts.items():
                for lang, terms in by_language.items():
                    self.topic_languages.add(lang)
                    entry = Entry("topic", topic, concept=concept, lang=lang, own_endings=own_endings.get(lang))
                    for term in terms:
                        self.add(str(term), entry)
        for lang, words in lexicon["not_terms"].items():
            for word in words:
                self.add(word, Entry("not_term", "", lang=lang))

    def languages_read(self, lang: str | None) -> frozenset[str]:
        """The languages whose aliases a text in `lang` reads: its own and those it borrows from, or
        every language when the lexicon lacks `lang`; and "", that of the aliases every text reads."""
        return self._languages_read.get(lang or "", self._every_language)

    def entries_by_alias(self) -> dict[str, tuple[Entry, ...]]:
        """Normalised alias -> what it stands for (for checking the data)."""
        return {key: tuple(entries) for key, entries in self._aliases.items()}

    # -- matching -----------------------------------------------------------------------------

    def find(self, text: str, lang: str | None = None) -> list[Mention]:
        """Every alias occurrence on word boundaries that a text in `lang` reads; overlapping hits keep
        the longest."""
        # Padded with a space each side: offsets in `norm` are one more than in `text`.
        norm = " " + normalise(text, lang) + " "
        aligned = len(norm) == len(text) + 2
        languages = self.languages_read(lang)
        tails = self._tails_in.get(lang or "", self._tails)
        hits: list[Mention] = []
        # The longest alias at each word start; if none of its entries fits, because its word goes on
        # with something that is not an ending ("Казахстана|м") or it belongs to a language the text
        # does not read, a shorter alias of the same word may still fit ("Казахстан|ам").
        page = (norm, text, aligned, languages, hits)
        for last, (length, entries, script, shorter) in self.spaced.iter_long(norm):
            if not _keep_spaced(page, last, length, entries, tails[script]):
                boundary = last - length  # the space before the word, in `norm`
                for length, entries, script in shorter:
                    if _keep_spaced(page, boundary + length, length, entries, tails[script]):
                        break
        # Longest matches at word starts come in text order (a term of several words may span the next
        # words' own hits); hits in other scripts may overlap (any position can start one) and are merged in.
        other: list[Mention] = []
        for run in _UNSPACED_RUN.finditer(norm):
            for last, (length, entries) in self.unspaced.iter(norm, run.start(), run.end()):
                other.extend(
                    Mention(last - length, last, entry, length) for entry in entries if entry.lang in languages
                )
        return _longest_first(hits + other) if other else hits


def _keep_spaced(page: tuple, last: int, length: int, entries: tuple, tails: Tails) -> bool:
    """Add the entries of an alias ending at `last` if its language, word ending and case fit; any fit?

    `page` is (normalised text, text, whether their offsets agree, the languages the text reads, the
    hits found so far); `tails` the endings a word may go on with, and what a tail must start with.
    A not-term that fits adds nothing, and no shorter alias of its word is tried.
    """
    norm, text, aligned, languages, hits = page
    following = norm[last + 1]
    end = last
    tail = ""
    endings, starts = tails  # a phrase's later words are read with the same endings
    if following == " " or following == "'":
        inflected = True  # the word ends with the alias, or a Kazakhstan's / Türkiye'ye
    else:
        end = _TAIL.match(norm, last + 1).end() - 1  # type: ignore[union-attr]  # [\w']* matches anywhere
        tail = norm[last + 1:end + 1]
        pieces = MAX_TAIL_PIECES if length >= LONG_ALIAS else 1
        inflected = _segments_into(tail, endings, pieces) and (starts is None or tail.startswith(starts))
    start = last - length
    added = False
    for entry in entries:
        if entry.lang not in languages:
            continue
        if entry.prefix:
            pass
        elif entry.own_endings is not None:
            if tail and tail not in entry.own_endings:
                continue
        elif not inflected:
            continue
        if entry.checks_case and aligned:  # proper names capitalised, acronyms exact
            if entry.exact_case:
                # An acronym that goes on in capitals is another acronym (IDF is not IDFA).
                if text[start:last] != entry.exact_case or text[last:end].isupper():
                    continue
            elif text[start].islower():
                continue
        if entry.phrase:
            phrase_end = _phrase_end(norm, end, entry.phrase, endings)
            if phrase_end is None:
                continue
            hits.append(Mention(start, phrase_end, entry, phrase_end - start))
        elif entry.kind != "not_term":
            hits.append(Mention(start, end, entry, length))
        added = True
    return added


def _phrase_head(term: str, entry: Entry) -> tuple[str, Entry]:
    """A term of several words with a * inside: its first word as the alias, the others in the entry."""
    first, *others = term.split()
    phrase = tuple((normalise(word.rstrip("*")).strip(), word.endswith("*")) for word in others)
    return first, replace(entry, phrase=phrase)


def _phrase_end(norm: str, end: int, words: tuple[tuple[str, bool], ...], endings: frozenset) -> int | None:
    """Where a phrase's last word ends, if its words follow the first (which ends at `end`); else None."""
    position = end + 1
    for stem, any_ending in words:
        if norm[position] != " " or not norm.startswith(stem, position + 1):
            return None
        position += 1 + len(stem)
        word_end = _TAIL.match(norm, position).end()  # type: ignore[union-attr]  # [\w']* matches anywhere
        if not any_ending and word_end > position and not _segments_into(norm[position:word_end], endings, 1):
            return None
        position = word_end
    return position - 1


def _with_stem(key: str) -> tuple[str, ...]:
    """A Cyrillic name ending in a vowel also matches as its stem: Россия → Росси|и, Росси|ей, Москв|е."""
    if len(key) >= MIN_STEMMED_LENGTH and key[-1] in STEMMED_ENDINGS:
        return key, key[:-1]
    return (key,)


@lru_cache(maxsize=8192)
def _segments_into(tail: str, pieces: frozenset[str], budget: int) -> bool:
    """Whether `tail` is a run of at most `budget` known endings (да+ғы, lar+ni)."""
    if not tail:
        return True
    return budget > 0 and any(
        tail[:n] in pieces and _segments_into(tail[n:], pieces, budget - 1)
        for n in range(min(len(tail), 5), 0, -1)
    )


def _longest_first(hits: list[Mention]) -> list[Mention]:
    """One hit per entity and span, and none inside a longer hit ("New Guinea" in "Papua New Guinea").

    Different entities on the same span all stay: the tagger decides between them.
    """
    # Hits arrive by end offset; reversed and stably sorted by start, the longest comes first.
    hits = hits[::-1]
    hits.sort(key=_START)
    kept: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    reach = -1
    for m in hits:
        key = (m.start, m.end, m.entry.target)
        if key in seen:
            continue
        if m.start >= reach or (m.start == kept[-1].start and m.end == kept[-1].end):
            kept.append(m)
            seen.add(key)
            if m.end > reach:
                reach = m.end
    return kept
