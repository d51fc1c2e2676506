"""Building the Elasticsearch request for an analyst's search: pure functions, no cluster needed.

User input never makes the query fail: it goes through `simple_query_string` (which ignores broken syntax)
after AND/OR/NOT are translated to its operators, and every filter value is passed as a term, never parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.sanitise import without_controls
from pipeline.store import morphology

MAX_QUERY_CHARS = 500
MAX_LIMIT = 100
FACET_SIZE = 10
SNIPPET_CHARS = 160
# Title weighs three times the body; language sub-fields exist only where the cluster has the analyzers,
# and simple_query_string skips fields that aren't mapped.
TEXT_FIELDS = ["title^3", "title.en^3", "title.ru^3", "body", "body.en", "body.ru"]
STEM_FIELDS = ["stems.title^3", "stems.body"]
ENTITY_BOOST = 2.0
# Inflected forms (stems) rank below the words as typed; articles that only share the query's concepts
# (the countries they are about, their topics, persons, organisations and regions, as tags, in any
# language) rank below both. Measured on the judged set (BENCHMARKS.md): requiring most rather than all words
# let partial matches crowd out the articles about the query's subject, so every word is required.
STEM_BOOST = 0.6
CONCEPT_BOOST = 1.0
# A query of three or more concepts also finds the articles tagged with all but one of them, below those
# with all: a tagger's miss on unseen text (one primary country, a secondary topic) costs one tag.
CONCEPTS_TO_SPARE_ONE = 3
# Among the articles of one set of tags, those holding more of the query's words come first; scaled this
# small (a word score of 50 adds 0.5), they do not lift an article over one that has all the tags.
WORDS_AMONG_CONCEPTS = 0.01
# Each of the lexicon's concepts a query names ("nuclear power plant": energy.nuclear_power) that an article
# names too, in any language, orders the articles of one set of tags with the words (as much as a word score
# of 10), and finds, low in the list, the articles that name the concept without its topic's tag (a word in
# passing, for the tagger, may be what the analyst asks for).
TOPIC_CONCEPT_BOOST = 0.1
# Among articles that share only some of a query's concepts, those sharing its rarer ones come first: each
# concept an article has adds its keyword score (its inverse document frequency, one to five or so) scaled by
# this, so Uzbekistan and Turkmenistan together outrank Uzbekistan and diplomacy. Articles with every concept
# keep the lead that CONCEPT_BOOST gives them.
CONCEPT_RARITY_BOOST = 0.2
# A query's countries are matched as what an article is about, not every country it mentions.
CONCEPT_FIELDS = {"countries": "primary_countries"}
# Among equals, the newest first, then by address: the same hits in the same order whatever order the
# articles were indexed in, so that pages of results and repeated measurements agree.
TIE_BREAK = {"url": "asc"}
NEWEST_FIRST = [{"published_at": {"order": "desc", "missing": "_last"}}, TIE_BREAK]
HIT_FIELDS = ["url", "title", "source", "language", "published_at", "countries", "primary_countries",
              "topics", "persons", "organizations", "cluster_id", "record_id"]
FACETS = {"countries": "countries", "topics": "topics", "sources": "source.name", "languages": "language"}
QUOTED = re.compile(r'("[^"]*")')
WORD = re.compile(r"\w")
# A query word as the stems field is searched for it; a trailing * (a prefix the analyst asked for)
# keeps the word as typed. Letters, digits and inner apostrophes, as in `morphology.WORD`.
STEMMABLE = re.compile(r"\w+(?:'\w+)*\*?")
# A negated term outside quotes, after clean_query turned NOT into -: a word or a "phrase".
NEGATED_TERM = re.compile(r'(?:^|(?<=\s))-("[^"]*"|[^\s"]+)')
# Query syntax (after clean_query): AND, OR, NOT, phrases, prefixes, grouping.
SYNTAX = re.compile(r'[+|"*()]|(?:^|\s)-')
# What the stems fields are never asked: anything but words, spaces, apostrophes and the operators.
NOT_STEM_SYNTAX = re.compile(r"[^\w\s'+|()*-]|(?<!\w)\*")
INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
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
    query = without_controls(query[:MAX_QUERY_CHARS], " ", kept="")
    parts = QUOTED.split(query)
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        for pattern, operator in OPERATORS:
            parts[i] = pattern.sub(operator, parts[i])
    return "".join(parts).strip()


def _text_query(query: str, operator: str, fields: list[str] = TEXT_FIELDS, boost: float = 1.0) -> dict:
    clause: dict = {"query": query, "fields": fields, "default_operator": operator, "lenient": True}
    if boost != 1.0:
        clause["boost"] = boost
    return {"simple_query_string": clause}


def _words_and_stems(words: str, stemmed: str, operator: str, boost: float = 1.0) -> list[dict]:
    """The query's words as typed, and their stems (`stem_query`) where any are left, ranked below them."""
    clauses = [_text_query(words, operator, boost=boost)]
    if WORD.search(stemmed):
        clauses.append(_text_query(stemmed, operator, STEM_FIELDS, boost=STEM_BOOST * boost))
    return clauses


def _word_forms(match: re.Match) -> str:
    word = match.group()
    if word.endswith("*"):
        return word
    return "(" + "|".join(morphology.query_forms(word)) + ")"


