"""Which known persons, organisations and countries a search query names.

A search for "Tokayev" must also find the Russian article that writes "Токаев": the tagger stored the
canonical name in `persons`, so the query is expanded with that keyword; "-Putin" likewise excludes the
articles tagged with him, "Путин" included. The tagging stage's gazetteer knows every spelling and ending
(Токаеву, Tokayevning), so the query is read with the very matcher and context rules that tagged the
articles ("Kazakh language" names no country there either); `resolve_entities` is the only integration
point with it.
"""

from __future__ import annotations

import re

from pipeline.store.query import MAX_QUERY_CHARS, QueryEntities
from pipeline.tag.tagger import Tagger

NEGATED = re.compile(r'(?:^|\s)(?:-|NOT\s+)("[^"]*"|\S+)')
# Gazetteer kinds that name the entity itself. Places, demonyms and state bodies ("Astana", "Kazakh",
# "Kremlin") make the tagger count a country, but a query for them means the word, not every article
# about the country.
FIELD_OF_KIND = {"person": "persons", "org": "organizations", "name": "countries"}
# What a query is about, as tags: these kinds say so in any language ("Turkmen gas": TM, energy); a
# topic through any term of the tagger's concept lexicon; a region ("India Central Asia") as the tagger
# writes it for the articles about it.
CONCEPT_FIELD_OF_KIND = {**FIELD_OF_KIND, "demonym": "countries", "place": "countries", "body": "countries",
                         "topic": "topics", "region": "regions"}


def resolve_entities(query: str) -> QueryEntities:
    """The persons, organisations and countries a query names and excludes, canonical, in query order.

    Country names that are also given names (Jordan) stay words.
    """
    query = query[:MAX_QUERY_CHARS]  # as much as the search itself reads
    named: dict[str, list[str]] = {field: [] for field in FIELD_OF_KIND.values()}
    excluded: dict[str, list[str]] = {field: [] for field in FIELD_OF_KIND.values()}
    concepts: dict[str, list[str]] = {field: [] for field in CONCEPT_FIELD_OF_KIND.values()}
    negated = [match.span(1) for match in NEGATED.finditer(query)]
    rest = list(query)
    topic_concepts: list[str] = []
    stands_for: dict[str, str] = {}
    for mention in Tagger.load().mentions(query):
        entry = mention.entry
        if entry.person_like:
            continue
        is_negated = any(start <= mention.start < end for start, end in negated)
        concept_field = CONCEPT_FIELD_OF_KIND.get(entry.kind)
        if concept_field and not is_negated:
            _add(concepts[concept_field], entry.country if entry.kind == "place" else entry.target)
            if entry.kind == "topic":
                _add(topic_concepts, entry.topic_concept)
            if entry.kind == "person" and entry.country:
                stands_for[entry.target] = entry.country
        field = FIELD_OF_KIND.get(entry.kind)
        if not field:
            continue
        _add((excluded if is_negated else named)[field], entry.target)
        if not is_negated:
            rest[mention.start:mention.end] = " " * (mention.end - mention.start)
    return QueryEntities(named, excluded, "".join(rest), {k: v for k, v in concepts.items() if v}, topic_concepts,
                         stands_for)


def _add(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)
