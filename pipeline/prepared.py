"""Prepared batches: pages extracted and tagged in parallel, waiting for the one serial index step.

Near-duplicate clusters depend on every article published before, so they are assigned in one
place, in publication order, over all of a run's articles; only the costly part (extraction and
tagging) runs in parallel. Each batch leaves its articles here, beside the raw archive and on the
same filesystem (local folder or object store), so any worker can write and any worker can read:

    prepared/<digest of the batch's file names>.jsonl.gz    one line per article or rejected page

The index step also quarantines the rejected pages, so a batch needs no Elasticsearch client (nor
its import time).

The name comes from the batch's input, so a retried batch overwrites its own file rather than adding
one; it is written under a temporary name and renamed, so the index step never reads half a file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import uuid
from dataclasses import asdict
from datetime import datetime

from pipeline.archive import Archive
from pipeline.records import Article, Rejected, Tags

FOLDER = "prepared"
_NAME = re.compile(r"prepared/[0-9a-f]{32}\.jsonl\.gz")


class PreparedError(Exception):
    """A name that is not a prepared batch of this archive, or a prepared batch that is gone."""


def _encoded(item: Article | Rejected) -> str:
    record = asdict(item)
    if isinstance(item, Rejected):
        return json.dumps({"rejected": record}, ensure_ascii=False, separators=(",", ":"))
    for name in ("published_at", "fetched_at"):
        record[name] = record[name].isoformat() if record[name] else None
    return json.dumps({"article": record}, ensure_ascii=False, separators=(",", ":"))


def _decoded(line: str) -> Article | Rejected:
    record = json.loads(line)
    if "rejected" in record:
        return Rejected(**record["rejected"])
    article = record["article"]
    for name in ("published_at", "fetched_at"):
        article[name] = datetime.fromisoformat(article[name]) if article[name] else None
    return Article(**{**article, "tags": Tags(**article["tags"])})


def write(archive: Archive, files: list[str], articles: list[Article], rejected: list[Rejected]) -> str:
    """Store a batch's articles and rejected pages; the name to hand to `read` ("" for nothing to store)."""
    if not articles and not rejected:
        return ""
    name = f"{FOLDER}/{hashlib.sha256(json.dumps(sorted(files)).encode()).hexdigest()[:32]}.jsonl.gz"
    final, temporary = f"{archive.root}/{name}", f"{archive.root}/{FOLDER}/.tmp-{uuid.uuid4().hex}"
    archive.fs.makedirs(f"{archive.root}/{FOLDER}", exist_ok=True)
    items: list[Article | Rejected] = [*articles, *rejected]
    with archive.fs.open(temporary, "wb") as stream, gzip.open(stream, "wt", encoding="utf-8") as text:
        for item in items:
            text.write(_encoded(item) + "\n")
    archive.fs.mv(temporary, final)
    return name


def _path(archive: Archive, name: str) -> str:
    if not isinstance(name, str) or _NAME.fullmatch(name) is None:
        raise PreparedError(f"not a prepared batch name: {repr(name)[:200]}")
    return f"{archive.root}/{name}"


def read(archive: Archive, name: str) -> tuple[list[Article], list[Rejected]]:
    """The articles and the rejected pages of one prepared batch."""
    try:
        with archive.fs.open(_path(archive, name), "rb") as stream, gzip.open(stream, "rt", encoding="utf-8") as text:
            items = [_decoded(line) for line in text]
    except FileNotFoundError:
        raise PreparedError(f"prepared batch {name} is gone: run its prepare task again") from None
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejected)]


def usable(archive: Archive, batch: object) -> bool:
    """Whether `batch`, as an event names it, is what `jobs.prepare_polled` returns and its articles
    are still here: a name ("" for a batch with nothing to keep), the archive files it covers, counts."""
    if not isinstance(batch, dict) or not isinstance(batch.get("archive_files"), list):
        return False
    counts_add_up = all(
        isinstance(value, int) or isinstance(value, list)
        or (isinstance(value, dict) and all(isinstance(number, int) for number in value.values()))
        for key, value in batch.items() if key != "prepared"
    )
    name = batch.get("prepared")
    present = name == "" or (isinstance(name, str) and _NAME.fullmatch(name) is not None
                             and archive.fs.exists(f"{archive.root}/{name}"))
    return counts_add_up and present and all(isinstance(file, str) for file in batch["archive_files"])


def remove(archive: Archive, names: list[str]) -> None:
    """Delete prepared batches once their articles are indexed."""
    for name in names:
        archive.fs.rm(_path(archive, name))
