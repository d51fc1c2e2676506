"""From gazetteer hits to Tags: context rules, then the trained decisions on the features of the text."""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterator

from pipeline.records import Tags
from pipeline.tag.features import Reading, Sentences, country_features, topic_features
from pipeline.tag.gazetteer import Gazetteer, Mention
from pipeline.tag.model import Decisions, primary_likelihoods

DATELINE_LINES = 2

_NAME_BEFORE = re.compile(r"(^|[.!?]\s+|\n)?([^\W\d_][\w'-]*)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'-]*)")
_CLAUSE_END = re.compile(r"[.,;:!?]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The words right after and right before a mention, across a space or a hyphen (US-Dollar, US$), read within
# this many characters of it: a currency's name is short, and a hostile text's words may be as long as it likes.
_FIRST_WORD = re.compile(r"\.?[ \t-]?(\S+)")
_LAST_WORD = re.compile(r"([^\s.,;:]+)[ \t-]$")
_BESIDE_CHARS = 20
# Between two demonyms of one run: a comma, a joining word, or both ("Kazakh, Uzbek and Russian"). The spaces
# after a comma are matched only after it, so no run of spaces can be split between two quantifiers.
_RUN_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:([^\W\d_]+)[ \t]+)?")
# Datelines: "BEIJING, July 10 (Xinhua) --", "MINSK. KAZINFORM -", "Kyiv [Ukraine], July 28:",
# "ASTANA (Reuters) -": a place, an optional bracket, optionally a comma or full stop and at most
# 50 characters, then a dash or a colon.
_DATELINE = re.compile(
    r"^[ \t]*[^\W\d_][^\n,.\[(]{0,30}(?:\s*[\[(][^\]\n)]{1,30}[\])])?(?:\s*[,.][^\n]{0,50}?)?"
    r"(?:\s--?\s|\s[—–]\s|:\s)"
)


