"""`python -m pipeline tag`, `eval tagging` and `bench tag`: the tagging stage's commands."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import app, bench_app, eval_app

ExistingFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False)]


def _read_jsonl(path: Path):
    """(line number, record, "") for each good line, (line number, None, why) for a bad one."""
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"not JSON ({error.msg})"
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
                yield number, None, "needs an object with 'id' and a string 'text'"
                continue
            yield number, record, ""


def _tag_record(record: dict) -> dict:
    from pipeline.tag import tag_article

    title, lang = record.get("title"), record.get("lang")
    tags = tag_article(
        record["text"],
        title if isinstance(title, str) else "",
        lang if isinstance(lang, str) else None,
    )
    return {"id": record["id"], **dataclasses.asdict(tags)}


@app.command("tag")
def tag_command(
    source: ExistingFile,
    out: Annotated[Path, typer.Option("--out", help="JSONL written with id and the tags")],
) -> None:
    """Tag JSONL records (id, text, optional title and lang): countries, topics, persons, ..."""
    written = failed = 0
    with out.open("w", encoding="utf-8") as sink:
        for number, record, error in _read_jsonl(source):
            if error:
                failed += 1
                print(f"{source}:{number}: skipped: {error}", file=sys.stderr)
                continue
            sink.write(json.dumps(_tag_record(record), ensure_ascii=False) + "\n")
            written += 1
    print(json.dumps({"tagged": written, "failed": failed, "out": str(out)}))


@eval_app.command("tagging")
def eval_tagging(
    gold: ExistingFile,
    errors: Annotated[bool, typer.Option("--errors", help="print each disagreement first")] = False,
) -> None:
    """Precision, recall and F1 per field of the tagger against a labelled JSONL set."""
    from pipeline.tag.evaluation import Score

    score = Score()
    for number, record, error in _read_jsonl(gold):
        if error:
            print(f"{gold}:{number}: skipped: {error}", file=sys.stderr)
            continue
        score.add(str(record["id"]), record, _tag_record(record))
    if errors:
        print("\n".join(score.disagreements))
    print(json.dumps(score.figures()))


@bench_app.command("tag")
def bench_tag(
    source: Annotated[Path | None, typer.Argument(exists=True, dir_okay=False, help="articles JSONL")] = None,
    articles: Annotated[int, typer.Option(help="articles to generate when no JSONL is given")] = 4000,
    size: Annotated[int, typer.Option(help="bytes per generated article")] = 3000,
) -> None:
    """Articles tagged per second on one core, and the time to load the tagger."""
    from pipeline.bench.tag import run

    print(json.dumps(run(source, articles, size)))
