"""Untrusted text made safe to store and to show: one idea of what is unsafe, used by every stage.

Unsafe characters are those of Unicode's "other" categories (controls, format characters such as the
bidirectional overrides, surrogates, private use, unassigned), newline and tab excepted: terminal
escapes, NULs, text that displays as something other than it reads, and lone surrogates that no
encoder accepts. The zero-width non-joiner and joiner are the exception inside a word: between two
letters they are spelling (Persian, Urdu, Pashto, Kurdish, the Indic scripts). Markup is removed in
two strengths: `markup_free` parses whatever markup a feed field
may carry (escaped twice, broken, hostile) and keeps its text; `without_shown_markup` takes out
the tags a page printed as text, and only real element names, because some languages quote titles in
angle brackets. Every pattern here is linear, and the parser only sees input cut to a bound.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bs4 import BeautifulSoup
from lxml.html import defs

KEPT_CONTROLS = "\n\t"
# Zero-width non-joiner and joiner: format characters, but part of the spelling of some scripts.
JOINERS = "\u200c\u200d"
# Separators other than the space are unprintable to `str.isprintable`, but safe text.
_SEPARATORS = "\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DROPPED_ELEMENTS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math"]
_LEFTOVER_TAG = re.compile(r"</?[A-Za-z!?][^>]*>?")
_ELEMENT_NAMES = "|".join(sorted(defs.tags))
_TAG_SHOWN_AS_TEXT = re.compile(rf"</?(?:{_ELEMENT_NAMES})\b[^<>]{{0,500}}>", re.IGNORECASE)
# Input is cut to this many times the longest text wanted before anything parses it: room for the
# markup around the text, and a bound on the work a hostile value can cause.
MARKUP_ALLOWANCE = 10


@functools.cache
def _safe_spaces(kept: str) -> re.Pattern:
    return re.compile(f"[{re.escape(kept)}{_SEPARATORS}]")


def _is_letter(char: str) -> bool:
    # A combining mark belongs to its letter: in the Indic scripts a joiner follows the virama.
    return unicodedata.category(char)[0] in "LM"


def joins_letters(text: str, at: int) -> bool:
    """Whether the character at `at` is a zero-width non-joiner or joiner standing between two letters."""
    return text[at] in JOINERS and 0 < at < len(text) - 1 and _is_letter(text[at - 1]) and _is_letter(text[at + 1])


def without_controls(text: str, replacement: str = "", kept: str = KEPT_CONTROLS) -> str:
    """`text` with every unsafe character replaced (by default dropped); those in `kept` (newline and
    tab unless told otherwise) and the joiners that spell a word stay."""
    if _safe_spaces(kept).sub(" ", text).isprintable():  # the usual case, checked in C: nothing unsafe
        return text
    category = unicodedata.category
    return "".join(char if char in kept or category(char)[0] != "C" or joins_letters(text, at) else replacement
                   for at, char in enumerate(text))


def collapsed(text: str) -> str:
    """Runs of whitespace (newlines included) as one space, none at either end. `str.split` finds the runs as a
    pattern's "\\s+" would (the same characters are white space to both), in less than half the time."""
    return " ".join(text.split())


def _parsed_text(value: str) -> str:
    # lxml's parser, not the standard library's: that one rescans the rest of the text from every
    # unclosed tag or quote (quadratic) and gives up on a stray "<![".
    soup = BeautifulSoup(value, "lxml")
    for element in soup(_DROPPED_ELEMENTS):
        element.decompose()
    return soup.get_text(" ")


def markup_free(value: str | None, max_length: int = 5000) -> str:
    """One line of safe text out of a field that may hold any markup, at most `max_length` characters.

    Feeds often escape markup twice (`&lt;b&gt;`), so stripping repeats until the
    text stops changing; whatever still looks like a tag after that is removed.
    """
    text = (value or "")[: max_length * MARKUP_ALLOWANCE]
    for _ in range(4):
        if "<" not in text and "&" not in text:
            break
        stripped = _parsed_text(text)
        if stripped == text:
            break
        text = stripped
    text = _LEFTOVER_TAG.sub(" ", text)
    return collapsed(without_controls(text))[:max_length].rstrip()


def _without_comments(text: str) -> str:
    """The text without "<!-- ... -->" comments.

    Found with `str.find` rather than a lazy pattern: once no "-->" follows an opening, no later
    opening can close either, so the search stops instead of rescanning the rest from every "<!--".
    """
    kept, position = [], 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[position:start])
        position = end + 3
    kept.append(text[position:])
    return "".join(kept)


def without_shown_markup(text: str) -> str:
    """One line of safe text without the comments and tags a page showed as text (real element names
    only: "<Title>" quoting stays)."""
    return collapsed(without_controls(_TAG_SHOWN_AS_TEXT.sub("", _without_comments(text))))
