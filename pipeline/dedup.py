"""Document identity and duplicates: canonical URLs, exact and near-duplicate texts.

Identity. `canonical_url` maps the many addresses of one article to one form
(https, lower-case host without "www."/"m."/"amp.", no default port, no
fragment, no tracking parameters, no AMP suffix, no trailing slash, sorted
query); `document_id` is the sha256 of it, so re-ingesting overwrites. An
address that is not http(s) has no canonical form ("") and is hashed as given.

Exact duplicates. `text_fingerprint` hashes the text after Unicode
normalisation, case folding and reduction to its words, so whitespace,
punctuation and markup residue do not matter.

Near duplicates (one wire story on several outlets, a lightly edited rewrite,
a truncated copy, paragraphs reordered, a byline added) share most of their
word 5-gram shingles. `minhash_signature` summarises those shingles in a
MinHash (datasketch) of `NUM_PERM` values; two signatures estimate the
Jaccard similarity of the texts, and `SIMILARITY_THRESHOLD` decides. A
translation is not a duplicate: it shares no shingles.

Assigning clusters. Candidates are found through locality-sensitive hashing:
`band_keys(signature)` cuts the signature into `BANDS` bands and hashes each;
similar texts share at least one key with high probability. The store can
keep the keys as a keyword field in Elasticsearch (a `terms` query on them
returns candidates, with their stored signatures, publication times and
cluster ids) or keep them in memory for a batch with `NearDuplicateIndex`.
Either way `assign_cluster` decides: the document joins the cluster of the
earliest published candidate that is similar enough, and `duplicate_of`
names that candidate; a document with no such candidate starts a cluster
named by its own id. Re-assigning a stored document returns the same answer,
so re-runs change nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import numpy as np

NUM_PERM = 128
BANDS = 64  # 64 bands of 2 rows: a pair at Jaccard 0.25 shares a band with probability 0.98
SHINGLE_WORDS = 5
SIMILARITY_THRESHOLD = 0.25
_SEED = 1

_TRACKING_PARAMS = re.compile(
    r"^(utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hs\w*|hsCtaTracking"
    r"|ref|ref_src|ref_url|referrer|cmpid|ocid|smid|smtyp|spm|share|shared|xtor|ns_\w+|at_\w+|s_cid|cid"
    r"|__twitter_impression|fb_\w+|mkt_tok|oly_\w+|vero_\w+|wt_\w+|amp|outputtype|usqp|ito|rss)$",
    re.IGNORECASE,
)
_HOST_VARIANTS = re.compile(r"^(www\d?|m|mobile|amp)\.")
_AMP_PATH = re.compile(r"(/amp/?$|\.amp(?=\.html?$)|^/amp(?=/))", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_WORD = re.compile(r"\w+")


def canonical_url(url: str) -> str:
    """The one form of an article's address; "" for something that is not an http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:
        return ""
    host = _HOST_VARIANTS.sub("", host)
    netloc = host if port in (None, *_DEFAULT_PORTS.values()) else f"{host}:{port}"
    path = _AMP_PATH.sub("", quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~")) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING_PARAMS.match(k))
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def document_id(url: str) -> str:
    """sha256 hex of the canonical URL: the article's id.

    An address with no canonical form is hashed as given (trimmed), so that such
    addresses keep distinct ids rather than all sharing the id of "".
    """
    return hashlib.sha256((canonical_url(url) or url.strip()).encode("utf-8")).hexdigest()


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def text_fingerprint(text: str) -> str:
    """sha256 hex of the text's words: equal for texts that differ only in case, spacing or punctuation."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


def _shingles(text: str) -> set[bytes]:
    words = _words(text)
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    starts = range(len(words) - SHINGLE_WORDS + 1)
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in starts}


def minhash_signature(text: str) -> list[int]:
    """MinHash of the text's word 5-grams, as NUM_PERM integers (JSON- and Elasticsearch-friendly)."""
    # Imported here: the datasketch package loads scipy (over a second), which URL ids do not need.
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch(list(_shingles(text)))
    return [int(v) for v in minhash.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts behind the signatures."""
    if len(a) != len(b) or not a:
        return 0.0
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def band_keys(signature: list[int]) -> list[str]:
    """LSH keys: texts above the threshold share at least one with high probability."""
    rows = len(signature) // BANDS
    return [f"{band}:" + hashlib.blake2b(repr(signature[band * rows:(band + 1) * rows]).encode(),
                                          digest_size=8).hexdigest() for band in range(BANDS)]


@dataclass(frozen=True)
class Candidate:
    """A stored document that shares a band key with the one being assigned."""

    doc_id: str
    signature: list[int]
    published_at: datetime | None
    cluster_id: str

    @cached_property
    def signature_array(self) -> np.ndarray:
        # Built once per candidate: within a batch the same document is compared with many that follow.
        return np.asarray(self.signature, dtype=np.uint64)


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    duplicate_of: str  # "" when the document is the earliest of its cluster


def publication_order(published_at: datetime | None, doc_id: str) -> tuple:
    # Undated documents sort after dated ones; the id breaks ties so the order is total.
    return (published_at is None, published_at.timestamp() if published_at else 0.0, doc_id)


def _similar(signature: list[int], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates at or above the similarity threshold, compared in one array operation: templated
    feeds can give an article hundreds of candidates, and one comparison each would cost a round trip
    into numpy per pair."""
    comparable = [c for c in candidates if signature and len(c.signature) == len(signature)]
    if not comparable:
        return []
    matrix = np.stack([c.signature_array for c in comparable])
    shares = (matrix == np.asarray(signature, dtype=np.uint64)).mean(axis=1)
    return [c for c, share in zip(comparable, shares, strict=True) if share >= SIMILARITY_THRESHOLD]


def assign_cluster(doc_id: str, signature: list[int], published_at: datetime | None,
                   candidates: list[Candidate]) -> Cluster:
    """The cluster of a document given the stored candidates that share a band key with it."""
    similar = _similar(signature, [c for c in candidates if c.doc_id != doc_id])
    own_place = publication_order(published_at, doc_id)
    earlier = [c for c in similar if publication_order(c.published_at, c.doc_id) < own_place]
    if earlier:
        first = min(earlier, key=lambda c: publication_order(c.published_at, c.doc_id))
        return Cluster(first.cluster_id, first.doc_id)
    if similar:
        # Earliest so far: join the existing cluster (its id stays stable) as its representative.
        return Cluster(min(similar, key=lambda c: publication_order(c.published_at, c.doc_id)).cluster_id, "")
    return Cluster(doc_id, "")


class NearDuplicateIndex:
    """In-memory LSH index for one batch: add documents, get their clusters."""

    def __init__(self) -> None:
        self._documents: dict[str, Candidate] = {}
        self._buckets: dict[str, set[str]] = defaultdict(set)

    def candidates(self, signature: list[int]) -> list[Candidate]:
        ids = set().union(*(self._buckets.get(key, set()) for key in band_keys(signature)))
        return [self._documents[i] for i in sorted(ids)]

    def add(self, doc_id: str, text: str, published_at: datetime | None = None) -> Cluster:
        """Assign the document's cluster and remember it for the documents that follow."""
        signature = minhash_signature(text)
        cluster = assign_cluster(doc_id, signature, published_at, self.candidates(signature))
        self.remember(Candidate(doc_id, signature, published_at, cluster.cluster_id))
        return cluster

    def remember(self, document: Candidate) -> None:
        """Keep a document whose cluster is already decided as a candidate for later ones."""
        self._documents[document.doc_id] = document
        for key in band_keys(document.signature):
            self._buckets[key].add(document.doc_id)
