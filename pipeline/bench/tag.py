"""Tagging throughput and load time.

Throughput is given per wall-clock second and per CPU second of this one process (the loop runs on
one core; on a shared machine the CPU figure is the one that does not depend on the neighbours).

Articles are read from a JSONL file or built from the fixture sentences in tests/fixtures/tag
(many languages, names and topics) to the requested size. The baseline, run in the same process on
the same articles, is the cost of normalising and scanning the text once (lower-casing plus a regular
expression word split): the figure shows how close the tagger gets to merely reading the text.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

FIXTURE_SENTENCES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tag" / "sentences.txt"
_WORDS = re.compile(r"\w+")


def generated_articles(count: int, size: int, seed: int = 7) -> list[str]:
    sentences = [s for s in FIXTURE_SENTENCES.read_text(encoding="utf-8").splitlines() if s.strip()]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts: list[str] = []
        length = 0
        while length < size:
            sentence = rng.choice(sentences)
            parts.append(sentence)
            length += len(sentence.encode("utf-8")) + 1
        articles.append(" ".join(parts))
    return articles


def read_articles(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                texts.append(str(record.get("title") or "") + "\n" + str(record.get("text") or ""))
    return texts


def cold_load_seconds() -> float:
    """Load time in a fresh interpreter, as a worker process pays it."""
    code = "from pipeline.tag import Tagger; Tagger.load(); print(Tagger.load_seconds)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def run(source: Path | None, count: int, size: int) -> dict:
    from pipeline.tag import Tagger, tag_article

    load = cold_load_seconds()
    Tagger.load()
    texts = read_articles(source) if source else generated_articles(count, size)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    started = time.perf_counter()
    for text in texts:
        _WORDS.findall(text.lower())
    baseline = time.perf_counter() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        tag_article(text)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "articles": len(texts),
        "megabytes": round(megabytes, 2),
        "articles_per_second": round(len(texts) / elapsed),
        "articles_per_cpu_second": round(len(texts) / cpu),
        "baseline_scan_articles_per_second": round(len(texts) / baseline),
        "ratio_to_baseline": round(baseline / elapsed, 3),
        "load_seconds": round(load, 3),
    }
