"""Prepared batches: how news_process splits its files, keeps a batch's results and adds up their counts."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from pipeline import jobs, prepared
from pipeline.archive import Archive
from pipeline.records import Article, Rejected, Tags


def test_files_are_split_into_at_most_the_given_batches_each_file_once():
    files = [f"f{i}" for i in range(10)]
    batches = jobs.process_batches(files, batches=4)
    assert len(batches) == 4 and sorted(sum(batches, [])) == sorted(files)
    assert max(map(len, batches)) - min(map(len, batches)) <= 1
    assert jobs.process_batches(files[:2], batches=4) == [["f0"], ["f1"]]
    assert jobs.process_batches([], batches=4) == []  # no prepare task; the index task reports zero counts


def test_the_number_of_batches_comes_from_the_environment_within_bounds(monkeypatch):
    files = [f"f{i}" for i in range(10)]
    monkeypatch.setenv("NEWS_PROCESS_BATCHES", "2")
    assert len(jobs.process_batches(files)) == 2
    monkeypatch.delenv("NEWS_PROCESS_BATCHES")
    assert len(jobs.process_batches(files)) == jobs.PROCESS_BATCHES
    for wrong in ("0", "-1", "two", "1e9", "²", "9" * 5000, str(jobs.MAX_PROCESS_BATCHES + 1)):
        monkeypatch.setenv("NEWS_PROCESS_BATCHES", wrong)
        with pytest.raises(ValueError, match="NEWS_PROCESS_BATCHES must be a whole number"):
            jobs.process_batches(files)


def test_batch_counts_add_up_and_reported_lists_stay_bounded():
    problem = {"name": "x", "reason": "not an archive file name"}
    one = {"files": 2, "pages": 5, "reasons": {"http status 404": 1}, "refused_files": [problem] * 60}
    two = {"files": 1, "pages": 3, "reasons": {"http status 404": 2, "too short": 1}, "refused_files": [problem] * 60}
    total = jobs._summed([one, two])
    assert total["files"] == 3 and total["pages"] == 8
    assert total["reasons"] == {"http status 404": 3, "too short": 1}
    assert len(total["refused_files"]) == jobs.MAX_REPORTED_PROBLEMS


def test_a_prepared_batch_reads_back_as_written_and_a_retry_overwrites_it(tmp_path):
    archive = Archive(str(tmp_path))
    article = Article(
        id="a" * 64, url="https://outlet.example/news/1", canonical_url="https://outlet.example/news/1",
        source={"name": "Outlet", "domain": "outlet.example", "country": "KZ", "feed_url": "https://outlet.example/f"},
        title="Талкы", body="Body text", language="ru", published_at=datetime(2026, 3, 1, 8, tzinfo=UTC),
        fetched_at=None, tags=Tags(countries=["KZ"], central_asia=True), fingerprint="f", minhash=[1, 2, 3],
        pipeline={"extractor": "trafilatura"},
    )
    rejected = Rejected("https://outlet.example/news/2", "http status 404", "file#0")
    name = prepared.write(archive, ["b", "a"], [article], [rejected])
    assert prepared.write(archive, ["a", "b"], [article], [rejected]) == name  # same files, same name
    assert len(list((tmp_path / "prepared").iterdir())) == 1
    assert prepared.read(archive, name) == ([article], [rejected])
    assert prepared.write(archive, ["c"], [], []) == ""

    prepared.remove(archive, [name])
    with pytest.raises(prepared.PreparedError, match="is gone"):
        prepared.read(archive, name)


@pytest.mark.parametrize("name", ["../etc/passwd", "/etc/passwd", "prepared/../../x.jsonl.gz", 7, None,
                                  "prepared/" + "0" * 32 + ".jsonl.gz/..", "2026/01/01/x.warc.gz"])
def test_only_prepared_batch_names_are_read(tmp_path, name):
    with pytest.raises(prepared.PreparedError, match="not a prepared batch name"):
        prepared.read(Archive(str(tmp_path)), name)


def test_the_event_names_what_news_polls_index_step_left_for_news_process():
    polled = [{"archive_files": ["b1", "b2"]}, {"archive_files": ["c1"]}, None]  # the third poll failed
    batch = {"files": 2, "pages": 4, "prepared": "prepared/" + "1" * 32 + ".jsonl.gz", "archive_files": ["b1", "b2"]}
    prepared_batches = [batch, None]  # the second batch's prepare task failed
    # The index step ran: only the files of the batch that was not prepared are left.
    indexed = {"articles": 4, "archive_files": ["b1", "b2"]}
    assert jobs.announcement(polled, prepared_batches, indexed) == {"files": ["c1"], "indexed_files": 2,
                                                                    "prepared": []}
    # It failed: every file is left, with the batch already prepared from some of them.
    assert jobs.announcement(polled, prepared_batches, None) == {"files": ["b1", "b2", "c1"], "indexed_files": 0,
                                                                 "prepared": [batch]}
    # A run of one batch: Airflow passes its results on as they are, not in a list.
    assert jobs.announcement(polled[0], batch, indexed) == {"files": [], "indexed_files": 2, "prepared": []}


def test_news_process_indexes_prepared_batches_as_they_are_and_prepares_the_files_of_the_rest(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("NEWS_ARCHIVE", str(tmp_path))
    monkeypatch.setenv("NEWS_PROCESS_BATCHES", "2")
    archive = Archive(str(tmp_path))
    name = prepared.write(archive, ["a1", "a2"], [], [Rejected("https://outlet.example/1", "http status 404", "a1#0")])
    ready = {"files": 2, "pages": 1, "reasons": {"http status 404": 1}, "refused_files": [], "prepared": name,
             "archive_files": ["a1", "a2"]}
    gone = {**ready, "prepared": "prepared/" + "2" * 32 + ".jsonl.gz", "archive_files": ["g1"]}
    forged = [{**ready, "prepared": "../../etc/passwd", "archive_files": ["f1"]},
              {**ready, "pages": "many", "archive_files": ["f2"]}, {**ready, "archive_files": "f3"}, "f4"]
    files = ["a1", "a2", "c1", "f1", "f2", "g1"]
    events = {"raw": [SimpleNamespace(extra={"files": files, "prepared": [ready, gone, *forged]})]}

    plan = jobs.process_plan({"files": ["m1"]}, events)
    assert plan["prepared"] == [ready]
    assert sorted(sum(plan["batches"], [])) == ["c1", "f1", "f2", "g1", "m1"] and len(plan["batches"]) == 2
    assert jobs.process_plan(None, None) == {"batches": [], "prepared": []}
