"""What a text says, as numbers the decision models weigh: language-independent evidence only.

The gazetteer finds names and topic concepts in any language; this module turns those hits into
features that mean the same in every language: how many sentences name a topic's concepts, whether
the title or the lead does, how many distinct concepts a topic has, how a country is named (by its
leader, a state body, its name, a city) and where. The models in `model.py` weigh these features
with weights learned from the labelled training set (`training.py`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from pipeline.tag.gazetteer import Mention

CENTRAL_ASIA = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})
# How much one mention says that a text is about a country: a leader or a state body acts,
# a name is explicit, a city is a place of events, an adjective is often in passing.
KIND_WEIGHT = {"person": 1.3, "body": 1.2, "name": 1.0, "place": 0.6, "demonym": 0.6}
TITLE_FACTOR = 2.0
ENUMERATION_FACTOR = 0.5  # a country in a list of three or more shares the sentence with the others
MIN_ENUMERATION = 3
ACTING_SHARE = 0.35  # a country scoring this share of the best-scored one acts in the text

_SENTENCE_END = re.compile(r"[.!?。؟।][\"'»”)]?\s|\n")


@dataclass
class Sentences:
    """Where each sentence of a document ends, so any offset maps to its sentence."""

    ends: list[int]
    title_end: int

    @classmethod
    def of_text(cls, text: str, title_end: int) -> Sentences:
        """Sentence ends of `text`; empty stretches (a blank line) are no sentence."""
        ends, last = [], 0
        for match in _SENTENCE_END.finditer(text):
            if not text[last:match.start()].isspace() and match.start() > last:
                ends.append(match.start())
            last = match.end()
        return cls(ends, title_end)

    def of(self, offset: int) -> int:
        return bisect_right(self.ends, offset)

    @property
    def count(self) -> int:
        return len(self.ends) + 1

    @property
    def in_title(self) -> int:
        """How many sentences the title has: theirs are the indices below this."""
        return self.of(self.title_end) if self.title_end else 0

    @property
    def lead(self) -> int:
        """The first sentence of the body, right after the title's."""
        return self.in_title


@dataclass
class CountryEvidence:
    """What the mentions of countries say: who is involved, who may be primary, Central Asia's part."""

    countries: list[str]
    candidates: dict[str, dict[str, float]]  # country -> features for "is it primary?"
    central_asia: dict[str, float]
    acting: int  # countries whose evidence comes near the best one's


@dataclass
class Reading:
    """Everything the decisions need about one text, before any decision is made."""

    countries: list[str]
    topics: dict[str, dict[str, float]]  # topic -> its own features
    text: dict[str, float]  # features every topic's model sees (all concepts, length, countries acting)
    candidates: dict[str, dict[str, float]]  # country -> features for "is it primary?"
    central_asia: dict[str, float]


