"""Which known persons, organisations and countries a search query names.

A search for "Tokayev" must also find the Russian article that writes "Токаев": the tagger stored the
canonical name in `persons`, so the query is expanded with that keyword. The names come from the tagging
stage's gazetteer data (pipeline/tag/data), the one place that knows every spelling; `resolve_entities` is
the only integration point with it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import yaml

TAG_DATA = Path(__file__).resolve().parent.parent / "tag" / "data"
MAX_NAME_WORDS = 6
WORD = re.compile(r"[\w'’.+-]+")
NEGATED = re.compile(r'(?:^|\s)(?:-|NOT\s+)("[^"]*"|\S+)')


def _key(alias: str) -> str:
    """ALL-CAPS aliases (EU, SCO, ОДКБ) match case exactly; others ignore case."""
    return alias if alias.isupper() else alias.casefold()


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    """alias key -> (field, canonical value), field one of persons, organizations, countries."""
    names: dict[str, tuple[str, str]] = {}

    def add(field: str, canonical: str, aliases: list[str]) -> None:
        for alias in aliases:
            if "*" not in alias:  # stems for inflected forms are the tagger's business
                names.setdefault(_key(str(alias)), (field, canonical))

    def load_yaml(name: str) -> dict:
        path = TAG_DATA / name
        return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}

    for person in load_yaml("persons.yaml").get("persons", []):
        add("persons", person["name"], [person["name"], *person.get("aliases", [])])
    for org in load_yaml("organizations.yaml").get("organizations", []):
        add("organizations", org["name"], [org["name"], *org.get("aliases", [])])
    cldr = TAG_DATA / "cldr_countries.json"
    if cldr.exists():
        for code, country_names in json.loads(cldr.read_text(encoding="utf-8"))["countries"].items():
            add("countries", code, country_names)
    for code, extra in (load_yaml("gazetteer.yaml").get("countries") or {}).items():
        add("countries", code, extra.get("names", []))
    return names


def resolve_entities(query: str) -> tuple[list[str], list[str], list[str]]:
    """(persons, organizations, countries) that the query names, canonical, in query order.

    Longest names win ("Kassym-Jomart Tokayev" before "Tokayev"); negated terms (-x, NOT x) are ignored.
    """
    gazetteer = _gazetteer()
    words = WORD.findall(NEGATED.sub(" ", query))
    found: dict[str, list[str]] = {"persons": [], "organizations": [], "countries": []}
    position = 0
    while position < len(words):
        for length in range(min(MAX_NAME_WORDS, len(words) - position), 0, -1):
            phrase = " ".join(words[position:position + length]).strip(".")
            match = gazetteer.get(phrase) or gazetteer.get(phrase.casefold())
            if match:
                field, canonical = match
                if canonical not in found[field]:
                    found[field].append(canonical)
                position += length
                break
        else:
            position += 1
    return found["persons"], found["organizations"], found["countries"]
