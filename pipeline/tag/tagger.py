"""From gazetteer hits to Tags: context rules, country evidence, primary countries, topics."""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.records import Tags
from pipeline.tag.gazetteer import Gazetteer, Mention

CENTRAL_ASIA = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})
# How much one mention says that a text is about a country: a leader or a state body acts,
# a name is explicit, a city is a place of events, an adjective is often in passing.
KIND_WEIGHT = {"person": 1.3, "body": 1.2, "name": 1.0, "place": 0.6, "demonym": 0.6}
TITLE_FACTOR = 2.0
ENUMERATION_FACTOR = 0.5  # a country in a list of three or more shares the sentence with the others
PRIMARY_SHARE = 0.35  # primary countries score at least this share of the best-scored country
MAX_PRIMARY = 3
MIN_ENUMERATION = 3
TERM_REPEAT_CAP = 2
LEADERS_TOGETHER_WEIGHT = 2.0  # leaders of two countries in one text: they meet, call or write
CENTRAL_ASIA_SHARE = 0.3  # Central Asian countries' share of all country evidence
REGION_MENTIONS_FOR_CENTRAL_ASIA = 2
DATELINE_LINES = 2

_SENTENCE_END = re.compile(r"[.!?。؟।][\"'»”)]?\s|\n")
_NAME_BEFORE = re.compile(r"(^|[.!?]\s+|\n)?([^\W\d_][\w'-]*)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'-]*)")
_CLAUSE_END = re.compile(r"[.,;:!?]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Datelines: "BEIJING, July 10 (Xinhua) --", "MINSK. KAZINFORM -", "Kyiv [Ukraine], July 28:",
# "ASTANA (Reuters) -": a place, an optional bracket, optionally a comma or full stop and at most
# 50 characters, then a dash or a colon.
_DATELINE = re.compile(
    r"^[ \t]*[^\W\d_][^\n,.\[(]{0,30}(?:\s*[\[(][^\]\n)]{1,30}[\])])?(?:\s*[,.][^\n]{0,50}?)?"
    r"(?:\s--?\s|\s[—–]\s|:\s)"
)


@dataclass
class _Evidence:
    scores: Counter  # country -> evidence that the text is about it
    mentioned: set[str]  # every country the text involves


class Tagger:
    """The gazetteer plus the rules that turn its hits into tags. Build once, tag many."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.region_countries = {name: set(spec["countries"]) for name, spec in gazetteer.regions.items()}
        words = gazetteer.demonym_not_country
        self._not_country_before = {w.casefold() for w in words["before"]}
        self._not_country_after = {w.casefold() for w in words["after"]}

    _instance: Tagger | None = None
    _lock = threading.Lock()
    load_seconds: float = 0.0

    @classmethod
    def load(cls) -> Tagger:
        """The process-wide tagger, built on first use."""
        with cls._lock:
            if cls._instance is None:
                started = time.perf_counter()
                cls._instance = cls(Gazetteer())
                cls.load_seconds = time.perf_counter() - started
            return cls._instance

    def tag(self, text: str, title: str = "", lang: str | None = None) -> Tags:
        """Tags for one article; input that is not text is read as empty."""
        text = text if isinstance(text, str) else ""
        title = title if isinstance(title, str) else ""
        lang = lang.lower()[:2] if isinstance(lang, str) and lang else None
        document, title_end = _with_title(title.strip(), text)
        by_kind: dict[str, list[Mention]] = defaultdict(list)
        actors: list[Mention] = []  # mentions that stand for a country, and membership cues
        for m in self._in_context(self.gazetteer.find(document, lang), document):
            by_kind[m.entry.kind].append(m)
            if m.entry.country or m.entry.kind == "cue":
                actors.append(m)
        evidence = _country_evidence(actors, document, title_end)
        primary = _primary(evidence)
        named_regions = _distinct(m.entry.target for m in by_kind["region"])
        central_asia = bool(set(primary) & CENTRAL_ASIA)
        central_asia = central_asia or _central_asia_by_evidence(evidence, by_kind["region"])
        regions = named_regions + [
            region for region, members in self.region_countries.items()
            if members & set(primary) and region not in named_regions
        ]
        if central_asia and "Central Asia" not in regions:
            regions.append("Central Asia")
        return Tags(
            countries=sorted(evidence.mentioned),
            primary_countries=sorted(primary),
            topics=self._topics(by_kind["topic"], by_kind["person"], document),
            persons=_distinct(m.entry.target for m in by_kind["person"]),
            organizations=_distinct(m.entry.target for m in by_kind["org"]),
            regions=regions,
            central_asia=central_asia,
        )

    # -- context rules ------------------------------------------------------------------------

    def _in_context(self, mentions: list[Mention], text: str):
        """The mentions that the context rules (see the package docs, "Ambiguity") keep."""
        targets = {m.entry.target for m in mentions if m.entry.kind == "place"}
        starts = {m.start for m in mentions}
        dateline_start, dateline_end = _dateline_span(text, mentions)
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
            elif entry.kind == "demonym" and self._not_the_country(text, m):
                continue
            elif entry.kind == "place" and dateline_start <= m.start < dateline_end:
                continue
            else:
                yield m

    def _not_the_country(self, text: str, m: Mention) -> bool:
        """A demonym naming a language ("in Kazakh") or an outlet's home ("Kazakh media reported")."""
        before = _WORD.findall(text[max(0, m.start - 20):m.start])
        after = _WORD.findall(_CLAUSE_END.split(text[m.end:m.end + 25], 1)[0])
        return bool(
            (before and before[-1].casefold() in self._not_country_before and not after)
            or (after and after[0].casefold() in self._not_country_after)
        )

    # -- topics -------------------------------------------------------------------------------

    def _topics(self, terms: list[Mention], persons: list[Mention], text: str) -> list[str]:
        """Sum the weights of topic terms (each term counted at most twice); see topics.yaml for the rule."""
        seen: Counter = Counter()
        scores: Counter = Counter()
        for m in terms:
            key = (m.entry.target, text[m.start:m.end].casefold())
            seen[key] += 1
            if seen[key] <= TERM_REPEAT_CAP:
                scores[m.entry.target] += m.entry.weight
        leader_countries = {m.entry.country for m in persons if m.entry.country}
        if len(leader_countries) >= 2:
            scores["diplomacy"] += LEADERS_TOGETHER_WEIGHT
        if not scores:
            return []
        rule = self.gazetteer.topic_rule
        best_topic, best = scores.most_common(1)[0]
        floor = max(rule["threshold"], rule["share_of_best"] * best)
        chosen = sorted(t for t, s in scores.items() if s >= floor)
        if not chosen and best >= rule["single_topic_threshold"]:
            chosen = [best_topic]
        return chosen


def _country_evidence(actors: list[Mention], text: str, title_end: int) -> _Evidence:
    """Score each country by its mentions; enumerations share, membership lists don't count."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    sentence, previous = 0, 0
    for m in actors:  # in text order: a sentence end in the gap between two mentions separates them
        if _SENTENCE_END.search(text, previous, m.start):
            sentence += 1
        previous = m.start
        by_sentence[sentence].append(m)
    scores: Counter = Counter()
    mentioned: set[str] = set()
    for group in by_sentence.values():
        countries = [m for m in group if m.entry.country]
        distinct = {m.entry.country for m in countries if m.entry.kind in ("name", "place")}
        enumeration = len(distinct) >= MIN_ENUMERATION
        membership = enumeration and len(countries) < len(group)  # a membership cue is in the sentence
        for m in countries:
            code = m.entry.country
            mentioned.add(code)
            if membership:
                continue
            weight = KIND_WEIGHT[m.entry.kind] * (ENUMERATION_FACTOR if enumeration else 1.0)
            if m.start < title_end:
                weight *= TITLE_FACTOR
            scores[code] += weight
    return _Evidence(scores, mentioned)


def _central_asia_by_evidence(evidence: _Evidence, region_mentions: list[Mention]) -> bool:
    total = sum(evidence.scores.values())
    regional = sum(s for code, s in evidence.scores.items() if code in CENTRAL_ASIA)
    named = sum(1 for m in region_mentions if m.entry.target == "Central Asia")
    by_share = total > 0 and regional / total >= CENTRAL_ASIA_SHARE
    return by_share or named >= REGION_MENTIONS_FOR_CENTRAL_ASIA


def _primary(evidence: _Evidence) -> list[str]:
    ranked = [(score, code) for code, score in evidence.scores.items() if score > 0]
    if not ranked:
        return []
    ranked.sort(reverse=True)
    best = ranked[0][0]
    return [code for score, code in ranked[:MAX_PRIMARY] if score >= PRIMARY_SHARE * best]


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
