"""Plain text out of untrusted feed markup: nothing that a browser would run survives."""

from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup

_DROPPED_ELEMENTS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math"]
_LEFTOVER_TAG = re.compile(r"</?[A-Za-z!?][^>]*>?")
_SPACES = re.compile(r"\s+")
# Input is cut to this many times the longest text wanted before anything parses it: room for the
# markup around the text, and a bound on the work a hostile value can cause.
MARKUP_ALLOWANCE = 10


def _strip_markup(value: str) -> str:
    # lxml's parser, not the standard library's: that one rescans the rest of the text from every
    # unclosed tag or quote (quadratic) and gives up on a stray "<![".
    soup = BeautifulSoup(value, "lxml")
    for element in soup(_DROPPED_ELEMENTS):
        element.decompose()
    return soup.get_text(" ")


def plain_text(value: str | None, max_length: int = 5000) -> str:
    """Markup-free, whitespace-collapsed text.

    Feeds often escape markup twice (`&lt;b&gt;`), so stripping repeats until the
    text stops changing; whatever still looks like a tag after that is removed.
    """
    text = (value or "")[:max_length * MARKUP_ALLOWANCE]
    for _ in range(4):
        if "<" not in text and "&" not in text:
            break
        stripped = _strip_markup(text)
        if stripped == text:
            break
        text = stripped
    text = _LEFTOVER_TAG.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    text = _SPACES.sub(" ", text).strip()
    return text[:max_length].rstrip()
