"""Text operations on attacker text return, whatever the text: the pathological inputs and arbitrary text.

How long they take is measured by `python -m pipeline bench pathological` (the chaos suite), never here.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import sanitise
from pipeline.bench.pathological import load_inputs, targets
from pipeline.budget import Budget, OverBudget
from pipeline.extract import cleanup, core, dates, joiners, language, metadata, parsing
from pipeline.extract.markup import asides, boxes, captions, lines, links, page, paragraphs, tables
from pipeline.fetch import charset, parse
from pipeline.fetch.parse import ParsedFeed, parse_feed
from pipeline.process import Rejected
from pipeline.records import Article, Extracted, Tags
from pipeline.store import document, entities, morphology, query
from pipeline.tag import features, gazetteer, tagger

INPUTS = load_inputs(Path(__file__).parents[1] / "fixtures" / "hostile" / "inputs.yaml")
MODULES = {"cleanup": cleanup, "dates": dates, "metadata": metadata, "core": core, "language": language,
           "markup.asides": asides, "markup.boxes": boxes, "markup.captions": captions, "markup.links": links,
           "markup.lines": lines, "markup.page": page, "markup.paragraphs": paragraphs, "markup.tables": tables,
           "parsing": parsing, "parse": parse, "sanitise": sanitise, "charset": charset,
           "gazetteer": gazetteer, "tagger": tagger, "features": features, "query": query, "entities": entities,
           "morphology": morphology, "document": document, "joiners": joiners}
# What each target gives back, so a test sees it returned a result rather than merely not raising.
RESULT_TYPES = {"process.page": (Article, Rejected), "extract.page": Extracted, "extract.paragraphs": list,
                "extract.date": (datetime, type(None)), "extract.language": str, "fetch.feed": ParsedFeed,
                "sanitise.markup_free": str, "fetch.charset": str, "tag.article": Tags, "query.search": dict,
                "store.stems": str, "store.markup": bool}
MARKUP = re.compile(r"<\s*/?\s*[a-z][^>]*>", re.IGNORECASE)


@pytest.fixture(scope="module")
def functions():
    return targets()


def _patterns(module) -> list[str]:
    names = []
    for name, value in vars(module).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, re.Pattern) or (isinstance(item, tuple) and isinstance(item[0], re.Pattern))
               for item in values):
            names.append(name)
    return names


def test_every_pattern_on_attacker_text_has_a_pathological_input():
    covered = {name for item in INPUTS for name in item.covers}
    expected = {f"{short}.{name}" for short, module in MODULES.items() for name in _patterns(module)}
    expected |= {f"cleanup.rules.{name}" for name, value in vars(cleanup._rules()).items()
                 if isinstance(value, re.Pattern | cleanup._PatternList)}
    assert expected - covered == set()
    assert set(RESULT_TYPES) == {item.target for item in INPUTS} == set(targets())


def _names_something(name: str) -> bool:
    module, _, attribute = name.rpartition(".")
    if module == "cleanup.rules":
        return hasattr(cleanup._rules(), attribute)
    return module in MODULES and hasattr(MODULES[module], attribute)


def test_every_name_an_input_covers_is_a_pattern_or_an_operation_that_exists():
    assert {name for item in INPUTS for name in item.covers if not _names_something(name)} == set()


@pytest.mark.parametrize("item", INPUTS, ids=[item.name for item in INPUTS])
def test_each_pathological_input_gets_a_result(functions, item):
    result = functions[item.target](item.text)
    assert isinstance(result, RESULT_TYPES[item.target])
    if item.target == "sanitise.markup_free":
        assert not MARKUP.search(result)
    if item.target == "fetch.feed":
        assert all(not MARKUP.search(entry.title + entry.summary) for entry in result.entries)


# Pieces of the shapes that trouble patterns and parsers, mixed with any text.
PIECES = ["<!--", "-->", "&lt;!--", "[a", " b=", "[a]", "[/a]", "<!DOCTYPE[", "]>", "<a b=\"", "<![", "<p ",
          " | ", "by ", "A & A", "Tokayev", "Астана", "中。", "l'", "NOT ", "-\"", "\"", "  ", "\n", ".", "...",
          "\u200c", "\u200d", "سه", "\U00010300"]
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
PROPERTY = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("target", sorted(RESULT_TYPES))
@PROPERTY
@given(value=HOSTILE_TEXT)
def test_every_target_returns_on_arbitrary_text(functions, target, value):
    assert isinstance(functions[target](value), RESULT_TYPES[target])


def test_a_doctype_and_its_subset_are_removed_and_an_unclosed_subset_takes_the_rest():
    feed = '<!DOCTYPE rss [<!ENTITY a "x">]><rss version="2.0"></rss>'
    assert parse._without_doctype(feed) == '<rss version="2.0"></rss>'
    assert parse._without_doctype('<?xml?><!DOCTYPE rss><rss/>') == "<?xml?><rss/>"
    assert parse._without_doctype('<rss/><!DOCTYPE rss [<!ENTITY a "x"> <rss/>') == "<rss/>"


def test_feed_parsing_over_its_budget_stops_and_within_it_parses():
    feed = (b'<rss version="2.0"><channel>' + b"<item><link>http://news.example/1</link></item>" * 20
            + b"</channel></rss>")
    with pytest.raises(OverBudget, match="more than 0 s of CPU"):
        parse_feed(feed, budget=Budget(0.0))
    assert len(parse_feed(feed, budget=Budget(60.0)).entries) == 1  # one link, twenty times


def test_a_budget_counts_cpu_time_and_names_the_stage():
    budget = Budget(0.0)
    sum(range(10_000))
    with pytest.raises(OverBudget, match="more than 0 s of CPU") as raised:
        budget.check("the tagging")
    assert raised.value.detail.endswith("s after the tagging")
    Budget(60.0).check("anything")
