"""The WARC archive on a local folder: round trip, partitions, intervals, atomic and idempotent writes."""

import gzip
from datetime import UTC, datetime, timedelta

from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import Archive
from pipeline.records import Feed, FeedEntry, FetchedPage

FEED = Feed(
    name="Kazinform", url="https://en.inform.kz/rss/", language="en", country="KZ", site_rules={"a": 1}
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
