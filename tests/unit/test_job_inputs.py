"""What a run's caller may name: archive files, feeds files and reprocess targets are checked in the library."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline import jobs
from pipeline.fetch.feeds_config import FeedsConfigError, allowed_feeds_file
from pipeline.local.paths import PROJECT_ROOT
from pipeline.store.index import is_alias_or_version


def test_announced_files_merge_conf_and_events_and_keep_odd_values_to_be_refused():
    events = {"raw": [SimpleNamespace(extra={"files": ["b", "a"]}), SimpleNamespace(extra={"files": "c"}),
                      SimpleNamespace(extra=None)]}
    assert jobs.announced_files({"files": ["a", {"x": 1}, 7]}, events) == ["7", "a", "b", "c", "{'x': 1}"]
    assert jobs.announced_files({"files": "single"}) == ["single"]
    assert jobs.announced_files(None, None) == []


def test_process_refuses_foreign_names_without_reading_them(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWS_ARCHIVE", str(tmp_path / "archive"))
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE\n")
    counts = jobs.process([str(secret), "data:text/html,<p>forged</p>", "ftp://127.0.0.1/x"], dry_run=True)
    assert counts["files_refused"] == 3 and counts["pages"] == 0
    assert all("TOP-SECRET-VALUE" not in problem["reason"] for problem in counts["refused_files"])


def test_feeds_files_only_from_the_config_folder_or_the_named_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWS_FEEDS_DIR", raising=False)
    monkeypatch.setenv("NEWS_FEEDS", str(tmp_path / "configured.yaml"))
    assert allowed_feeds_file("") == tmp_path / "configured.yaml"
    assert allowed_feeds_file(str(tmp_path / "configured.yaml")) == (tmp_path / "configured.yaml").resolve()
    demo = str(PROJECT_ROOT / "config" / "feeds.demo.yaml")
    assert allowed_feeds_file(demo) == Path(demo)
    for forged in ("/etc/passwd", str(PROJECT_ROOT / "config" / ".." / "README.md"),
                   str(PROJECT_ROOT / "pyproject.toml"), str(tmp_path / "other.yaml"), "x" * 2000):
        with pytest.raises(FeedsConfigError, match="feeds_config"):
            allowed_feeds_file(forged)
    monkeypatch.setenv("NEWS_FEEDS_DIR", str(tmp_path))
    assert allowed_feeds_file(str(tmp_path / "other.yaml")) == (tmp_path / "other.yaml").resolve()
    with pytest.raises(FeedsConfigError):
        allowed_feeds_file(str(tmp_path / "other.txt"))


@pytest.mark.parametrize(("name", "allowed"), [
    ("news-articles", True), ("news-articles-v3", True), ("news-articles-v", False), ("news-articles-v²", False),
    ("news-feeds", False), ("news-articles-v1,news-feeds", False), ("news-*", False), ("", False),
    ("news-articles-v" + "9" * 40, False),
])
def test_reprocess_targets_are_the_alias_or_its_versions(name, allowed):
    assert is_alias_or_version(name, "news-articles") is allowed


def test_reprocess_into_another_index_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("NEWS_INDEX", "news-articles")
    day = datetime(2026, 11, 25, tzinfo=UTC)
    with pytest.raises(jobs.TargetError, match="news-feeds"):
        jobs.reprocess(day, day, target="news-feeds", dry_run=True)
