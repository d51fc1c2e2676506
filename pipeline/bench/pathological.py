"""Pathological inputs: every text operation on attacker text must take time linear in its input.

A set of inputs (a YAML file, see tests/fixtures/hostile/README.md) names, for each input, the function
it is fed to and the patterns it aims at; each input is text made of parts repeated many times, the
shapes that make backtracking patterns and rescanning parsers blow up. Each input runs
through its function three times, its fastest run timed in CPU seconds of this thread with the garbage
collector paused (as timeit does); a normal
news page runs through extraction in the same process, and the worst input is reported as a multiple
of that page. Linear code keeps the multiple small (the inputs
are about 20 to 100 times the page's size); one quadratic or exponential operation makes it thousands.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# The worst input may take at most this many times a normal page's extraction.
WORST_RATIO_BOUND = 100.0
# The normal page is timed right before each input (the median of these runs), and each input is
# compared with that time: the machine's speed drifts (one run of the suite measured the page at 2.4 ms,
# the next at 4.8 ms), and a yardstick measured once, at the start, moved every ratio with it.
NORMAL_PAGE_RUNS = 3
# Each input runs this many times and counts its fastest: a garbage collection or a busy neighbour core
# only ever adds time (a CI run once measured one input at twice its usual CPU time).
INPUT_RUNS = 3
WARM_UP = "<html><body><article><p>Talks in Astana.</p></article></body></html>"


@dataclass(frozen=True)
class HostileInput:
    name: str
    target: str  # a key of `targets()`
    covers: tuple[str, ...]  # the patterns and operations it aims at, as module.NAME
    text: str


def load_inputs(path: Path) -> list[HostileInput]:
    """The inputs of a YAML file: a list of {name, target, covers, parts: [[text, times repeated], ...]}."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [HostileInput(item["name"], item["target"], tuple(item["covers"]),
                         "".join(text * times for text, times in item["parts"]))
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
    normal_page_seconds: float  # the normal page, timed right before this input

    @property
    def ratio(self) -> float:
        return self.seconds / self.normal_page_seconds


@dataclass
class Report:
    normal_page_bytes: int
    timings: list[Timing]

    @property
    def normal_page_seconds(self) -> float:
        return statistics.median(timing.normal_page_seconds for timing in self.timings)

    @property
    def worst(self) -> Timing:
        return max(self.timings, key=lambda timing: timing.ratio)

    @property
    def worst_ratio(self) -> float:
        return self.worst.ratio

    @property
    def ok(self) -> bool:
        return self.worst_ratio <= WORST_RATIO_BOUND


def measure(inputs: list[HostileInput]) -> Report:
    """Each input through its function, its fastest of INPUT_RUNS, against the median of a normal page's
    extraction timed right before it."""
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

    timings = []
    for item in inputs:
        normal = statistics.median(cpu_times(extract_article, page, NORMAL_PAGE_RUNS))
        seconds = min(cpu_times(functions[item.target], item.text, INPUT_RUNS))
        timings.append(Timing(item.name, item.target, len(item.text), seconds, normal))
    return Report(len(page), timings)