class Tagger:
    """The gazetteer plus the rules that turn its hits into tags. Build once, tag many."""

    def __init__(self, gazetteer: Gazetteer, decisions: Decisions | None = None) -> None:
        self.gazetteer = gazetteer
        self.decisions = decisions  # None: the tagger only reads (training builds its own)
        self.region_countries = {name: set(spec["countries"]) for name, spec in gazetteer.regions.items()}
        words = gazetteer.demonym_not_country
        self._not_country_before = {w.casefold() for w in words["before"]}
        self._not_country_after = {w.casefold() for w in words["after"]}
        self._joining = {w.casefold() for w in words["joining"]}
        self._currencies = tuple(w.casefold() for w in gazetteer.currencies)

    _instance: Tagger | None = None
    _lock = threading.Lock()
    load_seconds: float = 0.0

    @classmethod
    def load(cls) -> Tagger:
        """The process-wide tagger with the shipped model, built on first use."""
        with cls._lock:
            if cls._instance is None:
                started = time.perf_counter()
                cls._instance = cls(Gazetteer(), Decisions.load())
                cls.load_seconds = time.perf_counter() - started
            return cls._instance

    def tag(self, text: str, title: str = "", lang: str | None = None) -> Tags:
        """Tags for one article; input that is not text is read as empty."""
        reading, by_kind = self._read(text, title, lang)
        decisions = self.decisions
        if decisions is None:
            raise RuntimeError("this tagger only reads features: it was built without decisions")
        likelihoods = primary_likelihoods(decisions.primary, reading)  # both decisions weigh them: computed once
        primary = decisions.primary_of(likelihoods)
        central_asia = decisions.central_asia_of(reading, likelihoods)
        named_regions = _distinct(m.entry.target for m in by_kind["region"])
        regions = named_regions + [
            region for region, members in self.region_countries.items()
            if members & set(primary) and region not in named_regions
        ]
        if central_asia and "Central Asia" not in regions:
            regions.append("Central Asia")
        return Tags(
            countries=reading.countries,
            primary_countries=primary,
            topics=decisions.topics_of(reading),
            persons=_distinct(m.entry.target for m in by_kind["person"]),
            organizations=_distinct(m.entry.target for m in by_kind["org"]),
            regions=regions,
            topic_concepts=_distinct(m.entry.topic_concept for m in by_kind["topic"]),
            central_asia=central_asia,
        )

    def mentions(self, text: str, lang: str | None = None) -> list[Mention]:
        """The gazetteer's hits in `text` that the context rules keep: "Kazakh" in "in Kazakh" names a
        language, not the country; "US" in "US dollar" a currency."""
        return self._in_context(self.gazetteer.find(text, lang), text)

    def read(self, text: str, title: str = "", lang: str | None = None) -> Reading:
        """The features of one text, before any decision (what the models are trained on)."""
        return self._read(text, title, lang)[0]

    def _read(self, text: str, title: str, lang: str | None) -> tuple[Reading, dict[str, list[Mention]]]:
        text = text if isinstance(text, str) else ""
        title = title if isinstance(title, str) else ""
        lang = lang.lower()[:2] if isinstance(lang, str) and lang else None
        document, title_end = _with_title(title.strip(), text)
        gazetteer = self.gazetteer
        by_kind: dict[str, list[Mention]] = defaultdict(list)
        actors: list[Mention] = []  # mentions that stand for a country, and membership cues
        # Topic terms count in the text's own language (and those it borrows from): the gazetteer
        # reads only those, or all when the lexicon lacks the language.
        for m in self.mentions(document, lang):
            by_kind[m.entry.kind].append(m)
            if m.entry.country or m.entry.kind == "cue":
                actors.append(m)
        sentences = Sentences.of_text(document, title_end)
        central_asia_named = sum(1 for m in by_kind["region"] if m.entry.target == "Central Asia")
        evidence = country_features(actors, sentences, central_asia_named)
        leader_countries = len({m.entry.country for m in by_kind["person"] if m.entry.country})
        topics, shared = topic_features(
            by_kind["topic"], sentences, gazetteer.concepts, leader_countries, evidence.acting
        )
        reading = Reading(evidence.countries, topics, shared, evidence.candidates, evidence.central_asia)
        return reading, by_kind

    # -- context rules ------------------------------------------------------------------------

    def _in_context(self, mentions: list[Mention], text: str) -> list[Mention]:
        """The mentions that the context rules (see the package docs, "Ambiguity") keep. A dateline's place counts
        where nothing else in the text stands for a country: a home story ("TOSHKENT – The election commission ...")
        happens where it was filed."""
        dateline = _dateline_span(text, mentions)
        kept = list(self._kept_in_context(mentions, text, dateline))
        if any(m.entry.country for m in kept):
            return kept
        filed_from = [m for m in mentions if m.entry.kind == "place" and dateline[0] <= m.start < dateline[1]]
        return sorted(kept + filed_from, key=lambda m: m.start) if filed_from else kept

    def _kept_in_context(self, mentions: list[Mention], text: str, dateline: tuple[int, int]) -> Iterator[Mention]:
        targets = {m.entry.target for m in mentions if m.entry.kind in ("place", "name")}
        starts = {m.start for m in mentions}
        dateline_start, dateline_end = dateline
        runs = self._demonym_runs(mentions, text)
        # Most texts name no currency: only where one does is the word beside each name looked at.
        folded = text.casefold()
        currency_named = any(word in folded for word in self._currencies)
        previous = None
        for m in mentions:
            entry, before, previous = m.entry, previous, m
            if entry.kind == "topic":
                yield m
            elif entry.kind == "body" and _follows_place(m, before):
                continue  # "Kazan Kremlin": a landmark of the city before it, not the state body
            elif entry.unless_present and entry.unless_present in targets:
                continue
            elif entry.person_like and _beside_capitalised_word(text, m, starts):
                continue
            elif entry.kind == "demonym" and self._not_the_country(text, *runs[m.start]):
                continue
            elif currency_named and entry.kind in ("name", "demonym") and self._names_a_currency(text, m):
                continue
            elif entry.kind == "place" and dateline_start <= m.start < dateline_end:
                continue
            else:
                yield m

    def _names_a_currency(self, text: str, m: Mention) -> bool:
        """"US dollar", "доллар США", "US$": the name qualifies a currency, not a country acting."""
        after = _FIRST_WORD.match(text, m.end, m.end + _BESIDE_CHARS)
        before = _LAST_WORD.search(text, max(0, m.start - _BESIDE_CHARS), m.start)
        return any(
            word is not None and word.group(1).casefold().startswith(self._currencies) for word in (after, before)
        )

    def _demonym_runs(self, mentions: list[Mention], text: str) -> dict[int, tuple[int, int]]:
        """Per demonym's start, the span of the run of demonyms it stands in ("Kazakh, Uzbek and Russian"):
        a run names languages as a whole, by one word before or after it."""
        runs: list[list[int]] = []  # start, end, then the starts of the run's demonyms
        for m in mentions:
            if m.entry.kind != "demonym":
                continue
            gap = _RUN_GAP.fullmatch(text, runs[-1][1], m.start) if runs else None
            if gap and (gap.group(1) is None or gap.group(1).casefold() in self._joining):
                runs[-1][1] = m.end
                runs[-1].append(m.start)
            else:
                runs.append([m.start, m.end, m.start])
        return {start: (run[0], run[1]) for run in runs for start in run[2:]}

    def _not_the_country(self, text: str, start: int, end: int) -> bool:
        """Demonyms naming languages ("in Kazakh", "Kazakh and Russian subtitles") or an outlet's home
        ("Kazakh media reported"). A joining word and one more word may stand between the run and the
        language word ("Kyrgyz, Russian and English languages"), and a run after "in" may end its clause
        with them ("in Russian or English.", not "from Chinese and European banks")."""
        before = _WORD.findall(text[max(0, start - 20):start])
        after = _WORD.findall(_CLAUSE_END.split(text[end:end + 40], 1)[0])
        joined = bool(after) and after[0].casefold() in self._joining
        clause_ends = not after or (joined and len(after) == 2)
        return bool(
            (before and before[-1].casefold() in self._not_country_before and clause_ends)
            or (after and after[0].casefold() in self._not_country_after)
            or (joined and len(after) > 2 and after[2].casefold() in self._not_country_after)
        )


