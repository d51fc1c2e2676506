"""Pathological inputs: every text operation on attacker text must take time linear in its input.

A set of inputs (a YAML file, see tests/fixtures/hostile/README.md) names, for each input, the function
it is fed to and the patterns it aims at; each input is text made of parts repeated many times, the
shapes that make backtracking patterns and rescanning parsers blow up. Each input runs through its
function at full size and with its parts repeated a quarter as often, timed in CPU seconds of this
thread with the garbage collector paused (as timeit does), its fastest run counted. Two figures judge
it:

- growth: the exponent of time in size between the two runs, about 1 for linear code and 2 for a
  quadratic operation, whatever the machine's speed and however much work each character costs;
- cost per character, against a normal news page's extraction timed in the same process right
  before the input: what one character of the input costs next to one of an ordinary page.

(The time of the whole input as a multiple of the page's is reported too. It was once the only
figure, and it grew with every clean-up rule added, on linear code, because the largest inputs are
a few hundred times the page's size.)
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# Time may grow at most like size to this power between the quarter and the full input (linear: 1).
GROWTH_BOUND = 1.5
# Below this CPU time at full size, an input is cheap whatever its growth, and timer noise decides the exponent.
GROWTH_FLOOR_SECONDS = 0.02
# One character of an input may cost at most this many times one character of a normal page.
COST_PER_CHAR_BOUND = 20.0
QUARTER = 4
# The normal page is timed right before each input (the median of these runs), and each input is
# compared with that time: the machine's speed drifts (one run of the suite measured the page at 2.4 ms,
# the next at 4.8 ms), and a yardstick measured once, at the start, moved every ratio with it.
NORMAL_PAGE_RUNS = 3
# Each input runs this many times and counts its fastest: a garbage collection or a busy neighbour core
# only ever adds time (a CI run once measured one input at twice its usual CPU time). At full size, where
# the time goes, one run within the bounds is enough: its fastest can only be within them too, since a
# shorter time lowers both figures. The quarter always runs this many times: a slow quarter would hide growth.
INPUT_RUNS = 3
WARM_UP = "<html><body><article><p>Talks in Astana.</p></article></body></html>"


@dataclass(frozen=True)
class HostileInput:
    name: str
    target: str  # a key of `targets()`
    covers: tuple[str, ...]  # the patterns and operations it aims at, as module.NAME
    text: str
    quarter: str  # the same parts, each repeated a quarter as often (at least once)


def load_inputs(path: Path) -> list[HostileInput]:
    """The inputs of a YAML file: a list of {name, target, covers, parts: [[text, times repeated], ...]}."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [HostileInput(item["name"], item["target"], tuple(item["covers"]),
                         "".join(text * times for text, times in item["parts"]),
                         "".join(text * max(1, times // QUARTER) for text, times in item["parts"]))
            for item in items]


def _paragraphs(text: str) -> object:
    """The clean-up on the text's lines, the first line also taken as the page title, the last as its
    description, and authors whose names can be split two ways ("A", "A & A")."""
    from pipeline.extract.cleanup import clean_paragraphs

    lines = text.split("\n")
    return clean_paragraphs(lines, titles=[lines[0]], description=lines[-1], authors=["A", "A & A"])


def _process(text: str) -> object:
    """The whole processing of one archived page (extraction and tagging under the page budget)."""
    from datetime import UTC, datetime

    from pipeline.process import article_from_page
    from pipeline.records import Feed, FeedEntry, FetchedPage

    url = "https://news.example/hostile.html"
    feed = Feed(name="Example", url="https://news.example/rss", language="en", country="KZ")
    return article_from_page(FetchedPage(url=url, final_url=url, status=200, headers={}, body=text.encode(),
                                         fetched_at=datetime.now(UTC), feed=feed, entry=FeedEntry(url=url),
                                         archive_ref=""))


def _search(text: str) -> object:
    from pipeline.store.entities import resolve_entities
    from pipeline.store.query import SearchRequest, build_search

    return build_search(SearchRequest(query=text), resolve_entities(text))


def targets() -> dict[str, Callable[[str], object]]:
    """Where each input goes: the entry points that read attacker text, by stage."""
    from pipeline.extract import detect_language, extract_article
    from pipeline.extract.metadata import parse_datetime
    from pipeline.fetch.charset import declared_charset
    from pipeline.fetch.parse import parse_feed
    from pipeline.sanitise import markup_free
    from pipeline.store.document import holds_markup
    from pipeline.store.morphology import stems
    from pipeline.tag import tag_article

    return {
        "process.page": _process,
        "extract.page": extract_article,
        "extract.paragraphs": _paragraphs,
        "extract.date": parse_datetime,
        "extract.language": detect_language,
        "fetch.feed": lambda text: parse_feed(text.encode("utf-8")),
        "sanitise.markup_free": markup_free,
        "fetch.charset": lambda text: declared_charset(text.encode("utf-8"), content_type=text),
        "tag.article": lambda text: tag_article(text, title=text[:200]),
        "store.stems": lambda text: stems(text, "kk"),
        "store.markup": holds_markup,
        "query.search": _search,
    }


def normal_page() -> bytes:
    """A news page of the usual size and shape: the fault-injection suite's synthetic article."""
    from pipeline.bench.chaos.sites import PublishedArticle, article_page, synthetic_paragraphs

    article = PublishedArticle("https://news.example/a.html", "Talks in Astana",
                               synthetic_paragraphs(random.Random(3), 6), "Outlet")
    return article_page(article, "Outlet")


@dataclass
class Timing:
    name: str
    target: str
    chars: int
    seconds: float
    quarter_chars: int
    quarter_seconds: float
    normal_page_chars: int
    normal_page_seconds: float  # the normal page, timed right before this input

    @property
    def ratio(self) -> float:
        """The whole input's time as a multiple of the normal page's."""
        return self.seconds / self.normal_page_seconds

    @property
    def cost_per_char(self) -> float:
        """One character's time as a multiple of one character of the normal page; an input shorter than
        the page counts as the page's size (every call has a fixed cost, large next to a few characters)."""
        return self.ratio / max(1.0, self.chars / self.normal_page_chars)

    @property
    def ok(self) -> bool:
        return self.cost_per_char <= COST_PER_CHAR_BOUND and (self.growth or 0.0) <= GROWTH_BOUND

    @property
    def growth(self) -> float | None:
        """The exponent of time in size from the quarter to the full input; None where it can't be told."""
        if self.seconds < GROWTH_FLOOR_SECONDS or self.quarter_chars >= self.chars or self.quarter_seconds <= 0:
            return None
        return math.log(self.seconds / self.quarter_seconds) / math.log(self.chars / self.quarter_chars)


@dataclass
class Report:
    normal_page_bytes: int
    timings: list[Timing]

    @property
    def normal_page_seconds(self) -> float:
        return statistics.median(timing.normal_page_seconds for timing in self.timings)

    @property
    def costliest(self) -> Timing:
        return max(self.timings, key=lambda timing: timing.cost_per_char)

    @property
    def steepest(self) -> Timing | None:
        measured = [timing for timing in self.timings if timing.growth is not None]
        return max(measured, key=lambda timing: timing.growth or 0.0) if measured else None

    @property
    def ok(self) -> bool:
        return all(timing.ok for timing in self.timings)


def measure(inputs: list[HostileInput]) -> Report:
    """Each input through its function, at full and at a quarter size, its fastest of INPUT_RUNS each (of
    one at full size where that one is within the bounds), against the median of a normal page's extraction
    timed right before it."""
    functions = targets()
    page = normal_page()
    # Models, gazetteer and every extraction pass (a short page takes them all) loaded before timing.
    for function in functions.values():
        function(WARM_UP)
    # As timeit does: the cyclic garbage collector, which runs when it likes, is kept out of the timings.
    gc.collect()
    gc.disable()
    try:
        return _timed(functions, page, inputs)
    finally:
        gc.enable()


def _timed(functions: dict[str, Callable[[str], object]], page: bytes, inputs: list[HostileInput]) -> Report:
    from pipeline.extract import extract_article

    def cpu_times(function: Callable[[Any], object], argument: Any, runs: int) -> list[float]:
        seconds = []
        for _ in range(runs):
            started = time.thread_time()
            function(argument)
            seconds.append(time.thread_time() - started)
        return seconds

    page_chars = len(page.decode("utf-8"))
    timings = []
    for item in inputs:
        normal = statistics.median(cpu_times(extract_article, page, NORMAL_PAGE_RUNS))
        function = functions[item.target]
        seconds = min(cpu_times(function, item.text, 1))
        quarter_seconds = min(cpu_times(function, item.quarter, INPUT_RUNS))
        timing = Timing(item.name, item.target, len(item.text), seconds, len(item.quarter), quarter_seconds,
                        page_chars, normal)
        if not timing.ok:
            timing.seconds = min([seconds, *cpu_times(function, item.text, INPUT_RUNS - 1)])
        timings.append(timing)
    return Report(len(page), timings)
