"""Building the Elasticsearch request for an analyst's search: pure functions, no cluster needed.

User input never makes the query fail: it goes through `simple_query_string` (which ignores broken syntax)
after AND/OR/NOT are translated to its operators, and every filter value is passed as a term, never parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MAX_QUERY_CHARS = 500
MAX_LIMIT = 100
FACET_SIZE = 10
SNIPPET_CHARS = 160
# Title weighs three times the body; language sub-fields exist only where the cluster has the analyzers,
# and simple_query_string skips fields that aren't mapped.
TEXT_FIELDS = ["title^3", "title.en^3", "title.ru^3", "body", "body.en", "body.ru"]
ENTITY_BOOST = 2.0
HIT_FIELDS = ["url", "title", "source", "language", "published_at", "countries", "primary_countries",
              "topics", "persons", "organizations", "cluster_id"]
FACETS = {"countries": "countries", "topics": "topics", "sources": "source.name", "languages": "language"}
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
QUOTED = re.compile(r'("[^"]*")')
WORD = re.compile(r"\w")
OPERATORS = [(re.compile(r"\bAND\b"), "+"), (re.compile(r"\bOR\b"), "|"), (re.compile(r"\bNOT\s+"), "-")]


@dataclass
class SearchRequest:
    query: str = ""
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # outlet name or domain
    since: date | None = None
    until: date | None = None  # inclusive
    limit: int = 20
    collapse: bool = True  # one hit per near-duplicate cluster


def clean_query(query: str) -> str:
    """Bounded, control characters out, AND/OR/NOT outside quotes turned into + | -."""
    query = CONTROL_CHARS.sub(" ", query)[:MAX_QUERY_CHARS]
    parts = QUOTED.split(query)
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        for pattern, operator in OPERATORS:
            parts[i] = pattern.sub(operator, parts[i])
    return "".join(parts).strip()


def _text_query(query: str, operator: str) -> dict:
    return {"simple_query_string": {"query": query, "fields": TEXT_FIELDS, "default_operator": operator,
                                    "lenient": True}}


@dataclass
class QueryEntities:
    """What a query names, by keyword field ("persons", "organizations", "countries"): the canonical values
    of its terms, those of its negated terms (-x, NOT x), and the query with the named terms cut out."""

    named: dict[str, list[str]] = field(default_factory=dict)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    rest: str = ""


def _terms(values_by_field: dict[str, list[str]]) -> list[dict]:
    return [{"term": {name: value}} for name, values in values_by_field.items() for value in values]


def relevance_query(query: str, entities: QueryEntities) -> dict:
    """Text relevance, or (as an alternative) the named entities in their keyword fields.

    The alternative finds the article in any language and spelling; it still needs the query's other words
    ("Tokayev energy": Tokayev tagged and "energy" in the text), and the whole query's words raise its rank.
    Where the query says OR, any one named entity will do. Excluded entities are excluded in every
    language, by their keyword field.
    """
    text = _text_query(query, "and")
    named, excluded = _terms(entities.named), _terms(entities.excluded)
    if named:
        rest = clean_query(entities.rest)
        alternative: dict = {"should": [_text_query(query, "or")], "boost": ENTITY_BOOST}
        if "|" in "".join(QUOTED.split(query)[::2]):  # an OR outside quotes
            alternative["filter"] = [{"bool": {"should": named, "minimum_should_match": 1}}]
        else:
            alternative["filter"] = named
            if WORD.search(rest):
                alternative["must"] = [_text_query(rest, "and")]
        text = {"bool": {"should": [text, {"bool": alternative}], "minimum_should_match": 1}}
    return {"bool": {"must": [text], "must_not": excluded}} if excluded else text


def filters(request: SearchRequest) -> list[dict]:
    clauses: list[dict] = []
    if request.countries:
        clauses.append({"terms": {"countries": [code.upper() for code in request.countries]}})
    if request.topics:
        clauses.append({"terms": {"topics": [topic.lower() for topic in request.topics]}})
    if request.languages:
        clauses.append({"terms": {"language": [lang.lower() for lang in request.languages]}})
    if request.sources:
        domains = [source.lower() for source in request.sources]
        clauses.append({"bool": {"should": [{"terms": {"source.domain": domains}},
                                            {"terms": {"source.name": request.sources}}],
                                 "minimum_should_match": 1}})
    dates = {}
    if request.since:
        dates["gte"] = request.since.isoformat()
    if request.until:
        dates["lte"] = request.until.isoformat() + "||/d"  # the whole last day
    if dates:
        clauses.append({"range": {"published_at": dates}})
    return clauses


def build_search(request: SearchRequest, entities: QueryEntities | None = None) -> dict:
    """The body (keyword arguments of `Elasticsearch.search`) for a request and the entities it names."""
    query = clean_query(request.query)
    must = [relevance_query(query, entities or QueryEntities())] if query else []
    body: dict = {
        "query": {"bool": {"must": must, "filter": filters(request)}},
        "size": max(1, min(request.limit, MAX_LIMIT)),
        "_source": HIT_FIELDS,
        "sort": (["_score"] if query else []) + [{"published_at": {"order": "desc", "missing": "_last"}}],
        "aggs": {
            **{name: {"terms": {"field": path, "size": FACET_SIZE}} for name, path in FACETS.items()},
            "weeks": {"date_histogram": {"field": "published_at", "calendar_interval": "week",
                                         "min_doc_count": 1}},
        },
        "highlight": {
            "encoder": "html",  # snippets are safe to show as HTML: only <mark> is markup
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {
                "title": {"number_of_fragments": 0},
                "body": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 2,
                         "no_match_size": SNIPPET_CHARS},
            },
        },
    }
    if request.collapse:
        body["collapse"] = {"field": "cluster_id"}
        body["aggs"]["stories"] = {"cardinality": {"field": "cluster_id"}}  # matches once copies collapse
    return body
