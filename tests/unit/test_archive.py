"""The WARC archive on a local folder: round trip, partitions, intervals, atomic and idempotent writes."""

import gzip
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import Archive, ArchiveError, FileProblem
from pipeline.records import Feed, FeedEntry, FetchedPage

FEED = Feed(
    name="Kazinform", url="https://en.inform.kz/rss/", language="en", country="KZ", site_rules={"a": 1},
    timezone="Asia/Almaty",
)


def page(n: int, at: datetime, body: bytes = b"") -> FetchedPage:
    url = f"https://en.inform.kz/news/{n}"
    return FetchedPage(
        url=url,
        final_url=url + "?amp=0",
        status=200,
        headers={"content-type": "text/html; charset=windows-1251", "etag": f'"{n}"'},
        body=body or f"<html><p>Статья {n}</p></html>".encode("cp1251"),
        fetched_at=at,
        feed=FEED,
        entry=FeedEntry(
            url=url, title=f"Title {n}", published_at=at - timedelta(hours=1), summary="s", guid=str(n)
        ),
    )


def test_round_trip_keeps_response_and_feed_metadata(tmp_path):
    archive = Archive(str(tmp_path))
    at = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
    written = [page(1, at), page(2, at + timedelta(minutes=1), body=b"\x00\xffbinary")]
    files = archive.write(written)
    assert len(files) == 1 and files[0].startswith(str(tmp_path / "2026" / "11" / "25"))
    back = list(archive.read(files))
    for original, restored in zip(written, back, strict=True):
        assert restored.archive_ref.startswith(files[0] + "#")
        assert restored.headers["content-type"] == original.headers["content-type"]
        assert (restored.url, restored.final_url, restored.status, restored.body) == (
            original.url, original.final_url, original.status, original.body,
        )  # fmt: skip
        assert (restored.feed, restored.entry, restored.fetched_at) == (
            original.feed,
            original.entry,
            original.fetched_at,
        )


def test_files_are_valid_warc_with_response_and_metadata_records(tmp_path):
    files = Archive(str(tmp_path)).write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    with open(files[0], "rb") as stream:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(stream)]
    assert records == [
        ("response", "https://en.inform.kz/news/1?amp=0"),
        ("metadata", "https://en.inform.kz/news/1?amp=0"),
    ]
    with gzip.open(files[0]) as raw:
        assert raw.read().startswith(b"WARC/1.0")


def test_partitioned_by_fetch_date_and_listed_by_interval(tmp_path):
    archive = Archive(str(tmp_path))
    day1 = datetime(2026, 11, 24, 23, 59, tzinfo=UTC)
    day2 = datetime(2026, 11, 25, 0, 1, tzinfo=UTC)
    files = archive.write([page(1, day1), page(2, day2)])
    assert [f.split(str(tmp_path))[1][:12] for f in files] == ["/2026/11/24/", "/2026/11/25/"]
    assert (
        archive.files_between(datetime(2026, 11, 25, tzinfo=UTC), datetime(2026, 11, 26, tzinfo=UTC))
        == files[1:]
    )
    assert archive.files_between(datetime(2026, 11, 24), datetime(2026, 11, 26)) == files  # naive means UTC
    assert archive.files_between(datetime(2026, 11, 26, tzinfo=UTC), datetime(2026, 11, 27, tzinfo=UTC)) == []


def test_contains_knows_requested_and_final_urls(tmp_path):
    archive = Archive(str(tmp_path))
    assert not archive.contains("https://en.inform.kz/news/1")
    archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    assert archive.contains("https://en.inform.kz/news/1")
    assert archive.contains("https://en.inform.kz/news/1?amp=0")
    assert not archive.contains("https://en.inform.kz/news/2")


