"""`python -m pipeline tag`, `eval tagging` and `bench tag`: the tagging stage's commands."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.apps import app, bench_app, eval_app

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


def _labelled(paths: list[Path]) -> list[dict]:
    """The labelled records of the files, each checked for the fields the guidelines define."""
    from pipeline.tag.labelled import label_problem

    records = []
    for path in paths:
        for number, record, error in _read_jsonl(path):
            error = error or label_problem(record)
            if error:
                print(f"{path}:{number}: skipped: {error}", file=sys.stderr)
                continue
            records.append(record)
    return records


@eval_app.command("tagging")
def eval_tagging(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="labelled JSONL sets")],
    cv: Annotated[bool, typer.Option("--cv", help="cross-validate on FILES as a training set")] = False,
    by_file: Annotated[bool, typer.Option("--by-file", help="with --cv: folds of whole FILES, one writer's texts "
                                                             "never on both sides of a fold")] = False,
    dev: Annotated[Path | None, typer.Option(exists=True, dir_okay=False,
                                             help="with --cv: also train on all FILES and score this set")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="print each disagreement first")] = False,
) -> None:
    """Precision, recall and F1 per field, per topic and per language.

    Without --cv, the shipped tagger is scored on FILES together. With --cv, FILES are the training set:
    each record is tagged by decisions trained on the other folds (settings chosen by cross-validation
    on the same folds, as `tag-train` does on random ones), and --dev scores decisions trained on all of
    FILES with those settings on a separate set.
    """
    from pipeline.tag import training
    from pipeline.tag.evaluation import ScoreByLanguage, markdown_tables

    if not cv:
        records = _labelled(files)
        score = _scored(records, [_tag_record(r) for r in records])
        if errors:
            print("\n".join(score.overall.disagreements))
        print(markdown_tables({"shipped model": score}), file=sys.stderr)
        print(json.dumps(score.overall.figures()))
        return
    per_file = [_labelled([path]) for path in files]
    records = [record for file_records in per_file for record in file_records]
    examples = training.examples(records)
    if by_file:
        try:
            split = training.folds_by_group([str(path) for path, rs in zip(files, per_file, strict=True) for _ in rs])
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--by-file") from None
        cross_validation = f"{training.FOLDS}-fold CV by file"
    else:
        split = training.folds(examples)
        cross_validation = f"{training.FOLDS}-fold CV"
    settings = training.choose_settings(examples, split)
    predicted = training.cross_validated_predictions(examples, settings, split)
    scores: dict[str, ScoreByLanguage] = {cross_validation: _scored(records, predicted)}
    if dev:
        decisions = training.fit_decisions(examples, settings)
        dev_records = _labelled([dev])
        predicted = [training.predict(decisions, e) for e in training.examples(dev_records)]
        scores["dev"] = _scored(dev_records, predicted)
    print(f"settings chosen by cross-validation: {json.dumps(dataclasses.asdict(settings))}\n")
    if errors:
        for name, score in scores.items():
            print(f"{name} disagreements:\n" + "\n".join(score.overall.disagreements))
    print(markdown_tables(scores))
    print(json.dumps({name: score.overall.figures() for name, score in scores.items()}))


def _scored(records: list[dict], predicted: list[dict]):
    from pipeline.tag.evaluation import ScoreByLanguage

    score = ScoreByLanguage()
    for record, tags in zip(records, predicted, strict=True):
        score.add(str(record["id"]), record, tags)
    return score


@app.command("tag-train")
def tag_train(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="labelled JSONL sets")],
    out: Annotated[Path, typer.Option("--out", help="where the model goes")] = Path("pipeline/tag/data/model.json"),
) -> None:
    """Train the topic, primary-country and central_asia decisions on labelled texts; write the model."""
    from pipeline.tag import training

    decisions = training.train(training.examples(_labelled(files)))
    out.write_text(json.dumps(decisions.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"out": str(out), **decisions.settings}))


@app.command("tag-stats")
def tag_stats(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="labelled JSONL sets")],
) -> None:
    """Counts of a labelled set: records per language (and script), positives per topic, central_asia."""
    from pipeline.tag.labelled import statistics

    print(statistics(_labelled(files)))


@bench_app.command("tag")
def bench_tag(
    source: Annotated[Path | None, typer.Argument(exists=True, dir_okay=False, help="articles JSONL")] = None,
    articles: Annotated[int, typer.Option(help="articles to generate when no JSONL is given")] = 4000,
    size: Annotated[int, typer.Option(help="bytes per generated article")] = 3000,
) -> None:
    """Articles tagged per second on one core, and the time to load the tagger."""
    from pipeline.bench.tag import run

    print(json.dumps(run(source, articles, size)))
