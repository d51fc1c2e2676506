"""`python -m pipeline tag` and `eval tagging` on files written for these tests."""

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import main_app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tag"
runner = CliRunner()


def test_tag_writes_every_good_record_and_reports_bad_lines(tmp_path):
    out = tmp_path / "tags.jsonl"
    result = runner.invoke(main_app(), ["tag", str(FIXTURES / "articles.jsonl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2", "a4"]
    first = records[0]
    assert first["countries"] == ["KZ", "UZ"] and first["primary_countries"] == ["KZ", "UZ"]
    assert first["persons"] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert first["central_asia"] is True and "Central Asia" in first["regions"]
    assert set(first) >= {"topics", "organizations", "regions"}
    assert records[1]["countries"] == ["KG", "RU"]
    assert records[2]["countries"] == ["BR"] and records[2]["central_asia"] is False
    assert "articles.jsonl:2: skipped: not JSON" in result.stderr
    assert "articles.jsonl:4: skipped: needs an object" in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"tagged": 3, "failed": 2, "out": str(out)}


def test_eval_scores_per_field_and_lists_disagreements():
    result = runner.invoke(main_app(), ["eval", "tagging", str(FIXTURES / "gold.jsonl"), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    figures = json.loads(lines[-1])
    assert figures["records"] == 4
    assert figures["countries"]["f1"] == 1.0
    assert figures["topics"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # g4's central_asia label contradicts the guidelines on purpose: the tagger must disagree and say so.
    assert figures["central_asia_accuracy"] == 0.75
    assert "g4 central_asia: want True got False" in lines