def stem_query(query: str) -> str:
    """The query for the stems fields: every word outside quotes as the group of forms it may be stored
    as ("Токаеву" -> "(токаеву|токаев|...)"), operators kept; phrases are left to the text fields."""
    outside = " ".join(QUOTED.split(query)[::2])
    folded = morphology.APOSTROPHES.sub("'", outside.lower()).replace("ё", "е")
    return STEMMABLE.sub(_word_forms, NOT_STEM_SYNTAX.sub(" ", INNER_HYPHEN.sub(" ", folded)))


@dataclass
class QueryEntities:
    """What a query names, by keyword field ("persons", "organizations", "countries"): the canonical values
    of its terms, those of its negated terms (-x, NOT x), and the query with the named terms cut out.
    `concepts` adds what it is about, by tag field: countries also from demonyms and places, topics from
    their strong terms, in any language ("Turkmen gas exports": TM, energy, trade_investment).
    `topic_concepts` are the lexicon's concepts its terms name ("nuclear power plant": energy.nuclear_power).
    `stands_for` is the country each named person speaks for ("Japarov": KG)."""

    named: dict[str, list[str]] = field(default_factory=dict)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    rest: str = ""
    concepts: dict[str, list[str]] = field(default_factory=dict)
    topic_concepts: list[str] = field(default_factory=list)
    stands_for: dict[str, str] = field(default_factory=dict)


def _terms(values_by_field: dict[str, list[str]]) -> list[dict]:
    return [{"term": {name: value}} for name, values in values_by_field.items() for value in values]


def _tag(name: str, value: str) -> dict:
    return {"term": {CONCEPT_FIELDS.get(name, name): value}}


def _concept_match(name: str, value: str, entities: QueryEntities) -> dict:
    """What answers one concept: its tag; for a person who speaks for a country, also that country as what
    the article is about ("Tokayev Japarov": the Kazakh-Kyrgyz talks of their ministers), below him."""
    country = entities.stands_for.get(value) if name == "persons" else None
    if not country:
        return _tag(name, value)
    return {"bool": {"should": [_tag(name, value), _tag("countries", country)]}}


def concept_query(entities: QueryEntities, ordering: list[dict]) -> dict | None:
    """Articles tagged with the concepts the query names, whatever their language, ordered among themselves
    by how rare the concepts they share are and by the `ordering` clauses they match (the lexicon's
    concepts and the words of the query); None without any concept."""
    named = [(name, value) for name, values in entities.concepts.items() for value in values]
    if not named:
        return None
    tags = [_tag(name, value) for name, value in named]
    matches = [_concept_match(name, value, entities) for name, value in named]
    required = len(tags) - 1 if len(tags) >= CONCEPTS_TO_SPARE_ONE else len(tags)
    every = {"constant_score": {"filter": {"bool": {"filter": tags}}, "boost": CONCEPT_BOOST}}
    rarity = {"bool": {"should": matches, "boost": CONCEPT_RARITY_BOOST}}
    return {"bool": {"filter": [{"bool": {"should": matches, "minimum_should_match": required}}],
                     "should": [every, rarity, *ordering]}}


def split_negated(query: str) -> tuple[str, list[str]]:
    """The query without its negated terms (-word, -"phrase"), and those terms. Matching any number of
    words lets a document in without some of them, so negations are applied on their own, as exclusions."""
    negated = [match.group(1) for match in NEGATED_TERM.finditer(query)]
    return NEGATED_TERM.sub(" ", query).strip(), negated


def relevance_query(query: str, entities: QueryEntities) -> dict:
    """Text relevance (the words as typed, then their stems), or the named entities in their keyword
    fields, or the query's concepts as tags; negated words and entities excluded from all of them.

    The entity alternative finds the article in any language and spelling; it still needs the query's
    other words ("Tokayev energy": Tokayev tagged and "energy" in the text), and the whole query's words
    raise its rank. Where the query says OR, any one named entity will do. Excluded entities are excluded
    in every language, by their keyword field.
    """
    wanted, negated = split_negated(query)
    wanted = wanted if WORD.search(wanted) else query
    stemmed = stem_query(wanted)
    alternatives = _words_and_stems(wanted, stemmed, "and")
    named = _terms(entities.named)
    if named:
        rest, _ = split_negated(clean_query(entities.rest))
        alternative: dict = {"should": [_text_query(wanted, "or")], "boost": ENTITY_BOOST}
        if "|" in "".join(QUOTED.split(query)[::2]):  # an OR outside quotes
            alternative["filter"] = [{"bool": {"should": named, "minimum_should_match": 1}}]
        else:
            alternative["filter"] = named
            if WORD.search(rest):
                alternative["must"] = [_text_query(rest, "and")]
        alternatives.append({"bool": alternative})
    named_concepts = [{"constant_score": {"filter": {"term": {"topic_concepts": concept}},
                                          "boost": TOPIC_CONCEPT_BOOST}} for concept in entities.topic_concepts]
    any_word = _words_and_stems(wanted, stemmed, "or", boost=WORDS_AMONG_CONCEPTS)
    concepts = concept_query(entities, named_concepts + any_word)
    # Syntax or a negation says exactly what the analyst wants, which tags can't honour in every language.
    if concepts and not SYNTAX.search(wanted) and not negated:
        alternatives.append(concepts)
        if named_concepts:
            alternatives.append({"bool": {"should": named_concepts, "minimum_should_match": 1}})
    excluded = _terms(entities.excluded)
    if negated:
        excluded.append(_text_query(" | ".join(negated), "or"))
    relevance: dict = {"bool": {"should": alternatives, "minimum_should_match": 1}}
    if excluded:
        relevance["bool"]["must_not"] = excluded
    return relevance


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
        "sort": (["_score"] if query else []) + NEWEST_FIRST,
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
