"""`python -m pipeline extract`, `eval extraction`, `eval news-pages` and `bench extract`: the extraction stage's
commands.

DIR holds the pages (*.html, *.html.gz); the ground truth is looked for in
DIR/../ground-truth.json unless --truth names it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli.apps import app, bench_app, eval_app

_WORST_SHOWN = 10


def _extract_directory(directory: Path) -> dict[str, dict]:
    from pipeline.bench.extract import read_pages
    from pipeline.extract import extract_article

    predictions = {}
    for key, html in read_pages(directory):
        extracted = extract_article(html)
        if extracted.method == "failed":
            print(f"{key}: no article text found", file=sys.stderr)
        predictions[key] = {
            "articleBody": extracted.body,
            "title": extracted.title,
            "language": extracted.language,
            "published_at": extracted.published_at.isoformat() if extracted.published_at else None,
            "method": extracted.method,
        }
    return predictions


def _truth_path(directory: Path, truth: Path | None) -> Path | None:
    path = truth or directory.parent / "ground-truth.json"
    return path if path.is_file() else None


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise typer.BadParameter(f"{path}: not readable JSON ({error})") from error
    if not isinstance(data, dict):
        raise typer.BadParameter(f"{path}: expected an object keyed by page")
    return data


PagesDir = Annotated[Path, typer.Argument(exists=True, file_okay=False, help="*.html / *.html.gz pages")]
TruthFile = Annotated[Path | None, typer.Option("--truth", exists=True, dir_okay=False,
                                                help="ground-truth.json (default DIR/../ground-truth.json)")]


@app.command("extract")
def extract_command(
    directory: PagesDir,
    out: Annotated[Path, typer.Option("--out", help="predictions JSON written here")],
) -> None:
    """Extract every page: {key: {articleBody, title, language, published_at, method}}."""
    predictions = _extract_directory(directory)
    out.write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")
    failed = sum(1 for p in predictions.values() if p["method"] == "failed")
    print(json.dumps({"pages": len(predictions), "failed": failed, "out": str(out)}))


@eval_app.command("extraction")
def eval_extraction(
    directory: PagesDir,
    truth: TruthFile = None,
    predictions: Annotated[Path | None, typer.Option(
        "--pred", exists=True, dir_okay=False, help="score these predictions instead of extracting")] = None,
) -> None:
    """F1, precision and recall of the article bodies, and the worst pages."""
    from pipeline.bench.extract import score

    truth_path = _truth_path(directory, truth)
    if truth_path is None:
        raise typer.BadParameter(f"no ground truth: give --truth or put ground-truth.json beside {directory}")
    predicted = _read_json(predictions) if predictions else _extract_directory(directory)
    result = score(_read_json(truth_path), predicted)
    summary = {"f1": result.f1, "precision": result.precision, "recall": result.recall}
    print(json.dumps({**{k: round(v, 4) for k, v in summary.items()},
                      "pages": len(result.pages), "missing": result.missing}))
    print("worst pages (f1 precision recall key):")
    for page in result.worst(_WORST_SHOWN):
        print(f"  {page.f1:.3f} {page.precision:.3f} {page.recall:.3f} {page.key}")


@bench_app.command("extract")
def bench_extract(directory: PagesDir, truth: TruthFile = None, rounds: Annotated[int, typer.Option(
        min=1, help="times each page is timed for each extractor; the median of its times counts")] = 3) -> None:
    """Pages per CPU-second and median CPU ms per page, ours and plain trafilatura, in one process."""
    import trafilatura

    from pipeline.bench.extract import clear_line_caches, read_pages, score, time_extractors
    from pipeline.extract import extract_article

    pages = dict(read_pages(directory))
    # Our extraction runs trafilatura's passes over the page just before plain trafilatura is timed on it: with its
    # caches of lines left full, trafilatura's median came out 2 to 3 % lower than on a page it meets cold. Our
    # clean-up keeps its answers for short lines too, and a page's second round would find them all. Each call starts
    # with both emptied: each page is timed as met for the first time.
    runs = time_extractors(pages, {
        "pipeline": lambda html: extract_article(html).body,
        "trafilatura": lambda html: trafilatura.extract(html) or "",
    }, before_each=clear_line_caches, rounds=rounds)
    truth_path = _truth_path(directory, truth)
    gold = _read_json(truth_path) if truth_path else None
    report: dict[str, Any] = {}
    for name, run in runs.items():
        report[name] = {"pages": len(run.seconds), "pages_per_second": round(run.pages_per_second, 1),
                        "median_ms": round(run.median_ms, 2)}
        if gold:
            predicted = {key: {"articleBody": body} for key, body in run.bodies.items()}
            report[name]["f1"] = round(score(gold, predicted).f1, 4)
    report["median_ms_ratio"] = round(runs["pipeline"].median_ms / (runs["trafilatura"].median_ms or 1), 2)
    print(json.dumps(report, indent=1))


@eval_app.command("boilerplate")
def eval_boilerplate(
    directories: Annotated[list[Path], typer.Argument(
        exists=True, file_okay=False, help="folders of pages, each with KEY.yaml listing 'keep' and 'drop'")],
) -> None:
    """Article sentences kept and furniture lines leaked against each page's KEY.yaml; its publication date and title
    too.

    A line of figures per folder, each lost or leaked line, wrong date and wrong title under it; with several folders,
    each line names its folder and a last line adds them up."""
    totals: dict[str, int] = {}
    for directory in directories:
        for name, value in _boilerplate_of_folder(directory, named=len(directories) > 1).items():
            totals[name] = totals.get(name, 0) + value
    if len(directories) > 1:
        print(json.dumps({"folders": len(directories), **totals}))


def _boilerplate_of_folder(directory: Path, named: bool) -> dict[str, int]:
    from pipeline.bench.extract import (
        check_lines,
        extract_as_stated,
        matches_publication,
        matches_title,
        read_gold_lines,
    )

    pages = [(key, extract_as_stated(html, gold.published), gold)
             for key, html, gold in read_gold_lines(directory)]
    checks = [check_lines(key, extracted.body, gold.keep, gold.drop) for key, extracted, gold in pages]
    dated = [(key, extracted.published_at, gold.published) for key, extracted, gold in pages if gold.published]
    wrong_dates = [(key, found, stated) for key, found, stated in dated if not matches_publication(found, stated)]
    titled = [(key, extracted.title, gold.title) for key, extracted, gold in pages if gold.title is not None]
    wrong_titles = [(key, found, stated) for key, found, stated in titled if not matches_title(found, stated)]
    kept, lost = sum(c.kept for c in checks), sum(len(c.lost) for c in checks)
    dropped, leaked = sum(c.dropped for c in checks), sum(len(c.leaked) for c in checks)
    figures = {"pages": len(checks), "sentences_kept": kept, "sentences_lost": lost,
               "furniture_dropped": dropped, "furniture_leaked": leaked,
               "clean_pages": sum(1 for c in checks if not c.lost and not c.leaked),
               "dates_right": len(dated) - len(wrong_dates), "dates_checked": len(dated),
               "titles_right": len(titled) - len(wrong_titles), "titles_checked": len(titled)}
    print(json.dumps({"folder": str(directory), **figures} if named else figures))
    for check in checks:
        for line in check.lost:
            print(f"  {check.key}: lost: {line}")
        for line in check.leaked:
            print(f"  {check.key}: leaked: {line}")
    for key, found, stated in wrong_dates:
        print(f"  {key}: published {found.isoformat() if found else None}, the page says {stated.isoformat()}")
    for key, title, headline in wrong_titles:
        print(f"  {key}: title {title!r}, the page says {headline!r}")
    return figures


@eval_app.command("news-pages")
def eval_news_pages(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False,
                                                help="JSONL: 'id', 'text' (title on its first line), 'lang'")],
) -> None:
    """Paragraphs of news texts that do not come out whole of a plain article page, in each page shape."""
    from pipeline.bench.news_pages import SHAPES, lost_paragraphs, read_news_texts

    texts = []
    for text in read_news_texts(files):
        if isinstance(text, str):
            print(f"skipped: {text}", file=sys.stderr)
        else:
            texts.append(text)
    paragraphs = sum(len(text.paragraphs) for text in texts)
    for shape in SHAPES:
        lost = [(text, paragraph) for text in texts for paragraph in lost_paragraphs(text, shape)]
        print(json.dumps({"shape": shape, "texts": len(texts), "paragraphs": paragraphs,
                          "paragraphs_lost": len(lost), "texts_with_a_loss": len({text.id for text, _ in lost})}))
        for text, paragraph in lost:
            print(f"  {text.id} ({text.lang}): lost: {paragraph[:160]}")


@eval_app.command("language")
def eval_language(
    labelled: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL: 'text', 'lang'")],
) -> None:
    """Accuracy and speed of language detection against the `lang` field of a JSONL file."""
    import time

    from pipeline.extract.language import detect_language

    detect_language("warm-up text for the model")
    rows, errors, seconds = 0, [], 0.0
    for number, line in enumerate(labelled.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
            text, expected = str(record["text"]), str(record["lang"])
        except (json.JSONDecodeError, KeyError, TypeError):
            print(f"{labelled}:{number}: skipped: needs an object with 'text' and 'lang'", file=sys.stderr)
            continue
        start = time.perf_counter()
        found = detect_language(text)
        seconds += time.perf_counter() - start
        rows += 1
        if found != expected:
            errors.append(f"{record.get('id', number)}: {expected} detected as {found or 'unknown'}")
    print(json.dumps({"texts": rows, "accuracy": round(1 - len(errors) / rows, 4) if rows else 0.0,
                      "mean_ms": round(seconds / rows * 1000, 3) if rows else 0.0}))
    for error in errors:
        print(f"  {error}")


# (found similar, labelled duplicate) → outcome; true negatives are not counted.
_OUTCOMES = {(True, True): "tp", (True, False): "fp", (False, True): "fn"}


@eval_app.command("dedup")
def eval_dedup(
    pairs_file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                               help="JSON with 'documents' {id: text} and labelled 'pairs'")],
) -> None:
    """Precision and recall of near-duplicate detection on labelled pairs, by kind of variation."""
    from pipeline.dedup import SIMILARITY_THRESHOLD, minhash_signature, similarity

    data = _read_json(pairs_file)
    signatures = {key: minhash_signature(text) for key, text in data["documents"].items()}
    counts = {"tp": 0, "fp": 0, "fn": 0}
    missed_kinds: dict[str, list[str]] = {}
    for pair in data["pairs"]:
        found = similarity(signatures[pair["a"]], signatures[pair["b"]]) >= SIMILARITY_THRESHOLD
        outcome = _OUTCOMES.get((found, bool(pair["duplicate"])))
        if outcome:
            counts[outcome] += 1
        if outcome in ("fp", "fn"):
            missed_kinds.setdefault(pair["kind"], []).append(f"{pair['a']} ~ {pair['b']}")
    precision = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 1.0
    recall = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 1.0
    print(json.dumps({"pairs": len(data["pairs"]), "precision": round(precision, 4),
                      "recall": round(recall, 4), **counts, "threshold": SIMILARITY_THRESHOLD}))
    for kind, examples in missed_kinds.items():
        print(f"  wrong on {kind}: {', '.join(examples)}")


@bench_app.command("clustering")
def bench_clustering(
    articles: Annotated[int, typer.Option(min=10, max=20_000, help="templated articles in the batch")] = 2000,
) -> None:
    """CPU time to assign near-duplicate clusters within one batch of templated articles."""
    from pipeline.bench.clustering import run

    print(json.dumps(run(articles)))
