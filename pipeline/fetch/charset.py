"""Decoding feeds and pages whose declared encoding may be wrong.

Central Asian sites often serve Cyrillic in cp1251 or KOI8-R while declaring
UTF-8, or UTF-8 while declaring cp1251. The declared charset is a hint, not a fact:
valid multi-byte UTF-8 is almost never accidental, so it wins; otherwise the
declared single-byte charset competes with the usual Cyrillic ones and the most
plausible reading is kept.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_CANDIDATES = ["utf_8", "cp1251", "koi8_r", "iso8859_5", "cp1252"]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


def declared_charset(body: bytes, content_type: str = "") -> str:
    """The charset the server or document claims (HTTP header, XML declaration, meta tag), or ""."""
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.I)
    if match:
        return _normalise(match.group(1))
    head = body[:2048]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(head)
        if found:
            return _normalise(found.group(1).decode("ascii", "ignore"))
    return ""


def _normalise(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def decode(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding actually used) for a body, whatever it declares."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, "replace"), encoding
    try:
        text = body.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
    candidates = list(_CANDIDATES)
    if declared and declared != "utf-8" and declared not in candidates:
        candidates.insert(0, declared)
    best = charset_normalizer.from_bytes(body, cp_isolation=candidates).best()
    if best is None:
        encoding = declared if declared and declared != "utf-8" else "cp1251"
        return body.decode(encoding, "replace"), encoding
    return str(best), _normalise(best.encoding) or best.encoding