def _with_title(title: str, text: str) -> tuple[str, int]:
    """The text to read and where its title ends; without a title, a short first line is one."""
    if title:
        return f"{title}\n\n{text}", len(title)
    first, newline, rest = text.partition("\n")
    if newline and rest.strip() and len(first) <= 160 and not first.rstrip().endswith((".", ":")):
        return text, len(first)
    return text, 0


def _dateline_span(text: str, mentions: list[Mention]) -> tuple[int, int]:
    """A dateline names where the outlet filed from; its place counts only if named again.

    Datelines open the text, so only its first lines (the title and the first paragraph) are read.
    """
    for paragraph in itertools.islice(re.finditer(r"[^\n]+", text[:2000]), DATELINE_LINES):
        match = _DATELINE.match(paragraph.group())
        if match:
            start, end = paragraph.start(), paragraph.start() + match.end()
            if any(start <= m.start < end and m.entry.kind == "place" for m in mentions):
                return start, end
    return 0, 0


def _follows_place(m: Mention, before: Mention | None) -> bool:
    return before is not None and before.entry.kind == "place" and m.start - before.end <= 2


def _beside_capitalised_word(text: str, m: Mention, known_starts: set[int]) -> bool:
    """"Michael Jordan", "Chad Smith": a capitalised neighbour makes the name part of a person's name.

    A neighbour that is itself a known name ("Kazan Kremlin", "Jordan Valley" is not known) does not.
    """
    window = max(0, m.start - 40)
    before = _NAME_BEFORE.search(text[window:m.start])
    after = _NAME_AFTER.match(text, m.end)
    name_before = (
        before and before.group(2)[0].isupper() and before.group(1) is None
        and window + before.start(2) not in known_starts
    )
    name_after = after and after.group(1)[0].isupper() and after.start(1) not in known_starts
    return bool(name_before or name_after)


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(values))