def test_a_marker_that_names_no_file_is_not_an_archived_page(tmp_path):
    """A poll killed while writing a page's marker leaves it empty or cut short: the page is fetched again."""
    archive = Archive(str(tmp_path))
    [written] = archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    markers = [path for path in (tmp_path / "urls").rglob("*") if path.is_file()]
    assert archive.file_of("https://en.inform.kz/news/1") == written and markers
    for cut in (b"", written.encode()[: len(written) // 2]):
        for path in markers:
            path.write_bytes(cut)
        assert not archive.contains("https://en.inform.kz/news/1")
        assert archive.file_of("https://en.inform.kz/news/1") == ""


def test_rewriting_the_same_pages_changes_nothing_and_leaves_no_temporary_files(tmp_path):
    archive = Archive(str(tmp_path))
    pages = [page(n, datetime(2026, 11, 25, 8, n, tzinfo=UTC)) for n in range(3)]
    first = archive.write(pages)
    content = open(first[0], "rb").read()
    assert archive.write(list(reversed(pages))) == first
    assert open(first[0], "rb").read() == content
    assert not list(tmp_path.rglob(".tmp-*"))


def test_large_batches_roll_over_to_several_files(tmp_path):
    archive = Archive(str(tmp_path), max_file_bytes=1000)
    at = datetime(2026, 11, 25, 9, tzinfo=UTC)
    files = archive.write([page(n, at + timedelta(seconds=n), body=b"x" * 600) for n in range(4)])
    assert len(files) == 4
    assert [p.url for p in archive.read(files)] == [f"https://en.inform.kz/news/{n}" for n in range(4)]


def test_an_fsspec_url_base_works(tmp_path):
    archive = Archive(f"file://{tmp_path}")
    files = archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    assert [p.url for p in archive.read(files)] == ["https://en.inform.kz/news/1"]


def test_an_object_store_base_works():
    archive = Archive("memory://news-archive")
    files = archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    assert files[0].startswith("memory://") and "/news-archive/2026/11/25/" in files[0]
    assert archive.contains("https://en.inform.kz/news/1")
    assert archive.files_between(datetime(2026, 11, 25), datetime(2026, 11, 26)) == files
    assert [p.url for p in archive.read(files)] == ["https://en.inform.kz/news/1"]


FORGED_NAMES = [
    "/etc/passwd", "/proc/self/environ", "/dev/zero", "data:text/plain;base64,SGVsbG8=", "ftp://127.0.0.1/a.warc.gz",
    "../2026/11/25/20261125T000000Z-0123456789abcdef.warc.gz", "2026/11/25/../../../../etc/passwd",
    "2026/11/24/20261125T000000Z-0123456789abcdef.warc.gz",  # day and stamp disagree: not a name we write
    "file:///etc/passwd", "memory://elsewhere/2026/11/25/20261125T000000Z-0123456789abcdef.warc.gz",
    "2026/11/25/20261125T000000Z-0123456789abcdef.warc.gz\n", "x" * 5000, 42,
    "٢٠٢٦/11/25/٢٠٢٦1125T000000Z-0123456789abcdef.warc.gz",  # digits of another script
]


@pytest.mark.parametrize("name", FORGED_NAMES)
def test_names_that_are_not_the_archives_own_files_are_refused(tmp_path, name):
    archive = Archive(str(tmp_path))
    with pytest.raises(ArchiveError, match="not an archive file name"):
        list(archive.read([name]))


def test_refused_and_unreadable_files_are_reported_without_content_and_the_rest_is_read(tmp_path):
    archive = Archive(str(tmp_path))
    good = archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    secret = "SECRET-LINE-that-must-not-be-quoted"
    broken = tmp_path / "2026" / "11" / "25" / "20261125T010000Z-00000000000000ff.warc.gz"
    broken.write_text(secret + "\n")
    outside = tmp_path.parent / "outside.txt"
    outside.write_text(secret)
    problems: list[FileProblem] = []
    names = [str(outside), str(broken), "2026/11/25/20261125T020000Z-00000000000000aa.warc.gz", good[0]]
    pages = list(archive.read(names, problems))
    assert [p.url for p in pages] == ["https://en.inform.kz/news/1"]
    assert [p.reason.split(":")[0] for p in problems] == [
        "not an archive file name", "cannot read archive file " + repr(str(broken)), "no such archive file",
    ]
    assert all(secret not in p.reason and secret not in p.name for p in problems)


def test_relative_and_full_names_read_the_same_file(tmp_path):
    archive = Archive(str(tmp_path))
    files = archive.write([page(1, datetime(2026, 11, 25, tzinfo=UTC))])
    relative = archive.relative_name(files[0])
    assert not relative.startswith("/") and files[0].endswith(relative)
    assert [p.archive_ref for p in archive.read([relative])] == [p.archive_ref for p in archive.read(files)]


def test_a_cross_host_redirect_marks_only_the_address_that_served_the_page(tmp_path):
    archive = Archive(str(tmp_path))
    fetched = replace(page(1, datetime(2026, 11, 25, tzinfo=UTC)), url="https://other-outlet.kz/news/1")
    archive.write([fetched])
    assert archive.contains(fetched.final_url)
    assert not archive.contains("https://other-outlet.kz/news/1")


def test_writing_and_reading_log_one_line_of_counts_each(tmp_path, caplog):
    archive = Archive(str(tmp_path))
    with caplog.at_level("INFO", logger="pipeline.archive"):
        files = archive.write([page(n, datetime(2026, 11, 25, tzinfo=UTC)) for n in range(3)])
        list(archive.read([*files, "2026/11/25/nothing.warc.gz"], problems=[]))
    assert [record.getMessage() for record in caplog.records if record.name == "pipeline.archive"] == [
        "archive: 3 pages written into 1 files", "archive: 3 pages read from 1 files, 1 files refused"]
