"""Which known persons, organisations and countries a search query names.

A search for "Tokayev" must also find the Russian article that writes "Токаев": the tagger stored the
canonical name in `persons`, so the query is expanded with that keyword. The tagging stage's gazetteer
knows every spelling and ending (Токаеву, Tokayevning), so the query is read with the very matcher that
tagged the articles; `resolve_entities` is the only integration point with it.
"""

from __future__ import annotations

import re

from pipeline.tag.tagger import Tagger

NEGATED = re.compile(r'(?:^|\s)(?:-|NOT\s+)("[^"]*"|\S+)')
# Gazetteer kinds that name the entity itself. Places, demonyms and state bodies ("Astana", "Kazakh",
# "Kremlin") make the tagger count a country, but a query for them means the word, not every article
# about the country.
FIELD_OF_KIND = {"person": "persons", "org": "organizations", "name": "countries"}


def resolve_entities(query: str) -> tuple[list[str], list[str], list[str]]:
    """(persons, organizations, countries) that the query names, canonical, in query order.

    Negated terms (-x, NOT x) are ignored; so are country names that are also given names (Jordan).
    """
    found: dict[str, list[str]] = {field: [] for field in FIELD_OF_KIND.values()}
    for mention in Tagger.load().gazetteer.find(NEGATED.sub(" ", query)):
        field = FIELD_OF_KIND.get(mention.entry.kind)
        if field and not mention.entry.person_like and mention.entry.target not in found[field]:
            found[field].append(mention.entry.target)
    return found["persons"], found["organizations"], found["countries"]
