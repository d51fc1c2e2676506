"""The raw archive: every fetched article response, as WARC, partitioned by fetch date.

Layout under the base (a local folder or any fsspec URL such as s3://bucket/news)::

    2026/11/25/20261125T101500Z-<digest>.warc.gz   response + metadata record per page
    urls/ab/ab12...                                 one marker per archived URL (sha256), holding its ref
                                                    (only for URLs served by their own host)

Each page is a `response` record (status line, headers, body as received after
content decoding) followed by a `metadata` record (JSON: the feed and entry it
came from) that points at it with WARC-Concurrent-To. Files are written under a
temporary name and renamed into place, so a reader never sees half a file; the
URL markers are written after the rename, so a marker never points at a missing file.
File names and record ids come from the content: writing the same pages twice
produces the same file.

Reading takes only names of this archive's own files: the relative name
(`2026/11/25/<stamp>-<digest>.warc.gz`) or the full name `write` and
`files_between` return, opened through the archive's own filesystem. Anything
else (another scheme, an absolute path elsewhere, `..`, a device) is refused
before it is opened, and no refusal or read failure quotes file content.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import fsspec
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.records import Feed, FeedEntry, FetchedPage
from pipeline.utc import as_utc

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_NAME_CHARS = 1024  # far above any real name; longer ones are refused before matching
_STAMP = "%Y%m%dT%H%M%SZ"
# The only shape a file of the archive has: day partition, then the first fetch's stamp and a digest.
_FILE_NAME = re.compile(r"([0-9]{4})/([0-9]{2})/([0-9]{2})/([0-9]{8})T[0-9]{6}Z-[0-9a-f]{16}\.warc\.gz")


class ArchiveError(Exception):
    """A file name that is not one of the archive's files, or a file that can't be read.

    The message names the problem (and the name, cut short) but never the file's content.
    """


@dataclass(frozen=True)
class FileProblem:
    """A file `read` skipped: the name as given (cut to 200 characters) and why."""

    name: str
    reason: str


def _shown(name) -> str:
    return repr(name)[:200]


def _url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def _record_id(page: FetchedPage, kind: str) -> str:
    name = f"{kind} {page.url} {as_utc(page.fetched_at).isoformat()}"
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"


def _metadata(page: FetchedPage) -> bytes:
    entry = asdict(page.entry)
    entry["published_at"] = page.entry.published_at.isoformat() if page.entry.published_at else None
    return json.dumps(
        {"url": page.url, "final_url": page.final_url, "feed": asdict(page.feed), "entry": entry},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def _feed_from(fields: dict) -> Feed:
    """The feed as archived (JSON has lists where the record has tuples)."""
    return Feed(**{**fields, "allow_private_hosts": tuple(fields.get("allow_private_hosts", ()))})


def _page_from(response, body: bytes, metadata: dict, ref: str) -> FetchedPage:
    status = int(response.http_headers.get_statuscode() or 0)
    headers = {k.lower(): v for k, v in response.http_headers.headers}
    entry = dict(metadata["entry"])
    if entry.get("published_at"):
        entry["published_at"] = datetime.fromisoformat(entry["published_at"])
    return FetchedPage(
        url=metadata["url"],
        final_url=metadata["final_url"],
        status=status,
        headers=headers,
        body=body,
        fetched_at=datetime.fromisoformat(
            response.rec_headers.get_header("WARC-Date").replace("Z", "+00:00")
        ),
        feed=_feed_from(metadata["feed"]),
        entry=FeedEntry(**entry),
        archive_ref=ref,
    )


def _fetched_from_own_host(page: FetchedPage) -> set[str]:
    """The URLs a marker may say were fetched: the final one, which its host served, and the requested
    one only when it is on the same host. A cross-host redirect marks nothing on the requested host, so
    it can't stop that host's own feed from fetching its article."""
    same_host = urlsplit(page.url).hostname == urlsplit(page.final_url).hostname
    return {page.url, page.final_url} if same_host else {page.final_url}


class Archive:
    def __init__(self, base: str, max_file_bytes: int = MAX_FILE_BYTES):
        self.base = str(base)
        self.fs, self.root = fsspec.core.url_to_fs(self.base)
        self.root = self.root.rstrip("/")
        self.max_file_bytes = max_file_bytes

    def _qualified(self, path: str) -> str:
        return path if self.fs.protocol in ("file", ("file", "local")) else self.fs.unstrip_protocol(path)

    def relative_name(self, name: str) -> str:
        """The archive-relative name of one of this archive's files; ArchiveError for anything else."""
        if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
            raise ArchiveError(f"not an archive file name: {_shown(name)}")
        prefix = self._qualified(self.root) + "/"
        relative = name[len(prefix):] if name.startswith(prefix) else name
        match = _FILE_NAME.fullmatch(relative)
        if match is None or "".join(match.group(1, 2, 3)) != match.group(4):
            raise ArchiveError(f"not an archive file name: {_shown(name)}")
        return relative

    def _marker(self, url: str) -> str:
        key = _url_key(url)
        return f"{self.root}/urls/{key[:2]}/{key}"

    def contains(self, url: str) -> bool:
        return self.file_of(url) != ""

    def file_of(self, url: str) -> str:
        """The archive file holding the page fetched from `url`; "" when it isn't archived, or when its marker
        names no archive file: a writer killed while writing the marker leaves it empty or cut short, and a
        page counted as archived but in no file would never be fetched or processed again."""
        try:
            named = self.fs.cat_file(self._marker(url)).decode(errors="replace").rsplit("#", 1)[0]
        except FileNotFoundError:
            return ""
        return named if named.endswith(".warc.gz") else ""

    def write(self, pages: Iterable[FetchedPage]) -> list[str]:
        """Write pages into one file per fetch day (more if large); returns the files written."""
        by_day: dict[str, list[FetchedPage]] = {}
        for page in sorted(pages, key=lambda p: (as_utc(p.fetched_at), p.url)):
            by_day.setdefault(as_utc(page.fetched_at).strftime("%Y/%m/%d"), []).append(page)
        written = []
        for day, day_pages in by_day.items():
            batch: list[FetchedPage] = []
            size = 0
            for page in day_pages:
                if batch and size + len(page.body) > self.max_file_bytes:
                    written.append(self._write_file(day, batch))
                    batch, size = [], 0
                batch.append(page)
                size += len(page.body)
            written.append(self._write_file(day, batch))
        log.info("archive: %d pages written into %d files", sum(map(len, by_day.values())), len(written))
        return written

    def _write_file(self, day: str, pages: list[FetchedPage]) -> str:
        digest = hashlib.sha256("".join(_record_id(p, "response") for p in pages).encode()).hexdigest()[:16]
        name = f"{as_utc(pages[0].fetched_at).strftime(_STAMP)}-{digest}.warc.gz"
        directory = f"{self.root}/{day}"
        final, temporary = f"{directory}/{name}", f"{directory}/.tmp-{uuid.uuid4().hex}-{name}"
        self.fs.makedirs(directory, exist_ok=True)
        offsets = []
        with self.fs.open(temporary, "wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for page in pages:
                offsets.append(stream.tell())
                self._write_page(writer, page)
        self.fs.mv(temporary, final)
        qualified = self._qualified(final)
        for page, offset in zip(pages, offsets, strict=True):
            ref = f"{qualified}#{offset}".encode()
            for url in _fetched_from_own_host(page):
                marker = self._marker(url)
                self.fs.makedirs(marker.rsplit("/", 1)[0], exist_ok=True)
                self.fs.pipe_file(marker, ref)
        return qualified

    @staticmethod
    def _write_page(writer: WARCWriter, page: FetchedPage) -> None:
        date = as_utc(page.fetched_at).strftime("%Y-%m-%dT%H:%M:%SZ")
        try:
            reason = HTTPStatus(page.status).phrase
        except ValueError:
            reason = "Unknown"
        headers = [(k, v) for k, v in page.headers.items() if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(page.body))))
        response_id = _record_id(page, "response")
        response = writer.create_warc_record(
            page.final_url,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=StatusAndHeaders(f"{page.status} {reason}", headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": date},
        )
        writer.write_record(response)
        metadata = _metadata(page)
        writer.write_record(
            writer.create_warc_record(
                page.final_url,
                "metadata",
                payload=io.BytesIO(metadata),
                length=len(metadata),
                warc_content_type="application/json",
                warc_headers_dict={
                    "WARC-Record-ID": _record_id(page, "metadata"),
                    "WARC-Date": date,
                    "WARC-Concurrent-To": response_id,
                },
            )
        )

    def read(self, files: Iterable[str], problems: list[FileProblem] | None = None) -> Iterator[FetchedPage]:
        """Pages back from archive files (as returned by `write` or `files_between`), in file order.

        A name that is not one of this archive's files, or a file that can't be read, raises
        ArchiveError; given a `problems` list, it is recorded there instead and the other files are read.
        """
        read = pages = refused = 0
        for file in files:
            read += 1
            try:
                for page in self._read_file(file):
                    pages += 1
                    yield page
            except ArchiveError as error:
                if problems is None:
                    raise
                refused += 1
                problems.append(FileProblem(_shown(file), str(error)))
        log.info("archive: %d pages read from %d files, %d files refused", pages, read - refused, refused)

    def _read_file(self, file: str) -> Iterator[FetchedPage]:
        path = f"{self.root}/{self.relative_name(file)}"
        try:
            stream = self.fs.open(path, "rb")
        except FileNotFoundError:
            raise ArchiveError(f"no such archive file: {_shown(file)}") from None
        qualified = self._qualified(path)
        try:
            with stream:
                records = ArchiveIterator(stream)
                pending: dict[str, tuple[Any, bytes, str]] = {}
                for record in records:
                    record_id = record.rec_headers.get_header("WARC-Record-ID")
                    if record.rec_type == "response":
                        # Read the payload before asking for the offset: that skips to the record's end.
                        body = record.content_stream().read()
                        ref = f"{qualified}#{records.get_record_offset()}"
                        pending[record_id] = (record, body, ref)
                    elif record.rec_type == "metadata":
                        response = pending.pop(record.rec_headers.get_header("WARC-Concurrent-To"), None)
                        if response is not None:
                            metadata = json.loads(record.content_stream().read())
                            yield _page_from(*response[:2], metadata, response[2])
        except Exception as error:  # warcio and json quote the bytes they choke on: name only the type
            raise ArchiveError(f"cannot read archive file {_shown(file)}: {type(error).__name__}") from None

    def files_between(self, start: datetime, end: datetime) -> list[str]:
        """Files whose first fetch time t is in [start, end), oldest first."""
        start, end = as_utc(start), as_utc(end)
        files = []
        day = start.date()
        while day <= end.date():
            directory = f"{self.root}/{day:%Y/%m/%d}"
            if self.fs.isdir(directory):
                for path in sorted(self.fs.ls(directory, detail=False)):
                    name = path.rsplit("/", 1)[-1]
                    if name.startswith(".tmp-") or not name.endswith(".warc.gz"):
                        continue
                    stamp = datetime.strptime(name.split("-", 1)[0], _STAMP).replace(tzinfo=UTC)
                    if start <= stamp < end:
                        files.append(self._qualified(path))
            day += timedelta(days=1)
        return files