def topic_features(
    terms: list[Mention], sentences: Sentences, concepts: dict[str, list[str]], leader_countries: int,
    acting_countries: int,
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Per topic: how much, how spread and where its concepts occur (one hit per concept and place);
    and what every topic's model also sees: which concepts of any topic the text names, how long it
    is, whether leaders of two countries are named, how many countries act in it (diplomacy needs
    two sides; a domestic reform has one).
    """
    # topic -> concept -> occurrences; int defaults, as a Counter costs a Python call per new key
    hits: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # topic -> sentence -> concepts
    sentence_hits: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    seen: set[tuple[int, str]] = set()
    for m in terms:
        key = (m.start, m.entry.concept)
        if key in seen:  # one term written in several languages' lists is one hit
            continue
        seen.add(key)
        hits[m.entry.target][m.entry.concept] += 1
        sentence_hits[m.entry.target][sentences.of(m.start)].add(m.entry.concept)
    totals = {topic: sum(c.values()) for topic, c in hits.items()}
    all_hits = sum(totals.values())
    ranked = sorted(set(totals.values()), reverse=True)
    most, second = (ranked + [0, 0])[:2]
    lead, title_sentences, count = sentences.lead, sentences.in_title, sentences.count
    shared = {
        "leaders_together": float(leader_countries >= 2),
        "length": math.log1p(count),
        "acting_countries": math.log1p(acting_countries),
        "two_sides": float(acting_countries >= 2),
    }
    # Every topic weighs every concept: "export" next to "gas" says energy more than trade.
    every_concept = {
        f"concept:{topic}.{concept}": math.log1p(count)
        for topic, counts in hits.items() for concept, count in counts.items()
    }
    features: dict[str, dict[str, float]] = {}
    for topic in concepts:
        by_sentence = sentence_hits.get(topic, {})
        total = totals.get(topic, 0)
        values = {
            "hits": math.log1p(total),
            "concepts": math.log1p(len(hits.get(topic, ()))),
            "sentences": math.log1p(len(by_sentence)),
            "sentence_share": len(by_sentence) / count,
            "title": float(min(by_sentence, default=count) < title_sentences),
            "lead": float(lead in by_sentence),
            "dense_sentences": math.log1p(sum(1 for c in by_sentence.values() if len(c) >= 2)),
            "density": total / count,
            "share": total / all_hits if all_hits else 0.0,
            "top": float(total > 0 and total == most),
            "second": float(total > 0 and total == second),
        }
        features[topic] = values
    return features, {**shared, **every_concept}


def country_features(actors: list[Mention], sentences: Sentences, region_mentions: int) -> CountryEvidence:
    """Candidates for primary country and the Central Asia evidence, from the mentions of countries.

    `actors` are the mentions that stand for a country, and membership cues, in text order.
    Countries enumerated (three or more) in a sentence share it; in a sentence with a membership cue
    they count as mentioned, never as evidence.
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in actors:
        by_sentence[sentences.of(m.start)].append(m)
    scores: dict[str, float] = defaultdict(float)
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # code -> kind -> mentions
    in_sentences: dict[str, set[int]] = defaultdict(set)
    enumerated: dict[str, int] = defaultdict(int)
    mentioned: set[str] = set()
    title_sentences = sentences.in_title
    for index, group in by_sentence.items():
        countries = [m for m in group if m.entry.country]
        distinct = {m.entry.country for m in countries if m.entry.kind in ("name", "place")}
        enumeration = len(distinct) >= MIN_ENUMERATION
        membership = enumeration and len(countries) < len(group)  # a membership cue is in the sentence
        for m in countries:
            code = m.entry.country
            mentioned.add(code)
            if membership:
                continue
            kinds[code][m.entry.kind] += 1
            in_sentences[code].add(index)
            enumerated[code] += enumeration
            weight = KIND_WEIGHT[m.entry.kind] * (ENUMERATION_FACTOR if enumeration else 1.0)
            if index < title_sentences:
                weight *= TITLE_FACTOR
            scores[code] += weight
    ranked = sorted(mentioned, key=lambda code: (-scores[code], code))
    order_named = list(dict.fromkeys(m.entry.country for m in actors if m.entry.country))
    best = scores[ranked[0]] if ranked else 0.0
    best_places = in_sentences[ranked[0]] if ranked else set()
    lead, count = sentences.lead, sentences.count
    candidates = {}
    for rank, code in enumerate(ranked):
        places = in_sentences[code]
        first_place = min(places, default=count)  # in no sentence: as if after the last (not in the title)
        counts = kinds[code]
        mentions = sum(counts.values())
        candidates[code] = {
            "score": math.log1p(scores[code]),
            "score_share": scores[code] / best if best else 0.0,
            "best": float(rank == 0 and best > 0),
            "second": float(rank == 1),
            "third": float(rank == 2),
            **{kind: math.log1p(counts.get(kind, 0)) for kind in KIND_WEIGHT},
            "title": float(first_place < title_sentences),
            "lead": float(lead in places),
            "sentence_share": len(places) / count,
            "sentences": math.log1p(len(places)),
            "first_sentence": first_place / count,
            "mentions": math.log1p(mentions),
            "enumerated_share": enumerated[code] / mentions if mentions else 0.0,
            "listed_only": float(not mentions),
            "countries": math.log1p(len(mentioned)),
            "central_asian": float(code in CENTRAL_ASIA),
            "named_first": float(order_named[:1] == [code]),
            "named_second": float(order_named[1:2] == [code]),
            # The other side of a meeting or a dispute shares sentences with the main actor.
            "with_best": math.log1p(len(places & best_places)) if rank else 0.0,
        }
    return CountryEvidence(
        countries=sorted(mentioned),
        candidates=candidates,
        central_asia=_central_asia_features(candidates, scores, region_mentions),
        acting=sum(1 for code in ranked if best and scores[code] >= ACTING_SHARE * best),
    )


def _central_asia_features(candidates: dict[str, dict[str, float]], scores: dict[str, float],
                           region_mentions: int) -> dict:
    regional = [candidates[code] for code in candidates if code in CENTRAL_ASIA]
    total = sum(scores.values())
    return {
        "share": sum(scores[code] for code in CENTRAL_ASIA) / total if total else 0.0,
        "best_share": max((c["score_share"] for c in regional), default=0.0),
        "best": float(any(c["best"] for c in regional)),
        "title": float(any(c["title"] for c in regional)),
        "lead": float(any(c["lead"] for c in regional)),
        "named_first": float(any(c["named_first"] for c in regional)),
        "countries": math.log1p(len(regional)),
        "region_named": math.log1p(region_mentions),
    }
