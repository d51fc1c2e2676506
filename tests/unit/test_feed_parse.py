"""Feed parsing against the malformed fixtures in tests/fixtures/feeds (see generate.py there)."""

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.fetch.parse import parse_feed

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def parse(name: str):
    return parse_feed((FIXTURES / name).read_bytes(), base_url=EXPECTED["base_url"], now=NOW)


MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]|javascript:", re.I)


def test_there_are_at_least_fifty_malformed_feeds():
    assert len(EXPECTED["cases"]) >= 50
    assert all((FIXTURES / name).exists() for name in EXPECTED["cases"])


@pytest.mark.parametrize("name", sorted(EXPECTED["cases"]))
def test_fixture_parses_safely_and_recovers_what_it_should(name):
    expect = EXPECTED["cases"][name]
    parsed = parse(name)
    for entry in parsed.entries:
        assert entry.url.startswith(("http://", "https://")) and "#" not in entry.url
        for text in (entry.title, entry.summary):
            assert not MARKUP.search(text), text
            assert "\x00" not in text and "\x1b" not in text
        assert entry.published_at is None or entry.published_at.tzinfo is not None
        assert entry.published_at is None or entry.published_at <= NOW.replace(day=26)
    if "entries" in expect:
        assert len(parsed.entries) == expect["entries"]
    assert len(parsed.entries) >= expect.get("min_entries", 0)
    if "format" in expect:
        assert parsed.format == expect["format"]
    if "urls" in expect:
        assert [e.url for e in parsed.entries] == expect["urls"]
    if "titles" in expect:
        assert [e.title for e in parsed.entries] == expect["titles"]
    if "summaries" in expect:
        assert [e.summary for e in parsed.entries] == expect["summaries"]
    if "dates" in expect:
        assert [e.published_at.isoformat() if e.published_at else None for e in parsed.entries] == expect[
            "dates"
        ]
    for entry in parsed.entries:
        assert len(entry.title) <= expect.get("max_title", 1000)
        assert not any(bad in entry.title + entry.summary for bad in expect.get("forbid", []))


def test_dropped_entries_are_counted_with_a_reason():
    parsed = parse("no_link_items.xml")
    assert parsed.skipped == {"no link": 2}
    parsed = parse_feed(
        (FIXTURES / "javascript_link.xml").read_bytes(), base_url=EXPECTED["base_url"], now=NOW
    )
    assert parsed.skipped == {"link scheme not http(s): javascript": 1}
    parsed = parse("future_date.xml")
    assert parsed.distrusted_dates == 1


def test_broken_feed_is_flagged_bozo_with_a_reason():
    parsed = parse_feed(
        (FIXTURES / "truncated_mid_item.xml").read_bytes(), base_url=EXPECTED["base_url"], now=NOW
    )
    assert parsed.bozo and parsed.bozo_reason


def test_feed_parse_command_prints_one_line_per_file_and_survives_unreadable_ones(tmp_path):
    names = sorted(EXPECTED["cases"])
    missing = tmp_path / "missing.xml"
    directory = tmp_path / "a-directory.xml"
    directory.mkdir()
    paths = [str(FIXTURES / n) for n in names] + [str(missing), str(directory)]
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "feed-parse", *paths], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["path"] for line in lines] == paths
    assert "error" in lines[-1] and "error" in lines[-2]
    valid = lines[names.index("valid_rss.xml")]
    assert valid["format"] == "rss20" and valid["bozo"] is False
    assert [e["url"] for e in valid["entries"]] == [
        "http://news.example.kz/a/1",
        "http://news.example.kz/a/2",
    ]
    assert set(valid["entries"][0]) >= {"title", "url", "published_at", "summary"}
