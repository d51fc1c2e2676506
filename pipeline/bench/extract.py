"""Extraction quality and speed: read a directory of pages, score, time.

The score is the one of the public article-extraction benchmark: per page,
word 4-gram shingles of the prediction against the ground truth give TP, FP
and FN normalised to sum 1; precision and recall are averaged over pages and
F1 is their harmonic mean.
"""

from __future__ import annotations

import gzip
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from pipeline.records import Extracted

_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 4


def page_key(path: Path) -> str:
    """The file name without its extensions: "abc.html.gz" → "abc"."""
    return path.name.split(".", 1)[0]


def page_files(directory: Path) -> list[Path]:
    """Every *.html and *.html.gz in the directory, sorted by name."""
    return sorted(p for p in directory.iterdir() if p.is_file() and p.name.endswith((".html", ".html.gz")))


def read_page(path: Path) -> bytes:
    """The page's bytes, unzipped when the name ends in .gz; a broken archive reads as empty."""
    data = path.read_bytes()
    if path.suffix != ".gz":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError):
        return b""


def read_pages(directory: Path) -> Iterator[tuple[str, bytes]]:
    for path in page_files(directory):
        yield page_key(path), read_page(path)


def _shingles(text: str) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + _SHINGLE]) for i in range(max(1, len(tokens) - _SHINGLE + 1))
                   if tokens[i:i + _SHINGLE])


@dataclass(frozen=True)
class PageScore:
    key: str
    precision: float
    recall: float
    has_prediction: bool
    has_truth: bool

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score_page(key: str, truth: str, prediction: str) -> PageScore:
    t, p = _shingles(truth), _shingles(prediction)
    matched, extra, missed = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = matched + extra + missed
    tp, fp, fn = (matched / total, extra / total, missed / total) if total else (0.0, 0.0, 0.0)
    if fp == fn == 0:
        precision = recall = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
    return PageScore(key, precision, recall, has_prediction=tp + fp > 0, has_truth=tp + fn > 0)


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    pages: list[PageScore]
    missing: int

    def worst(self, count: int) -> list[PageScore]:
        return sorted(self.pages, key=lambda page: page.f1)[:count]


def score(truth: dict[str, dict], predictions: dict[str, dict]) -> Score:
    """Score predictions {key: {"articleBody": ...}} against a ground-truth.json of the same shape."""
    pages = [score_page(key, item.get("articleBody", ""), (predictions.get(key) or {}).get("articleBody", ""))
             for key, item in truth.items()]
    precisions = [p.precision for p in pages if p.has_prediction]
    recalls = [p.recall for p in pages if p.has_truth]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(f1, precision, recall, pages, missing=sum(1 for key in truth if key not in predictions))


@dataclass(frozen=True)
class Timing:
    bodies: dict[str, str]
    seconds: list[float]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000 if self.seconds else 0.0

    @property
    def pages_per_second(self) -> float:
        total = sum(self.seconds)
        return len(self.seconds) / total if total else 0.0


def clear_line_caches() -> None:
    """Empty the caches of lines: trafilatura's (`line_processing`, `trim` and the like) and the answers our clean-up
    keeps for short lines (`cleanup.forget_short_lines`)."""
    import trafilatura.deduplication
    import trafilatura.utils

    from pipeline.extract.cleanup import forget_short_lines

    for module in (trafilatura.utils, trafilatura.deduplication):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    forget_short_lines()


def time_extractors(pages: dict[str, bytes], extractors: dict[str, Callable[[bytes], str]], warm_up: int = 3,
                    before_each: Callable[[], None] = lambda: None, rounds: int = 1) -> dict[str, Timing]:
    """Run every extractor over every page in this process, timing each call.

    The extractors take turns page by page, so a change in the machine's load
    during the run weighs on all of them alike. Each call is timed in CPU time of
    this process: on a shared machine the time spent waiting for a core is not
    the extractor's, and wall time made the ratio move by a tenth between runs.
    Each page is timed `rounds` times for each extractor, in turns, and the median
    of its times kept: one round's ratio of medians moved by 0.08 between runs.
    `before_each` runs before every timed call, untimed: the place to empty the
    caches one extractor fills for the next on the same page, or for itself in
    the round before.
    """
    for html in list(pages.values())[:warm_up]:
        for extract_body in extractors.values():
            extract_body(html)
    timings = {name: Timing({}, []) for name in extractors}
    for key, html in pages.items():
        seconds: dict[str, list[float]] = {name: [] for name in extractors}
        for _ in range(rounds):
            for name, extract_body in extractors.items():
                before_each()
                start = time.process_time()
                timings[name].bodies[key] = extract_body(html)
                seconds[name].append(time.process_time() - start)
        for name, times in seconds.items():
            timings[name].seconds.append(statistics.median(times))
    return timings


@dataclass(frozen=True)
class LinesCheck:
    """Which gold article sentences a body lost and which furniture lines it leaked."""

    key: str
    kept: int
    lost: list[str]
    dropped: int
    leaked: list[str]


def _flat(text: str) -> str:
    return " ".join(text.split())


def check_lines(key: str, body: str, keep: list[str], drop: list[str]) -> LinesCheck:
    """Every `keep` sentence must be in the body, no `drop` line may be (spaces collapsed)."""
    flat = _flat(body)
    lost = [line for line in keep if _flat(line) not in flat]
    leaked = [line for line in drop if _flat(line) in flat]
    return LinesCheck(key, len(keep) - len(lost), lost, len(drop) - len(leaked), leaked)


@dataclass(frozen=True)
class GoldLines:
    """What a reader decided about one page: sentences to keep, furniture to drop, the date it was published, and the
    headline as a reader sees it on the page, without the site's name."""

    keep: list[str]
    drop: list[str]
    published: date | None
    title: str | None = None


def matches_title(found: str, stated: str) -> bool:
    """Whether the extracted title is the headline the reader stated, white space collapsed."""
    return _flat(found) == _flat(stated)


def matches_publication(found: datetime | None, stated: date) -> bool:
    """Whether the extracted instant is the one the reader stated: the same day in UTC, where instants are stored,
    for a date; the same instant for a time with its zone (a page far east of UTC prints the next day)."""
    if found is None:
        return False
    return found == stated if isinstance(stated, datetime) else found.astimezone(UTC).date() == stated


def reading_zone(stated: date | None) -> tzinfo:
    """The zone a page is read in: the outlet's, where the reader stated the time with it (as the pipeline is given
    it with the feed), else UTC."""
    return stated.tzinfo if isinstance(stated, datetime) and stated.tzinfo is not None else UTC


def extract_as_stated(page: bytes, stated: date | None) -> Extracted:
    """The page extracted as the pipeline would, given the outlet's zone where the reader stated it."""
    from pipeline.extract import extract_article

    return extract_article(page, zone=reading_zone(stated))


def read_gold_lines(directory: Path) -> Iterator[tuple[str, bytes, GoldLines]]:
    """(key, page, gold) for every page with a KEY.yaml beside it ("keep", "drop", an optional "published" and an
    optional "title")."""
    import yaml

    for path in page_files(directory):
        gold = path.with_name(f"{page_key(path)}.yaml")
        if gold.is_file():
            lines = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
            published, title = lines.get("published"), lines.get("title")
            yield page_key(path), read_page(path), GoldLines(
                lines.get("keep") or [], lines.get("drop") or [], published if isinstance(published, date) else None,
                str(title) if title is not None else None)
